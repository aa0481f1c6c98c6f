// How domain values become cells and cells become domain values: text stays text, ISO dates are dates, links are URLs.
import { isIsoDate } from './dates';
import { quoted, UserError } from './errors';
import { type ColumnKind, hyperlinkUrl } from './schema';

/** A cell as the domain sees it: dates as ISO strings `YYYY-MM-DD`, empty cells as ''. */
export type CellValue = string | number | boolean;

/** A formula the add-on composes itself (a link, a count); user text is never one. */
export interface Formula {
  formula: string;
}

export type WriteValue = CellValue | Formula | null | undefined;

/** Sheets holds at most 50,000 characters in a cell ("Files you can store in Google Drive", https://support.google.com/drive/answer/37603). */
export const CELL_CHARACTER_LIMIT = 50_000;

/** Text a person typed, refused with a message naming its beginning, before anything is written, when no cell holds it. */
export function fitInCell(text: string): string {
  if (text.length <= CELL_CHARACTER_LIMIT) return text;
  throw new UserError('error.tooLong', { start: quoted(text), length: text.length });
}

/** Dates come from the emulator's or Apps Script's realm, where `instanceof Date` may not hold. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function zonedParts(
  date: Date,
  timeZone: string,
): Record<'year' | 'month' | 'day' | 'hour' | 'minute', number> {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(
    formatter.formatToParts(date).map((part) => [part.type, Number(part.value)]),
  );
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The calendar day a date falls on in the spreadsheet's time zone, as the domain carries it. */
export function isoDateIn(date: Date, timeZone: string): string {
  const { year, month, day } = zonedParts(date, timeZone);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Midnight of an ISO day in the spreadsheet's time zone: the instant Sheets stores for a typed date. */
export function dateIn(iso: string, timeZone: string): Date {
  const [year, month, day] = iso.split('-').map(Number);
  const wanted = Date.UTC(year, month - 1, day);
  const offset = (instant: number) => {
    const p = zonedParts(new Date(instant), timeZone);
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - Math.floor(instant / 60000) * 60000;
  };
  // Twice, so a day on which the offset changes still lands on its own midnight.
  const first = wanted - offset(wanted);
  return new Date(wanted - offset(first));
}

/** Sheets keeps a time of day typed alone ("14:30") as a date on 30 December 1899. */
function isTimeOfDay(date: Date, timeZone: string): boolean {
  const { year, month, day } = zonedParts(date, timeZone);
  return year === 1899 && month === 12 && day === 30;
}

/** What the domain reads from a cell: its value, a date as ISO, a link column's HYPERLINK as its URL. */
export function cellToDomain(value: unknown, formula: string, kind: ColumnKind, timeZone: string): CellValue {
  if (kind === 'link' && formula) {
    const url = hyperlinkUrl(formula);
    if (url !== null) return url;
  }
  if (isDate(value)) {
    if (isTimeOfDay(value, timeZone)) {
      const { hour, minute } = zonedParts(value, timeZone);
      return `${pad(hour)}:${pad(minute)}`;
    }
    return isoDateIn(value, timeZone);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return value === null || value === undefined ? '' : String(value);
}

/**
 * What to write for a domain value. Strings go in behind an apostrophe, which Sheets stores as text and hides
 * (https://support.google.com/docs/answer/3094212): user text never becomes a formula, a number or a date. An ISO date
 * in a date column becomes a real date, so sorting, checks and colours work.
 */
export function domainToCell(value: WriteValue, kind: ColumnKind, timeZone: string): unknown {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'object') return value.formula;
  if (typeof value !== 'string') return value;
  if (kind === 'date' && isIsoDate(value)) return dateIn(value, timeZone);
  return `'${value}`;
}

// Cell values as Sheets sees them: what a written string turns into, a link's target, and how a value is displayed.
import { MONTH_NAMES, WEEKDAY_NAMES, zoneOffsetMinutes } from '../time-zones';

/** What a cell holds once written: text, a number, a boolean, or a date (kept as an ISO instant so the model stays JSON). */
export type StoredValue =
  | { kind: 'text'; text: string }
  | { kind: 'number'; number: number }
  | { kind: 'boolean'; boolean: boolean }
  | { kind: 'date'; iso: string };

/** What a script reads back from getValues(). */
export type ScriptValue = string | number | boolean | Date;

/** Midnight of a calendar day in the spreadsheet's time zone, as Sheets stores a typed date. */
export function zonedDate(year: number, month: number, day: number, timeZone: string): Date {
  const guess = Date.UTC(year, month - 1, day);
  const first = guess - zoneOffsetMinutes(guess, timeZone) * 60000;
  return new Date(guess - zoneOffsetMinutes(first, timeZone) * 60000);
}

/** The wall-clock fields of an instant in a time zone. */
export function zonedFields(date: Date, timeZone: string) {
  const shifted = new Date(date.getTime() + zoneOffsetMinutes(date.getTime(), timeZone) * 60000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export type WrittenCell =
  | { formula: string }
  | { value: StoredValue; numberFormat?: string }
  | { empty: true };

/**
 * A value written by setValue(s) lands as if typed into the cell
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#setValuevalue):
 * a string starting with "=" is a formula, one starting with "+" or "-" that is not a number is read as a formula too
 * (Sheets prefixes the "="), an apostrophe keeps the rest as text, and strings that look like numbers, TRUE/FALSE or a
 * date (YYYY-MM-DD here) become numbers, booleans and dates. A cell formatted as plain text ("@") keeps strings as text.
 */
export function writtenCell(input: unknown, timeZone: string, plainText: boolean): WrittenCell {
  if (input === null || input === undefined || input === '') return { empty: true };
  if (input instanceof Date || Object.prototype.toString.call(input) === '[object Date]') {
    return { value: { kind: 'date', iso: new Date((input as Date).getTime()).toISOString() } };
  }
  if (typeof input === 'number') return { value: { kind: 'number', number: input } };
  if (typeof input === 'boolean') return { value: { kind: 'boolean', boolean: input } };
  const text = String(input);
  if (plainText) return { value: { kind: 'text', text } };
  if (text.startsWith("'"))
    return text.length === 1 ? { empty: true } : { value: { kind: 'text', text: text.slice(1) } };
  if (text.startsWith('=') && text.length > 1) return { formula: text };
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return { value: { kind: 'number', number: Number(trimmed) } };
  if ((text.startsWith('+') || text.startsWith('-')) && text.length > 1) return { formula: `=${text}` };
  if (/^(true|false)$/i.test(trimmed))
    return { value: { kind: 'boolean', boolean: trimmed.toLowerCase() === 'true' } };
  const iso = ISO_DATE.exec(trimmed);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    const date = zonedDate(year, month, day, timeZone);
    const fields = zonedFields(date, timeZone);
    if (fields.month === month && fields.day === day) {
      // Sheets keeps the pattern the date was typed in as the cell's format.
      return { value: { kind: 'date', iso: date.toISOString() }, numberFormat: 'yyyy-mm-dd' };
    }
  }
  return { value: { kind: 'text', text } };
}

export function scriptValue(value: StoredValue | undefined): ScriptValue {
  if (!value) return '';
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'number':
      return value.number;
    case 'boolean':
      return value.boolean;
    case 'date':
      return new Date(value.iso);
  }
}

const STRING_LITERAL = /^"((?:[^"]|"")*)"$/;

/** A literal argument of a HYPERLINK written by a script: text, a number or a boolean. */
function literal(expression: string): ScriptValue | undefined {
  const text = expression.trim();
  const quoted = STRING_LITERAL.exec(text);
  if (quoted) return quoted[1].replace(/""/g, '"');
  if (NUMBER.test(text)) return Number(text);
  if (/^(true|false)$/i.test(text)) return text.toUpperCase() === 'TRUE';
  return undefined;
}

/** Splits function arguments on top-level commas, outside quotes. */
function splitArguments(text: string): string[] {
  const args: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (ch === ',' && !quoted) {
      args.push(current);
      current = '';
    } else current += ch;
  }
  args.push(current);
  return args;
}

export function parseHyperlink(formula: string): { url: string; label: string } | null {
  const match = /^=\s*HYPERLINK\s*\((.*)\)\s*$/i.exec(formula);
  if (!match) return null;
  const args = splitArguments(match[1]).map(literal);
  if (args.length < 1 || args.length > 2 || args.some((arg) => arg === undefined)) return null;
  const url = String(args[0]);
  return { url, label: args.length === 2 ? String(args[1]) : url };
}

/** The format getNumberFormat() reports for a cell left on "Automatic". */
export const AUTOMATIC_FORMAT = '0.###############';

/** Default date patterns Sheets uses per spreadsheet locale for a date left on "Automatic". */
const LOCALE_DATE: Record<string, string> = {
  en: 'M/d/yyyy',
  en_GB: 'dd/MM/yyyy',
  fr: 'dd/MM/yyyy',
  nl: 'd-M-yyyy',
  sv: 'yyyy-MM-dd',
};

function defaultDatePattern(locale: string): string {
  return LOCALE_DATE[locale] ?? LOCALE_DATE[locale.split('_')[0]] ?? LOCALE_DATE.en;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Formats a date with a Sheets date pattern; "mm" means minutes next to hours or seconds, months elsewhere. */
export function formatDate(date: Date, pattern: string, timeZone: string): string {
  const f = zonedFields(date, timeZone);
  const tokens =
    pattern.match(/"[^"]*"|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|[^a-z"]+|[a-z]/gi) ?? [];
  const isMinute = (index: number) => {
    const before = tokens
      .slice(0, index)
      .reverse()
      .find((token) => /^[a-z]/i.test(token));
    const after = tokens.slice(index + 1).find((token) => /^[a-z]/i.test(token));
    return (before !== undefined && /^h/i.test(before)) || (after !== undefined && /^s/i.test(after));
  };
  return tokens
    .map((token, index) => {
      const lower = token.toLowerCase();
      if (token.startsWith('"')) return token.slice(1, -1);
      switch (lower) {
        case 'yyyy':
          return String(f.year);
        case 'yy':
          return pad(f.year % 100);
        case 'mmmm':
          return MONTH_NAMES[f.month - 1];
        case 'mmm':
          return MONTH_NAMES[f.month - 1].slice(0, 3);
        case 'mm':
          return isMinute(index) ? pad(f.minute) : pad(f.month);
        case 'm':
          return isMinute(index) ? String(f.minute) : String(f.month);
        case 'dddd':
          return WEEKDAY_NAMES[f.weekday];
        case 'ddd':
          return WEEKDAY_NAMES[f.weekday].slice(0, 3);
        case 'dd':
          return pad(f.day);
        case 'd':
          return String(f.day);
        case 'hh':
          return pad(f.hour);
        case 'h':
          return String(f.hour);
        case 'ss':
          return pad(f.second);
        case 's':
          return String(f.second);
        default:
          return token;
      }
    })
    .join('');
}

function isDatePattern(pattern: string): boolean {
  return /[yd]|m{3,}/i.test(pattern.replace(/"[^"]*"/g, ''));
}

/** Formats a number with the common parts of a Sheets number pattern: 0, #, grouping, decimals, %, quoted text. */
export function formatNumber(value: number, pattern: string): string {
  if (pattern === AUTOMATIC_FORMAT || pattern === '' || pattern.toLowerCase() === 'general') {
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  }
  const section = pattern.split(';')[value < 0 && pattern.includes(';') ? 1 : 0];
  const core = /[#0][#0,]*(\.[#0]+)?%?/.exec(
    section.replace(/"[^"]*"/g, (quoted) => ' '.repeat(quoted.length)),
  );
  if (!core) return String(value);
  const spec = core[0];
  const percent = spec.endsWith('%');
  const decimals = spec.includes('.') ? spec.split('.')[1].replace('%', '').length : 0;
  const grouped = spec.split('.')[0].includes(',');
  const scaled = Math.abs(percent ? value * 100 : value);
  let text = scaled.toFixed(decimals);
  if (grouped) {
    const [whole, fraction] = text.split('.');
    text = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? `.${fraction}` : '');
  }
  if (percent) text += '%';
  const sign = value < 0 && !pattern.includes(';') ? '-' : '';
  const before = section.slice(0, core.index).replace(/"([^"]*)"/g, '$1');
  const after = section.slice(core.index + spec.length).replace(/"([^"]*)"/g, '$1');
  return `${before}${sign}${text}${after}`;
}

/**
 * What getDisplayValues() shows (https://developers.google.com/apps-script/reference/spreadsheet/range#getDisplayValues):
 * the value through the cell's number format; booleans as TRUE/FALSE; dates on "Automatic" in the locale's pattern.
 */
export function displayValue(
  value: ScriptValue,
  numberFormat: string | undefined,
  timeZone: string,
  locale: string,
): string {
  if (value instanceof Date) {
    if (numberFormat && numberFormat !== AUTOMATIC_FORMAT && isDatePattern(numberFormat)) {
      return formatDate(value, numberFormat, timeZone);
    }
    const f = zonedFields(value, timeZone);
    const time = f.hour || f.minute || f.second ? ' H:mm:ss' : '';
    return formatDate(value, defaultDatePattern(locale) + time, timeZone);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return formatNumber(value, numberFormat ?? AUTOMATIC_FORMAT);
  return value;
}

// Dates as the domain carries them (ISO strings `YYYY-MM-DD`), as a person types them in a form and reads them in a document.
import { type Language, t } from './i18n';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Sheets counts days from 30 December 1899 and keeps a time typed alone as that time on that day (DATE,
 * https://support.google.com/docs/answer/3092969: "the 1900 date system"), so an earlier date would read back as a
 * time, and DATE itself takes years from 1900 on: no date of the alliance is before 1900.
 */
const FIRST_YEAR = 1900;

/** True for a real calendar day written `YYYY-MM-DD`, from 1900 on: 2027-02-30 is not one, nor is 1899-12-30. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  if (year < FIRST_YEAR) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A date as a person types it, in any of the four languages' orders, as `YYYY-MM-DD`; null when it is not a real day.
 * A four-digit year first reads year-month-day (ISO, Swedish), a four-digit year last reads day-month-year (French,
 * English, Dutch): none of the four languages writes the month first, so no order is ambiguous. Separators may be
 * "-", "/", "." or spaces. The sidebars and the server both read dates through this one function.
 */
export function parseDate(typed: string): string | null {
  const parts = typed.trim().split(/\s*[-/.\s]\s*/);
  if (parts.length !== 3 || !parts.every((part) => /^\d+$/.test(part))) return null;
  const [year, month, day] = /^\d{4}$/.test(parts[0])
    ? parts
    : /^\d{4}$/.test(parts[2])
      ? [parts[2], parts[1], parts[0]]
      : [];
  if (year === undefined || month.length > 2 || day.length > 2) return null;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** How each language writes a date in figures: the order the date fields show and a person types. */
const DATE_ORDER: Record<Language, { yearFirst: boolean; separator: string }> = {
  en: { yearFirst: false, separator: '/' },
  fr: { yearFirst: false, separator: '/' },
  nl: { yearFirst: false, separator: '-' },
  sv: { yearFirst: true, separator: '-' },
};

/** "2027-03-15" → "15/03/2027" (fr, en), "15-03-2027" (nl), "2027-03-15" (sv); '' and non-dates stay as they are. */
export function shortDate(iso: string, language: Language): string {
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const { yearFirst, separator } = DATE_ORDER[language];
  return (yearFirst ? [year, month, day] : [day, month, year]).join(separator);
}

/** "2027-03-15" → "15 mars 2027": the date as the Guide's documents write it, in the document's language. */
export function longDate(iso: string, language: Language): string {
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const months = t(language, 'date.months').split(',');
  return t(language, 'date.long', {
    day: Number(match[3]),
    month: months[Number(match[2]) - 1],
    year: match[1],
  });
}

// Dates as the domain carries them (ISO strings `YYYY-MM-DD`) and as a person reads them in a document.
import { type Language, t } from './i18n';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written `YYYY-MM-DD`: 2027-02-30 is not one. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
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

// Day arithmetic on ISO dates (`YYYY-MM-DD`), in UTC so that no time zone or daylight saving shifts a day.
import { isIsoDate } from './dates';

const DAY_MS = 86_400_000;

function utc(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

function iso(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return iso(utc(date) + days * DAY_MS);
}

/** Calendar months; a day the month lacks falls back to its last day (31 August + 6 months → 28 or 29 February). */
export function addMonths(date: string, months: number): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return iso(Date.UTC(year, month, Math.min(Number(date.slice(8, 10)), lastDay)));
}

/** Days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

/** A cell's value as an ISO date, or null: tables hand dates over as ISO strings, anything else is not a date. */
export function asIsoDate(value: unknown): string | null {
  return typeof value === 'string' && isIsoDate(value.trim()) ? value.trim() : null;
}

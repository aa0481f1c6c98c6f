// The communication plan's next dates: computed from each row's frequency, never written over a date a person chose.
import { addDays, addMonths, asIsoDate } from './calendar';
import type { CellValue } from './cells';
import type { SheetRow } from './dashboard';
import { type ListValue, listValueOf } from './schema';

export type Frequency = ListValue<'frequency'>;

/** How far `periods` periods move a date; "once" does not repeat. */
const SHIFT: Record<Frequency, ((date: string, periods: number) => string) | null> = {
  once: null,
  weekly: (date, periods) => addDays(date, 7 * periods),
  monthly: (date, periods) => addMonths(date, periods),
  quarterly: (date, periods) => addMonths(date, 3 * periods),
  yearly: (date, periods) => addMonths(date, 12 * periods),
};

/**
 * The next date a row is due: a date still ahead stays; one gone by moves on by whole periods until it is today or
 * later; a row without one is due today, since nothing was sent yet. A one-off keeps its date, or gets today.
 */
export function nextDate(frequency: Frequency, previous: string | null, today: string): string {
  if (!previous) return today;
  const shift = SHIFT[frequency];
  if (!shift) return previous;
  let date = previous;
  // Always from the first date: stepping month by month from each result would drift (31 → 30 → 28).
  for (let periods = 1; date < today; periods++) date = shift(previous, periods);
  return date;
}

export interface NextDateChange {
  row: number;
  nextDate: string;
}

/**
 * The dates to write, and what the add-on has written (row → date) for next time. A cell is the add-on's to change
 * when it is empty or still holds the date the add-on wrote there; any other date is a person's and stays.
 */
export function communicationPlanDates(
  rows: readonly SheetRow[],
  written: Readonly<Record<string, string>>,
  today: string,
): { changes: NextDateChange[]; written: Record<string, string> } {
  const changes: NextDateChange[] = [];
  const stillOurs: Record<string, string> = {};
  for (const row of rows) {
    const frequency = listValueOf('frequency', row.values.frequency as CellValue);
    const current = row.values.nextDate === undefined ? '' : String(row.values.nextDate).trim();
    const ours = current === '' || written[String(row.row)] === current;
    if (!frequency || !ours) continue;
    const date = nextDate(frequency, asIsoDate(current), today);
    stillOurs[String(row.row)] = date;
    if (date !== current) changes.push({ row: row.row, nextDate: date });
  }
  return { changes, written: stillOurs };
}

/**
 * The conditional format that makes rows due this week stand out: a next date on or before Sunday of this week
 * (weeks start on Monday, WEEKDAY(…;2)), across the row.
 */
export function dueThisWeekFormula(nextDateColumn: string): string {
  const cell = `$${nextDateColumn}2`;
  return `=AND(ISNUMBER(${cell}),${cell}<=TODAY()-WEEKDAY(TODAY(),2)+7)`;
}

/** Light blue: the reminder colour, apart from the action plan's red, amber and green. */
export const DUE_THIS_WEEK_COLOUR = '#cfe2f3';

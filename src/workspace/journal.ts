// What the running execution has changed so far, so that a failure tells the person truthfully what was changed.
import type { SheetKey } from '../domain/schema';

/**
 * One of the workbook's sheets (by its key), another sheet (by its name), a Doc (by its name), an email sent (to that
 * many people) or a calendar event added (by its title).
 */
export type Change =
  | { sheet: SheetKey }
  | { sheetName: string }
  | { document: string }
  | { mailedTo: number }
  | { event: string };

/*
 * Module state lives for one execution: Apps Script loads the script afresh for every menu click and server call, and
 * each entry point starts the journal again (runMenuAction, serveSidebar).
 */
let changes: Change[] = [];
/** The action, tried again after a failure, finishes what is missing and makes nothing twice. */
let retrySafe = false;

export function startJournal(): void {
  changes = [];
  retrySafe = false;
}

export function markRetrySafe(): void {
  retrySafe = true;
}

export function isRetrySafe(): boolean {
  return retrySafe;
}

/** Called by the adapters right before they write, so a write that fails half-way counts as a change. */
export function noteChange(change: Change): void {
  const same = (other: Change) => JSON.stringify(other) === JSON.stringify(change);
  if (!changes.some(same)) changes.push(change);
}

export function changesSoFar(): readonly Change[] {
  return changes;
}

/**
 * Runs an action's writes; when one fails, `record` writes down once more what they made (a Doc's id, an email sent),
 * in case the failing call was that very record, so that the retry finds it; the first failure is the one told.
 */
export function recordingOnFailure<T>(work: () => T, record: () => void): T {
  try {
    return work();
  } catch (error) {
    try {
      record();
    } catch {
      // The store failing again: the person is told the first failure, which says what was changed.
    }
    throw error;
  }
}

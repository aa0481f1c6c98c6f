// What the running execution has changed so far, so that a failure tells the person truthfully what was changed.
import type { SheetKey } from '../domain/schema';

/** One of the workbook's sheets (by its key), another sheet (by its name), or a Doc (by its name). */
export type Change = { sheet: SheetKey } | { sheetName: string } | { document: string };

/*
 * Module state lives for one execution: Apps Script loads the script afresh for every menu click and server call, and
 * each entry point starts the journal again (runMenuAction, serveSidebar).
 */
let changes: Change[] = [];

export function startJournal(): void {
  changes = [];
}

/** Called by the adapters right before they write, so a write that fails half-way counts as a change. */
export function noteChange(change: Change): void {
  const same = (other: Change) => JSON.stringify(other) === JSON.stringify(change);
  if (!changes.some(same)) changes.push(change);
}

export function changesSoFar(): readonly Change[] {
  return changes;
}

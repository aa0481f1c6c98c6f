// Two executions interleaved as Google's servers may run them: a second one runs, start to end, while the first is
// suspended inside one of its service calls.
import { SERVICES } from './registry';
import { uiState } from './services/ui';
import { spreadsheetsState } from './spreadsheet';
import type { SpreadsheetModel } from './spreadsheet/model';
import type { Workspace } from './workspace';

/** How an execution ended: what it returned, or what it threw. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

export interface Interleaving<A, B> {
  /** How many service calls the first had made when the second ran: the boundary asked for, or all it made. */
  at: number;
  /** The call the first was suspended in ("Range.setValues"), or null when the second ran after the first ended. */
  during: string | null;
  first: Outcome<A>;
  second: Outcome<B>;
}

function outcomeOf<T>(work: () => T): Outcome<T> {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * Runs `second` while the workspace's person, open file, menus and sidebar are its own, then puts the first's back:
 * each execution has its own user and editor, and `second` signs in and opens the file it runs in as it needs.
 */
function asAnotherSession<T>(ws: Workspace, second: () => T): Outcome<T> {
  const { email, active, grantedScopes } = ws;
  const { menus, sidebar } = ws.ui;
  try {
    return outcomeOf(second);
  } finally {
    Object.assign(ws, { email, active, grantedScopes });
    Object.assign(ws.ui, { menus, sidebar });
  }
}

/**
 * Runs `first` (an execution: a script run, or a person's edit) and, once it has made `at` service calls, suspends it
 * inside the next one, before Google carries it out, to run `second` to its end; then the first resumes. Boundary 0
 * runs the second before the first's first call; a boundary past the first's last call runs the second after it.
 * Both run over the same workspace, each in its own context (a fresh loadAddon), so a script's executions share
 * nothing but the files, properties and locks, as on Google. Locks are honoured as Google honours them: a lock the
 * suspended first holds cannot be had by the second (see runExecution in services/lock.ts), and since the first
 * cannot release it while suspended, the second's tryLock and waitLock time out.
 */
export function interleave<A, B>(
  ws: Workspace,
  at: number,
  first: () => A,
  second: () => B,
): Interleaving<A, B> {
  let made = 0;
  let during: string | null = null;
  let secondOutcome: Outcome<B> | null = null;
  const runSecond = (): Outcome<B> => {
    ws.calls.boundary = null;
    return asAnotherSession(ws, second);
  };
  ws.calls.boundary = (_service, method) => {
    if (made === at) {
      during = method;
      secondOutcome = runSecond();
    } else made += 1;
  };
  let firstOutcome: Outcome<A>;
  try {
    firstOutcome = outcomeOf(first);
  } finally {
    ws.calls.boundary = null;
  }
  return { at: made, during, first: firstOutcome, second: secondOutcome ?? runSecond() };
}

/** The number of service calls `run` makes, and so of the boundaries an interleaving can choose (0 to that number). */
export function callsMadeBy(ws: Workspace, run: () => unknown): { calls: number; outcome: Outcome<unknown> } {
  let calls = 0;
  ws.calls.boundary = () => {
    calls += 1;
  };
  try {
    const outcome = outcomeOf(run);
    return { calls, outcome };
  } finally {
    ws.calls.boundary = null;
  }
}

/** A sheet as a person reads it: its structure, and each cell with a value, formula, note or link (not formats). */
function sheetContents(model: SpreadsheetModel) {
  return model.sheets.map(({ data: { cells, columnWidths: _widths, ...sheet } }) => {
    const contents: unknown[] = [];
    cells.forEach((line, row) => {
      line?.forEach((cell, column) => {
        // Most cells of a set-up workbook hold only a format or a rule: they are passed over without a copy.
        if (cell && (cell.value ?? cell.formula ?? cell.note ?? cell.links) !== undefined)
          contents.push([row, column, cell.value, cell.formula, cell.note, cell.links]);
      });
    });
    return { ...sheet, contents };
  });
}

/**
 * What the workspace holds for people to see, as one string to compare before and after an execution: every file's
 * content (sheets' cells, structure, charts and metadata; Docs), sharing, properties, mail, calendars and triggers.
 * Left out: the Ui (what an execution tells its user), the call count, and cells' formats and validation rules,
 * which would cost a full save to compare.
 */
export function visibleState(ws: Workspace): string {
  const state: Record<string, unknown> = {
    spreadsheets: [...ws.spreadsheets.values()].map((model) => ({
      id: model.id,
      name: model.name,
      metadata: model.metadata,
      sheets: sheetContents(model),
    })),
  };
  for (const { state: slot } of SERVICES) {
    if (slot?.toJSON && slot.key !== spreadsheetsState.key && slot.key !== uiState.key)
      state[slot.key] = slot.toJSON(ws.state(slot));
  }
  return JSON.stringify(state);
}

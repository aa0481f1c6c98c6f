// What a benchmark scenario is, and the emulated workbook each one runs the real build/Code.js against.
import { join } from 'node:path';
import { type LoadedAddon, loadAddon } from '../emulator/addon-runtime';
import { createSpreadsheetApp } from '../emulator/spreadsheet';
import { Workspace } from '../emulator/workspace';
import { columnsOf, type TableKey } from '../src/domain/schema';

/** One user action measured at several sizes of the workbook. */
export interface Scenario {
  name: string;
  /** The row counts to measure at, e.g. [10, 5000]. */
  sizes: number[];
  /** The action's service calls on a workbook holding `rows` rows of the scenario's table. */
  calls(rows: number): number;
  /** The most calls the action may make, from test/support/budgets.ts, when it has a stated budget. */
  budget?: number;
}

const buildDir = join(__dirname, '..', 'build');

/** A fresh workspace with one empty spreadsheet open, and build/Code.js loaded over it. */
export function openWorkbook(locale = 'en'): LoadedAddon {
  const ws = new Workspace({ locale, htmlDir: buildDir });
  const model = ws.createSpreadsheet('Alliance');
  ws.open({ host: 'sheets', fileId: model.id });
  return loadAddon(ws, buildDir);
}

/** Types rows into a sheet below its header, as people do over months: not counted as the add-on's calls. */
export function typeRows(addon: LoadedAddon, sheetName: string, rows: unknown[][]): void {
  addon.ws.calls.uncounted(() => {
    const book = createSpreadsheetApp(addon.ws).openById(addon.ws.active?.fileId as string);
    const sheet = book.getSheetByName(sheetName);
    if (!sheet) throw new Error(`No sheet named ${sheetName}`);
    if (rows.length === 0) return;
    const needed = rows.length + 1 - sheet.getMaxRows();
    if (needed > 0) sheet.insertRowsAfter(sheet.getMaxRows(), needed);
    sheet.getRange(2, 1, rows.length, rows[0].length).setValues(rows);
  });
}

/** The service calls a top-level function makes, counted from zero. */
export function callsOf(addon: LoadedAddon, fn: string, ...args: unknown[]): number {
  addon.ws.calls.reset();
  addon.run(fn, ...args);
  return addon.ws.calls.total;
}

/** A row laid out by the schema's column order, as set-up writes it: the columns not given are left empty. */
export function rowOf(table: TableKey, values: Record<string, unknown>): unknown[] {
  return columnsOf(table).map((column) => values[column.key] ?? '');
}

/** The day each member of the benchmarks consented to be emailed: without it, no email would leave. */
export const CONSENTED = new Date('2027-01-05T00:00:00Z');

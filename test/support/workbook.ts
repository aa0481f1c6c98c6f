// A set-up alliance workbook for add-on tests: rows typed as a person would, and sheets read back by column key.
import { type Language, languageOf, type MessageKey, t } from '../../src/domain/i18n';
import { menuFor } from '../../src/domain/menu';
import { columnHeader, sheetTitle, type TableKey } from '../../src/domain/schema';
import { type LoadedAddon, openSpreadsheet } from './addon';

type Cell = string | number | boolean | Date;

/** A spreadsheet set up by the add-on for a user of that locale, the call count reset after. */
export function setUpAlliance(locale = 'en', name = 'Alliance Gironde'): LoadedAddon {
  const addon = openSpreadsheet({ locale, name });
  addon.run('setUpWorkbook');
  addon.ws.calls.reset();
  return addon;
}

/** A Sheets menu item as that language shows it, clicked in a set-up workbook: the sidebar it opens is titled so. */
export function expectMenuSidebar(
  language: Language,
  label: MessageKey,
  fn: string,
  title: MessageKey,
): LoadedAddon {
  expect(menuFor('sheets', language).items).toContainEqual({ label: t(language, label), fn });
  const addon = setUpAlliance(language);
  addon.run(fn);
  expect(addon.ws.ui.sidebar?.title).toBe(t(language, title));
  return addon;
}

export function workbookLanguage(addon: LoadedAddon): Language {
  return languageOf(addon.ws.locale);
}

function sheetOf(addon: LoadedAddon, table: TableKey): GoogleAppsScript.Spreadsheet.Sheet {
  const app = addon.ws.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const sheet = app.getActiveSpreadsheet().getSheetByName(sheetTitle(workbookLanguage(addon), table));
  if (!sheet) throw new Error(`No ${table} sheet`);
  return sheet;
}

/** Each column's index (0-based) by its key, from the headers set-up wrote in row 1. */
function headerIndex(addon: LoadedAddon, table: TableKey, sheet: GoogleAppsScript.Spreadsheet.Sheet) {
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getDisplayValues()[0];
  return (key: string): number => {
    const index = header.indexOf(columnHeader(workbookLanguage(addon), table, key));
    if (index < 0) throw new Error(`No ${table}.${key} column`);
    return index;
  };
}

/** Types rows under the table's header, as a person does (not counted as the add-on's calls). */
export function appendRows(addon: LoadedAddon, table: TableKey, records: Record<string, Cell>[]): void {
  addon.ws.calls.uncounted(() => {
    const sheet = sheetOf(addon, table);
    const width = sheet.getLastColumn();
    const index = headerIndex(addon, table, sheet);
    const rows = records.map((record) => {
      const row: Cell[] = new Array(width).fill('');
      for (const [key, value] of Object.entries(record)) row[index(key)] = value;
      return row;
    });
    if (rows.length === 0) return;
    const start = sheet.getLastRow() + 1;
    const missing = start + rows.length - 1 - sheet.getMaxRows();
    if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
    sheet.getRange(start, 1, rows.length, width).setValues(rows);
  });
}

/** Set-up run again's calls, after people typed that many stakeholders into the workbook. */
export function setUpAgainCalls(addon: LoadedAddon, stakeholders: number): number {
  appendRows(
    addon,
    'stakeholders',
    Array.from({ length: stakeholders }, (_, i) => ({
      stakeholder: `Organisation ${i}`,
      contactPerson: `Contact ${i}`,
      email: `c${i}@example.org`,
    })),
  );
  addon.ws.calls.reset();
  addon.run('setUpWorkbook');
  return addon.ws.calls.total;
}

/** Types a value into one cell of a row (0-based under the header), as a person does (not counted). */
export function typeCell(addon: LoadedAddon, table: TableKey, index: number, key: string, value: Cell): void {
  addon.ws.calls.uncounted(() => {
    const sheet = sheetOf(addon, table);
    sheet.getRange(index + 2, headerIndex(addon, table, sheet)(key) + 1).setValue(value);
  });
}

export interface SheetRow {
  values: Record<string, unknown>;
  formulas: Record<string, string>;
}

/** The table's rows under its header, by column key: values as getValues gives them, and the formulas. */
export function readRows(addon: LoadedAddon, table: TableKey, keys: string[]): SheetRow[] {
  return addon.ws.calls.uncounted(() => {
    const sheet = sheetOf(addon, table);
    const index = headerIndex(addon, table, sheet);
    if (sheet.getLastRow() < 2) return [];
    const range = sheet.getRange(2, 1, sheet.getLastRow() - 1, sheet.getLastColumn());
    const values = range.getValues();
    const formulas = range.getFormulas();
    return values.map((row, r) => ({
      values: Object.fromEntries(keys.map((key) => [key, row[index(key)]])),
      formulas: Object.fromEntries(keys.map((key) => [key, formulas[r][index(key)]])),
    }));
  });
}

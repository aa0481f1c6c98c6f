// Sheets' size limits, "Files you can store in Google Drive" (https://support.google.com/drive/answer/37603): up to
// 10 million cells and 18,278 columns (column ZZZ) per spreadsheet, up to 50,000 characters in a cell.
import { scriptError } from '../core';
import type { SheetModel, SpreadsheetModel } from './model';

export const MAX_CELL_CHARACTERS = 50_000;
export const MAX_CELLS = 10_000_000;
export const MAX_COLUMNS = 18_278;

/**
 * Refuses the whole write before any cell changes when one value is too long, with the message Sheets gives (the
 * Sheets API answers it word for word, e.g. https://github.com/airbytehq/airbyte/issues/15500).
 */
export function checkCellInputs(values: readonly (readonly unknown[])[]): void {
  for (const line of values) {
    for (const value of line) {
      if (typeof value === 'string' && value.length > MAX_CELL_CHARACTERS) {
        throw scriptError(
          `Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`,
        );
      }
    }
  }
}

const cellsOf = (book: SpreadsheetModel) =>
  book.sheets.reduce((sum, sheet) => sum + sheet.data.maxRows * sheet.data.maxColumns, 0);

/**
 * Refuses a change that would make the spreadsheet larger than Sheets allows, before anything changes. The cells
 * message is Sheets' own (https://github.com/burnash/gspread/issues/516 quotes it with the older limit); the
 * columns message follows it, Google's page giving the limit but no message found word for word.
 */
export function checkGrowth(
  book: SpreadsheetModel,
  growth: { cells: number; sheet?: SheetModel; columns?: number },
): void {
  if (growth.sheet && growth.columns && growth.sheet.data.maxColumns + growth.columns > MAX_COLUMNS) {
    throw scriptError(
      `This action would increase the number of columns in the sheet above the limit of ${MAX_COLUMNS} columns.`,
    );
  }
  if (cellsOf(book) + growth.cells > MAX_CELLS) {
    throw scriptError(
      `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`,
    );
  }
}

/** Rows or columns inserted into a sheet: the cells they add, checked against both limits. */
export function checkInsert(sheet: SheetModel, dimension: 'rows' | 'columns', count: number): void {
  const { maxRows, maxColumns } = sheet.data;
  if (dimension === 'rows') checkGrowth(sheet.book, { cells: count * maxColumns });
  else checkGrowth(sheet.book, { cells: count * maxRows, sheet, columns: count });
}

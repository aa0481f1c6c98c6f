// What a person does by hand in the workbench (POST /api/edit): typing into cells, moving and inserting
// columns, editing a Doc's tables. Not script calls, so none is counted.
import { editTable, type TableEdit } from '../document/model';
import { checkValidation, createSpreadsheetApp, formatA1, parseA1 } from '../spreadsheet';
import { checkCellInputs, checkGrowth } from '../spreadsheet/limits';
import type { Workspace } from '../workspace';
import type { CellValue } from './api';
import { workbook } from './view';

/** A request the workbench cannot carry out as asked: answered 400 with its message. */
export class BadRequest extends Error {}

/** An edit Sheets refuses (a data-validation rule, a size limit): answered 422 with Sheets' message. */
export class RejectedEdit extends Error {}

type Json = Record<string, unknown>;

const isInteger = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);
const isCellValue = (value: unknown): value is CellValue | null =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value);

function sheetNamed(ws: Workspace, name: unknown) {
  if (typeof name !== 'string') throw new BadRequest('"sheet" must be the name of a sheet');
  const book = workbook(ws);
  const sheet = book && createSpreadsheetApp(ws).openById(book.id).getSheetByName(name);
  if (!sheet) throw new BadRequest(`There is no sheet named "${name}"`);
  return sheet;
}

/** The cells an edit names, which may reach past the grid's last row or column: a paste there adds them. */
function typedRect(a1: string) {
  let ref: ReturnType<typeof parseA1>;
  try {
    ref = parseA1(a1);
  } catch (error) {
    throw new BadRequest(error instanceof Error ? error.message : String(error));
  }
  const { startRow, startColumn, endRow, endColumn } = ref;
  if (
    ref.sheetName !== null ||
    startRow === null ||
    startColumn === null ||
    endRow === null ||
    endColumn === null
  )
    throw new BadRequest('"range" must be an A1 range of cells such as "B2:C3"');
  const [row, column] = [Math.min(startRow, endRow), Math.min(startColumn, endColumn)];
  return {
    row,
    column,
    numRows: Math.abs(endRow - startRow) + 1,
    numColumns: Math.abs(endColumn - startColumn) + 1,
  };
}

/**
 * Typing or pasting into cells goes through the same parsing as setValues. Everything is checked before the first
 * change: a rule that rejects input refuses the whole edit, and so does a value or a size past Sheets' limits. A
 * paste reaching past the last row or column adds the rows and columns it needs, as Sheets' editor does (what a
 * person sees; no Google page found states it).
 */
function typeIntoCells(ws: Workspace, body: Json): string[][] {
  const sheet = sheetNamed(ws, body.sheet);
  const model = workbook(ws)?.sheetByName(sheet.getName());
  const { range: a1, values } = body;
  if (typeof a1 !== 'string') throw new BadRequest('"range" must be an A1 range such as "B2:C3"');
  if (!Array.isArray(values) || !values.every((row) => Array.isArray(row) && row.every(isCellValue))) {
    throw new BadRequest('"values" must be rows of strings, numbers, booleans or nulls');
  }
  const rect = typedRect(a1);
  if (values.length !== rect.numRows || values.some((row) => row.length !== rect.numColumns)) {
    throw new BadRequest(
      `"values" must have ${rect.numRows} rows of ${rect.numColumns} cells to fill ${formatA1(rect)}`,
    );
  }
  const typed = values.map((row: (CellValue | null)[]) => row.map((value) => value ?? ''));
  const [maxRows, maxColumns] = [sheet.getMaxRows(), sheet.getMaxColumns()];
  typed.forEach((row, r) => {
    row.forEach((value, c) => {
      if (rect.row + r > maxRows || rect.column + c > maxColumns) return;
      const problem = checkValidation(sheet.getRange(rect.row + r, rect.column + c), value);
      if (problem) throw new RejectedEdit(`Invalid: ${problem}`);
    });
  });
  const extraRows = Math.max(0, rect.row + rect.numRows - 1 - maxRows);
  const extraColumns = Math.max(0, rect.column + rect.numColumns - 1 - maxColumns);
  try {
    checkCellInputs(typed);
    if (model) {
      checkGrowth(model.book, {
        cells: extraRows * (maxColumns + extraColumns) + extraColumns * maxRows,
        sheet: model,
        columns: extraColumns,
      });
    }
  } catch (error) {
    throw new RejectedEdit(error instanceof Error ? error.message : String(error));
  }
  if (extraColumns > 0) sheet.insertColumnsAfter(maxColumns, extraColumns);
  if (extraRows > 0) sheet.insertRowsAfter(maxRows, extraRows);
  const range = sheet.getRange(rect.row, rect.column, rect.numRows, rect.numColumns);
  range.setValues(typed);
  return range.getDisplayValues();
}

function moveColumn(ws: Workspace, body: Json): void {
  const sheet = sheetNamed(ws, body.sheet);
  const move = body.moveColumn;
  if (!Array.isArray(move) || move.length !== 2 || !move.every(isInteger)) {
    throw new BadRequest('"moveColumn" must be [FROM, TO], two column numbers starting at 1');
  }
  const [from, to] = move as [number, number];
  const last = sheet.getMaxColumns();
  if (from < 1 || to < 1 || from > last || to > last) throw new BadRequest(`Columns go from 1 to ${last}`);
  // A person drags column FROM so that it ends up at TO; moveColumns counts its destination before the move.
  if (from !== to) sheet.moveColumns(sheet.getRange(1, from), to > from ? to + 1 : to);
}

function insertColumn(ws: Workspace, body: Json): void {
  const sheet = sheetNamed(ws, body.sheet);
  const before = body.insertColumnBefore;
  if (!isInteger(before) || before < 1 || before > sheet.getMaxColumns()) {
    throw new BadRequest(`"insertColumnBefore" must be a column number from 1 to ${sheet.getMaxColumns()}`);
  }
  sheet.insertColumnBefore(before);
}

function editDocTable(ws: Workspace, body: Json): void {
  const model = typeof body.documentId === 'string' ? ws.documents.get(body.documentId) : undefined;
  if (!model) throw new BadRequest(`There is no document with id "${String(body.documentId)}"`);
  const { table, row, cells, appendRow, removeRow } = body;
  const texts = (value: unknown): value is string[] =>
    Array.isArray(value) && value.every((cell) => typeof cell === 'string');
  let edit: TableEdit;
  if (!isInteger(table) || table < 0) throw new BadRequest('"table" must be the 0-based index of a table');
  if (texts(cells) && isInteger(row)) edit = { table, row, cells };
  else if (texts(appendRow)) edit = { table, appendRow };
  else if (isInteger(removeRow)) edit = { table, removeRow };
  else throw new BadRequest('A table edit needs "row" and "cells", "appendRow", or "removeRow"');
  try {
    editTable(model, edit);
  } catch (error) {
    throw new BadRequest(error instanceof Error ? error.message : String(error));
  }
}

/** Carries out a hand edit; typing answers what the typed cells now show, so the page can show them at once. */
export function applyEdit(ws: Workspace, body: Json): { display?: string[][] } {
  return ws.calls.uncounted(() => {
    if ('documentId' in body) editDocTable(ws, body);
    else if ('moveColumn' in body) moveColumn(ws, body);
    else if ('insertColumnBefore' in body) insertColumn(ws, body);
    else if ('range' in body) return { display: typeIntoCells(ws, body) };
    else throw new BadRequest('An edit needs "range", "moveColumn", "insertColumnBefore" or "documentId"');
    return {};
  });
}

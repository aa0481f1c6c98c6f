// A1 notation: column letters, parsing "Sheet!A1:B2" and its open forms ("A:C", "2:2", "A2:C"), and writing it back.
import { scriptError } from '../core';

/** A rectangle of cells, 1-based, as Google's Range getters report it. */
export interface GridRect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** A parsed A1 reference; open sides ("A:A" has no rows) are filled from the sheet's size by the caller. */
export interface A1Reference {
  sheetName: string | null;
  startRow: number | null;
  startColumn: number | null;
  endRow: number | null;
  endColumn: number | null;
}

/**
 * Google answers every A1 string it cannot resolve with the same message
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRangea1Notation).
 */
export const rangeNotFound = () => scriptError('Range not found');

export function columnLetters(column: number): string {
  let letters = '';
  let n = column;
  while (n > 0) {
    const digit = (n - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?([0-9]+)?$/;

function parsePart(part: string): { row: number | null; column: number | null } {
  const match = CELL.exec(part);
  if (!match || (!match[1] && !match[2])) throw rangeNotFound();
  const row = match[2] ? Number(match[2]) : null;
  if (row === 0) throw rangeNotFound();
  return { row, column: match[1] ? columnNumber(match[1]) : null };
}

/** Splits "'My sheet'!A1:B2" into its sheet name (quotes undone) and its cells. */
export function splitSheet(notation: string): { sheetName: string | null; cells: string } {
  const bang = notation.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, cells: notation };
  let sheetName = notation.slice(0, bang);
  if (sheetName.startsWith("'") && sheetName.endsWith("'") && sheetName.length >= 2) {
    sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
  }
  return { sheetName, cells: notation.slice(bang + 1) };
}

export function parseA1(notation: string): A1Reference {
  if (typeof notation !== 'string' || notation.trim() === '') throw rangeNotFound();
  const { sheetName, cells } = splitSheet(notation.trim());
  const parts = cells.split(':');
  if (parts.length > 2) throw rangeNotFound();
  const start = parsePart(parts[0]);
  const end = parts.length === 2 ? parsePart(parts[1]) : start;
  const full = (p: { row: number | null; column: number | null }) => p.row !== null && p.column !== null;
  const legal =
    parts.length === 1
      ? full(start)
      : (full(start) && (full(end) || end.row === null)) || // "A1:B2", and "A2:C" (rows to the end)
        (start.row === null && end.row === null) || // "A:C"
        (start.column === null && end.column === null); // "2:3"
  if (!legal) throw rangeNotFound();
  return {
    sheetName,
    startRow: start.row,
    startColumn: start.column,
    endRow: end.row,
    endColumn: end.column,
  };
}

/** Quotes a sheet name the way Google writes it in A1 notation when it holds anything but letters, digits and _. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * Google writes whole columns as "A:C" and whole rows as "2:3" when the range was asked for that way
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#getA1Notation).
 */
export function formatA1(
  rect: GridRect,
  open: { rows: boolean; columns: boolean } = { rows: false, columns: false },
): string {
  const lastRow = rect.row + rect.numRows - 1;
  const lastColumn = rect.column + rect.numColumns - 1;
  if (open.rows && !open.columns) return `${columnLetters(rect.column)}:${columnLetters(lastColumn)}`;
  if (open.columns && !open.rows) return `${rect.row}:${lastRow}`;
  const first = `${columnLetters(rect.column)}${rect.row}`;
  if (rect.numRows === 1 && rect.numColumns === 1) return first;
  return `${first}:${columnLetters(lastColumn)}${lastRow}`;
}

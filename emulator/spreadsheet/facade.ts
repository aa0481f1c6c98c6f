// What every SpreadsheetApp facade shares: the workspace it counts calls on, Google's argument errors, colours.
import { parametersMismatch, scriptError } from '../core';
import type { Workspace } from '../workspace';
import type { GridRect } from './a1';

export type SpreadsheetWorkspace = Workspace;

/**
 * Facades implement a Pick of Google's interfaces; where Google's type names a whole class (a Range, a Sheet), the
 * facade hands back its own object, which implements the methods scripts here use.
 */
export function gas<T>(facade: unknown): T {
  return facade as T;
}

/** Apps Script's "The parameters (…) don't match the method signature for SpreadsheetApp.Range.setValues." */
export function signatureError(method: string, args: unknown[]): Error {
  return parametersMismatch(`SpreadsheetApp.${method}`, args);
}

export function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

/**
 * Google's range bounds errors (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRangerow,-column,-numRows,-numColumns).
 */
export function checkRect(rect: GridRect, maxRows: number, maxColumns: number): void {
  if (rect.row < 1) throw scriptError('The starting row of the range is too small.');
  if (rect.column < 1) throw scriptError('The starting column of the range is too small.');
  if (rect.numRows < 1) throw scriptError('The number of rows in the range must be at least 1.');
  if (rect.numColumns < 1) throw scriptError('The number of columns in the range must be at least 1.');
  if (rect.row + rect.numRows - 1 > maxRows || rect.column + rect.numColumns - 1 > maxColumns) {
    throw scriptError('The coordinates of the range are outside the dimensions of the sheet.');
  }
}

const NAMED_COLOURS: Record<string, string> = {
  black: '#000000',
  white: '#ffffff',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  gray: '#808080',
  grey: '#808080',
  purple: '#800080',
};

/** Sheets reports colours as lower-case #rrggbb, whatever CSS form they were set in. */
export function normalizeColour(colour: string): string {
  const lower = colour.trim().toLowerCase();
  if (NAMED_COLOURS[lower]) return NAMED_COLOURS[lower];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(lower);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return lower;
}

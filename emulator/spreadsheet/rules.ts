// Rule arguments (validation criteria, conditional-format conditions) kept as JSON and handed back as Apps Script values.
import { isEnumValue } from '../core';
import { gas, type SpreadsheetWorkspace } from './facade';
import type { GridRef, RuleArgument, SpreadsheetModel } from './model';
import { RangeFacade } from './range';

export function rangeRef(range: RangeFacade): GridRef {
  return { sheetId: range.sheet.sheetId, ...range.rect };
}

export function encodeArgument(value: unknown): RuleArgument {
  if (value instanceof RangeFacade) return { range: rangeRef(value) };
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    return { date: new Date((value as Date).getTime()).toISOString() };
  }
  if (Array.isArray(value)) return { list: value.map(String) };
  if (typeof value === 'number') return { number: value };
  if (typeof value === 'boolean') return { boolean: value };
  if (isEnumValue(value)) return { text: value.toString() };
  return { text: String(value) };
}

/** What getCriteriaValues() hands back: strings, numbers, Dates, string lists, Ranges. */
export function decodeArgument(
  ws: SpreadsheetWorkspace,
  book: SpreadsheetModel,
  argument: RuleArgument,
): unknown {
  if ('text' in argument) return argument.text;
  if ('number' in argument) return argument.number;
  if ('boolean' in argument) return argument.boolean;
  if ('date' in argument) return new Date(argument.date);
  if ('list' in argument) return [...argument.list];
  const { sheetId, ...rect } = argument.range;
  const sheet = book.sheetById(sheetId);
  return sheet ? gas(new RangeFacade(ws, sheet, rect)) : null;
}

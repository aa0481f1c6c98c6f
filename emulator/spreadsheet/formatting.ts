// What conditional format rules make of cells, as a person sees the sheet: read without counting, for tests and the workbench.
import type { GridRect } from './a1';
import { cellAsFormulaSees, dateToSerial, formulaHolds } from './formulas';
import type { ConditionalFormatData, RuleArgument, SheetModel } from './model';

export type ConditionalFormat = ConditionalFormatData['format'];

type Seen = ReturnType<typeof cellAsFormulaSees>;

const DAY_OFFSETS: Record<string, number> = { TODAY: 0, TOMORROW: 1, YESTERDAY: -1, PAST_WEEK: -7 };

/** The day a date condition compares with: a written date, or a RelativeDate read against the workspace's clock. */
function conditionDay(sheet: SheetModel, arg: RuleArgument | undefined): number | null {
  const timeZone = sheet.book.timeZone;
  if (arg && 'date' in arg) return Math.floor(dateToSerial(new Date(arg.date), timeZone));
  if (!arg || !('text' in arg)) return null;
  const today = Math.floor(dateToSerial(sheet.book.now(), timeZone));
  if (arg.text in DAY_OFFSETS) return today + DAY_OFFSETS[arg.text];
  const back = sheet.book.now();
  if (arg.text === 'PAST_MONTH') back.setMonth(back.getMonth() - 1);
  else if (arg.text === 'PAST_YEAR') back.setFullYear(back.getFullYear() - 1);
  else return null;
  return Math.floor(dateToSerial(back, timeZone));
}

const textOf = (value: Seen) => (value === null ? '' : String(value)).toLowerCase();

/**
 * Whether a rule's condition holds at a cell (https://developers.google.com/apps-script/reference/spreadsheet/boolean-criteria).
 * Text conditions ignore case as Sheets' do; date conditions compare whole days, a date being a number in Sheets.
 */
function holds(
  sheet: SheetModel,
  rule: ConditionalFormatData,
  anchor: { row: number; column: number },
  at: { row: number; column: number },
): boolean {
  const [arg] = rule.condition.args;
  const value = () => cellAsFormulaSees(sheet, at.row, at.column);
  const day = () => {
    const seen = value();
    return typeof seen === 'number' ? Math.floor(seen) : null;
  };
  const argText = arg && 'text' in arg ? arg.text.toLowerCase() : '';
  const argNumber = arg && 'number' in arg ? arg.number : Number.NaN;
  switch (rule.condition.type) {
    case 'CUSTOM_FORMULA':
      return arg !== undefined && 'text' in arg && formulaHolds(sheet, arg.text, anchor, at);
    case 'CELL_EMPTY':
      return textOf(value()) === '';
    case 'CELL_NOT_EMPTY':
      return textOf(value()) !== '';
    case 'TEXT_EQUAL_TO':
      return textOf(value()) === argText;
    case 'TEXT_CONTAINS':
      return textOf(value()).includes(argText);
    case 'NUMBER_GREATER_THAN': {
      const seen = value();
      return typeof seen === 'number' && seen > argNumber;
    }
    case 'NUMBER_LESS_THAN': {
      const seen = value();
      return typeof seen === 'number' && seen < argNumber;
    }
    case 'DATE_BEFORE':
    case 'DATE_BEFORE_RELATIVE':
    case 'DATE_AFTER':
    case 'DATE_AFTER_RELATIVE':
    case 'DATE_EQUAL_TO':
    case 'DATE_EQUAL_TO_RELATIVE': {
      const [cell, target] = [day(), conditionDay(sheet, arg)];
      if (cell === null || target === null) return false;
      if (rule.condition.type.startsWith('DATE_BEFORE')) return cell < target;
      if (rule.condition.type.startsWith('DATE_AFTER')) return cell > target;
      return cell === target;
    }
    default:
      return false;
  }
}

/**
 * The format conditional rules give each cell of a block, null where none applies. Rules are tried in the sheet's order
 * and the first whose condition holds wins; a custom formula is written for the top-left cell of the rule's first
 * range, its relative references moving with each cell (https://support.google.com/docs/answer/78413).
 */
export function conditionalFormatting(sheet: SheetModel, block: GridRect): (ConditionalFormat | null)[][] {
  const rules = sheet.data.conditionalFormats.filter((rule) =>
    rule.ranges.some((range) => range.sheetId === sheet.sheetId),
  );
  return Array.from({ length: block.numRows }, (_, r) =>
    Array.from({ length: block.numColumns }, (_, c) => {
      const at = { row: block.row + r, column: block.column + c };
      const rule = rules.find((candidate) => {
        const inside = candidate.ranges.some(
          (range) =>
            range.sheetId === sheet.sheetId &&
            at.row >= range.row &&
            at.row < range.row + range.numRows &&
            at.column >= range.column &&
            at.column < range.column + range.numColumns,
        );
        const anchor = { row: candidate.ranges[0].row, column: candidate.ranges[0].column };
        return inside && holds(sheet, candidate, anchor, at);
      });
      return rule ? { ...rule.format } : null;
    }),
  );
}

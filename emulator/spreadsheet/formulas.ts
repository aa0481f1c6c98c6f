// Formulas computed as Google Sheets computes them, at read time: excel-formula-tokenizer/-ast parse, this file evaluates.
import * as formulajs from '@formulajs/formulajs';
import { buildTree } from 'excel-formula-ast';
import { tokenize } from 'excel-formula-tokenizer';
import { zoneOffsetMinutes } from '../time-zones';
import { columnNumber, splitSheet } from './a1';
import type { SheetModel } from './model';
import { type ScriptValue, scriptValue } from './values';

/**
 * Sheets' error values (https://support.google.com/docs/answer/3093359); getValues() reads them as their text
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#getvalues).
 */
export type ErrorCode = '#N/A' | '#REF!' | '#NAME?' | '#DIV/0!' | '#VALUE!' | '#NUM!' | '#NULL!' | '#ERROR!';

class FormulaError {
  constructor(readonly code: ErrorCode) {}
}

const error = (code: ErrorCode) => new FormulaError(code);

/** One value inside a computation; null is a blank cell, which reads as 0, "" or FALSE depending on who asks. */
type Scalar = number | string | boolean | null | FormulaError;
/** A range's values, row-major. */
type Grid = Scalar[][];
type Value = Scalar | Grid;

type AstNode = ReturnType<typeof buildTree>;

/** Where a formula is computed; `shift` moves relative references, as for a conditional format read at another cell. */
interface Context {
  sheet: SheetModel;
  shift: { rows: number; columns: number };
}

const isGrid = (value: Value): value is Grid => Array.isArray(value);
const isError = (value: unknown): value is FormulaError => value instanceof FormulaError;

// ---- Dates: Sheets counts days from 1899-12-30 in the spreadsheet's time zone (https://support.google.com/docs/answer/3092969).

const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86400000;

export function dateToSerial(date: Date, timeZone: string): number {
  const wall = date.getTime() + zoneOffsetMinutes(date.getTime(), timeZone) * 60000;
  return (wall - EPOCH) / DAY;
}

function serialToDate(serial: number, timeZone: string): Date {
  const wall = EPOCH + Math.round(serial * DAY);
  const first = wall - zoneOffsetMinutes(wall, timeZone) * 60000;
  return new Date(wall - zoneOffsetMinutes(first, timeZone) * 60000);
}

/** formulajs builds Dates from local fields; their serial is read from the same fields. */
const localDateToSerial = (date: Date) =>
  (Date.UTC(
    date.getFullYear(),
    date.getMonth(),
    date.getDate(),
    date.getHours(),
    date.getMinutes(),
    date.getSeconds(),
  ) -
    EPOCH) /
  DAY;

// ---- Parsing, cached: conditional formats read the same few formulas for every cell.

const parsed = new Map<string, AstNode | FormulaError>();

function parse(formula: string): AstNode | FormulaError {
  let tree = parsed.get(formula);
  if (tree === undefined) {
    try {
      tree = buildTree(tokenize(formula));
    } catch {
      // Sheets' "Formula parse error".
      tree = error('#ERROR!');
    }
    if (parsed.size > 2000) parsed.clear();
    parsed.set(formula, tree);
  }
  return tree;
}

// ---- References.

interface Part {
  row: number | null;
  column: number | null;
}

const PART = /^(\$?)([A-Za-z]{1,3})?(\$?)(\d+)?$/;

/** One side of a reference, its relative parts moved by the context's shift ($ keeps a part in place). */
function part(text: string, shift: Context['shift']): Part | null {
  const match = PART.exec(text);
  if (!match || (!match[2] && !match[4])) return null;
  const column = match[2] ? columnNumber(match[2]) + (match[1] ? 0 : shift.columns) : null;
  const row = match[4] ? Number(match[4]) + (match[3] ? 0 : shift.rows) : null;
  return { row, column };
}

/** The sheet and rectangle a reference names, open sides ("B2:B", "A:A", "2:3") reaching the sheet's edges. */
function resolve(
  leftKey: string,
  rightKey: string | null,
  context: Context,
): { sheet: SheetModel; top: number; left: number; bottom: number; right: number } | FormulaError {
  const { sheetName, cells } = splitSheet(leftKey);
  const sheet = sheetName === null ? context.sheet : context.sheet.book.sheetByName(sheetName);
  const start = part(cells, context.shift);
  const end = rightKey === null ? start : part(splitSheet(rightKey).cells, context.shift);
  if (!start || !end) return error('#NAME?');
  if (!sheet) return error('#REF!');
  if (rightKey === null && (start.row === null || start.column === null)) return error('#NAME?');
  const { maxRows, maxColumns } = sheet.data;
  const first = (a: number | null, b: number | null) => Math.min(a ?? b ?? 1, b ?? a ?? 1);
  const top = first(start.row, end.row);
  const bottom = start.row === null || end.row === null ? maxRows : Math.max(start.row, end.row);
  const left = first(start.column, end.column);
  const right =
    start.column === null || end.column === null ? maxColumns : Math.max(start.column, end.column);
  if (top < 1 || left < 1 || bottom > maxRows || right > maxColumns) return error('#REF!');
  return { sheet, top, left, bottom, right };
}

/** Formula cells being computed: reaching one again is a loop, which Sheets shows as #REF! ("Circular dependency detected"). */
const computing = new Set<string>();

function cellScalar(sheet: SheetModel, row: number, column: number): Scalar {
  const cell = sheet.cell(row, column);
  if (cell?.formula !== undefined) return computeCell(sheet, row, column);
  if (!cell?.value) return null;
  const value = scriptValue(cell.value);
  // Inside a formula a date is its day number, as in Sheets.
  return value instanceof Date ? dateToSerial(value, sheet.book.timeZone) : value;
}

function computeCell(sheet: SheetModel, row: number, column: number): Scalar {
  const key = `${sheet.book.id}/${sheet.sheetId}/${row}/${column}`;
  if (computing.has(key)) return error('#REF!');
  computing.add(key);
  try {
    const tree = parse(sheet.formulaAt(row, column));
    return isError(tree) ? tree : scalar(evaluate(tree, { sheet, shift: { rows: 0, columns: 0 } }));
  } finally {
    computing.delete(key);
  }
}

// ---- Coercions, as Sheets applies them to operands.

/** A range where one value is expected: its only cell, else #VALUE!. */
function scalar(value: Value): Scalar {
  if (!isGrid(value)) return value;
  return value.length === 1 && value[0].length === 1 ? value[0][0] : error('#VALUE!');
}

function toNumber(value: Scalar): number | FormulaError {
  if (value === null) return 0;
  if (isError(value) || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  const trimmed = value.trim();
  const number = Number(trimmed);
  return trimmed !== '' && Number.isFinite(number) ? number : error('#VALUE!');
}

function toText(value: Scalar): string | FormulaError {
  if (value === null) return '';
  if (isError(value) || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(Number(value.toPrecision(15)));
}

function toBoolean(value: Scalar): boolean | FormulaError {
  if (value === null) return false;
  if (isError(value) || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  const upper = value.toUpperCase();
  return upper === 'TRUE' || upper === 'FALSE' ? upper === 'TRUE' : error('#VALUE!');
}

/**
 * Comparison as Sheets orders values: numbers before text before booleans, text without regard to case, and a blank
 * cell equal to 0, "" and FALSE alike.
 */
function compare(a: Scalar, b: Scalar): number | FormulaError {
  if (isError(a)) return a;
  if (isError(b)) return b;
  const blankAs = (other: Scalar) =>
    typeof other === 'string' ? '' : typeof other === 'boolean' ? false : 0;
  const x = a === null ? blankAs(b) : a;
  const y = b === null ? blankAs(a) : b;
  const rank = (v: number | string | boolean) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  const [p, q] = typeof x === 'string' ? [x.toLowerCase(), String(y).toLowerCase()] : [Number(x), Number(y)];
  return p < q ? -1 : p > q ? 1 : 0;
}

// ---- Evaluation.

const COMPARISONS: Record<string, (order: number) => boolean> = {
  '=': (o) => o === 0,
  '<>': (o) => o !== 0,
  '<': (o) => o < 0,
  '<=': (o) => o <= 0,
  '>': (o) => o > 0,
  '>=': (o) => o >= 0,
};

function arithmetic(operator: string, a: Scalar, b: Scalar): Scalar {
  const x = toNumber(a);
  if (isError(x)) return x;
  const y = toNumber(b);
  if (isError(y)) return y;
  switch (operator) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      return y === 0 ? error('#DIV/0!') : x / y;
    case '^': {
      const power = x ** y;
      return Number.isFinite(power) ? power : error('#NUM!');
    }
    default:
      return error('#ERROR!');
  }
}

function evaluate(node: AstNode, context: Context): Value {
  switch (node.type) {
    case 'number':
    case 'text':
    case 'logical':
      return node.value;
    case 'cell':
    case 'cell-range': {
      const [leftKey, rightKey] =
        node.type === 'cell' ? [node.key, null] : [keyOf(node.left), keyOf(node.right)];
      if (leftKey === null) return error('#ERROR!');
      const area = resolve(leftKey, rightKey, context);
      if (isError(area)) return area;
      if (node.type === 'cell') return cellScalar(area.sheet, area.top, area.left);
      const grid: Grid = [];
      for (let r = area.top; r <= area.bottom; r++) {
        const line: Scalar[] = [];
        for (let c = area.left; c <= area.right; c++) line.push(cellScalar(area.sheet, r, c));
        grid.push(line);
      }
      return grid;
    }
    case 'unary-expression': {
      const operand = toNumber(scalar(evaluate(node.operand, context)));
      return isError(operand) || node.operator !== '-' ? operand : -operand;
    }
    case 'binary-expression': {
      const a = scalar(evaluate(node.left, context));
      const b = scalar(evaluate(node.right, context));
      const comparison = COMPARISONS[node.operator];
      if (comparison) {
        const order = compare(a, b);
        return isError(order) ? order : comparison(order);
      }
      if (node.operator === '&') {
        const x = toText(a);
        if (isError(x)) return x;
        const y = toText(b);
        return isError(y) ? y : x + y;
      }
      return arithmetic(node.operator, a, b);
    }
    case 'function':
      return call(node.name.toUpperCase(), node.arguments, context);
  }
}

function keyOf(node: AstNode): string | null {
  return node.type === 'cell' ? node.key : null;
}

// ---- Functions (https://support.google.com/docs/table/25273).

/** IF and its kin compute only the branch they return, so an error in the other branch stays unseen. */
function call(name: string, args: AstNode[], context: Context): Value {
  const at = (index: number): Value => (index < args.length ? evaluate(args[index], context) : null);
  switch (name) {
    case 'IF': {
      if (args.length < 2 || args.length > 3) return error('#N/A');
      const test = toBoolean(scalar(at(0)));
      if (isError(test)) return test;
      return test ? at(1) : args.length === 3 ? at(2) : false;
    }
    case 'IFERROR':
    case 'IFNA': {
      const value = at(0);
      const first = scalar(value);
      const caught = isError(first) && (name === 'IFERROR' || first.code === '#N/A');
      return caught ? (args.length > 1 ? at(1) : '') : value;
    }
  }
  const values = args.map((arg) => evaluate(arg, context));
  const own = FUNCTIONS[name];
  if (own) return own(values, context);
  return borrowed(name, values);
}

/** Every value of the arguments, ranges opened, with whether it came from a range (functions skip text there). */
function* flatten(values: Value[]): Generator<{ value: Scalar; inRange: boolean }> {
  for (const value of values) {
    if (isGrid(value))
      for (const line of value) for (const cell of line) yield { value: cell, inRange: true };
    else yield { value, inRange: false };
  }
}

/** The numbers a SUM-like function takes: numbers from ranges; anything coercible when typed as an argument. */
function numbers(values: Value[]): number[] | FormulaError {
  const found: number[] = [];
  for (const { value, inRange } of flatten(values)) {
    if (isError(value)) return value;
    if (inRange) {
      if (typeof value === 'number') found.push(value);
      continue;
    }
    const number = toNumber(value);
    if (isError(number)) return number;
    found.push(number);
  }
  return found;
}

function logical(values: Value[], combine: (results: boolean[]) => boolean): Scalar {
  const results: boolean[] = [];
  for (const { value, inRange } of flatten(values)) {
    if (isError(value)) return value;
    if (inRange && (value === null || typeof value === 'string')) continue;
    const result = toBoolean(value);
    if (isError(result)) return result;
    results.push(result);
  }
  return results.length ? combine(results) : error('#VALUE!');
}

/** COUNTIF's criterion: an optional comparison, then a number or text where * and ? are wildcards and ~ escapes them. */
function criterion(raw: Scalar): (value: Scalar) => boolean {
  if (typeof raw !== 'string')
    return (value) => !isError(value) && value !== null && compare(value, raw) === 0;
  const [, operator = '', operand] = /^(<=|>=|<>|<|>|=)?([\s\S]*)$/.exec(raw) ?? [];
  const number = operand.trim() === '' ? Number.NaN : Number(operand);
  const target: Scalar = Number.isFinite(number) ? number : operand;
  if (typeof target === 'string' && (operator === '' || operator === '=' || operator === '<>')) {
    const pattern = new RegExp(
      `^${target.replace(/~([*?~])|([*?])|[.+^${}()|[\]\\]/g, (m, escaped, wild) =>
        escaped ? `\\${escaped}` : wild ? (wild === '*' ? '[\\s\\S]*' : '[\\s\\S]') : `\\${m}`,
      )}$`,
      'i',
    );
    const matches = (value: Scalar) =>
      !isError(value) && pattern.test(value === null ? '' : typeof value === 'string' ? value : '\u0000');
    return operator === '<>' ? (value) => !matches(value) : matches;
  }
  const test = COMPARISONS[operator || '='];
  return (value) => {
    if (value === null || isError(value) || typeof value !== typeof target) return false;
    return test(compare(value, target) as number);
  };
}

const count = (values: Value[], keep: (value: Scalar, inRange: boolean) => boolean) =>
  [...flatten(values)].filter(({ value, inRange }) => keep(value, inRange)).length;

const firstError = (values: Value[]) => values.find((value): value is FormulaError => isError(value));

type SheetFunction = (values: Value[], context: Context) => Value;

/** A function of one value, errors passed through. */
const unary =
  (fn: (value: Scalar) => Value): SheetFunction =>
  (values) =>
    values.length === 1 ? fn(scalar(values[0])) : error('#N/A');

const aggregate =
  (fn: (found: number[]) => Scalar): SheetFunction =>
  (values) => {
    const found = numbers(values);
    return isError(found) ? found : fn(found);
  };

const FUNCTIONS: Record<string, SheetFunction> = {
  AND: (values) => logical(values, (results) => results.every(Boolean)),
  OR: (values) => logical(values, (results) => results.some(Boolean)),
  NOT: unary((value) => {
    const result = toBoolean(value);
    return isError(result) ? result : !result;
  }),
  TRUE: () => true,
  FALSE: () => false,
  NA: () => error('#N/A'),
  ISNUMBER: unary((value) => typeof value === 'number'),
  ISTEXT: unary((value) => typeof value === 'string'),
  ISLOGICAL: unary((value) => typeof value === 'boolean'),
  ISBLANK: unary((value) => value === null),
  ISERROR: unary(isError),
  ISNA: unary((value) => isError(value) && value.code === '#N/A'),
  ISERR: unary((value) => isError(value) && value.code !== '#N/A'),
  COUNT: (values) =>
    count(values, (value, inRange) => typeof value === 'number' || (!inRange && !isError(toNumber(value)))),
  COUNTA: (values) => count(values, (value, inRange) => !inRange || value !== null),
  COUNTBLANK: (values) => count(values, (value) => value === null || value === ''),
  COUNTIF: ([range, wanted]) => {
    if (wanted === undefined || !isGrid(range)) return error(isGrid(range) ? '#N/A' : '#VALUE!');
    const first = scalar(wanted);
    if (isError(first)) return first;
    return count([range], criterion(first));
  },
  SUM: aggregate((found) => found.reduce((sum, n) => sum + n, 0)),
  MIN: aggregate((found) => (found.length ? Math.min(...found) : 0)),
  MAX: aggregate((found) => (found.length ? Math.max(...found) : 0)),
  AVERAGE: aggregate((found) =>
    found.length ? found.reduce((sum, n) => sum + n, 0) / found.length : error('#DIV/0!'),
  ),
  /** The real clock, as a day in the spreadsheet's time zone (https://support.google.com/docs/answer/3092984). */
  TODAY: (_, context) => Math.floor(dateToSerial(context.sheet.book.now(), context.sheet.book.timeZone)),
  NOW: (_, context) => dateToSerial(context.sheet.book.now(), context.sheet.book.timeZone),
  DATE: (values) => {
    const parts = values.map((value) => toNumber(scalar(value)));
    const failed = parts.find(isError);
    if (failed || parts.length !== 3) return failed ?? error('#N/A');
    const [year, month, day] = (parts as number[]).map(Math.trunc);
    return (Date.UTC(year < 1900 ? year + 1900 : year, month - 1, day) - EPOCH) / DAY;
  },
  /** The cell shows the label, or the URL when there is none (https://support.google.com/docs/answer/3093313). */
  HYPERLINK: (values) => {
    const texts = values.map((value) => toText(scalar(value)));
    return firstError(texts as Value[]) ?? (texts[1] as string | undefined) ?? texts[0] ?? error('#N/A');
  },
};

const FORMULAJS = formulajs as unknown as Record<string, ((...args: unknown[]) => unknown) | undefined>;

/**
 * Functions this file does not define come from formulajs (Excel's definitions, which Sheets shares for them); a name
 * neither knows is Sheets' #NAME? ("Unknown function").
 */
function borrowed(name: string, values: Value[]): Value {
  const fn = FORMULAJS[name];
  if (typeof fn !== 'function') return error('#NAME?');
  const failed = values.find((value) => !isGrid(value) && isError(value));
  if (failed) return failed;
  const outward = (value: Scalar) => (isError(value) ? new Error(value.code) : value);
  let result: unknown;
  try {
    result = fn(...values.map((value) => (isGrid(value) ? value.map((line) => line.map(outward)) : value)));
  } catch {
    return error('#VALUE!');
  }
  return inward(result);
}

function inward(result: unknown): Value {
  if (result instanceof Error) {
    const code = result.message as ErrorCode;
    return error(
      ['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#VALUE!', '#NUM!', '#NULL!'].includes(code) ? code : '#VALUE!',
    );
  }
  if (result instanceof Date) return localDateToSerial(result);
  if (typeof result === 'number') return Number.isFinite(result) ? result : error('#NUM!');
  if (typeof result === 'string' || typeof result === 'boolean') return result;
  if (Array.isArray(result)) return inward(Array.isArray(result[0]) ? result[0][0] : result[0]);
  return null;
}

// ---- What a script reads.

const DATE_FUNCTIONS = new Set(['TODAY', 'NOW', 'DATE', 'EDATE', 'EOMONTH', 'WORKDAY', 'DATEVALUE']);

/**
 * Sheets formats a result as a date when it comes from a date function, a date cell, or a date plus or minus a number
 * (https://support.google.com/docs/answer/3094150), so getValues() reads a Date there.
 */
function isDate(node: AstNode, context: Context): boolean {
  switch (node.type) {
    case 'function':
      return DATE_FUNCTIONS.has(node.name.toUpperCase());
    case 'cell': {
      const area = resolve(node.key, null, context);
      return !isError(area) && area.sheet.cell(area.top, area.left)?.value?.kind === 'date';
    }
    case 'binary-expression':
      if (node.operator === '+') return isDate(node.left, context) !== isDate(node.right, context);
      return node.operator === '-' && isDate(node.left, context) && !isDate(node.right, context);
    default:
      return false;
  }
}

/** What getValue() reads from a formula cell: the computed value, errors as their text, a blank result as "". */
export function formulaValue(sheet: SheetModel, row: number, column: number): ScriptValue {
  const value = computeCell(sheet, row, column);
  if (value === null) return '';
  if (isError(value)) return value.code;
  const tree = parse(sheet.formulaAt(row, column));
  if (
    typeof value === 'number' &&
    !isError(tree) &&
    isDate(tree, { sheet, shift: { rows: 0, columns: 0 } })
  ) {
    return serialToDate(value, sheet.book.timeZone);
  }
  return value;
}

/**
 * Whether a custom formula holds at a cell: it is written for `anchor` (the top-left cell of the rule's range) and its
 * relative references move with the cell (https://support.google.com/docs/answer/78413). TRUE or a non-zero number
 * holds; an error, text or blank does not.
 */
export function formulaHolds(
  sheet: SheetModel,
  formula: string,
  anchor: { row: number; column: number },
  at: { row: number; column: number },
): boolean {
  const tree = parse(formula);
  if (isError(tree)) return false;
  const value = scalar(
    evaluate(tree, { sheet, shift: { rows: at.row - anchor.row, columns: at.column - anchor.column } }),
  );
  return value === true || (typeof value === 'number' && value !== 0);
}

/** A cell's value as a formula sees it (dates as serial numbers, errors as their text), for rules comparing values. */
export function cellAsFormulaSees(
  sheet: SheetModel,
  row: number,
  column: number,
): number | string | boolean | null {
  const value = cellScalar(sheet, row, column);
  return isError(value) ? value.code : value;
}

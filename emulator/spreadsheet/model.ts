// The emulated spreadsheet's state: plain JSON-safe data (cells, formats, rules, metadata, charts) and the grid operations
// that keep everything anchored to rows and columns in place when rows and columns are inserted, deleted or moved.
import type { GridRect } from './a1';
import type { FilterData } from './filter';
import { formulaValue } from './formulas';
import { type ScriptValue, type StoredValue, scriptValue, writtenCell } from './values';

/** A rule argument, kept as JSON: dates as ISO instants, ranges as grid coordinates on a sheet. */
export type RuleArgument =
  | { text: string }
  | { number: number }
  | { boolean: boolean }
  | { date: string }
  | { list: string[] }
  | { range: GridRef };

export interface GridRef extends GridRect {
  sheetId: number;
}

export interface ValidationData {
  criteria: string;
  args: RuleArgument[];
  allowInvalid: boolean;
  helpText: string | null;
}

export interface LinkRun {
  start: number;
  end: number;
  url: string;
}

export interface CellData {
  value?: StoredValue;
  formula?: string;
  numberFormat?: string;
  fontWeight?: string;
  fontStyle?: string;
  fontSize?: number;
  fontColor?: string;
  background?: string;
  wrap?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  note?: string;
  validation?: ValidationData;
  /** In saved state only: the index of this cell's rule in SpreadsheetData.validations. */
  validationRef?: number;
  /** Links inside the cell's text, from setRichTextValue. */
  links?: LinkRun[];
}

export interface ConditionalFormatData {
  ranges: GridRef[];
  condition: { type: string; args: RuleArgument[] };
  format: { background?: string; fontColor?: string; bold?: boolean; italic?: boolean };
}

export interface ProtectionData {
  id: number;
  type: 'SHEET' | 'RANGE';
  /** Only for RANGE protections: the protected cells. */
  range: GridRect | null;
  description: string;
  warningOnly: boolean;
}

export interface ChartData {
  chartId: number;
  /** The Charts.ChartType name, e.g. "COLUMN"; null until setChartType. */
  chartType: string | null;
  /** Data ranges, possibly on other sheets than the chart's. */
  ranges: GridRef[];
  options: Record<string, unknown>;
  position: { anchorRow: number; anchorColumn: number; offsetX: number; offsetY: number };
  numHeaders: number;
}

export type MetadataLocation =
  | { type: 'SPREADSHEET' }
  | { type: 'SHEET'; sheetId: number }
  | { type: 'ROW' | 'COLUMN'; sheetId: number; start: number; count: number };

export interface MetadataData {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  location: MetadataLocation;
}

export interface SheetData {
  sheetId: number;
  name: string;
  maxRows: number;
  maxColumns: number;
  /** Row-major, sparse: a missing row or cell is empty. */
  cells: (Array<CellData | null> | null)[];
  columnWidths: (number | null)[];
  frozenRows: number;
  frozenColumns: number;
  tabColor: string | null;
  merges: GridRect[];
  conditionalFormats: ConditionalFormatData[];
  protections: ProtectionData[];
  charts: ChartData[];
  /** The sheet's basic filter (emulator/spreadsheet/filter.ts); absent in states saved before filters. */
  filter?: FilterData | null;
}

export interface SpreadsheetData {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  activeSheetId: number;
  sheets: SheetData[];
  metadata: MetadataData[];
  /** Counters for ids Google hands out (sheet ids, metadata ids, chart ids, protections). */
  nextIds: { sheet: number; metadata: number; chart: number; protection: number };
  /**
   * Saved state only: each distinct validation rule once, cells naming it by `validationRef`. A rule set on a whole
   * column is held by every cell of it, so a set-up workbook would otherwise save the same rule a thousand times.
   */
  validations?: ValidationData[];
}

/** How a change along one dimension (rows or columns) moves things anchored to it. */
export type DimensionChange =
  | { kind: 'insert'; at: number; count: number }
  | { kind: 'delete'; at: number; count: number }
  | { kind: 'move'; from: number; count: number; to: number };

/**
 * Where index i lands after a move: the block [from, from+count) goes before index `to`, counted before the move
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#moveColumns(Range,Integer)).
 */
function movedIndex(i: number, change: { from: number; count: number; to: number }): number {
  const { from, count, to } = change;
  const end = from + count; // first index after the block
  if (to > end) {
    if (i >= from && i < end) return i + (to - end);
    if (i >= end && i < to) return i - count;
  } else if (to < from) {
    if (i >= from && i < end) return i - (from - to);
    if (i >= to && i < from) return i + count;
  }
  return i;
}

/** A span of rows or columns after a change; null when every index of it was deleted. */
export function adjustSpan(
  start: number,
  count: number,
  change: DimensionChange,
): { start: number; count: number } | null {
  const end = start + count - 1;
  switch (change.kind) {
    case 'insert':
      if (change.at <= start) return { start: start + change.count, count };
      if (change.at <= end) return { start, count: count + change.count };
      return { start, count };
    case 'delete': {
      const deletedEnd = change.at + change.count - 1;
      const kept = count - Math.max(0, Math.min(end, deletedEnd) - Math.max(start, change.at) + 1);
      if (kept <= 0) return null;
      if (start < change.at) return { start, count: kept };
      return { start: start > deletedEnd ? start - change.count : change.at, count: kept };
    }
    case 'move': {
      let first = Number.POSITIVE_INFINITY;
      let last = 0;
      for (let i = start; i <= end; i++) {
        const moved = movedIndex(i, change);
        first = Math.min(first, moved);
        last = Math.max(last, moved);
      }
      return { start: first, count: last - first + 1 };
    }
  }
}

function adjustRect(rect: GridRect, dimension: 'rows' | 'columns', change: DimensionChange): GridRect | null {
  if (dimension === 'rows') {
    const span = adjustSpan(rect.row, rect.numRows, change);
    return span && { ...rect, row: span.start, numRows: span.count };
  }
  const span = adjustSpan(rect.column, rect.numColumns, change);
  return span && { ...rect, column: span.start, numColumns: span.count };
}

/** Inserts, cuts or moves a block inside a positional array; a short array is padded so positions keep their meaning. */
function applyToArray<T>(array: (T | null)[], change: DimensionChange): void {
  if (change.kind === 'insert') {
    if (array.length >= change.at)
      array.splice(change.at - 1, 0, ...new Array<T | null>(change.count).fill(null));
  } else if (change.kind === 'delete') {
    array.splice(change.at - 1, change.count);
  } else {
    while (array.length < Math.max(change.from + change.count - 1, change.to - 1)) array.push(null);
    const block = array.splice(change.from - 1, change.count);
    array.splice(change.to > change.from ? change.to - 1 - change.count : change.to - 1, 0, ...block);
  }
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;

export function emptySheetData(
  sheetId: number,
  name: string,
  rows = DEFAULT_ROWS,
  columns = DEFAULT_COLUMNS,
): SheetData {
  return {
    sheetId,
    name,
    maxRows: rows,
    maxColumns: columns,
    cells: [],
    columnWidths: [],
    frozenRows: 0,
    frozenColumns: 0,
    tabColor: null,
    merges: [],
    conditionalFormats: [],
    protections: [],
    charts: [],
  };
}

export class SheetModel {
  constructor(
    readonly book: SpreadsheetModel,
    readonly data: SheetData,
  ) {}

  get sheetId(): number {
    return this.data.sheetId;
  }

  get name(): string {
    return this.data.name;
  }

  cell(row: number, column: number): CellData | undefined {
    return this.data.cells[row - 1]?.[column - 1] ?? undefined;
  }

  /** The cell to change, made when missing. */
  cellForWrite(row: number, column: number): CellData {
    const cells = this.data.cells;
    while (cells.length < row) cells.push(null);
    const line = cells[row - 1] ?? [];
    cells[row - 1] = line;
    while (line.length < column) line.push(null);
    const existing = line[column - 1];
    if (existing) return existing;
    const made: CellData = {};
    line[column - 1] = made;
    return made;
  }

  hasContent(row: number, column: number): boolean {
    const cell = this.cell(row, column);
    return cell?.value !== undefined || cell?.formula !== undefined;
  }

  /** What getValue() reads: formulas evaluated, dates as fresh Date objects, '' when empty. */
  valueAt(row: number, column: number): ScriptValue {
    const cell = this.cell(row, column);
    if (cell?.formula !== undefined) return formulaValue(this, row, column);
    return scriptValue(cell?.value);
  }

  formulaAt(row: number, column: number): string {
    return this.cell(row, column)?.formula ?? '';
  }

  /** Writes a value as setValue and typing both do (see values.ts writtenCell); formats stay. */
  write(row: number, column: number, input: unknown): void {
    const existing = this.cell(row, column);
    const result = writtenCell(input, this.book.timeZone, existing?.numberFormat === '@');
    if ('empty' in result && !existing) return;
    const cell = this.cellForWrite(row, column);
    delete cell.value;
    delete cell.formula;
    delete cell.links;
    if ('formula' in result) cell.formula = result.formula;
    else if ('value' in result) {
      cell.value = result.value;
      if (result.numberFormat && cell.numberFormat === undefined) cell.numberFormat = result.numberFormat;
    }
  }

  /** The last row holding a value or formula (0 when none), as getLastRow() reports it. */
  lastRow(): number {
    for (let r = this.data.cells.length; r >= 1; r--) {
      const line = this.data.cells[r - 1];
      if (line?.some((cell) => cell?.value !== undefined || cell?.formula !== undefined)) return r;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const line of this.data.cells) {
      if (!line) continue;
      for (let c = line.length; c > last; c--) {
        const cell = line[c - 1];
        if (cell?.value !== undefined || cell?.formula !== undefined) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  /** Applies an insert, delete or move of rows or columns to the grid and to everything anchored to it. */
  changeDimension(dimension: 'rows' | 'columns', change: DimensionChange): void {
    const data = this.data;
    if (dimension === 'rows') {
      applyToArray(data.cells, change);
      if (change.kind === 'insert') data.maxRows += change.count;
      if (change.kind === 'delete') data.maxRows -= change.count;
    } else {
      for (const line of data.cells) if (line) applyToArray(line, change);
      applyToArray(data.columnWidths, change);
      if (change.kind === 'insert') data.maxColumns += change.count;
      if (change.kind === 'delete') data.maxColumns -= change.count;
    }
    const keep = <T>(
      items: T[],
      rectOf: (item: T) => GridRect | null,
      set: (item: T, rect: GridRect) => T,
    ): T[] =>
      items.flatMap((item) => {
        const rect = rectOf(item);
        if (!rect) return [item];
        const moved = adjustRect(rect, dimension, change);
        return moved ? [set(item, moved)] : [];
      });
    data.merges = keep(
      data.merges,
      (rect) => rect,
      (_, rect) => rect,
    );
    data.protections = keep(
      data.protections,
      (p) => p.range,
      (p, range) => ({ ...p, range }),
    );
    if (data.filter) {
      // The filter's range and its columns' criteria follow their cells; a filter whose range is deleted goes.
      const range = adjustRect(data.filter.range, dimension, change);
      data.filter = range && {
        range,
        criteria:
          dimension === 'rows'
            ? data.filter.criteria
            : data.filter.criteria.flatMap((entry) => {
                const span = adjustSpan(entry.column, 1, change);
                return span ? [{ ...entry, column: span.start }] : [];
              }),
      };
    }
    for (const sheet of this.book.sheets) this.adjustRuleRanges(sheet, dimension, change);
    this.book.metadata = this.book.metadata.flatMap((metadata) => {
      const location = metadata.location;
      if (location.type === 'SPREADSHEET' || location.type === 'SHEET' || location.sheetId !== this.sheetId)
        return [metadata];
      if ((location.type === 'ROW') !== (dimension === 'rows')) return [metadata];
      const span = adjustSpan(location.start, location.count, change);
      return span ? [{ ...metadata, location: { ...location, start: span.start, count: span.count } }] : [];
    });
  }

  /** Ranges inside rules and charts (conditional formats, validation "in range", chart data) follow their cells, on any sheet. */
  private adjustRuleRanges(sheet: SheetModel, dimension: 'rows' | 'columns', change: DimensionChange): void {
    const adjustRef = (ref: GridRef): GridRef | null =>
      ref.sheetId === this.sheetId ? (adjustRect(ref, dimension, change) as GridRef | null) : ref;
    const adjustArgs = (args: RuleArgument[]) =>
      args.map((arg) => {
        if (!('range' in arg)) return arg;
        return { range: adjustRef(arg.range) ?? arg.range };
      });
    sheet.data.conditionalFormats = sheet.data.conditionalFormats.flatMap((rule) => {
      const ranges = rule.ranges.flatMap((ref) => adjustRef(ref) ?? []);
      return ranges.length
        ? [{ ...rule, ranges, condition: { ...rule.condition, args: adjustArgs(rule.condition.args) } }]
        : [];
    });
    for (const chart of sheet.data.charts) chart.ranges = chart.ranges.flatMap((ref) => adjustRef(ref) ?? []);
    for (const line of sheet.data.cells) {
      for (const cell of line ?? []) {
        if (cell?.validation?.args.some((arg) => 'range' in arg)) {
          cell.validation = { ...cell.validation, args: adjustArgs(cell.validation.args) };
        }
      }
    }
  }
}

/** Every stored cell of the sheets, for the passes that save and load validation rules once each. */
function* cellsOf(sheets: SheetData[]): Generator<CellData> {
  for (const sheet of sheets)
    for (const line of sheet.cells) for (const cell of line ?? []) if (cell) yield cell;
}

export class SpreadsheetModel {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  activeSheetId: number;
  sheets: SheetModel[];
  metadata: MetadataData[];
  nextIds: SpreadsheetData['nextIds'];
  /** The clock TODAY(), NOW() and relative-date conditions read: the workspace's emulated one. */
  now: () => Date = () => new Date();

  /**
   * Keeps `data` as its own, uncopied: newSpreadsheetModel makes it afresh, and a load hands over state parsed for it
   * (Workspace.fromJSON and Workspace.parse), which spares copying a set-up workbook's 80,000 cells again.
   */
  constructor(copy: SpreadsheetData) {
    const rules = copy.validations ?? [];
    // One rule object for all its cells, as setDataValidation leaves them: rules are replaced, never changed in place.
    for (const cell of cellsOf(copy.sheets)) {
      if (cell.validationRef === undefined) continue;
      cell.validation = rules[cell.validationRef];
      delete cell.validationRef;
    }
    delete copy.validations;
    this.id = copy.id;
    this.name = copy.name;
    this.timeZone = copy.timeZone;
    this.locale = copy.locale;
    this.activeSheetId = copy.activeSheetId;
    this.sheets = copy.sheets.map((sheet) => new SheetModel(this, sheet));
    this.metadata = copy.metadata;
    this.nextIds = copy.nextIds;
  }

  sheetById(sheetId: number): SheetModel | undefined {
    return this.sheets.find((sheet) => sheet.sheetId === sheetId);
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((sheet) => sheet.name === name);
  }

  activeSheet(): SheetModel {
    return this.sheetById(this.activeSheetId) ?? this.sheets[0];
  }

  /** Adds a sheet at a 0-based position, with the next sheet id. */
  addSheet(
    name: string,
    index = this.sheets.length,
    rows = DEFAULT_ROWS,
    columns = DEFAULT_COLUMNS,
  ): SheetModel {
    const sheet = new SheetModel(this, emptySheetData(this.nextIds.sheet++, name, rows, columns));
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    return sheet;
  }

  removeSheet(sheet: SheetModel): void {
    this.sheets = this.sheets.filter((candidate) => candidate !== sheet);
    this.metadata = this.metadata.filter(
      (metadata) => !('sheetId' in metadata.location) || metadata.location.sheetId !== sheet.sheetId,
    );
    if (this.activeSheetId === sheet.sheetId) this.activeSheetId = this.sheets[0].sheetId;
  }

  toJSON(): SpreadsheetData {
    // Cells of one setDataValidation share one rule object, so the identity map spares stringifying each cell's.
    const refByRule = new Map<ValidationData, number>();
    const refByText = new Map<string, number>();
    const validations: ValidationData[] = [];
    const refOf = (rule: ValidationData): number => {
      let ref = refByRule.get(rule);
      if (ref === undefined) {
        const text = JSON.stringify(rule);
        ref = refByText.get(text) ?? validations.push(rule) - 1;
        refByText.set(text, ref);
        refByRule.set(rule, ref);
      }
      return ref;
    };
    const sheets = this.sheets.map(({ data }) => ({
      ...data,
      cells: data.cells.map(
        (line) =>
          line?.map((cell) => {
            if (!cell?.validation) return cell;
            const { validation, ...rest } = cell;
            return { ...rest, validationRef: refOf(validation) };
          }) ?? null,
      ),
    }));
    return structuredClone({
      id: this.id,
      name: this.name,
      timeZone: this.timeZone,
      locale: this.locale,
      activeSheetId: this.activeSheetId,
      sheets,
      metadata: this.metadata,
      nextIds: this.nextIds,
      validations,
    });
  }
}

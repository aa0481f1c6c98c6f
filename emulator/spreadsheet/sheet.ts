// The emulated Sheet (https://developers.google.com/apps-script/reference/spreadsheet/sheet): size, rows and columns, ranges.
import { scriptError } from '../core';
import { type A1Reference, parseA1, rangeNotFound } from './a1';
import {
  EmbeddedChartBuilderFacade,
  EmbeddedChartFacade,
  insertChart,
  removeChart,
  updateChart,
} from './charts';
import { ConditionalFormatRuleFacade, ruleDataOf } from './conditional';
import {
  checkRect,
  gas,
  isInteger,
  normalizeColour,
  type SpreadsheetWorkspace,
  signatureError,
} from './facade';
import { filterOf, rowHiddenByFilter } from './filter';
import { checkCellInputs, checkGrowth, checkInsert } from './limits';
import { addMetadata, MetadataFinderFacade, metadataAt } from './metadata';
import { DEFAULT_COLUMN_WIDTH, type SheetModel, type SpreadsheetModel } from './model';
import { ProtectionFacade, protect, protectionsOf } from './protection';
import { clearRect, RangeFacade } from './range';
import { RangeListFacade } from './rangelist';
import { spreadsheetFacade } from './spreadsheet';

type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasRange = GoogleAppsScript.Spreadsheet.Range;

export function sheetFacade(ws: SpreadsheetWorkspace, sheet: SheetModel): SheetFacade {
  return new SheetFacade(ws, sheet);
}

/**
 * Sheet names are unique whatever their case
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String)).
 */
export function checkSheetNameFree(book: SpreadsheetModel, name: string, except?: SheetModel): void {
  const taken = book.sheets.some(
    (sheet) => sheet !== except && sheet.name.toLowerCase() === name.toLowerCase(),
  );
  if (taken) throw scriptError(`A sheet with the name "${name}" already exists. Please enter another name.`);
}

/** Turns an A1 reference into a range on a sheet, open sides filled from its size; "Range not found" when off the grid. */
export function rangeFromA1(ws: SpreadsheetWorkspace, sheet: SheetModel, ref: A1Reference): RangeFacade {
  const { maxRows, maxColumns } = sheet.data;
  const openRows = ref.startRow === null;
  const openColumns = ref.startColumn === null;
  const rows = [ref.startRow ?? 1, ref.endRow ?? maxRows];
  const columns = [ref.startColumn ?? 1, ref.endColumn ?? maxColumns];
  const row = Math.min(rows[0], rows[1]);
  const column = Math.min(columns[0], columns[1]);
  const rect = {
    row,
    column,
    numRows: Math.abs(rows[1] - rows[0]) + 1,
    numColumns: Math.abs(columns[1] - columns[0]) + 1,
  };
  if (rect.row + rect.numRows - 1 > maxRows || rect.column + rect.numColumns - 1 > maxColumns)
    throw rangeNotFound();
  return new RangeFacade(ws, sheet, rect, { rows: openRows, columns: openColumns });
}

export class SheetFacade
  implements
    Pick<
      GasSheet,
      | 'getName'
      | 'setName'
      | 'getSheetId'
      | 'getIndex'
      | 'getParent'
      | 'activate'
      | 'getRange'
      | 'getDataRange'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getMaxRows'
      | 'getMaxColumns'
      | 'insertRowAfter'
      | 'insertRowBefore'
      | 'insertRowsAfter'
      | 'insertRowsBefore'
      | 'insertColumnAfter'
      | 'insertColumnBefore'
      | 'insertColumns'
      | 'insertColumnsAfter'
      | 'insertColumnsBefore'
      | 'deleteRow'
      | 'deleteRows'
      | 'deleteColumn'
      | 'deleteColumns'
      | 'moveColumns'
      | 'appendRow'
      | 'setFrozenRows'
      | 'getFrozenRows'
      | 'setFrozenColumns'
      | 'getFrozenColumns'
      | 'setColumnWidth'
      | 'setColumnWidths'
      | 'getColumnWidth'
      | 'clear'
      | 'clearContents'
      | 'clearFormats'
      | 'setTabColor'
      | 'getTabColor'
      | 'addDeveloperMetadata'
      | 'getDeveloperMetadata'
      | 'createDeveloperMetadataFinder'
      | 'getConditionalFormatRules'
      | 'setConditionalFormatRules'
      | 'protect'
      | 'getProtections'
      | 'newChart'
      | 'insertChart'
      | 'getCharts'
      | 'updateChart'
      | 'removeChart'
      | 'getFilter'
      | 'isRowHiddenByFilter'
      | 'getRangeList'
    >
{
  constructor(
    protected readonly ws: SpreadsheetWorkspace,
    readonly model: SheetModel,
  ) {}

  protected hit(method: string): void {
    this.ws.calls.hit('spreadsheet', `Sheet.${method}`);
  }

  getName(): string {
    this.hit('getName');
    return this.model.name;
  }

  setName(name: string): GasSheet {
    this.hit('setName');
    checkSheetNameFree(this.model.book, name, this.model);
    this.model.data.name = name;
    return gas(this);
  }

  getSheetId(): number {
    this.hit('getSheetId');
    return this.model.sheetId;
  }

  /** 1-based (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getIndex()). */
  getIndex(): number {
    this.hit('getIndex');
    return this.model.book.sheets.indexOf(this.model) + 1;
  }

  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this.hit('getParent');
    return gas(spreadsheetFacade(this.ws, this.model.book));
  }

  activate(): GasSheet {
    this.hit('activate');
    this.model.book.activeSheetId = this.model.sheetId;
    return gas(this);
  }

  /**
   * getRange(row, column[, numRows[, numColumns]]) or getRange(a1Notation)
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer)).
   */
  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): GasRange {
    this.hit('getRange');
    return gas(this.range(rowOrA1, column, numRows, numColumns));
  }

  /**
   * The ranges of a non-empty list of A1 notations, all of this sheet, as one RangeList
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRangeList(String)). Each notation is
   * resolved as getRange(a1Notation) resolves it; one naming another sheet is not of this sheet, and Google's reply to
   * an empty list is not documented: both are refused as a range it cannot resolve.
   */
  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    this.hit('getRangeList');
    if (!Array.isArray(a1Notations) || !a1Notations.every((notation) => typeof notation === 'string'))
      throw signatureError('Sheet.getRangeList', [a1Notations]);
    if (a1Notations.length === 0) throw rangeNotFound();
    const ranges = a1Notations.map((notation) => {
      const ref = parseA1(notation);
      if (ref.sheetName !== null && ref.sheetName !== this.model.data.name) throw rangeNotFound();
      return rangeFromA1(this.ws, this.model, ref);
    });
    return gas(new RangeListFacade(this.ws, ranges));
  }

  /** The range behind getRange, uncounted, for the other facades. */
  range(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): RangeFacade {
    const args = [rowOrA1, column, numRows, numColumns].filter((arg) => arg !== undefined);
    if (typeof rowOrA1 === 'string' && args.length === 1) {
      const ref = parseA1(rowOrA1);
      const target = ref.sheetName === null ? this.model : this.model.book.sheetByName(ref.sheetName);
      if (!target) throw rangeNotFound();
      return rangeFromA1(this.ws, target, ref);
    }
    if (args.length < 2 || !args.every(isInteger)) throw signatureError('Sheet.getRange', args);
    const rect = {
      row: rowOrA1 as number,
      column: column as number,
      numRows: numRows ?? 1,
      numColumns: numColumns ?? 1,
    };
    checkRect(rect, this.model.data.maxRows, this.model.data.maxColumns);
    return new RangeFacade(this.ws, this.model, rect);
  }

  /** A1 to the last cell with content; A1 alone on an empty sheet (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getDataRange()). */
  getDataRange(): GasRange {
    this.hit('getDataRange');
    const rect = {
      row: 1,
      column: 1,
      numRows: Math.max(1, this.model.lastRow()),
      numColumns: Math.max(1, this.model.lastColumn()),
    };
    return gas(new RangeFacade(this.ws, this.model, rect));
  }

  getLastRow(): number {
    this.hit('getLastRow');
    return this.model.lastRow();
  }

  getLastColumn(): number {
    this.hit('getLastColumn');
    return this.model.lastColumn();
  }

  getMaxRows(): number {
    this.hit('getMaxRows');
    return this.model.data.maxRows;
  }

  getMaxColumns(): number {
    this.hit('getMaxColumns');
    return this.model.data.maxColumns;
  }

  private checkPosition(method: string, args: unknown[]): void {
    if (!args.every((arg) => isInteger(arg) && arg >= 1)) throw signatureError(`Sheet.${method}`, args);
  }

  private insert(dimension: 'rows' | 'columns', method: string, at: number, count: number): GasSheet {
    this.hit(method);
    this.checkPosition(method, [at, count]);
    const max = dimension === 'rows' ? this.model.data.maxRows : this.model.data.maxColumns;
    if (at > max + 1)
      throw scriptError(
        dimension === 'rows' ? 'Those rows are out of bounds.' : 'Those columns are out of bounds.',
      );
    checkInsert(this.model, dimension, count);
    this.model.changeDimension(dimension, { kind: 'insert', at, count });
    return gas(this);
  }

  insertRowAfter(afterPosition: number): GasSheet {
    return this.insert('rows', 'insertRowAfter', afterPosition + 1, 1);
  }

  insertRowBefore(beforePosition: number): GasSheet {
    return this.insert('rows', 'insertRowBefore', beforePosition, 1);
  }

  insertRowsAfter(afterPosition: number, howMany: number): GasSheet {
    return this.insert('rows', 'insertRowsAfter', afterPosition + 1, howMany);
  }

  insertRowsBefore(beforePosition: number, howMany: number): GasSheet {
    return this.insert('rows', 'insertRowsBefore', beforePosition, howMany);
  }

  insertColumnAfter(afterPosition: number): GasSheet {
    return this.insert('columns', 'insertColumnAfter', afterPosition + 1, 1);
  }

  insertColumnBefore(beforePosition: number): GasSheet {
    return this.insert('columns', 'insertColumnBefore', beforePosition, 1);
  }

  /** Inserts before columnIndex (https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertColumns(Integer,Integer)). */
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insert('columns', 'insertColumns', columnIndex, numColumns);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): GasSheet {
    return this.insert('columns', 'insertColumnsAfter', afterPosition + 1, howMany);
  }

  insertColumnsBefore(beforePosition: number, howMany: number): GasSheet {
    return this.insert('columns', 'insertColumnsBefore', beforePosition, howMany);
  }

  /**
   * Deleting rows or columns takes their cells, formats and the developer metadata on them
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleteRows(Integer,Integer)).
   */
  private remove(dimension: 'rows' | 'columns', method: string, at: number, count: number): void {
    this.hit(method);
    this.checkPosition(method, [at, count]);
    const max = dimension === 'rows' ? this.model.data.maxRows : this.model.data.maxColumns;
    const noun = dimension === 'rows' ? 'rows' : 'columns';
    if (at + count - 1 > max) throw scriptError(`Those ${noun} are out of bounds.`);
    if (count >= max) throw scriptError(`You can't delete all the ${noun} on the sheet.`);
    this.model.changeDimension(dimension, { kind: 'delete', at, count });
  }

  deleteRow(rowPosition: number): GasSheet {
    this.remove('rows', 'deleteRow', rowPosition, 1);
    return gas(this);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.remove('rows', 'deleteRows', rowPosition, howMany);
  }

  deleteColumn(columnPosition: number): GasSheet {
    this.remove('columns', 'deleteColumn', columnPosition, 1);
    return gas(this);
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.remove('columns', 'deleteColumns', columnPosition, howMany);
  }

  /**
   * Moves the columns of columnSpec so that they start at destinationIndex, counted before the move: moving A:B to 5
   * makes them C:D (https://developers.google.com/apps-script/reference/spreadsheet/sheet#moveColumns(Range,Integer)).
   * Everything on those columns goes with them: values, formats, widths, developer metadata.
   */
  moveColumns(columnSpec: GasRange, destinationIndex: number): void {
    this.hit('moveColumns');
    if (!(columnSpec instanceof RangeFacade) || !isInteger(destinationIndex)) {
      throw signatureError('Sheet.moveColumns', [columnSpec, destinationIndex]);
    }
    const from = columnSpec.rect.column;
    const count = columnSpec.rect.numColumns;
    if (destinationIndex < 1 || destinationIndex > this.model.data.maxColumns + 1)
      throw scriptError('Those columns are out of bounds.');
    if (destinationIndex >= from && destinationIndex <= from + count) return;
    this.model.changeDimension('columns', { kind: 'move', from, count, to: destinationIndex });
  }

  /** Writes after the last row with content, adding a row when the sheet is full (https://developers.google.com/apps-script/reference/spreadsheet/sheet#appendRow(Object)). */
  appendRow(rowContents: unknown[]): GasSheet {
    this.hit('appendRow');
    if (!Array.isArray(rowContents)) throw signatureError('Sheet.appendRow', [rowContents]);
    checkCellInputs([rowContents]);
    const { maxRows, maxColumns } = this.model.data;
    const row = this.model.lastRow() + 1;
    const extraRows = row > maxRows ? 1 : 0;
    const extraColumns = Math.max(0, rowContents.length - maxColumns);
    checkGrowth(this.model.book, {
      cells: extraRows * (maxColumns + extraColumns) + extraColumns * maxRows,
      sheet: this.model,
      columns: extraColumns,
    });
    if (extraRows > 0) this.model.changeDimension('rows', { kind: 'insert', at: row, count: 1 });
    if (extraColumns > 0)
      this.model.changeDimension('columns', { kind: 'insert', at: maxColumns + 1, count: extraColumns });
    rowContents.forEach((value, c) => {
      this.model.write(row, c + 1, value);
    });
    return gas(this);
  }

  setFrozenRows(rows: number): void {
    this.hit('setFrozenRows');
    if (!isInteger(rows) || rows < 0) throw signatureError('Sheet.setFrozenRows', [rows]);
    this.model.data.frozenRows = rows;
  }

  getFrozenRows(): number {
    this.hit('getFrozenRows');
    return this.model.data.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    this.hit('setFrozenColumns');
    if (!isInteger(columns) || columns < 0) throw signatureError('Sheet.setFrozenColumns', [columns]);
    this.model.data.frozenColumns = columns;
  }

  getFrozenColumns(): number {
    this.hit('getFrozenColumns');
    return this.model.data.frozenColumns;
  }

  private widths(start: number, count: number, width: number): void {
    const widths = this.model.data.columnWidths;
    while (widths.length < start + count - 1) widths.push(null);
    for (let c = start; c < start + count; c++) widths[c - 1] = width;
  }

  setColumnWidth(columnPosition: number, width: number): GasSheet {
    this.hit('setColumnWidth');
    this.checkPosition('setColumnWidth', [columnPosition]);
    this.widths(columnPosition, 1, width);
    return gas(this);
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): GasSheet {
    this.hit('setColumnWidths');
    this.checkPosition('setColumnWidths', [startColumn, numColumns]);
    this.widths(startColumn, numColumns, width);
    return gas(this);
  }

  /** 100 pixels unless set (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getColumnWidth(Integer)). */
  getColumnWidth(columnPosition: number): number {
    this.hit('getColumnWidth');
    return this.model.data.columnWidths[columnPosition - 1] ?? DEFAULT_COLUMN_WIDTH;
  }

  /** Contents and formats of every cell (https://developers.google.com/apps-script/reference/spreadsheet/sheet#clear()). */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): GasSheet {
    this.hit('clear');
    clearRect(this.model, this.wholeSheet(), options ?? {});
    return gas(this);
  }

  clearContents(): GasSheet {
    this.hit('clearContents');
    clearRect(this.model, this.wholeSheet(), { contentsOnly: true });
    return gas(this);
  }

  clearFormats(): GasSheet {
    this.hit('clearFormats');
    clearRect(this.model, this.wholeSheet(), { formatOnly: true });
    return gas(this);
  }

  private wholeSheet() {
    return { row: 1, column: 1, numRows: this.model.data.maxRows, numColumns: this.model.data.maxColumns };
  }

  setTabColor(color: string | null): GasSheet {
    this.hit('setTabColor');
    this.model.data.tabColor = color === null ? null : normalizeColour(color);
    return gas(this);
  }

  getTabColor(): string | null {
    this.hit('getTabColor');
    return this.model.data.tabColor;
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#addDeveloperMetadata(String,String) */
  addDeveloperMetadata(...args: [string, ...unknown[]]): GasSheet {
    this.hit('addDeveloperMetadata');
    addMetadata(
      this.model.book,
      'Sheet.addDeveloperMetadata',
      { type: 'SHEET', sheetId: this.model.sheetId },
      args,
    );
    return gas(this);
  }

  /** The metadata on the sheet itself, not on its rows or columns (#getDeveloperMetadata()). */
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    this.hit('getDeveloperMetadata');
    return metadataAt(this.ws, this.model.book, { type: 'SHEET', sheetId: this.model.sheetId });
  }

  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.hit('createDeveloperMetadataFinder');
    return gas(
      new MetadataFinderFacade(this.ws, this.model.book, { kind: 'sheet', sheetId: this.model.sheetId }),
    );
  }

  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    this.hit('getConditionalFormatRules');
    return this.model.data.conditionalFormats.map((rule) =>
      gas(new ConditionalFormatRuleFacade(this.ws, structuredClone(rule), this.model.book)),
    );
  }

  /** Replaces every rule of the sheet (https://developers.google.com/apps-script/reference/spreadsheet/sheet#setConditionalFormatRules(ConditionalFormatRule)). */
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this.hit('setConditionalFormatRules');
    const data = Array.isArray(rules) ? rules.map(ruleDataOf) : [null];
    if (data.some((rule) => rule === null)) throw signatureError('Sheet.setConditionalFormatRules', [rules]);
    this.model.data.conditionalFormats = data as NonNullable<(typeof data)[number]>[];
  }

  /** The sheet's protection, the existing one if the sheet is already protected (#protect()). */
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.hit('protect');
    return gas(new ProtectionFacade(this.ws, this.model, protect(this.model, null).id));
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#getProtections(ProtectionType) */
  getProtections(
    type: GoogleAppsScript.Spreadsheet.ProtectionType,
  ): GoogleAppsScript.Spreadsheet.Protection[] {
    this.hit('getProtections');
    return protectionsOf(this.ws, this.model, type);
  }

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    this.hit('newChart');
    return gas(new EmbeddedChartBuilderFacade(this.ws, this.model));
  }

  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.hit('insertChart');
    insertChart(this.model, chart);
  }

  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    this.hit('getCharts');
    return this.model.data.charts.map((chart) =>
      gas(new EmbeddedChartFacade(this.ws, this.model, structuredClone(chart))),
    );
  }

  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.hit('updateChart');
    updateChart(this.model, chart);
  }

  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.hit('removeChart');
    removeChart(this.model, chart);
  }

  getFilter(): GoogleAppsScript.Spreadsheet.Filter | null {
    this.hit('getFilter');
    return filterOf(this.ws, this.model);
  }

  isRowHiddenByFilter(rowPosition: number): boolean {
    this.hit('isRowHiddenByFilter');
    if (!isInteger(rowPosition)) throw signatureError('Sheet.isRowHiddenByFilter', [rowPosition]);
    return rowHiddenByFilter(this.model, rowPosition);
  }
}

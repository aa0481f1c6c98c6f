// The emulated Range (https://developers.google.com/apps-script/reference/spreadsheet/range): values, formulas, formats.
import { scriptError } from '../core';
import { formatA1, type GridRect } from './a1';
import {
  checkRect,
  gas,
  isInteger,
  normalizeColour,
  type SpreadsheetWorkspace,
  signatureError,
} from './facade';
import { createFilter, filterOf } from './filter';
import { checkCellInputs } from './limits';
import { addMetadata, locationOfRange, MetadataFinderFacade, metadataAt } from './metadata';
import type { CellData, SheetModel } from './model';
import { ProtectionFacade, protect } from './protection';
import { RichTextValueFacade } from './richtext';
import { sheetFacade } from './sheet';
import { DataValidationFacade, ruleOf } from './validation';
import { AUTOMATIC_FORMAT, displayValue, type ScriptValue } from './values';

type GasRange = GoogleAppsScript.Spreadsheet.Range;

/** Whether the range was asked for as whole columns ("A:C") or whole rows ("2:3"), which getA1Notation keeps. */
export interface OpenSides {
  rows: boolean;
  columns: boolean;
}

type CellFormatKey =
  | 'fontWeight'
  | 'fontColor'
  | 'background'
  | 'horizontalAlignment'
  | 'verticalAlignment'
  | 'numberFormat'
  | 'fontStyle';

export class RangeFacade
  implements
    Pick<
      GasRange,
      | 'getRow'
      | 'getColumn'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getNumRows'
      | 'getNumColumns'
      | 'getA1Notation'
      | 'getSheet'
      | 'getGridId'
      | 'getCell'
      | 'getValues'
      | 'getValue'
      | 'setValues'
      | 'setValue'
      | 'getDisplayValues'
      | 'getDisplayValue'
      | 'getFormulas'
      | 'getFormula'
      | 'setFormula'
      | 'setFormulas'
      | 'getNumberFormat'
      | 'getNumberFormats'
      | 'setNumberFormat'
      | 'setNumberFormats'
      | 'setFontWeight'
      | 'setFontWeights'
      | 'getFontWeight'
      | 'getFontWeights'
      | 'setFontStyle'
      | 'setFontColor'
      | 'getFontColor'
      | 'setFontSize'
      | 'setBackground'
      | 'setBackgrounds'
      | 'getBackground'
      | 'getBackgrounds'
      | 'setWrap'
      | 'getWrap'
      | 'setHorizontalAlignment'
      | 'getHorizontalAlignment'
      | 'setVerticalAlignment'
      | 'getVerticalAlignment'
      | 'setNote'
      | 'getNote'
      | 'merge'
      | 'isPartOfMerge'
      | 'offset'
      | 'clearContent'
      | 'clearFormat'
      | 'clear'
      | 'isBlank'
      | 'addDeveloperMetadata'
      | 'getDeveloperMetadata'
      | 'createDeveloperMetadataFinder'
      | 'setDataValidation'
      | 'setDataValidations'
      | 'getDataValidation'
      | 'getDataValidations'
      | 'clearDataValidations'
      | 'protect'
      | 'setRichTextValue'
      | 'setRichTextValues'
      | 'getRichTextValue'
      | 'getRichTextValues'
      | 'createFilter'
      | 'getFilter'
    >
{
  constructor(
    protected readonly ws: SpreadsheetWorkspace,
    readonly sheet: SheetModel,
    readonly rect: GridRect,
    protected readonly open: OpenSides = { rows: false, columns: false },
  ) {}

  protected hit(method: string): void {
    this.ws.calls.hit('spreadsheet', `Range.${method}`);
  }

  /** Visits every cell position, row by row. */
  protected grid<T>(read: (row: number, column: number) => T): T[][] {
    const { row, column, numRows, numColumns } = this.rect;
    const out: T[][] = [];
    for (let r = 0; r < numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < numColumns; c++) line.push(read(row + r, column + c));
      out.push(line);
    }
    return out;
  }

  protected eachCell(write: (cell: CellData, r: number, c: number) => void): void {
    const { row, column, numRows, numColumns } = this.rect;
    for (let r = 0; r < numRows; r++) {
      for (let c = 0; c < numColumns; c++) write(this.sheet.cellForWrite(row + r, column + c), r, c);
    }
  }

  /**
   * Google's dimension errors, word for word
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#setValuesvalues).
   */
  protected checkGrid(method: string, values: unknown): asserts values is unknown[][] {
    if (!Array.isArray(values) || values.some((line) => !Array.isArray(line)))
      throw signatureError(`Range.${method}`, [values]);
    if (values.length !== this.rect.numRows) {
      throw scriptError(
        `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this.rect.numRows}.`,
      );
    }
    for (const line of values as unknown[][]) {
      if (line.length !== this.rect.numColumns) {
        throw scriptError(
          `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${this.rect.numColumns}.`,
        );
      }
    }
  }

  getRow(): number {
    this.hit('getRow');
    return this.rect.row;
  }

  getColumn(): number {
    this.hit('getColumn');
    return this.rect.column;
  }

  getLastRow(): number {
    this.hit('getLastRow');
    return this.rect.row + this.rect.numRows - 1;
  }

  getLastColumn(): number {
    this.hit('getLastColumn');
    return this.rect.column + this.rect.numColumns - 1;
  }

  getNumRows(): number {
    this.hit('getNumRows');
    return this.rect.numRows;
  }

  getNumColumns(): number {
    this.hit('getNumColumns');
    return this.rect.numColumns;
  }

  getA1Notation(): string {
    this.hit('getA1Notation');
    return formatA1(this.rect, this.open);
  }

  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    this.hit('getSheet');
    return gas(sheetFacade(this.ws, this.sheet));
  }

  getGridId(): number {
    this.hit('getGridId');
    return this.sheet.sheetId;
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/range#getCell(Integer,Integer): relative, 1-based. */
  getCell(row: number, column: number): GasRange {
    this.hit('getCell');
    if (row < 1 || column < 1 || row > this.rect.numRows || column > this.rect.numColumns) {
      throw scriptError('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return gas(
      this.derived({
        row: this.rect.row + row - 1,
        column: this.rect.column + column - 1,
        numRows: 1,
        numColumns: 1,
      }),
    );
  }

  protected derived(rect: GridRect, open?: OpenSides): RangeFacade {
    checkRect(rect, this.sheet.data.maxRows, this.sheet.data.maxColumns);
    return new RangeFacade(this.ws, this.sheet, rect, open);
  }

  /** Fresh arrays and Date copies on every call: changing them changes nothing in the sheet. */
  getValues(): ScriptValue[][] {
    this.hit('getValues');
    return this.grid((r, c) => this.sheet.valueAt(r, c));
  }

  getValue(): ScriptValue {
    this.hit('getValue');
    return this.sheet.valueAt(this.rect.row, this.rect.column);
  }

  setValues(values: unknown[][]): GasRange {
    this.hit('setValues');
    this.checkGrid('setValues', values);
    checkCellInputs(values);
    const { row, column } = this.rect;
    values.forEach((line, r) => {
      line.forEach((value, c) => {
        this.sheet.write(row + r, column + c, value);
      });
    });
    return gas(this);
  }

  /** Sets every cell of the range to the value (https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)). */
  setValue(value: unknown): GasRange {
    this.hit('setValue');
    checkCellInputs([[value]]);
    this.grid((r, c) => this.sheet.write(r, c, value));
    return gas(this);
  }

  getDisplayValues(): string[][] {
    this.hit('getDisplayValues');
    return this.grid((r, c) => this.display(r, c));
  }

  getDisplayValue(): string {
    this.hit('getDisplayValue');
    return this.display(this.rect.row, this.rect.column);
  }

  private display(row: number, column: number): string {
    const book = this.sheet.book;
    return displayValue(
      this.sheet.valueAt(row, column),
      this.sheet.cell(row, column)?.numberFormat,
      book.timeZone,
      book.locale,
    );
  }

  /** '' for cells without a formula (https://developers.google.com/apps-script/reference/spreadsheet/range#getFormulas()). */
  getFormulas(): string[][] {
    this.hit('getFormulas');
    return this.grid((r, c) => this.sheet.formulaAt(r, c));
  }

  getFormula(): string {
    this.hit('getFormula');
    return this.sheet.formulaAt(this.rect.row, this.rect.column);
  }

  /**
   * Every cell gets the formula. Sheets shifts relative references per cell; the emulator writes the text as given,
   * which is what a one-cell range (the add-on's use) gets anyway.
   */
  setFormula(formula: string): GasRange {
    this.hit('setFormula');
    checkCellInputs([[formula]]);
    this.grid((r, c) => this.sheet.write(r, c, formula));
    return gas(this);
  }

  setFormulas(formulas: string[][]): GasRange {
    this.hit('setFormulas');
    this.checkGrid('setFormulas', formulas);
    checkCellInputs(formulas);
    formulas.forEach((line, r) => {
      line.forEach((formula, c) => {
        this.sheet.write(this.rect.row + r, this.rect.column + c, formula);
      });
    });
    return gas(this);
  }

  private setFormat(key: CellFormatKey, value: string | null): void {
    this.eachCell((cell) => {
      if (value === null) delete cell[key];
      else cell[key] = value;
    });
  }

  private setFormats(
    method: string,
    key: CellFormatKey,
    values: (string | null)[][],
    normalize = (v: string) => v,
  ): void {
    this.checkGrid(method, values);
    this.eachCell((cell, r, c) => {
      const value = values[r][c];
      if (value === null || value === undefined || value === '') delete cell[key];
      else cell[key] = normalize(String(value));
    });
  }

  private readFormat<T>(read: (cell: CellData | undefined) => T): T[][] {
    return this.grid((r, c) => read(this.sheet.cell(r, c)));
  }

  /** "0.###############" is what Google reports for a cell on "Automatic". */
  getNumberFormat(): string {
    this.hit('getNumberFormat');
    return this.sheet.cell(this.rect.row, this.rect.column)?.numberFormat ?? AUTOMATIC_FORMAT;
  }

  getNumberFormats(): string[][] {
    this.hit('getNumberFormats');
    return this.readFormat((cell) => cell?.numberFormat ?? AUTOMATIC_FORMAT);
  }

  setNumberFormat(numberFormat: string): GasRange {
    this.hit('setNumberFormat');
    this.setFormat('numberFormat', numberFormat);
    return gas(this);
  }

  setNumberFormats(numberFormats: string[][]): GasRange {
    this.hit('setNumberFormats');
    this.setFormats('setNumberFormats', 'numberFormat', numberFormats);
    return gas(this);
  }

  /** "bold", "normal", or null to reset (https://developers.google.com/apps-script/reference/spreadsheet/range#setFontWeight(String)). */
  setFontWeight(fontWeight: string | null): GasRange {
    this.hit('setFontWeight');
    this.setFormat('fontWeight', fontWeight === 'normal' ? null : fontWeight);
    return gas(this);
  }

  setFontWeights(fontWeights: (string | null)[][]): GasRange {
    this.hit('setFontWeights');
    this.setFormats(
      'setFontWeights',
      'fontWeight',
      fontWeights.map((line) => line.map((weight) => (weight === 'normal' ? null : weight))),
    );
    return gas(this);
  }

  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    this.hit('getFontWeight');
    return fontWeightOf(this.sheet.cell(this.rect.row, this.rect.column));
  }

  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    this.hit('getFontWeights');
    return this.readFormat(fontWeightOf);
  }

  setFontStyle(fontStyle: string | null): GasRange {
    this.hit('setFontStyle');
    this.setFormat('fontStyle', fontStyle === 'normal' ? null : fontStyle);
    return gas(this);
  }

  setFontSize(size: number): GasRange {
    this.hit('setFontSize');
    this.eachCell((cell) => {
      cell.fontSize = size;
    });
    return gas(this);
  }

  setFontColor(color: string | null): GasRange {
    this.hit('setFontColor');
    this.setFormat('fontColor', color === null ? null : normalizeColour(color));
    return gas(this);
  }

  getFontColor(): string {
    this.hit('getFontColor');
    return this.sheet.cell(this.rect.row, this.rect.column)?.fontColor ?? '#000000';
  }

  /** null resets to white (https://developers.google.com/apps-script/reference/spreadsheet/range#setBackground(String)). */
  setBackground(color: string | null): GasRange {
    this.hit('setBackground');
    this.setFormat('background', color === null ? null : normalizeColour(color));
    return gas(this);
  }

  setBackgrounds(color: (string | null)[][]): GasRange {
    this.hit('setBackgrounds');
    this.setFormats('setBackgrounds', 'background', color, normalizeColour);
    return gas(this);
  }

  getBackground(): string {
    this.hit('getBackground');
    return this.sheet.cell(this.rect.row, this.rect.column)?.background ?? '#ffffff';
  }

  getBackgrounds(): string[][] {
    this.hit('getBackgrounds');
    return this.readFormat((cell) => cell?.background ?? '#ffffff');
  }

  setWrap(isWrapEnabled: boolean): GasRange {
    this.hit('setWrap');
    this.eachCell((cell) => {
      cell.wrap = isWrapEnabled;
    });
    return gas(this);
  }

  getWrap(): boolean {
    this.hit('getWrap');
    return this.sheet.cell(this.rect.row, this.rect.column)?.wrap ?? false;
  }

  /** "left", "center", "right", "normal" or null (https://developers.google.com/apps-script/reference/spreadsheet/range#setHorizontalAlignment(String)). */
  setHorizontalAlignment(alignment: string | null): GasRange {
    this.hit('setHorizontalAlignment');
    this.setFormat('horizontalAlignment', alignment === null || alignment === 'normal' ? null : alignment);
    return gas(this);
  }

  getHorizontalAlignment(): string {
    this.hit('getHorizontalAlignment');
    return this.sheet.cell(this.rect.row, this.rect.column)?.horizontalAlignment ?? 'general';
  }

  setVerticalAlignment(alignment: string | null): GasRange {
    this.hit('setVerticalAlignment');
    this.setFormat('verticalAlignment', alignment);
    return gas(this);
  }

  getVerticalAlignment(): string {
    this.hit('getVerticalAlignment');
    return this.sheet.cell(this.rect.row, this.rect.column)?.verticalAlignment ?? 'bottom';
  }

  setNote(note: string | null): GasRange {
    this.hit('setNote');
    this.eachCell((cell) => {
      if (note === null || note === '') delete cell.note;
      else cell.note = String(note);
    });
    return gas(this);
  }

  getNote(): string {
    this.hit('getNote');
    return this.sheet.cell(this.rect.row, this.rect.column)?.note ?? '';
  }

  /** Keeps the top-left value only, as Sheets does when merging (https://developers.google.com/apps-script/reference/spreadsheet/range#merge()). */
  merge(): GasRange {
    this.hit('merge');
    const { row, column } = this.rect;
    this.eachCell((cell, r, c) => {
      if (r === 0 && c === 0) return;
      delete cell.value;
      delete cell.formula;
    });
    const data = this.sheet.data;
    data.merges = data.merges.filter((merge) => !overlaps(merge, this.rect));
    if (this.rect.numRows > 1 || this.rect.numColumns > 1) data.merges.push({ ...this.rect, row, column });
    return gas(this);
  }

  isPartOfMerge(): boolean {
    this.hit('isPartOfMerge');
    return this.sheet.data.merges.some((merge) => overlaps(merge, this.rect));
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/range#offset(Integer,Integer,Integer,Integer) */
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GasRange {
    this.hit('offset');
    const args = [rowOffset, columnOffset, numRows, numColumns].filter((arg) => arg !== undefined);
    if (!args.every(isInteger)) throw signatureError('Range.offset', args);
    return gas(
      this.derived({
        row: this.rect.row + rowOffset,
        column: this.rect.column + columnOffset,
        numRows: numRows ?? this.rect.numRows,
        numColumns: numColumns ?? this.rect.numColumns,
      }),
    );
  }

  /** Values and formulas go; formats, notes and validation stay (https://developers.google.com/apps-script/reference/spreadsheet/range#clearContent()). */
  clearContent(): GasRange {
    this.hit('clearContent');
    clearRect(this.sheet, this.rect, { contentsOnly: true });
    return gas(this);
  }

  /** Text formatting only; number formats stay (https://developers.google.com/apps-script/reference/spreadsheet/range#clearFormat()). */
  clearFormat(): GasRange {
    this.hit('clearFormat');
    clearRect(this.sheet, this.rect, { textFormatOnly: true });
    return gas(this);
  }

  /**
   * "Clears the range of contents and formats" (https://developers.google.com/apps-script/reference/spreadsheet/range#clear());
   * with options, only the parts asked for, and "by default all data is cleared" (range#clear(Object)). A plain clear()
   * also drops validation rules, as clearing formats does, and notes; that it removes notes is unverified.
   */
  clear(options?: ClearOptions): GasRange {
    this.hit('clear');
    clearRect(this.sheet, this.rect, options ?? {});
    return gas(this);
  }

  isBlank(): boolean {
    this.hit('isBlank');
    return this.grid((r, c) => this.sheet.hasContent(r, c)).every((line) => line.every((filled) => !filled));
  }

  /**
   * Metadata on whole rows or whole columns only
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#addDeveloperMetadata(String,String)).
   */
  addDeveloperMetadata(...args: [string, ...unknown[]]): GasRange {
    this.hit('addDeveloperMetadata');
    addMetadata(this.sheet.book, 'Range.addDeveloperMetadata', locationOfRange(this.sheet, this.rect), args);
    return gas(this);
  }

  /** The metadata on exactly these rows or columns (https://developers.google.com/apps-script/reference/spreadsheet/range#getDeveloperMetadata()). */
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    this.hit('getDeveloperMetadata');
    try {
      return metadataAt(this.ws, this.sheet.book, locationOfRange(this.sheet, this.rect));
    } catch {
      return [];
    }
  }

  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.hit('createDeveloperMetadataFinder');
    return gas(
      new MetadataFinderFacade(this.ws, this.sheet.book, {
        kind: 'range',
        sheetId: this.sheet.sheetId,
        rect: { ...this.rect },
      }),
    );
  }

  /** null removes the rule; scripts write past rules, as in Google (https://developers.google.com/apps-script/reference/spreadsheet/range#setDataValidation(DataValidation)). */
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): GasRange {
    this.hit('setDataValidation');
    const data = ruleOf(rule);
    if (rule !== null && !data) throw signatureError('Range.setDataValidation', [rule]);
    // ruleOf made the range its own copy; its cells share it, as no rule is ever changed in place.
    this.eachCell((cell) => {
      if (data) cell.validation = data;
      else delete cell.validation;
    });
    return gas(this);
  }

  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]): GasRange {
    this.hit('setDataValidations');
    this.checkGrid('setDataValidations', rules);
    // One copy per rule given, however many cells it is given for.
    const copies = new Map<unknown, ReturnType<typeof ruleOf>>();
    this.eachCell((cell, r, c) => {
      const rule = rules[r][c];
      if (!copies.has(rule)) copies.set(rule, ruleOf(rule));
      const data = copies.get(rule);
      if (data) cell.validation = data;
      else delete cell.validation;
    });
    return gas(this);
  }

  private validationAt(row: number, column: number): GoogleAppsScript.Spreadsheet.DataValidation | null {
    const rule = this.sheet.cell(row, column)?.validation;
    return rule ? gas(new DataValidationFacade(this.ws, structuredClone(rule), this.sheet.book)) : null;
  }

  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    this.hit('getDataValidation');
    return this.validationAt(this.rect.row, this.rect.column);
  }

  getDataValidations(): (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] {
    this.hit('getDataValidations');
    return this.grid((r, c) => this.validationAt(r, c));
  }

  clearDataValidations(): GasRange {
    this.hit('clearDataValidations');
    clearRect(this.sheet, this.rect, { validationsOnly: true });
    return gas(this);
  }

  /** A new range protection, every call (https://developers.google.com/apps-script/reference/spreadsheet/range#protect()). */
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.hit('protect');
    return gas(new ProtectionFacade(this.ws, this.sheet, protect(this.sheet, this).id));
  }

  /** The text is stored as text, never read as a number or formula; links go with it (#setRichTextValue(RichTextValue)). */
  setRichTextValue(value: GoogleAppsScript.Spreadsheet.RichTextValue): GasRange {
    this.hit('setRichTextValue');
    if (!(value instanceof RichTextValueFacade)) throw signatureError('Range.setRichTextValue', [value]);
    this.eachCell((cell) => writeRichText(cell, value));
    return gas(this);
  }

  setRichTextValues(values: GoogleAppsScript.Spreadsheet.RichTextValue[][]): GasRange {
    this.hit('setRichTextValues');
    this.checkGrid('setRichTextValues', values);
    if (!values.every((line) => line.every((value) => value instanceof RichTextValueFacade))) {
      throw signatureError('Range.setRichTextValues', [values]);
    }
    this.eachCell((cell, r, c) => writeRichText(cell, values[r][c] as unknown as RichTextValueFacade));
    return gas(this);
  }

  /** null when the cell holds no text (https://developers.google.com/apps-script/reference/spreadsheet/range#getRichTextValue()). */
  private richTextAt(row: number, column: number): GoogleAppsScript.Spreadsheet.RichTextValue | null {
    const cell = this.sheet.cell(row, column);
    const value = this.sheet.valueAt(row, column);
    if (typeof value !== 'string') return null;
    return gas(new RichTextValueFacade(this.ws, { text: value, links: structuredClone(cell?.links ?? []) }));
  }

  /** A filter over this range; a sheet holds one at most (#createFilter()). */
  createFilter(): GoogleAppsScript.Spreadsheet.Filter {
    this.hit('createFilter');
    return createFilter(this.ws, this.sheet, this.rect);
  }

  /** The filter of this range's sheet, or null (#getFilter()). */
  getFilter(): GoogleAppsScript.Spreadsheet.Filter | null {
    this.hit('getFilter');
    return filterOf(this.ws, this.sheet);
  }

  getRichTextValue(): GoogleAppsScript.Spreadsheet.RichTextValue | null {
    this.hit('getRichTextValue');
    return this.richTextAt(this.rect.row, this.rect.column);
  }

  getRichTextValues(): (GoogleAppsScript.Spreadsheet.RichTextValue | null)[][] {
    this.hit('getRichTextValues');
    return this.grid((r, c) => this.richTextAt(r, c));
  }
}

function fontWeightOf(cell: CellData | undefined): GoogleAppsScript.Spreadsheet.FontWeight {
  return cell?.fontWeight === 'bold' ? 'bold' : 'normal';
}

function writeRichText(cell: CellData, value: RichTextValueFacade): void {
  delete cell.formula;
  const { text, links } = value.value;
  if (text === '') delete cell.value;
  else cell.value = { kind: 'text', text };
  if (links.length) cell.links = structuredClone(links);
  else delete cell.links;
}

export function overlaps(a: GridRect, b: GridRect): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

/** The advanced parameters of clear(options) (https://developers.google.com/apps-script/reference/spreadsheet/range#clear(Object)). */
export interface ClearOptions {
  commentsOnly?: boolean;
  contentsOnly?: boolean;
  formatOnly?: boolean;
  validationsOnly?: boolean;
}

const TEXT_FORMAT_KEYS = [
  'fontWeight',
  'fontStyle',
  'fontSize',
  'fontColor',
  'background',
  'wrap',
  'horizontalAlignment',
  'verticalAlignment',
] as const;

/**
 * Clears parts of cells, as clear(options) reads its flags
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#clear(Object)): none set clears all data
 * (contents, formats, notes, validation); formatOnly "also clears data validation rules". `textFormatOnly` is
 * clearFormat(), which "does not reset any number formatting rules" (range#clearFormat()).
 */
export function clearRect(
  sheet: SheetModel,
  rect: GridRect,
  options: ClearOptions & { textFormatOnly?: boolean },
): void {
  const all =
    !options.commentsOnly &&
    !options.contentsOnly &&
    !options.formatOnly &&
    !options.validationsOnly &&
    !options.textFormatOnly;
  const lines = sheet.data.cells;
  for (let r = rect.row; r < rect.row + rect.numRows && r <= lines.length; r++) {
    const line = lines[r - 1];
    if (!line) continue;
    for (let c = rect.column; c < rect.column + rect.numColumns && c <= line.length; c++) {
      const cell = line[c - 1];
      if (!cell) continue;
      if (all) {
        line[c - 1] = null;
        continue;
      }
      if (options.contentsOnly) {
        delete cell.value;
        delete cell.formula;
        delete cell.links;
      }
      if (options.formatOnly || options.textFormatOnly) {
        for (const key of TEXT_FORMAT_KEYS) delete cell[key];
      }
      if (options.formatOnly) {
        delete cell.numberFormat;
        delete cell.validation;
      }
      if (options.commentsOnly) delete cell.note;
      if (options.validationsOnly) delete cell.validation;
    }
  }
}

// A sheet's basic filter (https://developers.google.com/apps-script/reference/spreadsheet/filter) and its criteria
// (https://developers.google.com/apps-script/reference/spreadsheet/filter-criteria-builder): which rows it hides.
import { scriptError } from '../core';
import type { GridRect } from './a1';
import { BooleanCriteria } from './enums';
import { gas, isInteger, type SpreadsheetWorkspace, signatureError } from './facade';
import type { SheetModel } from './model';
import { RangeFacade } from './range';
import { displayValue } from './values';

type GasFilter = GoogleAppsScript.Spreadsheet.Filter;
type GasCriteria = GoogleAppsScript.Spreadsheet.FilterCriteria;
type GasCriteriaBuilder = GoogleAppsScript.Spreadsheet.FilterCriteriaBuilder;

/** One column's criteria: a condition (BooleanCriteria name and its text arguments) and/or values to hide or show. */
export interface FilterCriteriaData {
  condition: { type: string; args: string[] } | null;
  hiddenValues: string[];
  visibleValues: string[];
}

/** The filter of a sheet: its range, and criteria by sheet column (1-based), which move with their columns. */
export interface FilterData {
  range: GridRect;
  criteria: { column: number; criteria: FilterCriteriaData }[];
}

const emptyCriteria = (): FilterCriteriaData => ({ condition: null, hiddenValues: [], visibleValues: [] });

/** Whether a cell's displayed text passes a column's criteria. */
function passes(text: string, criteria: FilterCriteriaData): boolean {
  if (criteria.hiddenValues.includes(text)) return false;
  if (criteria.visibleValues.length > 0 && !criteria.visibleValues.includes(text)) return false;
  if (!criteria.condition) return true;
  const [arg = ''] = criteria.condition.args;
  switch (criteria.condition.type) {
    case 'CELL_EMPTY':
      return text === '';
    case 'CELL_NOT_EMPTY':
      return text !== '';
    case 'TEXT_EQUAL_TO':
      return text === arg;
    case 'TEXT_CONTAINS':
      return text.includes(arg);
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.includes(arg);
    case 'TEXT_STARTS_WITH':
      return text.startsWith(arg);
    case 'TEXT_ENDS_WITH':
      return text.endsWith(arg);
    default:
      return true;
  }
}

/**
 * Whether a filter hides the row: rows below the filter range's first row (its header, never hidden) that fail a
 * column's criteria (https://developers.google.com/apps-script/reference/spreadsheet/sheet#isRowHiddenByFilter(Integer)).
 */
export function rowHiddenByFilter(sheet: SheetModel, row: number): boolean {
  const filter = sheet.data.filter;
  if (!filter || row <= filter.range.row || row >= filter.range.row + filter.range.numRows) return false;
  const { timeZone, locale } = sheet.book;
  return filter.criteria.some(({ column, criteria }) => {
    const text = displayValue(
      sheet.valueAt(row, column),
      sheet.cell(row, column)?.numberFormat,
      timeZone,
      locale,
    );
    return !passes(text, criteria);
  });
}

export class FilterCriteriaBuilderFacade
  implements
    Pick<
      GasCriteriaBuilder,
      | 'whenCellEmpty'
      | 'whenCellNotEmpty'
      | 'whenTextEqualTo'
      | 'whenTextContains'
      | 'whenTextDoesNotContain'
      | 'whenTextStartsWith'
      | 'whenTextEndsWith'
      | 'setHiddenValues'
      | 'setVisibleValues'
      | 'getHiddenValues'
      | 'getVisibleValues'
      | 'getCriteriaType'
      | 'getCriteriaValues'
      | 'build'
      | 'copy'
    >
{
  constructor(
    private readonly ws: SpreadsheetWorkspace,
    readonly criteria: FilterCriteriaData = emptyCriteria(),
  ) {}

  private hit(method: string): GasCriteriaBuilder {
    this.ws.calls.hit('spreadsheet', `FilterCriteriaBuilder.${method}`);
    return gas(this);
  }

  private when(method: string, type: string, args: unknown[]): GasCriteriaBuilder {
    if (!args.every((arg) => typeof arg === 'string'))
      throw signatureError(`FilterCriteriaBuilder.${method}`, args);
    this.criteria.condition = { type, args: args as string[] };
    return this.hit(method);
  }

  whenCellEmpty(): GasCriteriaBuilder {
    return this.when('whenCellEmpty', 'CELL_EMPTY', []);
  }

  whenCellNotEmpty(): GasCriteriaBuilder {
    return this.when('whenCellNotEmpty', 'CELL_NOT_EMPTY', []);
  }

  /** Shows cells whose text equals the text given (#whenTextEqualTo(String)). */
  whenTextEqualTo(text: string): GasCriteriaBuilder {
    return this.when('whenTextEqualTo', 'TEXT_EQUAL_TO', [text]);
  }

  whenTextContains(text: string): GasCriteriaBuilder {
    return this.when('whenTextContains', 'TEXT_CONTAINS', [text]);
  }

  whenTextDoesNotContain(text: string): GasCriteriaBuilder {
    return this.when('whenTextDoesNotContain', 'TEXT_DOES_NOT_CONTAIN', [text]);
  }

  whenTextStartsWith(text: string): GasCriteriaBuilder {
    return this.when('whenTextStartsWith', 'TEXT_STARTS_WITH', [text]);
  }

  whenTextEndsWith(text: string): GasCriteriaBuilder {
    return this.when('whenTextEndsWith', 'TEXT_ENDS_WITH', [text]);
  }

  /** Values to hide; setting them clears the values to show, the two being exclusive (#setHiddenValues(String)). */
  setHiddenValues(values: string[]): GasCriteriaBuilder {
    if (!Array.isArray(values)) throw signatureError('FilterCriteriaBuilder.setHiddenValues', [values]);
    this.criteria.hiddenValues = values.map(String);
    this.criteria.visibleValues = [];
    return this.hit('setHiddenValues');
  }

  setVisibleValues(values: string[]): GasCriteriaBuilder {
    if (!Array.isArray(values)) throw signatureError('FilterCriteriaBuilder.setVisibleValues', [values]);
    this.criteria.visibleValues = values.map(String);
    this.criteria.hiddenValues = [];
    return this.hit('setVisibleValues');
  }

  getHiddenValues(): string[] {
    this.hit('getHiddenValues');
    return [...this.criteria.hiddenValues];
  }

  getVisibleValues(): string[] {
    this.hit('getVisibleValues');
    return [...this.criteria.visibleValues];
  }

  /** null when no condition is set (#getCriteriaType()). */
  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    this.hit('getCriteriaType');
    const type = this.criteria.condition?.type;
    return gas(type ? BooleanCriteria[type as keyof typeof BooleanCriteria] : null);
  }

  getCriteriaValues(): unknown[] {
    this.hit('getCriteriaValues');
    return [...(this.criteria.condition?.args ?? [])];
  }

  build(): GasCriteria {
    this.hit('build');
    return gas(new FilterCriteriaBuilderFacade(this.ws, structuredClone(this.criteria)));
  }

  copy(): GasCriteriaBuilder {
    this.hit('copy');
    return gas(new FilterCriteriaBuilderFacade(this.ws, structuredClone(this.criteria)));
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/filter */
export class FilterFacade
  implements
    Pick<
      GasFilter,
      | 'getRange'
      | 'getColumnFilterCriteria'
      | 'setColumnFilterCriteria'
      | 'removeColumnFilterCriteria'
      | 'remove'
    >
{
  constructor(
    private readonly ws: SpreadsheetWorkspace,
    private readonly sheet: SheetModel,
  ) {}

  private hit(method: string): void {
    this.ws.calls.hit('spreadsheet', `Filter.${method}`);
  }

  private data(): FilterData {
    const filter = this.sheet.data.filter;
    if (!filter) throw scriptError('The filter has been removed.');
    return filter;
  }

  /** The 1-indexed sheet column, inside the filter's range (#setColumnFilterCriteria(Integer,FilterCriteria)). */
  private column(method: string, columnPosition: number, extra: unknown[] = []): number {
    if (!isInteger(columnPosition)) throw signatureError(`Filter.${method}`, [columnPosition, ...extra]);
    const { column, numColumns } = this.data().range;
    if (columnPosition < column || columnPosition >= column + numColumns) {
      throw scriptError(`The column position ${columnPosition} is outside the range of the filter.`);
    }
    return columnPosition;
  }

  getRange(): GoogleAppsScript.Spreadsheet.Range {
    this.hit('getRange');
    return gas(new RangeFacade(this.ws, this.sheet, { ...this.data().range }));
  }

  getColumnFilterCriteria(columnPosition: number): GasCriteria | null {
    this.hit('getColumnFilterCriteria');
    const column = this.column('getColumnFilterCriteria', columnPosition);
    const found = this.data().criteria.find((entry) => entry.column === column);
    return found ? gas(new FilterCriteriaBuilderFacade(this.ws, structuredClone(found.criteria))) : null;
  }

  /** null criteria remove the column's criteria. */
  setColumnFilterCriteria(columnPosition: number, filterCriteria: GasCriteria | null): GasFilter {
    this.hit('setColumnFilterCriteria');
    const column = this.column('setColumnFilterCriteria', columnPosition, [filterCriteria]);
    if (filterCriteria !== null && !(filterCriteria instanceof FilterCriteriaBuilderFacade)) {
      throw signatureError('Filter.setColumnFilterCriteria', [columnPosition, filterCriteria]);
    }
    const filter = this.data();
    filter.criteria = filter.criteria.filter((entry) => entry.column !== column);
    if (filterCriteria) filter.criteria.push({ column, criteria: structuredClone(filterCriteria.criteria) });
    return gas(this);
  }

  removeColumnFilterCriteria(columnPosition: number): GasFilter {
    this.hit('removeColumnFilterCriteria');
    const column = this.column('removeColumnFilterCriteria', columnPosition);
    const filter = this.data();
    filter.criteria = filter.criteria.filter((entry) => entry.column !== column);
    return gas(this);
  }

  remove(): void {
    this.hit('remove');
    this.data();
    this.sheet.data.filter = null;
  }
}

/** The sheet's filter, or null (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getFilter()). */
export function filterOf(ws: SpreadsheetWorkspace, sheet: SheetModel): GasFilter | null {
  return sheet.data.filter ? gas(new FilterFacade(ws, sheet)) : null;
}

/** A sheet holds one filter at most (https://developers.google.com/apps-script/reference/spreadsheet/range#createFilter()). */
export function createFilter(ws: SpreadsheetWorkspace, sheet: SheetModel, range: GridRect): GasFilter {
  if (sheet.data.filter) throw scriptError("You can't create a filter in a sheet that already has a filter.");
  sheet.data.filter = { range: { ...range }, criteria: [] };
  return gas(new FilterFacade(ws, sheet));
}

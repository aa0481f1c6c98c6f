// Developer metadata (https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata): key/value
// pairs on the spreadsheet, a sheet, or whole rows and columns, which follow their rows and columns when these move.
import { type EnumValue, isEnumValue, scriptError } from '../core';
import type { GridRect } from './a1';
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility } from './enums';
import { gas, type SpreadsheetWorkspace, signatureError } from './facade';
import type { MetadataData, MetadataLocation, SheetModel, SpreadsheetModel } from './model';
import { RangeFacade } from './range';
import { sheetFacade } from './sheet';
import { spreadsheetFacade } from './spreadsheet';

type GasMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type GasFinder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;

/**
 * Reads addDeveloperMetadata(key[, value][, visibility]) and stores the new metadata
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#addDeveloperMetadata(String,String,DeveloperMetadataVisibility)).
 */
export function addMetadata(
  book: SpreadsheetModel,
  method: string,
  location: MetadataLocation,
  args: unknown[],
): void {
  const [key, second, third] = args;
  let value: string | null = null;
  let visibility: EnumValue = DeveloperMetadataVisibility.DOCUMENT;
  if (isEnumValue(second)) visibility = second;
  else if (second !== undefined) value = second === null ? null : String(second);
  if (isEnumValue(third)) visibility = third;
  if (typeof key !== 'string' || args.length > 3 || (third !== undefined && !isEnumValue(third)))
    throw signatureError(method, args);
  book.metadata.push({
    id: book.nextIds.metadata++,
    key,
    value,
    visibility: visibility.toString() as MetadataData['visibility'],
    location,
  });
}

/**
 * Only whole rows or whole columns carry metadata below a sheet
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#addDeveloperMetadata(String)).
 */
export function locationOfRange(sheet: SheetModel, rect: GridRect): MetadataLocation {
  const { maxRows, maxColumns } = sheet.data;
  if (rect.row === 1 && rect.numRows === maxRows)
    return { type: 'COLUMN', sheetId: sheet.sheetId, start: rect.column, count: rect.numColumns };
  if (rect.column === 1 && rect.numColumns === maxColumns)
    return { type: 'ROW', sheetId: sheet.sheetId, start: rect.row, count: rect.numRows };
  throw scriptError(
    'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
  );
}

function sameLocation(a: MetadataLocation, b: MetadataLocation): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function metadataAt(
  ws: SpreadsheetWorkspace,
  book: SpreadsheetModel,
  location: MetadataLocation,
): GasMetadata[] {
  return book.metadata
    .filter((metadata) => sameLocation(metadata.location, location))
    .map((metadata) => gas(new MetadataFacade(ws, book, metadata.id)));
}

/** The rows or columns a metadata location covers, as a rectangle on its sheet (whole sheet for SHEET). */
function locationRect(
  book: SpreadsheetModel,
  location: MetadataLocation,
): { sheetId: number; rect: GridRect } | null {
  if (location.type === 'SPREADSHEET') return null;
  const sheet = book.sheetById(location.sheetId);
  if (!sheet) return null;
  const { maxRows, maxColumns } = sheet.data;
  if (location.type === 'SHEET')
    return { sheetId: sheet.sheetId, rect: { row: 1, column: 1, numRows: maxRows, numColumns: maxColumns } };
  if (location.type === 'ROW')
    return {
      sheetId: sheet.sheetId,
      rect: { row: location.start, column: 1, numRows: location.count, numColumns: maxColumns },
    };
  return {
    sheetId: sheet.sheetId,
    rect: { row: 1, column: location.start, numRows: maxRows, numColumns: location.count },
  };
}

export class MetadataFacade
  implements
    Pick<
      GasMetadata,
      | 'getId'
      | 'getKey'
      | 'getValue'
      | 'getVisibility'
      | 'getLocation'
      | 'setKey'
      | 'setValue'
      | 'setVisibility'
      | 'remove'
    >
{
  constructor(
    private readonly ws: SpreadsheetWorkspace,
    private readonly book: SpreadsheetModel,
    private readonly id: number,
  ) {}

  private hit(method: string): void {
    this.ws.calls.hit('spreadsheet', `DeveloperMetadata.${method}`);
  }

  /** The live record: a metadata object follows its row or column, and fails once removed. */
  private data(): MetadataData {
    const found = this.book.metadata.find((metadata) => metadata.id === this.id);
    if (!found) throw scriptError('The developer metadata no longer exists.');
    return found;
  }

  getId(): number {
    this.hit('getId');
    return this.id;
  }

  getKey(): string {
    this.hit('getKey');
    return this.data().key;
  }

  getValue(): string | null {
    this.hit('getValue');
    return this.data().value;
  }

  getVisibility(): GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility {
    this.hit('getVisibility');
    return gas(DeveloperMetadataVisibility[this.data().visibility]);
  }

  getLocation(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation {
    this.hit('getLocation');
    return gas(new MetadataLocationFacade(this.ws, this.book, { ...this.data().location }));
  }

  setKey(key: string): GasMetadata {
    this.hit('setKey');
    this.data().key = String(key);
    return gas(this);
  }

  setValue(value: string): GasMetadata {
    this.hit('setValue');
    this.data().value = value === null ? null : String(value);
    return gas(this);
  }

  setVisibility(visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): GasMetadata {
    this.hit('setVisibility');
    this.data().visibility = String(visibility) as MetadataData['visibility'];
    return gas(this);
  }

  remove(): void {
    this.hit('remove');
    this.data();
    this.book.metadata = this.book.metadata.filter((metadata) => metadata.id !== this.id);
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-location */
export class MetadataLocationFacade
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation,
      'getLocationType' | 'getColumn' | 'getRow' | 'getSheet' | 'getSpreadsheet'
    >
{
  constructor(
    private readonly ws: SpreadsheetWorkspace,
    private readonly book: SpreadsheetModel,
    private readonly location: MetadataLocation,
  ) {}

  private hit(method: string): void {
    this.ws.calls.hit('spreadsheet', `DeveloperMetadataLocation.${method}`);
  }

  getLocationType(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType {
    this.hit('getLocationType');
    return gas(DeveloperMetadataLocationType[this.location.type]);
  }

  /** The whole column(s), or null when the metadata is not on a column. */
  getColumn(): GoogleAppsScript.Spreadsheet.Range | null {
    this.hit('getColumn');
    return this.location.type === 'COLUMN' ? gas(this.span()) : null;
  }

  getRow(): GoogleAppsScript.Spreadsheet.Range | null {
    this.hit('getRow');
    return this.location.type === 'ROW' ? gas(this.span()) : null;
  }

  getSheet(): GoogleAppsScript.Spreadsheet.Sheet | null {
    this.hit('getSheet');
    if (this.location.type !== 'SHEET') return null;
    const sheet = this.book.sheetById(this.location.sheetId);
    return sheet ? gas(sheetFacade(this.ws, sheet)) : null;
  }

  getSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
    this.hit('getSpreadsheet');
    return this.location.type === 'SPREADSHEET' ? gas(spreadsheetFacade(this.ws, this.book)) : null;
  }

  private span(): RangeFacade | null {
    const where = locationRect(this.book, this.location);
    const sheet = where && this.book.sheetById(where.sheetId);
    if (!where || !sheet) return null;
    return new RangeFacade(this.ws, sheet, where.rect, {
      rows: this.location.type === 'COLUMN',
      columns: this.location.type === 'ROW',
    });
  }
}

/** What a finder searches: the whole spreadsheet, one sheet, or a range. */
export type FinderScope =
  | { kind: 'spreadsheet' }
  | { kind: 'sheet'; sheetId: number }
  | { kind: 'range'; sheetId: number; rect: GridRect };

function contains(outer: GridRect, inner: GridRect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.column + inner.numColumns <= outer.column + outer.numColumns
  );
}

function intersects(a: GridRect, b: GridRect): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

/**
 * https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder: a range's finder sees only
 * metadata wholly inside the range ("3:3" is not inside "A1:D5", but is inside "1:5"), unless onIntersectingLocations().
 */
export class MetadataFinderFacade
  implements
    Pick<
      GasFinder,
      | 'withKey'
      | 'withValue'
      | 'withId'
      | 'withLocationType'
      | 'withVisibility'
      | 'onIntersectingLocations'
      | 'find'
    >
{
  private readonly filters: ((metadata: MetadataData) => boolean)[] = [];
  private intersecting = false;

  constructor(
    private readonly ws: SpreadsheetWorkspace,
    private readonly book: SpreadsheetModel,
    private readonly scope: FinderScope,
  ) {}

  private hit(method: string): GasFinder {
    this.ws.calls.hit('spreadsheet', `DeveloperMetadataFinder.${method}`);
    return gas(this);
  }

  withKey(key: string): GasFinder {
    this.filters.push((metadata) => metadata.key === key);
    return this.hit('withKey');
  }

  withValue(value: string): GasFinder {
    this.filters.push((metadata) => metadata.value === value);
    return this.hit('withValue');
  }

  withId(id: number): GasFinder {
    this.filters.push((metadata) => metadata.id === id);
    return this.hit('withId');
  }

  withLocationType(locationType: GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType): GasFinder {
    this.filters.push((metadata) => metadata.location.type === String(locationType));
    return this.hit('withLocationType');
  }

  withVisibility(visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): GasFinder {
    this.filters.push((metadata) => metadata.visibility === String(visibility));
    return this.hit('withVisibility');
  }

  onIntersectingLocations(): GasFinder {
    this.intersecting = true;
    return this.hit('onIntersectingLocations');
  }

  private inScope(metadata: MetadataData): boolean {
    const scope = this.scope;
    if (scope.kind === 'spreadsheet') return true;
    const where = locationRect(this.book, metadata.location);
    if (!where || where.sheetId !== scope.sheetId) return false;
    if (scope.kind === 'sheet') return true;
    if (metadata.location.type === 'SHEET') return false;
    return this.intersecting ? intersects(scope.rect, where.rect) : contains(scope.rect, where.rect);
  }

  find(): GasMetadata[] {
    this.hit('find');
    return this.book.metadata
      .filter((metadata) => this.inScope(metadata) && this.filters.every((keep) => keep(metadata)))
      .map((metadata) => gas(new MetadataFacade(this.ws, this.book, metadata.id)));
  }
}

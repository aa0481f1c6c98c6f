// The emulated Spreadsheet and SpreadsheetApp (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app).
import { scriptError } from '../core';
import { asPerson, NO_ACCESS_MESSAGE, SharedFileFacade } from '../people';
import { User } from '../services/session';
import { createUi } from '../services/ui';
import { parseA1, rangeNotFound } from './a1';
import { ConditionalFormatRuleBuilderFacade } from './conditional';
import {
  BooleanCriteria,
  DataValidationCriteria,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  ProtectionType,
  RelativeDate,
  WrapStrategy,
} from './enums';
import { gas, isInteger, type SpreadsheetWorkspace, signatureError } from './facade';
import { FilterCriteriaBuilderFacade } from './filter';
import { checkGrowth } from './limits';
import { addMetadata, MetadataFinderFacade, metadataAt } from './metadata';
import { DEFAULT_COLUMNS, DEFAULT_ROWS, type SpreadsheetModel } from './model';
import { protectionsOf } from './protection';
import type { RangeFacade } from './range';
import { RichTextValueBuilderFacade } from './richtext';
import { checkSheetNameFree, rangeFromA1, SheetFacade, sheetFacade } from './sheet';
import { DataValidationBuilderFacade } from './validation';

type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;

export function spreadsheetFacade(ws: SpreadsheetWorkspace, model: SpreadsheetModel): SpreadsheetFacade {
  return new SpreadsheetFacade(ws, model);
}

/** Sharing (addEditor and the methods after it) comes from SharedFileFacade, as Document's does. */
export class SpreadsheetFacade
  extends SharedFileFacade<GasSpreadsheet>
  implements
    Pick<
      GasSpreadsheet,
      | 'getId'
      | 'getUrl'
      | 'getName'
      | 'rename'
      | 'getSheets'
      | 'getNumSheets'
      | 'getSheetByName'
      | 'getSheetById'
      | 'insertSheet'
      | 'deleteSheet'
      | 'getSpreadsheetTimeZone'
      | 'setSpreadsheetTimeZone'
      | 'getSpreadsheetLocale'
      | 'setSpreadsheetLocale'
      | 'setActiveSheet'
      | 'getActiveSheet'
      | 'toast'
      | 'getRange'
      | 'addDeveloperMetadata'
      | 'getDeveloperMetadata'
      | 'createDeveloperMetadataFinder'
      | 'getProtections'
      | 'addEditor'
      | 'addEditors'
      | 'addViewer'
      | 'addViewers'
      | 'getEditors'
      | 'getViewers'
      | 'removeEditor'
      | 'removeViewer'
      | 'getOwner'
    >
{
  constructor(
    protected readonly ws: SpreadsheetWorkspace,
    readonly model: SpreadsheetModel,
  ) {
    super({ ws, fileId: model.id });
  }

  protected chained(): GasSpreadsheet {
    return gas<GasSpreadsheet>(this);
  }

  /** The owner; null for a file in a shared drive, which the emulator does not have (spreadsheet#getOwner()). */
  getOwner(): GoogleAppsScript.Base.User | null {
    this.hit('getOwner');
    const owner = this.ws.sharing.get(this.model.id)?.owner;
    return owner === undefined ? null : gas(new User(this.ws, owner));
  }

  protected hit(method: string): void {
    this.ws.calls.hit('spreadsheet', `Spreadsheet.${method}`);
  }

  getId(): string {
    this.hit('getId');
    return this.model.id;
  }

  getUrl(): string {
    this.hit('getUrl');
    return `https://docs.google.com/spreadsheets/d/${this.model.id}/edit`;
  }

  getName(): string {
    this.hit('getName');
    return this.model.name;
  }

  rename(newName: string): void {
    this.hit('rename');
    this.model.name = newName;
  }

  getSheets(): GasSheet[] {
    this.hit('getSheets');
    return this.model.sheets.map((sheet) => gas<GasSheet>(sheetFacade(this.ws, sheet)));
  }

  getNumSheets(): number {
    this.hit('getNumSheets');
    return this.model.sheets.length;
  }

  /** null when no sheet has that name (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSheetByName(String)). */
  getSheetByName(name: string): GasSheet | null {
    this.hit('getSheetByName');
    const sheet = this.model.sheetByName(name);
    return sheet ? gas(sheetFacade(this.ws, sheet)) : null;
  }

  /** null when no sheet has that id (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSheetById(Integer)). */
  getSheetById(id: number): GasSheet | null {
    this.hit('getSheetById');
    const sheet = this.model.sheetById(id);
    return sheet ? gas(sheetFacade(this.ws, sheet)) : null;
  }

  /**
   * insertSheet([sheetName][, sheetIndex][, options]): sheetIndex is 0-based, the new sheet becomes the active one, and a
   * name already taken is refused (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String,Integer)).
   */
  insertSheet(...args: unknown[]): GasSheet {
    this.hit('insertSheet');
    const rest = args.filter((arg) => arg !== undefined);
    let name: string | undefined;
    let index: number | undefined;
    for (const arg of rest) {
      if (typeof arg === 'string' && name === undefined && index === undefined) name = arg;
      else if (isInteger(arg) && index === undefined) index = arg;
      else if (typeof arg !== 'object' || arg === null || Array.isArray(arg))
        throw signatureError('Spreadsheet.insertSheet', rest);
    }
    const book = this.model;
    if (name === undefined) {
      let n = book.sheets.length + 1;
      while (book.sheets.some((sheet) => sheet.name.toLowerCase() === `sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    checkSheetNameFree(book, name);
    checkGrowth(book, { cells: DEFAULT_ROWS * DEFAULT_COLUMNS });
    const sheet = book.addSheet(name, index ?? book.sheets.length);
    book.activeSheetId = sheet.sheetId;
    return gas(sheetFacade(this.ws, sheet));
  }

  /** A spreadsheet keeps at least one sheet (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#deleteSheet(Sheet)). */
  deleteSheet(sheet: GasSheet): void {
    this.hit('deleteSheet');
    if (!(sheet instanceof SheetFacade)) throw signatureError('Spreadsheet.deleteSheet', [sheet]);
    if (this.model.sheets.length <= 1) throw scriptError("You can't remove all the sheets in a document.");
    this.model.removeSheet(sheet.model);
  }

  getSpreadsheetTimeZone(): string {
    this.hit('getSpreadsheetTimeZone');
    return this.model.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    this.hit('setSpreadsheetTimeZone');
    this.model.timeZone = timezone;
  }

  getSpreadsheetLocale(): string {
    this.hit('getSpreadsheetLocale');
    return this.model.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this.hit('setSpreadsheetLocale');
    this.model.locale = locale;
  }

  setActiveSheet(sheet: GasSheet): GasSheet {
    this.hit('setActiveSheet');
    if (!(sheet instanceof SheetFacade)) throw signatureError('Spreadsheet.setActiveSheet', [sheet]);
    this.model.activeSheetId = sheet.model.sheetId;
    return sheet;
  }

  getActiveSheet(): GasSheet {
    this.hit('getActiveSheet');
    return gas(sheetFacade(this.ws, this.model.activeSheet()));
  }

  /** Shows a toast at the bottom right of the editor (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#toast(String,String,Number)). */
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.hit('toast');
    this.ws.ui.toasts.push({
      message: String(msg),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }

  /** "Sheet1!A1:B2", or a range of the active sheet (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getRange(String)). */
  getRange(a1Notation: string): GoogleAppsScript.Spreadsheet.Range {
    this.hit('getRange');
    return gas(this.range(a1Notation));
  }

  range(a1Notation: string): RangeFacade {
    const ref = parseA1(a1Notation);
    const sheet = ref.sheetName === null ? this.model.activeSheet() : this.model.sheetByName(ref.sheetName);
    if (!sheet) throw rangeNotFound();
    return rangeFromA1(this.ws, sheet, ref);
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#addDeveloperMetadata(String,String) */
  addDeveloperMetadata(...args: [string, ...unknown[]]): GasSpreadsheet {
    this.hit('addDeveloperMetadata');
    addMetadata(this.model, 'Spreadsheet.addDeveloperMetadata', { type: 'SPREADSHEET' }, args);
    return gas(this);
  }

  /** The top-level metadata only (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getDeveloperMetadata()). */
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    this.hit('getDeveloperMetadata');
    return metadataAt(this.ws, this.model, { type: 'SPREADSHEET' });
  }

  /** Searches all metadata of the spreadsheet, on sheets, rows and columns too (#createDeveloperMetadataFinder()). */
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.hit('createDeveloperMetadataFinder');
    return gas(new MetadataFinderFacade(this.ws, this.model, { kind: 'spreadsheet' }));
  }

  getProtections(
    type: GoogleAppsScript.Spreadsheet.ProtectionType,
  ): GoogleAppsScript.Spreadsheet.Protection[] {
    this.hit('getProtections');
    return this.model.sheets.flatMap((sheet) => protectionsOf(this.ws, sheet, type));
  }
}

/** The SpreadsheetApp global a script sees, bound to one workspace. */
export class SpreadsheetAppFacade {
  readonly BooleanCriteria = BooleanCriteria;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly ProtectionType = ProtectionType;
  readonly RelativeDate = RelativeDate;
  readonly WrapStrategy = WrapStrategy;

  constructor(protected readonly ws: SpreadsheetWorkspace) {}

  protected hit(method: string): void {
    this.ws.calls.hit('spreadsheet', `SpreadsheetApp.${method}`);
  }

  /** A spreadsheet as the signed-in person may have it: refused without access, read-only for a viewer. */
  private asPerson(model: SpreadsheetModel): SpreadsheetFacade {
    return asPerson(this.ws, model.id, spreadsheetFacade(this.ws, model), () =>
      scriptError(NO_ACCESS_MESSAGE),
    );
  }

  private active(): SpreadsheetFacade | null {
    const active = this.ws.active;
    if (active?.host !== 'sheets') return null;
    const model = this.ws.spreadsheets.get(active.fileId);
    return model ? this.asPerson(model) : null;
  }

  /** The spreadsheet the user has open; null when the add-on runs in a Doc (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getActiveSpreadsheet()). */
  getActiveSpreadsheet(): GasSpreadsheet | null {
    this.hit('getActiveSpreadsheet');
    return gas(this.active());
  }

  getActive(): GasSpreadsheet | null {
    this.hit('getActive');
    return gas(this.active());
  }

  getActiveSheet(): GasSheet | null {
    this.hit('getActiveSheet');
    const active = this.active();
    // Through the spreadsheet, so a viewer's sheet is read-only too; one call, as Google counts it.
    return active ? gas(this.ws.calls.uncounted(() => active.getActiveSheet())) : null;
  }

  /**
   * An id that names no spreadsheet fails
   * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openById(String)). The reference
   * page gives no wording; this is what scripts report for a wrong id. One not shared with the person fails with
   * NO_ACCESS_MESSAGE; a viewer gets it read-only.
   */
  openById(id: string): GasSpreadsheet {
    this.hit('openById');
    const model = this.ws.spreadsheets.get(String(id));
    if (!model)
      throw scriptError(
        'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
      );
    return gas(this.asPerson(model));
  }

  openByUrl(url: string): GasSpreadsheet {
    this.hit('openByUrl');
    const id = /\/d\/([^/]+)/.exec(String(url))?.[1];
    const model = id ? this.ws.spreadsheets.get(id) : undefined;
    if (!model)
      throw scriptError(
        'Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.',
      );
    return gas(this.asPerson(model));
  }

  /** A new spreadsheet in the user's Drive, one sheet "Sheet1" (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#create(String)). */
  create(name: string, rows?: number, columns?: number): GasSpreadsheet {
    this.hit('create');
    const model = this.ws.createSpreadsheet(String(name));
    const first = model.sheets[0];
    if (rows !== undefined) first.data.maxRows = rows;
    if (columns !== undefined) first.data.maxColumns = columns;
    return gas(spreadsheetFacade(this.ws, model));
  }

  /** Writes are applied at once in the emulator, so there is nothing pending to flush. */
  flush(): void {
    this.hit('flush');
  }

  /**
   * The editor's Ui; only where a spreadsheet is open in front of the user
   * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getUi()).
   */
  getUi(): GoogleAppsScript.Base.Ui {
    this.hit('getUi');
    if (this.ws.active?.host !== 'sheets')
      throw scriptError('Cannot call SpreadsheetApp.getUi() from this context.');
    return gas(createUi(this.ws, 'sheets'));
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#newDataValidation() */
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.hit('newDataValidation');
    return gas(new DataValidationBuilderFacade(this.ws));
  }

  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    this.hit('newConditionalFormatRule');
    return gas(new ConditionalFormatRuleBuilderFacade(this.ws));
  }

  newRichTextValue(): GoogleAppsScript.Spreadsheet.RichTextValueBuilder {
    this.hit('newRichTextValue');
    return gas(new RichTextValueBuilderFacade(this.ws));
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#newFilterCriteria() */
  newFilterCriteria(): GoogleAppsScript.Spreadsheet.FilterCriteriaBuilder {
    this.hit('newFilterCriteria');
    return gas(new FilterCriteriaBuilderFacade(this.ws));
  }
}

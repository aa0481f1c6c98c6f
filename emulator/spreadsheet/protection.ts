// Protected sheets and ranges (https://developers.google.com/apps-script/reference/spreadsheet/protection).
import { scriptError } from '../core';
import { ProtectionType } from './enums';
import { gas, type SpreadsheetWorkspace } from './facade';
import type { ProtectionData, SheetModel } from './model';
import { RangeFacade } from './range';

type GasProtection = GoogleAppsScript.Spreadsheet.Protection;

/**
 * A sheet has at most one sheet protection: protect() on a protected sheet hands back the existing one
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect()); every Range.protect() adds one.
 */
export function protect(sheet: SheetModel, range: RangeFacade | null): ProtectionData {
  const data = sheet.data;
  if (!range) {
    const existing = data.protections.find((protection) => protection.type === 'SHEET');
    if (existing) return existing;
  }
  const made: ProtectionData = {
    id: sheet.book.nextIds.protection++,
    type: range ? 'RANGE' : 'SHEET',
    range: range ? { ...range.rect } : null,
    description: '',
    warningOnly: false,
  };
  data.protections.push(made);
  return made;
}

export class ProtectionFacade
  implements
    Pick<
      GasProtection,
      | 'getProtectionType'
      | 'getRange'
      | 'getDescription'
      | 'setDescription'
      | 'isWarningOnly'
      | 'setWarningOnly'
      | 'canEdit'
      | 'getEditors'
      | 'remove'
    >
{
  constructor(
    private readonly ws: SpreadsheetWorkspace,
    private readonly sheet: SheetModel,
    private readonly id: number,
  ) {}

  private hit(method: string): void {
    this.ws.calls.hit('spreadsheet', `Protection.${method}`);
  }

  private data(): ProtectionData {
    const found = this.sheet.data.protections.find((protection) => protection.id === this.id);
    if (!found) throw scriptError('The protection no longer exists.');
    return found;
  }

  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    this.hit('getProtectionType');
    return gas(ProtectionType[this.data().type]);
  }

  /** The protected cells; the whole sheet for a sheet protection (#getRange()). */
  getRange(): GoogleAppsScript.Spreadsheet.Range {
    this.hit('getRange');
    const data = this.data();
    const { maxRows, maxColumns } = this.sheet.data;
    return gas(
      new RangeFacade(
        this.ws,
        this.sheet,
        data.range ?? { row: 1, column: 1, numRows: maxRows, numColumns: maxColumns },
      ),
    );
  }

  getDescription(): string {
    this.hit('getDescription');
    return this.data().description;
  }

  setDescription(description: string): GasProtection {
    this.hit('setDescription');
    this.data().description = String(description);
    return gas(this);
  }

  isWarningOnly(): boolean {
    this.hit('isWarningOnly');
    return this.data().warningOnly;
  }

  /** A warning-only protection lets everyone edit after a warning (#setWarningOnly(Boolean)). */
  setWarningOnly(warningOnly: boolean): GasProtection {
    this.hit('setWarningOnly');
    this.data().warningOnly = Boolean(warningOnly);
    return gas(this);
  }

  /** The emulated user owns every file, so can edit protected cells. */
  canEdit(): boolean {
    this.hit('canEdit');
    return true;
  }

  getEditors(): GoogleAppsScript.Base.User[] {
    this.hit('getEditors');
    return [];
  }

  remove(): void {
    this.hit('remove');
    this.data();
    this.sheet.data.protections = this.sheet.data.protections.filter(
      (protection) => protection.id !== this.id,
    );
  }
}

export function protectionsOf(ws: SpreadsheetWorkspace, sheet: SheetModel, type: unknown): GasProtection[] {
  return sheet.data.protections
    .filter((protection) => protection.type === String(type))
    .map((protection) => gas(new ProtectionFacade(ws, sheet, protection.id)));
}

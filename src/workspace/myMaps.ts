// Export stakeholders for Google My Maps: a sheet the person downloads as CSV; the add-on needs no Drive access.

import { type Language, t } from '../domain/i18n';
import { MY_MAPS_METADATA_KEY, myMapsExport } from '../domain/myMaps';
import { normalizeLabel } from '../domain/schema';
import { freeName } from '../domain/setup';
import { editorUi } from './editor';
import { noteChange } from './journal';
import { withDocumentLock } from './lock';
import { readSettings, workbookLanguage } from './settings';
import { openTables } from './table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The sheet an earlier export made, known by its metadata wherever it moved and whatever it is called now; else a new
 * one, under the export's name or, when a person's sheet already has it, the first free variant of it.
 */
function exportSheet(spreadsheet: Spreadsheet, name: string): Sheet {
  const [metadata] = spreadsheet.createDeveloperMetadataFinder().withKey(MY_MAPS_METADATA_KEY).find();
  const earlier = metadata?.getLocation().getSheet();
  if (earlier) return earlier;
  const taken = new Set(spreadsheet.getSheets().map((sheet) => normalizeLabel(sheet.getName())));
  const sheet = spreadsheet.insertSheet(freeName(name, taken), spreadsheet.getNumSheets());
  sheet.addDeveloperMetadata(MY_MAPS_METADATA_KEY, 'export');
  return sheet;
}

/**
 * Writes the export sheet (replacing an earlier export, never another sheet, whatever its name) and opens it, since
 * File › Download › CSV saves the sheet on screen (https://support.google.com/docs/answer/49114); then tells the person
 * the two steps. The read and the write share the document lock, so a concurrent edit is not half exported.
 */
export function exportStakeholdersForMyMaps(language: Language): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheetLanguage = workbookLanguage(readSettings(spreadsheet));
  const { stakeholders } = openTables(spreadsheet, ['stakeholders'] as const);
  const { sheet, values, withoutAddress } = withDocumentLock(() => {
    const { values, withoutAddress } = myMapsExport(stakeholders.rows(), sheetLanguage);
    const sheet = exportSheet(spreadsheet, t(sheetLanguage, 'myMaps.sheet'));
    noteChange({ sheetName: sheet.getName() });
    sheet.clear();
    // Text behind an apostrophe, so a postcode keeps its leading zero; a cell the domain neutralized keeps its own
    // apostrophe as part of the value, which is what the downloaded CSV carries.
    sheet
      .getRange(1, 1, values.length, values[0].length)
      .setValues(
        values.map((row, index) => row.map((cell) => (index > 0 && cell !== '' ? `'${cell}` : cell))),
      );
    sheet.setFrozenRows(1);
    return { sheet, values, withoutAddress };
  });
  sheet.activate();
  const message = [
    t(language, 'myMaps.done', { sheet: sheet.getName(), count: values.length - 1 }),
    withoutAddress > 0 ? t(language, 'myMaps.withoutAddress', { count: withoutAddress }) : '',
  ];
  editorUi('sheets').alert(message.filter(Boolean).join('\n\n'));
}

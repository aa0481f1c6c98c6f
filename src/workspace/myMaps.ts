// Export stakeholders for Google My Maps: a sheet the person downloads as CSV; the add-on needs no Drive access.

import { type Language, t } from '../domain/i18n';
import { isMyMapsSheet, myMapsExport } from '../domain/myMaps';
import { editorUi } from './editor';
import { readSettings, workbookLanguage } from './settings';
import { openTables } from './table';

/**
 * Writes the export sheet (replacing an earlier export, never another sheet) and opens it, since File › Download ›
 * CSV saves the sheet on screen (https://support.google.com/docs/answer/49114); then tells the person the two steps.
 */
export function exportStakeholdersForMyMaps(language: Language): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheetLanguage = workbookLanguage(readSettings(spreadsheet));
  const { stakeholders } = openTables(spreadsheet, ['stakeholders'] as const);
  const { values, withoutAddress } = myMapsExport(stakeholders.rows(), sheetLanguage);
  const name = t(sheetLanguage, 'myMaps.sheet');
  const sheet =
    spreadsheet.getSheets().find((candidate) => isMyMapsSheet(candidate.getName())) ??
    spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
  sheet.clear();
  // Text behind an apostrophe, so a postcode keeps its leading zero; a cell the domain neutralized keeps its own
  // apostrophe as part of the value, which is what the downloaded CSV carries.
  sheet
    .getRange(1, 1, values.length, values[0].length)
    .setValues(values.map((row, index) => row.map((cell) => (index > 0 && cell !== '' ? `'${cell}` : cell))));
  sheet.setFrozenRows(1);
  sheet.activate();
  const message = [
    t(language, 'myMaps.done', { sheet: sheet.getName(), count: values.length - 1 }),
    withoutAddress > 0 ? t(language, 'myMaps.withoutAddress', { count: withoutAddress }) : '',
  ];
  editorUi('sheets').alert(message.filter(Boolean).join('\n\n'));
}

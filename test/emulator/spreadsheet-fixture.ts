// A workspace with one spreadsheet open, and its SpreadsheetApp as a script sees it, for the SpreadsheetApp contract tests.
import { Workspace } from '../../emulator/workspace';

export const REF = 'https://developers.google.com/apps-script/reference/spreadsheet';

export function openWorkbook(options: { locale?: string; timeZone?: string } = {}) {
  const ws = new Workspace(options);
  const model = ws.createSpreadsheet('Alliance');
  ws.open({ host: 'sheets', fileId: model.id });
  const globals = ws.globals();
  const app = globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const charts = globals.Charts as GoogleAppsScript.Charts.Charts;
  const book = app.getActiveSpreadsheet();
  const sheet = book.getSheets()[0];
  return { ws, model, app, charts, book, sheet };
}

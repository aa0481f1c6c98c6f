// Contract of scope enforcement: each emulated method requires the scopes its reference page lists, no more.
import { createDocumentApp } from '../../emulator/document';
import { SERVICES } from '../../emulator/registry';
import { SCOPE } from '../../emulator/scopes';
import { createUi } from '../../emulator/services/ui';
import { createSpreadsheetApp } from '../../emulator/spreadsheet';
import { Workspace } from '../../emulator/workspace';

function workspace(grantedScopes: string[] | null) {
  const ws = new Workspace();
  const sheet = ws.createSpreadsheet('Plan');
  ws.open({ host: 'sheets', fileId: sheet.id });
  const doc = ws.createDocument('Agenda');
  ws.grantedScopes = grantedScopes;
  return { ws, sheetId: sheet.id, docId: doc.id };
}

describe('Authorization scopes (https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes)', () => {
  it('refuses a method whose one scope is missing, naming it as Apps Script does', () => {
    const { ws } = workspace([SCOPE.spreadsheetsCurrentOnly]);
    // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openById(String)
    expect(() => createSpreadsheetApp(ws).openById('x')).toThrow(
      'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
  });

  it('lists every scope that would do, between parentheses', () => {
    const { ws } = workspace([SCOPE.documents]);
    // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getActiveSpreadsheet()
    expect(() => createSpreadsheetApp(ws).getActiveSpreadsheet()).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)',
    );
  });

  it('accepts any one of the listed scopes, and records which one a call used', () => {
    const { ws } = workspace([SCOPE.spreadsheetsCurrentOnly]);
    createSpreadsheetApp(ws).getActiveSpreadsheet()?.getActiveSheet().getRange('A1').getValues();
    expect([...ws.scopesUsed]).toEqual([SCOPE.spreadsheetsCurrentOnly]);
  });

  it('tells Sheets’ Range from Docs’ Range', () => {
    const { ws, docId } = workspace([SCOPE.spreadsheets]);
    expect(() => createSpreadsheetApp(ws).getActiveSheet()?.getRange('A1').getValue()).not.toThrow();
    ws.grantedScopes = null;
    const doc = createDocumentApp(ws).openById(docId);
    const range = doc.newRange().addElement(doc.getBody()).build();
    ws.grantedScopes = [SCOPE.spreadsheets];
    expect(() => range.getRangeElements()).toThrow(
      'You do not have permission to call Range.getRangeElements. Required permissions: (https://www.googleapis.com/auth/documents.currentonly || https://www.googleapis.com/auth/documents)',
    );
  });

  it('needs no scope for builders, alerts and menus; showing HTML needs the container UI scope (https://developers.google.com/apps-script/reference/base/ui#showSidebar(Object))', () => {
    const { ws } = workspace([]);
    expect(() => createSpreadsheetApp(ws).newDataValidation().requireCheckbox().build()).not.toThrow();
    const ui = createUi(ws, 'sheets');
    expect(() => ui.createAddonMenu().addItem('Go', 'go').addToUi()).not.toThrow();
    expect(() => ui.showSidebar({} as GoogleAppsScript.HTML.HtmlOutput)).toThrow(
      'You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui',
    );
  });

  it('allows every call when the manifest sets no scopes: Apps Script then finds them itself', () => {
    const { ws } = workspace(null);
    expect(() => createSpreadsheetApp(ws).create('Other')).not.toThrow();
  });

  it('declares each service’s scopes where the service registers, under one reference name per service', () => {
    for (const service of SERVICES) expect(service.reference).toMatch(/^[a-z-]+$/);
    const spreadsheet = SERVICES.find((service) => service.name === 'SpreadsheetApp');
    expect(spreadsheet?.scopes?.['SpreadsheetApp.openById']).toEqual([SCOPE.spreadsheets]);
  });
});

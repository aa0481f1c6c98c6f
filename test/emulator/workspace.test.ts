// Contract of the emulated workspace: services register their globals and state, and the saved form round-trips.
import { SERVICES } from '../../emulator/registry';
import { Workspace, type WorkspaceState } from '../../emulator/workspace';

describe('Service registry', () => {
  it('gives every script execution fresh globals from each registered service', () => {
    const ws = new Workspace();
    const first = ws.globals();
    const second = ws.globals();
    expect(Object.keys(first).sort()).toEqual(
      [
        'CalendarApp',
        'Charts',
        'console',
        'DocumentApp',
        'HtmlService',
        'LockService',
        'Logger',
        'MailApp',
        'PropertiesService',
        'ScriptApp',
        'Session',
        'SpreadsheetApp',
        'UrlFetchApp',
        'Utilities',
      ].sort(),
    );
    for (const name of Object.keys(first)) expect(second[name]).not.toBe(first[name]);
  });

  it('saves each service state under its own key, with a reader for every writer', () => {
    const keys = SERVICES.flatMap((service) => (service.state ? [service.state.key] : []));
    expect(new Set(keys).size).toBe(keys.length);
    for (const { state } of SERVICES) expect(Boolean(state?.toJSON)).toBe(Boolean(state?.fromJSON));
  });
});

describe('Saved workspace', () => {
  const saved = (): WorkspaceState => {
    const ws = new Workspace({ locale: 'fr', timeZone: 'Europe/Paris' });
    const model = ws.createSpreadsheet('Alliance');
    ws.createDocument('Charter');
    ws.open({ host: 'sheets', fileId: model.id });
    ws.properties.script.language = 'fr';
    ws.ui.alerts.push({ message: 'Done' });
    ws.calls.hit('spreadsheet', 'Range.getValues');
    return JSON.parse(JSON.stringify(ws.toJSON()));
  };

  it('keeps the shape the workbench has always written, and reads back the same workspace', () => {
    const state = saved();
    expect(Object.keys(state).sort()).toEqual(
      [
        'active',
        'calendar',
        'calls',
        'clockOffset',
        'documents',
        'email',
        'mail',
        'nextId',
        'people',
        'properties',
        'sharing',
        'spreadsheets',
        'timeZone',
        'triggers',
        'ui',
        'version',
        'web',
      ].sort(),
    );
    expect(state.version).toBe(2);
    expect(JSON.parse(JSON.stringify(Workspace.fromJSON(state).toJSON()))).toEqual(state);
  });

  it('reads the same workspace from its JSON text, and leaves the state fromJSON read as it was', () => {
    const state = saved();
    const text = JSON.stringify(state);
    const loaded = Workspace.fromJSON(state);
    loaded.calls.uncounted(() => {
      const app = loaded.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
      app
        .openById([...loaded.spreadsheets.keys()][0])
        .getSheets()[0]
        .getRange('A1')
        .setValue('changed');
    });
    expect(JSON.stringify(state)).toBe(text);
    expect(JSON.stringify(Workspace.parse(text).toJSON())).toBe(text);
  });

  it('gives a service missing from an older save a fresh state', () => {
    const { properties: _dropped, ...older } = saved();
    const ws = Workspace.fromJSON(older as WorkspaceState);
    expect(ws.properties).toEqual({ script: {}, user: {}, document: {} });
    expect(ws.spreadsheets.size).toBe(1);
  });

  it('refuses a save of another version, naming both', () => {
    expect(() => Workspace.fromJSON({ ...saved(), version: 3 })).toThrow(
      'Saved emulator state has version 3, this emulator reads version 2: move the file aside to start afresh.',
    );
  });
});

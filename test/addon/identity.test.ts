// The add-on knows its sheets by the ids and metadata it recorded: a person's sheet carrying one of their names is never
// written, and a sheet gone missing is named, before anything is written, with set-up offered to add it back.
import type { CreatedMeeting, NewMeetingForm } from '../../src/domain/api';
import { t } from '../../src/domain/i18n';
import type { LoadedAddon } from '../support/addon';
import { meetingRequest } from '../support/meeting';
import { appendRows, readRows, setUpAlliance } from '../support/workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The spreadsheet as a person handles it: not the add-on's calls. */
function byHand<T>(addon: LoadedAddon, work: (book: Spreadsheet) => T): T {
  return addon.ws.calls.uncounted(() => {
    const app = addon.ws.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    return work(app.getActiveSpreadsheet());
  });
}

const sheetNames = (addon: LoadedAddon) => byHand(addon, (book) => book.getSheets().map((s) => s.getName()));
const valuesOf = (addon: LoadedAddon, name: string) =>
  byHand(addon, (book) => book.getSheetByName(name)?.getDataRange().getValues());
const lastAlert = (addon: LoadedAddon) => addon.ws.ui.alerts[addon.ws.ui.alerts.length - 1]?.message;

function personalSheet(addon: LoadedAddon, name: string): unknown[][] {
  const mine = [
    ['My notes', 'Kept'],
    ['=1+1', 'do not touch'],
  ];
  byHand(addon, (book) => book.insertSheet(name).getRange('A1:B2').setValues(mine));
  return valuesOf(addon, name) as unknown[][];
}

function deleteSheet(addon: LoadedAddon, name: string): void {
  byHand(addon, (book) => book.deleteSheet(book.getSheetByName(name) as GoogleAppsScript.Spreadsheet.Sheet));
}

const stakeholder = {
  stakeholder: 'Mairie',
  address: 'Place Pey-Berland, Bordeaux',
  contactPerson: 'Claire',
};

describe('Export stakeholders for Google My Maps writes only its own sheet', () => {
  it.each(['My Maps export', 'Export My Maps', 'export my maps'])(
    'leaves a person\'s sheet named "%s" and writes a sheet of its own',
    (name) => {
      const addon = setUpAlliance('en');
      appendRows(addon, 'stakeholders', [stakeholder]);
      const mine = personalSheet(addon, name);
      addon.run('exportStakeholdersForMyMaps');
      expect(valuesOf(addon, name)).toEqual(mine);
      // The export is the sheet it opens, for File › Download › CSV.
      const exported = byHand(addon, (book) => book.getActiveSheet().getName());
      expect(exported).not.toBe(name);
      expect(valuesOf(addon, exported)?.[1]?.[0]).toBe('Mairie');
    },
  );

  it('finds its export again after a person renamed it, and never a sheet renamed to its name', () => {
    const addon = setUpAlliance('en');
    appendRows(addon, 'stakeholders', [stakeholder]);
    addon.run('exportStakeholdersForMyMaps');
    byHand(addon, (book) => book.getSheetByName('My Maps export')?.setName('For the map'));
    byHand(addon, (book) => book.getSheetByName('Stakeholders')?.setName('My Maps export'));
    addon.run('exportStakeholdersForMyMaps');
    expect(sheetNames(addon).filter((name) => /map/i.test(name))).toEqual(['My Maps export', 'For the map']);
    // The renamed Stakeholders sheet is still read as the stakeholders, and not written.
    expect(valuesOf(addon, 'My Maps export')?.[1]).toContain('Mairie');
    expect(valuesOf(addon, 'For the map')?.[1]?.[0]).toBe('Mairie');
  });
});

describe('Refresh dashboard writes only the dashboard set-up made', () => {
  it('names the missing dashboard and leaves a person\'s sheet now called "Dashboard"', () => {
    const addon = setUpAlliance('en');
    deleteSheet(addon, 'Dashboard');
    const mine = personalSheet(addon, 'Dashboard');
    addon.run('refreshDashboard');
    expect(valuesOf(addon, 'Dashboard')).toEqual(mine);
    expect(lastAlert(addon)).toBe(t('en', 'workbook.error.missingSheets', { sheets: '“Dashboard”' }));
    expect(lastAlert(addon)).toContain('Set up alliance workbook');
  });

  it("set-up adds the dashboard back beside the person's sheet, and the refresh writes there", () => {
    const addon = setUpAlliance('en');
    deleteSheet(addon, 'Dashboard');
    const mine = personalSheet(addon, 'Dashboard');
    addon.run('setUpWorkbook');
    addon.run('refreshDashboard');
    expect(valuesOf(addon, 'Dashboard')).toEqual(mine);
    expect(String(valuesOf(addon, 'Dashboard (2)')?.[0]?.[0])).toContain(t('en', 'dashboard.heading'));
  });
});

describe('New meeting after a sheet was deleted', () => {
  function withForm(locale = 'en') {
    const addon = setUpAlliance(locale);
    appendRows(addon, 'members', [{ name: 'Amina Diallo', organisation: 'Maison des Associations' }]);
    return { addon, request: meetingRequest(addon.run<NewMeetingForm>('getNewMeetingForm')) };
  }

  it.each([
    ['en', ['Meetings'], '“Meetings”'],
    ['en', ['Dashboard'], '“Dashboard”'],
    ['fr', ['Intervenants', 'Tableau de bord'], '« Intervenants », « Tableau de bord »'],
  ])(
    'in %s, with %j deleted, names them and writes nothing; after set-up a retry makes one meeting',
    (locale, deleted, named) => {
      const { addon, request } = withForm(locale);
      for (const name of deleted) deleteSheet(addon, name);
      const message = t(locale === 'fr' ? 'fr' : 'en', 'workbook.error.missingSheets', { sheets: named });
      expect(() => addon.run('createMeeting', request)).toThrow(message);
      expect(addon.ws.documents.size).toBe(0);

      addon.run('setUpWorkbook');
      const created = addon.run<CreatedMeeting>('createMeeting', request);
      expect(created.number).toBe(1);
      expect(addon.ws.documents.size).toBe(2);
      expect(readRows(addon, 'meetings', ['number'])).toHaveLength(1);
    },
  );
});

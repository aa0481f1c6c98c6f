// How openTables finds its columns: by their headers first, in a few calls; by their metadata when a header fails.
import { createSpreadsheetApp } from '../../emulator/spreadsheet';
import { columnHeader } from '../../src/domain/schema';
import { openTables } from '../../src/workspace/table';
import { type LoadedAddon, openSpreadsheet } from '../support/addon';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function setUp(locale = 'en'): { addon: LoadedAddon; book: Spreadsheet } {
  const addon = openSpreadsheet({ locale });
  addon.run('setUpWorkbook');
  const book = createSpreadsheetApp(addon.ws).openById(addon.ws.active?.fileId as string);
  return { addon, book };
}

/** What a person does in the sheet, not counted as the add-on's calls. */
function byHand(addon: LoadedAddon, book: Spreadsheet, name: string, work: (sheet: Sheet) => void): void {
  addon.ws.calls.uncounted(() => work(book.getSheetByName(name) as Sheet));
}

/** The calls of opening the tables, by method. */
function opening(addon: LoadedAddon, work: () => void): { total: number; byMethod: Record<string, number> } {
  addon.ws.calls.reset();
  work();
  return addon.ws.calls.snapshot();
}

describe('openTables by headers (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSheetById(Integer))', () => {
  it('opens tables whose headers are as set-up wrote them in a few calls, asking no column metadata', () => {
    const { addon, book } = setUp();
    const calls = opening(addon, () => {
      const { actionPlan, members, meetings } = openTables(book, ['actionPlan', 'members', 'meetings']);
      expect(actionPlan.columns).toMatchObject({ number: 1, due: 10, status: 15, actionId: 18 });
      expect(members.columns).toMatchObject({ name: 1, email: 5 });
      expect(meetings.columns).toMatchObject({ meetingId: 14 });
    });
    // The time zone, the recorded sheet ids, then each sheet by its id and its header row.
    expect(calls.total).toBeLessThanOrEqual(5 + 3 * 3);
    expect(calls.byMethod['DeveloperMetadata.getLocation']).toBeUndefined();
  });

  it('finds translated and moved headers by their text, still without metadata', () => {
    const { addon, book } = setUp();
    byHand(addon, book, 'Action plan', (sheet) => {
      sheet.getRange('O1').setValue(columnHeader('fr', 'actionPlan', 'status'));
      sheet.getRange('J1').setValue(columnHeader('nl', 'actionPlan', 'due').toUpperCase());
      sheet.moveColumns(sheet.getRange('O1'), 1);
      sheet.insertColumnBefore(1);
    });
    const calls = opening(addon, () => {
      const { actionPlan } = openTables(book, ['actionPlan']);
      expect(actionPlan.columns).toMatchObject({ status: 2, number: 3, due: 12, actionId: 19 });
    });
    expect(calls.byMethod['DeveloperMetadata.getLocation']).toBeUndefined();
  });

  it('follows a renamed header by its metadata, asking only for that column', () => {
    const { addon, book } = setUp();
    byHand(addon, book, 'Action plan', (sheet) => {
      sheet.getRange('O1').setValue('Where we are');
      sheet.getRange('O2').setValue('Blocked');
      sheet.getRange('B2').setValue('Book the room');
    });
    const calls = opening(addon, () => {
      const { actionPlan } = openTables(book, ['actionPlan']);
      expect(actionPlan.columns.status).toBe(15);
      expect(actionPlan.rows().map((row) => [row.values.action, row.values.status])).toEqual([
        ['Book the room', 'Blocked'],
      ]);
    });
    expect(calls.byMethod['DeveloperMetadata.getLocation']).toBe(1);
  });

  it('trusts the metadata over two headers of the same name, and leaves out a column a person deleted', () => {
    const { addon, book } = setUp();
    byHand(addon, book, 'Members', (sheet) => {
      sheet.insertColumnBefore(1);
      sheet.getRange('A1').setValue('Name');
      sheet.deleteColumn(7); // phone, now in G
    });
    const { members } = openTables(book, ['members']);
    expect(members.columns.name).toBe(2);
    expect(members.columns.phone).toBeUndefined();
    expect(members.columns.email).toBe(6);
  });

  it('finds the table on its sheet after the sheet is renamed, whatever the name', () => {
    const { addon, book } = setUp('sv');
    byHand(addon, book, 'Möten', (sheet) => sheet.setName('Våra möten 2027'));
    const { meetings } = openTables(book, ['meetings']);
    expect(meetings.sheet.getName()).toBe('Våra möten 2027');
    expect(meetings.columns).toMatchObject({ number: 1, meetingId: 14 });
  });
});

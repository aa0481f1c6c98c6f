// The tables adapter over the emulated spreadsheet: columns found, text kept as text, batched reads and updates, atomic appends.
import { createSpreadsheetApp } from '../../emulator/spreadsheet';
import { UserError } from '../../src/domain/errors';
import { hyperlink } from '../../src/domain/schema';
import { openTables } from '../../src/workspace/table';
import { type LoadedAddon, openSpreadsheet } from '../support/addon';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function setUp(options: { timeZone?: string } = {}): { addon: LoadedAddon; book: Spreadsheet } {
  const addon = openSpreadsheet({ locale: 'en', ...options });
  addon.run('setUpWorkbook');
  addon.ws.calls.reset();
  const book = createSpreadsheetApp(addon.ws).openById(addon.ws.active?.fileId as string);
  return { addon, book };
}

/** What a person does in the sheet, not counted as the add-on's calls. */
const byHand = <T>(addon: LoadedAddon, work: () => T): T => addon.ws.calls.uncounted(work);
const sheetNamed = (book: Spreadsheet, name: string) => book.getSheetByName(name) as Sheet;

/** The service calls one piece of work makes. */
function callsOf(addon: LoadedAddon, work: () => void): number {
  const before = addon.ws.calls.total;
  work();
  return addon.ws.calls.total - before;
}

function typeActions(addon: LoadedAddon, book: Spreadsheet, count: number): void {
  byHand(addon, () => {
    const sheet = sheetNamed(book, 'Action plan');
    if (count + 1 > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), count);
    const rows = Array.from({ length: count }, (_, i) => [i + 1, `Action ${i + 1}`]);
    sheet.getRange(2, 1, count, 2).setValues(rows);
  });
}

describe('openTables (https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder)', () => {
  it('finds each column where set-up put it', () => {
    const { book } = setUp();
    const { actionPlan, members } = openTables(book, ['actionPlan', 'members']);
    expect(actionPlan.columns).toMatchObject({ number: 1, action: 2, due: 10, status: 15, actionId: 18 });
    expect(members.columns).toMatchObject({ name: 1, email: 5 });
    expect(actionPlan.sheet.getName()).toBe('Action plan');
  });

  it('follows a moved column, a renamed header, an inserted column and a renamed sheet', () => {
    const { addon, book } = setUp();
    byHand(addon, () => {
      const sheet = sheetNamed(book, 'Action plan');
      sheet.moveColumns(sheet.getRange('J1'), 1);
      sheet.getRange('A1').setValue('Deadline');
      sheet.insertColumnBefore(3);
      sheet.setName('Our plan');
    });
    const { actionPlan } = openTables(book, ['actionPlan']);
    expect(actionPlan.columns).toMatchObject({ due: 1, number: 2, action: 4, status: 16 });
    expect(actionPlan.sheet.getName()).toBe('Our plan');
  });

  it('refuses a spreadsheet that was never set up, with a message the user can act on', () => {
    const addon = openSpreadsheet({ locale: 'en' });
    const book = createSpreadsheetApp(addon.ws).openById(addon.ws.active?.fileId as string);
    expect(() => openTables(book, ['members'])).toThrow(UserError);
  });
});

describe('Table.append and rows (https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object))', () => {
  it('writes user text as text, ISO dates as dates, links as formulas, and reads them back', () => {
    const { addon, book } = setUp({ timeZone: 'Europe/Paris' });
    const { actionPlan } = openTables(book, ['actionPlan']);
    actionPlan.append([
      {
        number: 1,
        action: '=IMPORTXML("https://example.org","//a")',
        owner: '+33 Amina',
        due: '2027-03-15',
        status: 'Not started',
        source: hyperlink('https://docs.google.com/document/d/abc', 'Minutes 1'),
        actionId: '0042',
      },
    ]);
    byHand(addon, () => {
      const sheet = sheetNamed(book, 'Action plan');
      expect(sheet.getRange('B2').getFormula()).toBe('');
      expect(sheet.getRange('B2').getValue()).toBe('=IMPORTXML("https://example.org","//a")');
      expect(sheet.getRange('J2').getDisplayValue()).toBe('2027-03-15');
      expect(sheet.getRange('R2').getValue()).toBe('0042');
      expect(sheet.getRange('Q2').getDisplayValue()).toBe('Minutes 1');
    });
    expect(actionPlan.rows()).toEqual([
      {
        row: 2,
        values: expect.objectContaining({
          number: 1,
          action: '=IMPORTXML("https://example.org","//a")',
          owner: '+33 Amina',
          due: '2027-03-15',
          start: '',
          source: 'https://docs.google.com/document/d/abc',
          actionId: '0042',
        }),
      },
    ]);
  });

  it('skips empty rows and returns every table column, even one a person deleted', () => {
    const { addon, book } = setUp();
    byHand(addon, () => {
      const sheet = sheetNamed(book, 'Members');
      sheet.getRange('A2:B2').setValues([['Amina', 'Maison des Associations']]);
      sheet.getRange('A4').setValue('Lars');
      sheet.deleteColumn(6); // phone
    });
    const { members } = openTables(book, ['members']);
    expect(members.columns.phone).toBeUndefined();
    expect(members.rows().map((row) => [row.row, row.values.name, row.values.phone])).toEqual([
      [2, 'Amina', ''],
      [4, 'Lars', ''],
    ]);
  });

  it('costs the same calls over 10 rows as over 5,000, reading and appending', () => {
    const cost = (rows: number) => {
      const { addon, book } = setUp();
      typeActions(addon, book, rows);
      return callsOf(addon, () => {
        const { actionPlan } = openTables(book, ['actionPlan']);
        actionPlan.rows();
        actionPlan.append(Array.from({ length: 20 }, (_, i) => ({ action: `New ${i}`, due: '2027-05-01' })));
      });
    };
    expect(cost(5000)).toBe(cost(10));
  });

  it('appends each record with the atomic Sheet.appendRow, so a writer without the same lock cannot take its row', () => {
    const { addon, book } = setUp();
    const { actionPlan } = openTables(book, ['actionPlan']);
    actionPlan.rows();
    // Another execution (Generate minutes, in the agenda Doc) appends a row after this one read the table.
    byHand(addon, () => sheetNamed(book, 'Action plan').appendRow([7, 'Written by the minutes']));
    addon.ws.calls.reset();
    actionPlan.append([{ action: 'New 1' }, { action: 'New 2' }]);
    expect(addon.ws.calls.byMethod).toEqual({ 'Sheet.appendRow': 2 });
    expect(actionPlan.rows().map((row) => [row.row, row.values.action])).toEqual([
      [2, 'Written by the minutes'],
      [3, 'New 1'],
      [4, 'New 2'],
    ]);
  });
});

describe('Table.update (https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object))', () => {
  it('changes only the cells given and keeps what a person wrote between them', () => {
    const { addon, book } = setUp();
    typeActions(addon, book, 4);
    byHand(addon, () => {
      const sheet = sheetNamed(book, 'Action plan');
      sheet.getRange('O3').setValue('Blocked');
      sheet.getRange('P4').setFormula('=HYPERLINK("https://x/y","Meeting 2")');
      sheet.getRange('O4').setValue('=not a formula, typed as text'.replace(/^/, "'"));
    });
    const { actionPlan } = openTables(book, ['actionPlan']);
    actionPlan.rows();
    actionPlan.update([
      { row: 2, values: { status: 'Done', source: 'https://x/1' } },
      { row: 5, values: { status: 'In progress', due: '2027-06-30' } },
    ]);
    byHand(addon, () => {
      const sheet = sheetNamed(book, 'Action plan');
      expect(sheet.getRange('O2:O5').getValues().flat()).toEqual([
        'Done',
        'Blocked',
        '=not a formula, typed as text',
        'In progress',
      ]);
      expect(sheet.getRange('P4').getFormula()).toBe('=HYPERLINK("https://x/y","Meeting 2")');
      expect(sheet.getRange('B2:B5').getValues().flat()).toEqual([
        'Action 1',
        'Action 2',
        'Action 3',
        'Action 4',
      ]);
      expect(sheet.getRange('J5').getDisplayValue()).toBe('2027-06-30');
    });
  });

  it('refuses to write over the header row', () => {
    const { book } = setUp();
    const { actionPlan } = openTables(book, ['actionPlan']);
    expect(() => actionPlan.update([{ row: 1, values: { status: 'Done' } }])).toThrow(
      'Row 1 is not a table row',
    );
  });

  it('costs the same calls whatever the number of rows', () => {
    const cost = (rows: number) => {
      const { addon, book } = setUp();
      typeActions(addon, book, rows);
      const { actionPlan } = openTables(book, ['actionPlan']);
      return callsOf(addon, () =>
        actionPlan.update(
          Array.from({ length: rows }, (_, i) => ({
            row: i + 2,
            values: { status: 'Done', owner: `Member ${i}` },
          })),
        ),
      );
    };
    expect(cost(5000)).toBe(cost(10));
  });
});

// Contract tests of the emulated SpreadsheetApp, Spreadsheet, Sheet and Range against Google's reference pages.
import { newSpreadsheetModel, spreadsheetModelFromJSON } from '../../emulator/spreadsheet';
import { Workspace } from '../../emulator/workspace';
import { openWorkbook, REF } from './spreadsheet-fixture';

describe(`SpreadsheetApp (${REF}/spreadsheet-app)`, () => {
  it('getActiveSpreadsheet and getActive give the open spreadsheet, null when a Doc is open', () => {
    const { ws, app, model } = openWorkbook();
    expect(app.getActiveSpreadsheet().getId()).toBe(model.id);
    expect(app.getActive().getName()).toBe('Alliance');
    const doc = ws.createDocument('Agenda');
    ws.open({ host: 'docs', fileId: doc.id });
    expect(app.getActiveSpreadsheet()).toBeNull();
  });

  it('openById finds a spreadsheet and fails on an unknown id with Apps Script message (#openById(String))', () => {
    const { app, model } = openWorkbook();
    expect(app.openById(model.id).getName()).toBe('Alliance');
    expect(() => app.openById('nope')).toThrow(
      'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
    );
  });

  it('create makes a spreadsheet with one sheet "Sheet1" of 1000 rows × 26 columns (#create(String))', () => {
    const { app } = openWorkbook();
    const made = app.create('Budget');
    expect(made.getName()).toBe('Budget');
    expect(made.getSheets().map((sheet) => sheet.getName())).toEqual(['Sheet1']);
    expect(made.getSheets()[0].getMaxRows()).toBe(1000);
    expect(made.getSheets()[0].getMaxColumns()).toBe(26);
    expect(made.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${made.getId()}/edit`);
  });

  it('getUi gives the editor Ui in Sheets and throws elsewhere (#getUi())', () => {
    const { ws, app } = openWorkbook();
    app.getUi().createAddonMenu().addItem('Set up', 'setUp').addToUi();
    expect(ws.ui.menus).toHaveLength(1);
    ws.active = null;
    expect(() => app.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });

  it('counts every call a script makes, and nothing done uncounted', () => {
    const { ws, sheet } = openWorkbook();
    ws.calls.reset();
    sheet.getRange('A1:B2').getValues();
    expect(ws.calls.byMethod).toEqual({ 'Sheet.getRange': 1, 'Range.getValues': 1 });
    ws.calls.uncounted(() => sheet.getRange('A1').setValue('x'));
    expect(ws.calls.total).toBe(2);
  });
});

describe(`Spreadsheet (${REF}/spreadsheet)`, () => {
  it('insertSheet adds a sheet at a 0-based index and makes it active (#insertSheet(String,Integer))', () => {
    const { book } = openWorkbook();
    const members = book.insertSheet('Members');
    const guide = book.insertSheet('Guide', 0);
    expect(book.getSheets().map((sheet) => sheet.getName())).toEqual(['Guide', 'Sheet1', 'Members']);
    expect(guide.getIndex()).toBe(1);
    expect(members.getIndex()).toBe(3);
    expect(book.getActiveSheet().getName()).toBe('Guide');
  });

  it('refuses a sheet name already taken, whatever its case (#insertSheet(String))', () => {
    const { book } = openWorkbook();
    book.insertSheet('Members');
    expect(() => book.insertSheet('members')).toThrow(
      'A sheet with the name "members" already exists. Please enter another name.',
    );
    expect(() => book.getSheetByName('Sheet1')?.setName('Members')).toThrow(
      'A sheet with the name "Members" already exists.',
    );
  });

  it('getSheetByName answers null for a missing sheet; deleteSheet keeps at least one (#deleteSheet(Sheet))', () => {
    const { book } = openWorkbook();
    expect(book.getSheetByName('Missing')).toBeNull();
    const extra = book.insertSheet();
    expect(extra.getName()).toBe('Sheet2');
    book.deleteSheet(extra);
    expect(book.getNumSheets()).toBe(1);
    expect(() => book.deleteSheet(book.getSheets()[0])).toThrow(
      "You can't remove all the sheets in a document.",
    );
  });

  it('knows its time zone and locale, and shows toasts (#toast(String,String,Number))', () => {
    const { ws, book } = openWorkbook({ locale: 'fr', timeZone: 'Europe/Paris' });
    expect(book.getSpreadsheetTimeZone()).toBe('Europe/Paris');
    expect(book.getSpreadsheetLocale()).toBe('fr_FR');
    book.toast('Done', 'Alliance Kit');
    expect(ws.ui.toasts).toEqual([{ message: 'Done', title: 'Alliance Kit', timeoutSeconds: 5 }]);
  });

  it('getRange reads "Sheet!A1" notation, and a missing sheet is "Range not found" (#getRange(String))', () => {
    const { book } = openWorkbook();
    book.insertSheet('Action plan');
    const range = book.getRange("'Action plan'!B2:C3");
    expect(range.getSheet().getName()).toBe('Action plan');
    expect(range.getA1Notation()).toBe('B2:C3');
    expect(() => book.getRange('Nowhere!A1')).toThrow('Range not found');
  });
});

describe(`Sheet (${REF}/sheet)`, () => {
  it('getRange by numbers and by A1 notation, whole rows and columns included (#getRange(String))', () => {
    const { sheet } = openWorkbook();
    expect(sheet.getRange(2, 3, 4, 5).getA1Notation()).toBe('C2:G5');
    expect(sheet.getRange(2, 3, 4).getA1Notation()).toBe('C2:C5');
    const column = sheet.getRange('A:A');
    expect([column.getRow(), column.getNumRows(), column.getA1Notation()]).toEqual([1, 1000, 'A:A']);
    expect(sheet.getRange('A:C').getNumColumns()).toBe(3);
    const row = sheet.getRange('2:2');
    expect([row.getRow(), row.getColumn(), row.getNumColumns(), row.getA1Notation()]).toEqual([
      2,
      1,
      26,
      '2:2',
    ]);
    expect(sheet.getRange('$B$2').getA1Notation()).toBe('B2');
  });

  it('refuses ranges off the sheet with Google messages (#getRange(Integer,Integer,Integer,Integer))', () => {
    const { sheet } = openWorkbook();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange('not a range')).toThrow('Range not found');
  });

  it('getLastRow, getLastColumn and getDataRange follow the cells with content (#getDataRange())', () => {
    const { sheet } = openWorkbook();
    expect([sheet.getLastRow(), sheet.getLastColumn(), sheet.getDataRange().getA1Notation()]).toEqual([
      0,
      0,
      'A1',
    ]);
    sheet.getRange('C5').setValue('x');
    sheet.getRange('B7').setBackground('#ff0000');
    expect([sheet.getLastRow(), sheet.getLastColumn(), sheet.getDataRange().getA1Notation()]).toEqual([
      5,
      3,
      'A1:C5',
    ]);
  });

  it('inserts and deletes rows and columns, shifting cells (#insertColumnBefore(Integer), #deleteRows(Integer,Integer))', () => {
    const { sheet } = openWorkbook();
    sheet.getRange('A1:C1').setValues([['a', 'b', 'c']]);
    sheet.insertColumnBefore(2);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['a', '', 'b', 'c']]);
    expect(sheet.getMaxColumns()).toBe(27);
    sheet.insertColumnAfter(4);
    sheet.insertColumns(1, 2);
    expect(sheet.getRange('A1:G1').getValues()).toEqual([['', '', 'a', '', 'b', 'c', '']]);
    sheet.deleteColumns(1, 2);
    sheet.deleteColumn(2);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['a', 'b', 'c']]);
    sheet.getRange('A2').setValue('second');
    sheet.insertRowsAfter(1, 3);
    expect(sheet.getRange('A5').getValue()).toBe('second');
    expect(sheet.getMaxRows()).toBe(1003);
    sheet.deleteRows(2, 3);
    expect(sheet.getRange('A2').getValue()).toBe('second');
    expect(() => sheet.deleteRows(1000, 5)).toThrow('Those rows are out of bounds.');
  });

  it('moveColumns counts destinationIndex before the move: A:B to 5 become C:D (#moveColumns(Range,Integer))', () => {
    const { sheet } = openWorkbook();
    sheet.getRange('A1:E1').setValues([['a', 'b', 'c', 'd', 'e']]);
    sheet.setColumnWidth(1, 250);
    sheet.moveColumns(sheet.getRange('A1:B1'), 5);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([['c', 'd', 'a', 'b', 'e']]);
    expect(sheet.getColumnWidth(3)).toBe(250);
    sheet.moveColumns(sheet.getRange('E:E'), 1);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([['e', 'c', 'd', 'a', 'b']]);
  });

  it('keeps frozen rows, column widths (100 by default) and tab colour (#setFrozenRows(Integer))', () => {
    const { sheet } = openWorkbook();
    sheet.setFrozenRows(1);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getColumnWidth(2)).toBe(100);
    sheet.setColumnWidth(2, 240);
    expect(sheet.getColumnWidth(2)).toBe(240);
    sheet.setTabColor('#FF0000');
    expect(sheet.getTabColor()).toBe('#ff0000');
  });

  it('has a sheet id, 0 for the first sheet, and a 1-based index (#getSheetId())', () => {
    const { book, sheet } = openWorkbook();
    expect(sheet.getSheetId()).toBe(0);
    const second = book.insertSheet('Two');
    expect(second.getSheetId()).not.toBe(0);
    expect(book.getSheetByName('Two')?.getSheetId()).toBe(second.getSheetId());
  });

  it('getSheetById finds a sheet by its id, and answers null for an unknown id (#getSheetById(Integer))', () => {
    const { book } = openWorkbook();
    const second = book.insertSheet('Two');
    second.setName('Renamed');
    expect(book.getSheetById(second.getSheetId())?.getName()).toBe('Renamed');
    book.deleteSheet(second);
    expect(book.getSheetById(second.getSheetId())).toBeNull();
  });
});

describe(`Range values (${REF}/range#setValues(Object))`, () => {
  it('refuses data of the wrong size with Google messages, word for word', () => {
    const { sheet } = openWorkbook();
    expect(() => sheet.getRange('A1:B2').setValues([['a', 'b']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange('A1:B1').setValues([['a', 'b', 'c']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
  });

  it('reads back numbers as numbers, empty cells as "", and copies that cannot change the sheet', () => {
    const { sheet } = openWorkbook();
    const range = sheet.getRange('A1:C1');
    range.setValues([[1, 'two', true]]);
    const values = range.getValues();
    expect(values).toEqual([[1, 'two', true]]);
    values[0][0] = 99;
    expect(range.getValues()).toEqual([[1, 'two', true]]);
    expect(sheet.getRange('D1').getValue()).toBe('');
  });

  it('turns strings that look like numbers, booleans and ISO dates into them, as when typed', () => {
    const { sheet } = openWorkbook({ timeZone: 'Europe/Paris' });
    sheet.getRange('A1:D1').setValues([['42', '-3.5', 'TRUE', '2024-05-01']]);
    const [number, negative, boolean, date] = sheet.getRange('A1:D1').getValues()[0];
    expect([number, negative, boolean]).toEqual([42, -3.5, true]);
    expect(date).toBeInstanceOf(Date);
    expect((date as Date).toISOString()).toBe('2024-04-30T22:00:00.000Z');
    expect(sheet.getRange('D1').getDisplayValue()).toBe('2024-05-01');
  });

  it('keeps Dates as Dates, handing back copies', () => {
    const { sheet } = openWorkbook();
    const when = new Date('2024-03-02T10:00:00Z');
    sheet.getRange('A1').setValue(when);
    const read = sheet.getRange('A1').getValue() as Date;
    expect(read).not.toBe(when);
    expect(read.getTime()).toBe(when.getTime());
    read.setFullYear(2000);
    expect((sheet.getRange('A1').getValue() as Date).getTime()).toBe(when.getTime());
  });

  it('stores a string starting with an apostrophe as text, without the apostrophe', () => {
    const { sheet } = openWorkbook();
    sheet.getRange('A1:C1').setValues([["'=SUM(A1)", "'007", "'-minus"]]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['=SUM(A1)', '007', '-minus']]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['', '', '']]);
  });

  it('makes a string starting with "=" a formula, read back computed by getValues (#getFormulas())', () => {
    const { sheet } = openWorkbook();
    sheet
      .getRange('A1:C1')
      .setValues([['=HYPERLINK("https://example.org/a", "Agenda")', '=SUM(1,2)', '="text"']]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([
      ['=HYPERLINK("https://example.org/a", "Agenda")', '=SUM(1,2)', '="text"'],
    ]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['Agenda', 3, 'text']]);
    sheet.getRange('D1').setFormula('=12');
    expect(sheet.getRange('D1').getValue()).toBe(12);
    expect(sheet.getRange('D1').getFormula()).toBe('=12');
  });

  it('reads "+text" and "-text" as formulas, as Sheets does with typed input', () => {
    const { sheet } = openWorkbook();
    sheet.getRange('A1').setValue('-not a number');
    expect(sheet.getRange('A1').getFormula()).toBe('=-not a number');
  });

  it('keeps strings as text in cells formatted as plain text "@" (#setNumberFormat(String))', () => {
    const { sheet } = openWorkbook();
    const range = sheet.getRange('A1:B1');
    range.setNumberFormat('@');
    range.setValues([['007', '=1+1']]);
    expect(range.getValues()).toEqual([['007', '=1+1']]);
    expect(range.getNumberFormats()).toEqual([['@', '@']]);
    expect(sheet.getRange('C1').getNumberFormat()).toBe('0.###############');
  });

  it('displays values through their number format (#getDisplayValues())', () => {
    const { sheet } = openWorkbook();
    sheet.getRange('A1:C1').setValues([[1234.5, 0.25, false]]);
    sheet.getRange('A1').setNumberFormat('#,##0.00');
    sheet.getRange('B1').setNumberFormat('0%');
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['1,234.50', '25%', 'FALSE']]);
    sheet.getRange('D1').setValue(new Date('2024-05-01T00:00:00Z')).setNumberFormat('dd/mm/yyyy');
    expect(sheet.getRange('D1').getDisplayValue()).toBe('01/05/2024');
  });

  it('setValue fills every cell of the range; clearContent empties values but keeps formats (#clearContent())', () => {
    const { sheet } = openWorkbook();
    const range = sheet.getRange('A1:B2');
    range.setValue('x').setBackground('yellow');
    expect(range.getValues()).toEqual([
      ['x', 'x'],
      ['x', 'x'],
    ]);
    range.clearContent();
    expect(range.getValues()).toEqual([
      ['', ''],
      ['', ''],
    ]);
    expect(range.getBackgrounds()).toEqual([
      ['#ffff00', '#ffff00'],
      ['#ffff00', '#ffff00'],
    ]);
    range.clear();
    expect(range.getBackground()).toBe('#ffffff');
  });

  it('clearFormat keeps number formats; clear({formatOnly}) also drops validation (#clearFormat(), #clear(Object))', () => {
    const { app, sheet } = openWorkbook();
    const range = sheet.getRange('A1');
    const rule = app.newDataValidation().requireCheckbox().build();
    range.setValue(0.5).setNumberFormat('0%').setBackground('yellow').setDataValidation(rule);
    range.clearFormat();
    expect([range.getDisplayValue(), range.getBackground()]).toEqual(['50%', '#ffffff']);
    expect(range.getDataValidation()).not.toBeNull();
    range.clear({ formatOnly: true });
    expect([range.getValue(), range.getDisplayValue(), range.getDataValidation()]).toEqual([
      0.5,
      '0.5',
      null,
    ]);
  });
});

describe(`Range formats and geometry (${REF}/range)`, () => {
  it('sets and reads font weights, colours, backgrounds, wrap, alignment and notes', () => {
    const { sheet } = openWorkbook();
    const header = sheet.getRange('A1:B1');
    header.setFontWeight('bold').setFontColor('#FFFFFF').setBackground('#1F4E79').setWrap(true);
    header.setHorizontalAlignment('center').setVerticalAlignment('middle').setNote('Header');
    expect(header.getFontWeights()).toEqual([['bold', 'bold']]);
    expect(header.getFontColor()).toBe('#ffffff');
    expect(header.getBackgrounds()).toEqual([['#1f4e79', '#1f4e79']]);
    expect([
      header.getWrap(),
      header.getHorizontalAlignment(),
      header.getVerticalAlignment(),
      header.getNote(),
    ]).toEqual([true, 'center', 'middle', 'Header']);
    sheet.getRange('A2:B2').setFontWeights([['bold', 'normal']]);
    expect(sheet.getRange('A2:B2').getFontWeights()).toEqual([['bold', 'normal']]);
  });

  it('offset moves and resizes the range (#offset(Integer,Integer,Integer,Integer))', () => {
    const { sheet } = openWorkbook();
    const range = sheet.getRange('B2');
    expect(range.offset(1, 2).getA1Notation()).toBe('D3');
    expect(range.offset(0, 0, 2, 3).getA1Notation()).toBe('B2:D3');
    expect(() => range.offset(-5, 0)).toThrow('The starting row of the range is too small.');
  });

  it('merge keeps the top-left value (#merge())', () => {
    const { sheet } = openWorkbook();
    sheet.getRange('A1:B1').setValues([['left', 'right']]);
    sheet.getRange('A1:B1').merge();
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['left', '']]);
    expect(sheet.getRange('B1').isPartOfMerge()).toBe(true);
  });

  it('reports its position and size, 1-based (#getLastRow())', () => {
    const { sheet } = openWorkbook();
    const range = sheet.getRange('B3:D7');
    expect([
      range.getRow(),
      range.getColumn(),
      range.getLastRow(),
      range.getLastColumn(),
      range.getNumRows(),
      range.getNumColumns(),
    ]).toEqual([3, 2, 7, 4, 5, 3]);
  });
});

describe(`RangeList (${REF}/range-list)`, () => {
  it('Sheet.getRangeList gives the ranges of its A1 notations, in order (sheet#getRangeList(String))', () => {
    const { sheet } = openWorkbook();
    const ranges = sheet.getRangeList(['A:A', 'C2:D3', 'F1']).getRanges();
    expect(ranges.map((range) => range.getA1Notation())).toEqual(['A:A', 'C2:D3', 'F1']);
    expect(ranges[0].getNumRows()).toBe(1000);
  });

  it('formats every range in one call, as each Range method would (#setWrap(Boolean))', () => {
    const { ws, sheet } = openWorkbook();
    ws.calls.reset();
    sheet
      .getRangeList(['A1:B1', 'D2'])
      .setWrap(true)
      .setFontWeight('bold')
      .setBackground('#E8EAED')
      .setNumberFormat('0%');
    expect(ws.calls.total).toBe(5);
    for (const a1 of ['A1', 'B1', 'D2']) {
      const cell = sheet.getRange(a1);
      expect([cell.getWrap(), cell.getFontWeight(), cell.getBackground(), cell.getNumberFormat()]).toEqual([
        true,
        'bold',
        '#e8eaed',
        '0%',
      ]);
    }
    const untouched = sheet.getRange('C1');
    expect([untouched.getWrap(), untouched.getFontWeight(), untouched.getBackground()]).toEqual([
      false,
      'normal',
      '#ffffff',
    ]);
  });

  it('sets one value in every cell of every range in one call, as Range.setValue would (#setValue(Object))', () => {
    const { ws, sheet } = openWorkbook();
    sheet.getRange('A1:C3').setValues([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
      ['g', 'h', 'i'],
    ]);
    ws.calls.reset();
    sheet.getRangeList(['A1', 'B2:C2']).setValue("'=not a formula");
    expect(ws.calls.total).toBe(2);
    expect(sheet.getRange('A1:C3').getValues()).toEqual([
      ['=not a formula', 'b', 'c'],
      ['d', '=not a formula', '=not a formula'],
      ['g', 'h', 'i'],
    ]);
    expect(sheet.getRange('B2').getFormula()).toBe('');
    sheet.getRangeList(['C3']).setValue('=1+1');
    expect(sheet.getRange('C3').getValue()).toBe(2);
  });

  it('refuses an A1 notation it cannot resolve, or of another sheet, as getRange does', () => {
    const { book, sheet } = openWorkbook();
    book.insertSheet('Other');
    expect(() => sheet.getRangeList(['A1', 'not a range'])).toThrow('Range not found');
    expect(() => sheet.getRangeList(['Other!A1'])).toThrow('Range not found');
    expect(() => sheet.getRangeList([])).toThrow('Range not found');
    expect(sheet.getRangeList(["'Sheet1'!B2"]).getRanges()[0].getA1Notation()).toBe('B2');
  });
});

describe('Spreadsheet model JSON', () => {
  it('saves and loads values, formulas, dates, formats and sheets', () => {
    const { ws, model, sheet, book } = openWorkbook();
    sheet.getRange('A1:D1').setValues([['text', 3, '2024-05-01', '=HYPERLINK("https://x.org","x")']]);
    sheet.getRange('A1').setFontWeight('bold');
    book.insertSheet('Second');
    const json = JSON.parse(JSON.stringify(model.toJSON()));
    const loaded = spreadsheetModelFromJSON(json, ws);
    const copy = new Workspace();
    copy.spreadsheets.set(loaded.id, loaded);
    copy.sharing.set(loaded.id, { owner: copy.email, editors: [], viewers: [] });
    copy.open({ host: 'sheets', fileId: loaded.id });
    const app = copy.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const reloaded = app.getActiveSpreadsheet().getSheetByName('Sheet1');
    expect(reloaded?.getRange('A1:D1').getValues()).toEqual(sheet.getRange('A1:D1').getValues());
    expect(reloaded?.getRange('A1:D1').getFormulas()).toEqual(sheet.getRange('A1:D1').getFormulas());
    expect(reloaded?.getRange('A1').getFontWeight()).toBe('bold');
    expect(
      app
        .getActiveSpreadsheet()
        .getSheets()
        .map((s) => s.getName()),
    ).toEqual(['Sheet1', 'Second']);
  });

  it('saves a rule set on a whole column once, and every cell of the column has it after loading', () => {
    const { ws, model, sheet } = openWorkbook();
    const app = ws.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const rule = app.newDataValidation().requireValueInList(['Yes', 'No']).setAllowInvalid(false).build();
    sheet.getRange('B2:B1000').setDataValidation(rule);
    const json = JSON.parse(JSON.stringify(model.toJSON()));
    expect(json.validations).toHaveLength(1);
    const copy = new Workspace();
    const loaded = spreadsheetModelFromJSON(json, copy);
    copy.spreadsheets.set(loaded.id, loaded);
    copy.sharing.set(loaded.id, { owner: copy.email, editors: [], viewers: [] });
    copy.open({ host: 'sheets', fileId: loaded.id });
    const reloaded = (copy.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
      .getActiveSpreadsheet()
      .getSheetByName('Sheet1');
    const rules = reloaded?.getRange('B2:B1000').getDataValidations() ?? [];
    expect(rules).toHaveLength(999);
    expect(rules.every((row) => row[0]?.getCriteriaValues()[0].join() === 'Yes,No')).toBe(true);
    expect(reloaded?.getRange('C2').getDataValidation()).toBeNull();
  });

  it('newSpreadsheetModel makes one empty "Sheet1" of 1000 × 26', () => {
    const ws = new Workspace();
    const json = newSpreadsheetModel('id1', 'Fresh', ws).toJSON();
    expect(json.sheets.map((sheet) => [sheet.name, sheet.maxRows, sheet.maxColumns])).toEqual([
      ['Sheet1', 1000, 26],
    ]);
  });
});

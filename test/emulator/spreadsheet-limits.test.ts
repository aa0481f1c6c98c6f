// Contract tests of Sheets' size limits, from Google's "Files you can store in Google Drive"
// (https://support.google.com/drive/answer/37603): 50,000 characters a cell, 10 million cells, 18,278 columns.
import { openWorkbook, REF } from './spreadsheet-fixture';

const PAGE = 'https://support.google.com/drive/answer/37603';
const TOO_LONG = 'Your input contains more than the maximum of 50000 characters in a single cell.';
const TOO_MANY_CELLS =
  'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';
const TOO_MANY_COLUMNS =
  'This action would increase the number of columns in the sheet above the limit of 18278 columns.';

const longest = 'a'.repeat(50_000);
const tooLong = 'a'.repeat(50_001);

describe(`50,000 characters in a cell (${PAGE})`, () => {
  it('takes 50,000 characters and refuses 50,001 in setValue, setValues, setFormula and appendRow (range#setValue(Object))', () => {
    const { sheet } = openWorkbook();
    sheet.getRange('A1').setValue(longest);
    expect(sheet.getRange('A1').getValue()).toBe(longest);
    expect(() => sheet.getRange('A2').setValue(tooLong)).toThrow(TOO_LONG);
    expect(() => sheet.getRange('A2').setFormula(`="${tooLong}"`)).toThrow(TOO_LONG);
    expect(() => sheet.appendRow(['x', tooLong])).toThrow(TOO_LONG);
    expect(sheet.getLastRow()).toBe(1);
  });

  it(`refuses the whole of setValues, writing none of its cells (${REF}/range#setValues(Object))`, () => {
    const { sheet } = openWorkbook();
    expect(() =>
      sheet.getRange('A1:B2').setValues([
        ['first', 'second'],
        ['third', tooLong],
      ]),
    ).toThrow(TOO_LONG);
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['', ''],
      ['', ''],
    ]);
  });
});

describe(`10 million cells and 18,278 columns a spreadsheet (${PAGE})`, () => {
  it(`inserts rows up to 10 million cells and refuses one more, changing nothing (${REF}/sheet#insertRowsAfter(Integer,Integer))`, () => {
    const { sheet } = openWorkbook();
    // 1000 × 26 = 26,000 cells to start; 383,616 rows of 26 more make 10,000,016: over.
    expect(() => sheet.insertRowsAfter(1000, 383_616)).toThrow(TOO_MANY_CELLS);
    expect(sheet.getMaxRows()).toBe(1000);
    sheet.insertRowsAfter(1000, 383_615);
    expect(sheet.getMaxRows() * sheet.getMaxColumns()).toBe(9_999_990);
    expect(() => sheet.appendRow(Array(27).fill('x'))).toThrow(TOO_MANY_CELLS);
  });

  it(`refuses a new sheet past the cells limit (${REF}/spreadsheet#insertSheet(String))`, () => {
    const { book, sheet } = openWorkbook();
    sheet.insertRowsAfter(1000, 383_600);
    expect(() => book.insertSheet('Another')).toThrow(TOO_MANY_CELLS);
    expect(book.getSheets()).toHaveLength(1);
  });

  it(`takes columns up to ZZZ and refuses one more (${REF}/sheet#insertColumnsAfter(Integer,Integer))`, () => {
    const { sheet } = openWorkbook();
    sheet.deleteRows(2, 999);
    sheet.insertColumnsAfter(26, 18_278 - 26);
    expect(sheet.getRange('ZZZ1').getA1Notation()).toBe('ZZZ1');
    expect(() => sheet.insertColumnAfter(18_278)).toThrow(TOO_MANY_COLUMNS);
    expect(() => sheet.appendRow(Array(18_279).fill(''))).toThrow(TOO_MANY_COLUMNS);
    expect(sheet.getMaxColumns()).toBe(18_278);
  });
});

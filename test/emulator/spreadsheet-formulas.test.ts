// Contract tests of formulas computed as Google Sheets computes them, and of what conditional formats make of cells.
import { conditionalFormatting } from '../../emulator/spreadsheet/formatting';
import { openWorkbook, REF } from './spreadsheet-fixture';

const FUNCTIONS = 'https://support.google.com/docs/table/25273';

/** Writes rows from A1 and reads back what getValues() gives for the cell holding the formula. */
function computed(rows: unknown[][], formula: string, options: { timeZone?: string } = {}) {
  const { sheet } = openWorkbook(options);
  if (rows.length) sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
  sheet.getRange('Z1').setFormula(formula);
  return { value: sheet.getRange('Z1').getValue() };
}

describe(`Formula values read by getValues (${REF}/range#getvalues)`, () => {
  it('gives the computed value, and getFormulas the formula (#getFormulas())', () => {
    const { sheet } = openWorkbook();
    sheet.getRange('A1:B1').setValues([[2, 3]]);
    sheet.getRange('C1').setFormula('=A1*B1+1');
    expect(sheet.getRange('C1').getValue()).toBe(7);
    expect(sheet.getRange('C1').getFormula()).toBe('=A1*B1+1');
    sheet.getRange('A1').setValue(10);
    expect(sheet.getRange('C1').getValue()).toBe(31);
  });

  it('resolves A1, $A$1, open ranges like B2:B and quoted sheet names', () => {
    const { book, sheet } = openWorkbook();
    sheet.getRange('A1:B4').setValues([
      ['Header', 'Header'],
      [1, 'x'],
      [2, ''],
      [3, 'y'],
    ]);
    const other = book.insertSheet('Action plan');
    other.getRange('A1:C2').setValues([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    sheet
      .getRange('D1:D5')
      .setFormulas([
        ['=$A$2+A3'],
        ['=COUNTA(B2:B)'],
        ['=SUM(A:A)'],
        ["=SUM('Action plan'!A1:C2)"],
        ["='Action plan'!$C$2"],
      ]);
    expect(sheet.getRange('D1:D5').getValues()).toEqual([[3], [2], [6], [21], [6]]);
  });

  it(`computes the Guide's progress as set-up writes it: IFERROR, COUNTIF, COUNTA (${FUNCTIONS})`, () => {
    const { sheet } = openWorkbook();
    sheet.getRange('A1:B5').setValues([
      ['Task', 'Status'],
      ['Map the region', 'Done'],
      ['Write the charter', 'done'],
      ['Hold a meeting', 'To do'],
      ['Sign', 'In progress'],
    ]);
    sheet.getRange('D2').setFormula('=IFERROR(COUNTIF(B2:B,"Done")/COUNTA(A2:A),0)');
    sheet.getRange('D2').setNumberFormat('0%');
    expect(sheet.getRange('D2').getValue()).toBe(0.5);
    expect(sheet.getRange('D2').getDisplayValue()).toBe('50%');
    sheet.getRange('A2:B5').clearContent();
    expect(sheet.getRange('D2').getValue()).toBe(0);
  });

  it('compares text without regard to case and reads a blank cell as "", 0 and FALSE', () => {
    const { sheet } = openWorkbook();
    sheet.getRange('A1').setValue('Done');
    sheet
      .getRange('C1:C6')
      .setFormulas([
        ['=A1="DONE"'],
        ['=B1=""'],
        ['=B1=0'],
        ['=B1<1'],
        ['=ISBLANK(B1)'],
        ['=IF(B1,"yes","no")'],
      ]);
    expect(sheet.getRange('C1:C6').getValues()).toEqual([[true], [true], [true], [true], [true], ['no']]);
  });

  it('reads dates as numbers inside formulas, so ISNUMBER holds and dates compare with TODAY()', () => {
    const { value } = computed([['2001-02-03']], '=AND(ISNUMBER(A1),A1<TODAY(),A1+1>A1)');
    expect(value).toBe(true);
    expect(computed([['2001-02-03']], '=A1-DATE(2001,1,1)').value).toBe(33);
  });

  it('TODAY() is the real day in the spreadsheet time zone, read back as a Date', () => {
    const { value } = computed([], '=TODAY()', { timeZone: 'Pacific/Kiritimati' });
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Pacific/Kiritimati' }).format(new Date());
    expect(value).toBeInstanceOf(Date);
    expect(new Intl.DateTimeFormat('en-CA', { timeZone: 'Pacific/Kiritimati' }).format(value as Date)).toBe(
      day,
    );
    expect(computed([], '=WEEKDAY(DATE(2024,1,1),2)').value).toBe(1);
  });

  it("TODAY() and NOW() read the workspace's clock, so moving it on changes what overdue means", () => {
    const { ws, sheet } = openWorkbook();
    ws.setNow(Date.parse('2026-03-09T10:00:00Z'));
    sheet.getRange('A1').setValue(new Date('2026-03-12T00:00:00Z'));
    sheet.getRange('B1').setFormula('=A1<TODAY()');
    sheet.getRange('C1').setFormula('=NOW()-A1');
    const read = () => sheet.getRange('B1:C1').getValues()[0];
    expect(read()[0]).toBe(false);
    expect(read()[1]).toBeCloseTo(-2.58, 2);
    ws.setNow(Date.parse('2026-03-16T10:00:00Z'));
    expect(read()[0]).toBe(true);
    expect(read()[1]).toBeCloseTo(4.42, 2);
  });

  it(`computes ROUND, OR, NOT, HYPERLINK and the & operator (${FUNCTIONS})`, () => {
    const { sheet } = openWorkbook();
    sheet
      .getRange('A1:A5')
      .setFormulas([
        ['=ROUND(2/3,2)'],
        ['=OR(1>2,NOT(FALSE))'],
        ['=HYPERLINK("https://example.org","Agenda")'],
        ['="Meeting "&3&" "&TRUE'],
        ['=MAX(4,9)-MIN(4,9)'],
      ]);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([
      [0.67],
      [true],
      ['Agenda'],
      ['Meeting 3 TRUE'],
      [5],
    ]);
  });

  it('answers with Sheets error values (https://support.google.com/docs/answer/3093359)', () => {
    const { sheet } = openWorkbook();
    sheet
      .getRange('A1:A6')
      .setFormulas([
        ['=1/0'],
        ['=NOSUCHFUNCTION(1)'],
        ["='No such sheet'!A1"],
        ['="a"+1'],
        ['=NA()'],
        ['=SUM(1,'],
      ]);
    expect(sheet.getRange('A1:A6').getValues()).toEqual([
      ['#DIV/0!'],
      ['#NAME?'],
      ['#REF!'],
      ['#VALUE!'],
      ['#N/A'],
      ['#ERROR!'],
    ]);
    expect(sheet.getRange('A1:A2').getDisplayValues()).toEqual([['#DIV/0!'], ['#NAME?']]);
  });

  it('shows #REF! for a circular dependency, and IFERROR catches errors', () => {
    const { sheet } = openWorkbook();
    sheet.getRange('A1:A3').setFormulas([['=A2+1'], ['=A1+1'], ['=IFERROR(1/0,"none")']]);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([['#REF!'], ['#REF!'], ['none']]);
  });
});

describe(`Conditional formats as shown (${REF}/conditional-format-rule-builder)`, () => {
  function actionPlan() {
    const { app, sheet, model } = openWorkbook();
    const past = '2001-01-01';
    const future = '2999-01-01';
    sheet.getRange('A1:C5').setValues([
      ['Action', 'Due', 'Status'],
      ['Late', past, 'In progress'],
      ['Done late', past, 'Done'],
      ['Later', future, 'Not started'],
      ['Undated', '', 'Not started'],
    ]);
    const rows = sheet.getRange('A2:C100');
    const rule = (formula: string, colour: string) =>
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied(formula)
        .setBackground(colour)
        .setRanges([rows])
        .build();
    sheet.setConditionalFormatRules([
      rule('=$C2="Done"', '#d9ead3'),
      rule('=AND(ISNUMBER($B2),$B2<TODAY(),$C2<>"Done")', '#f4cccc'),
      app
        .newConditionalFormatRule()
        .whenCellEmpty()
        .setFontColor('#999999')
        .setBold(true)
        .setRanges([sheet.getRange('B2:B100')])
        .build(),
    ]);
    return { app, sheet, sheetModel: model.sheets[0] };
  }

  it('reads a custom formula for each cell, its relative rows moving, the first matching rule winning (#whenFormulaSatisfied(String))', () => {
    const { sheetModel } = actionPlan();
    const formats = conditionalFormatting(sheetModel, { row: 2, column: 1, numRows: 4, numColumns: 3 });
    expect(formats.map((row) => row.map((format) => format?.background ?? null))).toEqual([
      ['#f4cccc', '#f4cccc', '#f4cccc'],
      ['#d9ead3', '#d9ead3', '#d9ead3'],
      [null, null, null],
      [null, null, null],
    ]);
    expect(formats[3][1]).toEqual({ fontColor: '#999999', bold: true });
  });

  it('leaves cells outside the rules’ ranges alone', () => {
    const { sheetModel } = actionPlan();
    expect(conditionalFormatting(sheetModel, { row: 1, column: 1, numRows: 1, numColumns: 4 })).toEqual([
      [null, null, null, null],
    ]);
  });

  it('compares dates by day with whenDateBefore and a RelativeDate, text by whenTextEqualTo (#whenDateBefore(RelativeDate))', () => {
    const { app, sheet, sheetModel } = actionPlan();
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenDateBefore(app.RelativeDate.TODAY)
        .setBackground('#ff0000')
        .setRanges([sheet.getRange('B2:B5')])
        .build(),
      app
        .newConditionalFormatRule()
        .whenTextEqualTo('not started')
        .setBackground('#00ff00')
        .setRanges([sheet.getRange('C2:C5')])
        .build(),
    ]);
    const formats = conditionalFormatting(sheetModel, { row: 2, column: 2, numRows: 4, numColumns: 2 });
    expect(formats.map((row) => row.map((format) => format?.background ?? null))).toEqual([
      ['#ff0000', null],
      ['#ff0000', null],
      [null, '#00ff00'],
      [null, '#00ff00'],
    ]);
  });
});

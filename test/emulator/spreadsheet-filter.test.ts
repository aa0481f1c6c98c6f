// Contract tests of the emulated sheet filter against Google's reference pages.
import { openWorkbook, REF } from './spreadsheet-fixture';

function actionPlan() {
  const fixture = openWorkbook();
  fixture.sheet.getRange('A1:C5').setValues([
    ['Action', 'Owner', 'Status'],
    ['Flyer', 'Amina', 'Done'],
    ['Workshop', 'Jonas', 'In progress'],
    ['Map', 'Amina', 'Not started'],
    ['Video', '', 'Blocked'],
  ]);
  return fixture;
}

const hidden = (sheet: GoogleAppsScript.Spreadsheet.Sheet) =>
  [2, 3, 4, 5].filter((row) => sheet.isRowHiddenByFilter(row));

describe(`Range.createFilter and Sheet.getFilter (${REF}/range#createFilter())`, () => {
  it('creates one filter per sheet over the range, found again by Sheet.getFilter (sheet#getFilter())', () => {
    const { sheet } = actionPlan();
    expect(sheet.getFilter()).toBeNull();
    sheet.getRange('A1:C5').createFilter();
    expect(sheet.getFilter()?.getRange().getA1Notation()).toBe('A1:C5');
    expect(sheet.getRange('E1').getFilter()?.getRange().getA1Notation()).toBe('A1:C5');
  });

  it('refuses a second filter on the same sheet (range#createFilter())', () => {
    const { sheet } = actionPlan();
    sheet.getRange('A1:C5').createFilter();
    expect(() => sheet.getRange('A1:B2').createFilter()).toThrow(/already has a filter/);
  });

  it('counts one call per method', () => {
    const { sheet, ws } = actionPlan();
    const range = sheet.getRange('A1:C5');
    ws.calls.reset();
    range.createFilter();
    expect(ws.calls.snapshot().byMethod).toEqual({ 'Range.createFilter': 1 });
  });
});

describe(`Filter criteria (${REF}/filter#setColumnFilterCriteria(Integer,FilterCriteria))`, () => {
  it('hides the rows whose text is not the one given, never the header row (filter-criteria-builder#whenTextEqualTo(String))', () => {
    const { app, sheet } = actionPlan();
    const filter = sheet.getRange('A1:C5').createFilter();
    filter.setColumnFilterCriteria(2, app.newFilterCriteria().whenTextEqualTo('Amina').build());
    expect(sheet.isRowHiddenByFilter(1)).toBe(false);
    expect(hidden(sheet)).toEqual([3, 5]);
    expect(filter.getColumnFilterCriteria(2)?.getCriteriaValues()).toEqual(['Amina']);
    expect(String(filter.getColumnFilterCriteria(2)?.getCriteriaType())).toBe('TEXT_EQUAL_TO');
    expect(filter.getColumnFilterCriteria(1)).toBeNull();
  });

  it('takes the column as the sheet’s 1-indexed column, inside the filter’s range (filter#setColumnFilterCriteria)', () => {
    const { app, sheet } = actionPlan();
    const filter = sheet.getRange('B1:C5').createFilter();
    const criteria = app.newFilterCriteria().whenCellNotEmpty().build();
    expect(() => filter.setColumnFilterCriteria(1, criteria)).toThrow();
    filter.setColumnFilterCriteria(2, criteria);
    expect(hidden(sheet)).toEqual([5]);
  });

  it('hides values set hidden, and shows every row again when criteria are removed (filter#removeColumnFilterCriteria(Integer))', () => {
    const { app, sheet } = actionPlan();
    const filter = sheet.getRange('A1:C5').createFilter();
    filter.setColumnFilterCriteria(3, app.newFilterCriteria().setHiddenValues(['Done', 'Blocked']).build());
    expect(hidden(sheet)).toEqual([2, 5]);
    filter.removeColumnFilterCriteria(3);
    expect(hidden(sheet)).toEqual([]);
    filter.setColumnFilterCriteria(3, app.newFilterCriteria().whenTextContains('o').build());
    filter.setColumnFilterCriteria(3, null);
    expect(hidden(sheet)).toEqual([]);
  });

  it('keeps criteria with their column when a column is inserted before it, and goes on remove (filter#remove())', () => {
    const { app, sheet } = actionPlan();
    const filter = sheet.getRange('A1:C5').createFilter();
    filter.setColumnFilterCriteria(2, app.newFilterCriteria().whenTextEqualTo('Jonas').build());
    sheet.insertColumnBefore(1);
    expect(sheet.getFilter()?.getRange().getA1Notation()).toBe('B1:D5');
    expect(sheet.getFilter()?.getColumnFilterCriteria(3)?.getCriteriaValues()).toEqual(['Jonas']);
    expect(hidden(sheet)).toEqual([2, 4, 5]);
    sheet.getFilter()?.remove();
    expect(sheet.getFilter()).toBeNull();
    expect(hidden(sheet)).toEqual([]);
  });
});

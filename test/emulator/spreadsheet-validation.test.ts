// Contract tests of emulated data validation against Google's reference pages, and of checkValidation for typed input.
import { checkValidation } from '../../emulator/spreadsheet';
import { openWorkbook, REF } from './spreadsheet-fixture';

describe(`DataValidationBuilder (${REF}/data-validation-builder)`, () => {
  it('builds a list rule; criteria values are the list and showDropdown (#requireValueInList(String,Boolean))', () => {
    const { app } = openWorkbook();
    const rule = app.newDataValidation().requireValueInList(['low', 'medium', 'high']).build();
    expect(rule.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(rule.getCriteriaValues()).toEqual([['low', 'medium', 'high'], true]);
    expect(app.newDataValidation().requireValueInList(['a'], false).build().getCriteriaValues()).toEqual([
      ['a'],
      false,
    ]);
  });

  it('allows invalid data and has no help text until told otherwise (#setAllowInvalid(Boolean), #setHelpText(String))', () => {
    const { app } = openWorkbook();
    const plain = app.newDataValidation().requireDate().build();
    expect([plain.getAllowInvalid(), plain.getHelpText()]).toEqual([true, null]);
    const strict = app
      .newDataValidation()
      .requireTextIsEmail()
      .setAllowInvalid(false)
      .setHelpText('An email')
      .build();
    expect([strict.getAllowInvalid(), strict.getHelpText(), String(strict.getCriteriaType())]).toEqual([
      false,
      'An email',
      'TEXT_IS_VALID_EMAIL',
    ]);
  });

  it('records each criterion with its values', () => {
    const { app, sheet } = openWorkbook();
    const build = () => app.newDataValidation();
    const day = new Date('2024-01-01T00:00:00Z');
    const cases: [GoogleAppsScript.Spreadsheet.DataValidation, string, unknown[]][] = [
      [build().requireDateOnOrAfter(day).build(), 'DATE_ON_OR_AFTER', [day]],
      [build().requireDateAfter(day).build(), 'DATE_AFTER', [day]],
      [build().requireNumberGreaterThanOrEqualTo(0).build(), 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [0]],
      [build().requireNumberBetween(1, 5).build(), 'NUMBER_BETWEEN', [1, 5]],
      [build().requireCheckbox().build(), 'CHECKBOX', []],
      [build().requireFormulaSatisfied('=A1>0').build(), 'CUSTOM_FORMULA', ['=A1>0']],
    ];
    for (const [rule, type, values] of cases) {
      expect([String(rule.getCriteriaType()), rule.getCriteriaValues()]).toEqual([type, values]);
    }
    const inRange = build().requireValueInRange(sheet.getRange('Z1:Z3')).build();
    const [range, dropdown] = inRange.getCriteriaValues() as [GoogleAppsScript.Spreadsheet.Range, boolean];
    expect([range.getA1Notation(), dropdown]).toEqual(['Z1:Z3', true]);
  });

  it('copy makes an independent builder (#copy())', () => {
    const { app } = openWorkbook();
    const rule = app.newDataValidation().requireValueInList(['a']).build();
    const changed = rule.copy().setAllowInvalid(false).build();
    expect([rule.getAllowInvalid(), changed.getAllowInvalid()]).toEqual([true, false]);
  });
});

describe(`Range data validation (${REF}/range#setDataValidation(DataValidation))`, () => {
  it('sets a rule on every cell, reads it back, and clears it', () => {
    const { app, sheet } = openWorkbook();
    const range = sheet.getRange('A2:A4');
    range.setDataValidation(app.newDataValidation().requireValueInList(['yes', 'no']).build());
    expect(sheet.getRange('A3').getDataValidation()?.getCriteriaValues()).toEqual([['yes', 'no'], true]);
    expect(range.getDataValidations().map((line) => line.map((rule) => rule !== null))).toEqual([
      [true],
      [true],
      [true],
    ]);
    expect(sheet.getRange('A5').getDataValidation()).toBeNull();
    sheet.getRange('A3').clearDataValidations();
    expect(sheet.getRange('A3').getDataValidation()).toBeNull();
    range.setDataValidation(null);
    expect(sheet.getRange('A2').getDataValidation()).toBeNull();
  });

  it('does not stop setValues: scripts write past validation, as in Google', () => {
    const { app, sheet } = openWorkbook();
    const cell = sheet.getRange('A1');
    cell.setDataValidation(
      app.newDataValidation().requireValueInList(['yes']).setAllowInvalid(false).build(),
    );
    cell.setValue('maybe');
    expect(cell.getValue()).toBe('maybe');
  });

  it('rules travel with their column when columns move', () => {
    const { app, sheet } = openWorkbook();
    sheet.getRange('B2').setDataValidation(app.newDataValidation().requireCheckbox().build());
    sheet.insertColumnBefore(1);
    expect(sheet.getRange('C2').getDataValidation()?.getCriteriaType()).toBe(
      app.DataValidationCriteria.CHECKBOX,
    );
  });
});

describe('checkValidation: what Sheets accepts when a person types into a validated cell', () => {
  it('rejects what a strict rule refuses, with its help text or a default message', () => {
    const { app, sheet } = openWorkbook();
    const status = sheet.getRange('A1');
    status.setDataValidation(
      app.newDataValidation().requireValueInList(['planned', 'held']).setAllowInvalid(false).build(),
    );
    const email = sheet.getRange('B1');
    email.setDataValidation(
      app
        .newDataValidation()
        .requireTextIsEmail()
        .setAllowInvalid(false)
        .setHelpText('Type an email')
        .build(),
    );
    expect(checkValidation(status, 'held')).toBeNull();
    expect(checkValidation(status, 'cancelled')).toBe('Input must be an item on the specified list.');
    expect(checkValidation(email, 'ana@example.org')).toBeNull();
    expect(checkValidation(email, 'not an email')).toBe('Type an email');
    expect(checkValidation(email, '')).toBeNull();
  });

  it('accepts anything under a rule that allows invalid data, and in a cell without a rule', () => {
    const { app, sheet } = openWorkbook();
    const cell = sheet.getRange('A1');
    cell.setDataValidation(app.newDataValidation().requireValueInList(['a']).build());
    expect(checkValidation(cell, 'b')).toBeNull();
    expect(checkValidation(sheet.getRange('C3'), 'anything')).toBeNull();
  });

  it('reads typed text as Sheets does before checking: numbers, dates, checkboxes', () => {
    const { app, sheet } = openWorkbook();
    const strict = () => app.newDataValidation().setAllowInvalid(false);
    const budget = sheet.getRange('A1');
    budget.setDataValidation(strict().requireNumberGreaterThanOrEqualTo(0).build());
    expect(checkValidation(budget, '1200')).toBeNull();
    expect(checkValidation(budget, '-5')).not.toBeNull();
    expect(checkValidation(budget, 'lots')).not.toBeNull();
    const due = sheet.getRange('B1');
    due.setDataValidation(strict().requireDateOnOrAfter(new Date('2024-01-01T00:00:00Z')).build());
    expect(checkValidation(due, '2024-01-01')).toBeNull();
    expect(checkValidation(due, '2023-12-31')).not.toBeNull();
    expect(checkValidation(due, 'next week')).not.toBeNull();
    const signed = sheet.getRange('C1');
    signed.setDataValidation(strict().requireCheckbox().build());
    expect(checkValidation(signed, true)).toBeNull();
    expect(checkValidation(signed, 'yes')).not.toBeNull();
  });

  it('checks a list kept in a range against the range values', () => {
    const { app, book, sheet } = openWorkbook();
    const lists = book.insertSheet('Lists');
    lists.getRange('A1:A2').setValues([['Ana'], ['Omar']]);
    const owner = sheet.getRange('A1');
    owner.setDataValidation(
      app.newDataValidation().requireValueInRange(lists.getRange('A1:A10')).setAllowInvalid(false).build(),
    );
    expect(checkValidation(owner, 'Omar')).toBeNull();
    expect(checkValidation(owner, 'Zoe')).not.toBeNull();
  });

  it('counts no call', () => {
    const { ws, app, sheet } = openWorkbook();
    const cell = sheet.getRange('A1');
    cell.setDataValidation(app.newDataValidation().requireValueInList(['a']).setAllowInvalid(false).build());
    ws.calls.reset();
    checkValidation(cell, 'b');
    expect(ws.calls.total).toBe(0);
  });
});

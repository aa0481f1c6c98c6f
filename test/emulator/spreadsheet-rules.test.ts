// Contract tests of emulated conditional formats, protection and rich text against Google's reference pages.
import { openWorkbook, REF } from './spreadsheet-fixture';

describe(`Conditional format rules (${REF}/conditional-format-rule-builder)`, () => {
  it('builds a formula rule with its format and ranges, and the sheet keeps it (sheet#setConditionalFormatRules(ConditionalFormatRule))', () => {
    const { app, sheet } = openWorkbook();
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=AND($J2<TODAY(),$O2<>"done")')
      .setBackground('#F4CCCC')
      .setFontColor('#990000')
      .setBold(true)
      .setRanges([sheet.getRange('A2:Q1000')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    const [kept] = sheet.getConditionalFormatRules();
    const condition = kept.getBooleanCondition();
    expect(condition?.getCriteriaType()).toBe(app.BooleanCriteria.CUSTOM_FORMULA);
    expect(condition?.getCriteriaValues()).toEqual(['=AND($J2<TODAY(),$O2<>"done")']);
    expect([condition?.getBackground(), condition?.getFontColor(), condition?.getBold()]).toEqual([
      '#f4cccc',
      '#990000',
      true,
    ]);
    expect(kept.getRanges().map((range) => range.getA1Notation())).toEqual(['A2:Q1000']);
  });

  it('records date, text and empty-cell conditions', () => {
    const { app, sheet } = openWorkbook();
    const build = () =>
      app
        .newConditionalFormatRule()
        .setRanges([sheet.getRange('A1:A5')])
        .setBackground('yellow');
    const rules = [
      build().whenDateBefore(app.RelativeDate.TODAY).build(),
      build().whenDateAfter(new Date('2024-01-01T00:00:00Z')).build(),
      build().whenTextEqualTo('blocked').build(),
      build().whenCellEmpty().build(),
    ];
    sheet.setConditionalFormatRules(rules);
    const kinds = sheet
      .getConditionalFormatRules()
      .map((rule) => String(rule.getBooleanCondition()?.getCriteriaType()));
    expect(kinds).toEqual(['DATE_BEFORE_RELATIVE', 'DATE_AFTER', 'TEXT_EQUAL_TO', 'CELL_EMPTY']);
    expect(sheet.getConditionalFormatRules()[2].getBooleanCondition()?.getCriteriaValues()).toEqual([
      'blocked',
    ]);
  });

  it('setConditionalFormatRules replaces every rule of the sheet', () => {
    const { app, sheet } = openWorkbook();
    const rule = app
      .newConditionalFormatRule()
      .whenCellEmpty()
      .setRanges([sheet.getRange('A1')])
      .build();
    sheet.setConditionalFormatRules([rule, rule]);
    sheet.setConditionalFormatRules([rule]);
    expect(sheet.getConditionalFormatRules()).toHaveLength(1);
  });

  it('rule ranges follow inserted columns, as Sheets keeps them on their cells', () => {
    const { app, sheet } = openWorkbook();
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenCellEmpty()
        .setRanges([sheet.getRange('B2:C10')])
        .build(),
    ]);
    sheet.insertColumnBefore(1);
    expect(sheet.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe('C2:D10');
  });
});

describe(`Protection (${REF}/protection)`, () => {
  it('protects a sheet once: protect() again gives the same protection (sheet#protect())', () => {
    const { app, sheet } = openWorkbook();
    sheet.protect().setDescription('Workbook structure').setWarningOnly(true);
    const again = sheet.protect();
    expect([again.getDescription(), again.isWarningOnly()]).toEqual(['Workbook structure', true]);
    const protections = sheet.getProtections(app.ProtectionType.SHEET);
    expect(protections).toHaveLength(1);
    expect(protections[0].getProtectionType()).toBe(app.ProtectionType.SHEET);
    expect(protections[0].getRange().getA1Notation()).toBe('A1:Z1000');
  });

  it('protects ranges, each protect() a new one, warning-only when asked (range#protect())', () => {
    const { app, book, sheet } = openWorkbook();
    const header = sheet.getRange('1:1').protect().setDescription('Headers').setWarningOnly(true);
    sheet.getRange('A5:B6').protect();
    expect([header.isWarningOnly(), header.getRange().getA1Notation()]).toEqual([true, 'A1:Z1']);
    expect(sheet.getProtections(app.ProtectionType.RANGE).map((p) => p.getDescription())).toEqual([
      'Headers',
      '',
    ]);
    expect(book.getProtections(app.ProtectionType.RANGE)).toHaveLength(2);
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(0);
    header.remove();
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toHaveLength(1);
  });
});

describe(`Rich text (${REF}/rich-text-value-builder)`, () => {
  it('writes text with a link to cells and reads it back (range#setRichTextValue(RichTextValue))', () => {
    const { app, sheet } = openWorkbook();
    const value = app
      .newRichTextValue()
      .setText('Agenda 3')
      .setLinkUrl('https://docs.google.com/document/d/abc/edit')
      .build();
    const cell = sheet.getRange('G2');
    cell.setRichTextValue(value);
    expect(cell.getValue()).toBe('Agenda 3');
    expect(cell.getRichTextValue()?.getLinkUrl()).toBe('https://docs.google.com/document/d/abc/edit');
    expect(cell.getRichTextValue()?.getText()).toBe('Agenda 3');
  });

  it('keeps the text as text, even when it looks like a number or formula', () => {
    const { app, sheet } = openWorkbook();
    sheet
      .getRange('A1:B1')
      .setRichTextValues([
        [app.newRichTextValue().setText('=1+1').build(), app.newRichTextValue().setText('42').build()],
      ]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['=1+1', '42']]);
    expect(sheet.getRange('A1').getFormula()).toBe('');
  });

  it('links part of the text; runs cut at the link (rich-text-value#getRuns())', () => {
    const { app } = openWorkbook();
    const value = app
      .newRichTextValue()
      .setText('See minutes here')
      .setLinkUrl(12, 16, 'https://x.org')
      .build();
    expect(value.getLinkUrl()).toBeNull();
    expect(value.getLinkUrl(12, 16)).toBe('https://x.org');
    expect(value.getRuns().map((run) => [run.getText(), run.getLinkUrl(), run.getStartIndex()])).toEqual([
      ['See minutes ', null, 0],
      ['here', 'https://x.org', 12],
    ]);
  });

  it('a later setValue drops the link; non-text cells have no rich text value (range#getRichTextValue())', () => {
    const { app, sheet } = openWorkbook();
    const cell = sheet.getRange('A1');
    cell.setRichTextValue(app.newRichTextValue().setText('x').setLinkUrl('https://x.org').build());
    cell.setValue('plain');
    expect(cell.getRichTextValue()?.getLinkUrl()).toBeNull();
    cell.setValue(12);
    expect(cell.getRichTextValue()).toBeNull();
  });
});

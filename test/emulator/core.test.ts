// Contract of what every emulated service shares: Apps Script enum values and the signature-mismatch error.
import { createDocumentApp } from '../../emulator/document';
import { createHtmlService } from '../../emulator/services/html';
import { createUi } from '../../emulator/services/ui';
import { createSpreadsheetApp } from '../../emulator/spreadsheet';
import { Workspace } from '../../emulator/workspace';

describe('Enums (https://developers.google.com/apps-script/reference/spreadsheet/protection-type)', () => {
  const ws = new Workspace();
  const values: [unknown, string, number][] = [
    [createSpreadsheetApp(ws).ProtectionType.SHEET, 'SHEET', 1],
    [createDocumentApp(ws).ParagraphHeading.HEADING1, 'HEADING1', 1],
    [createUi(ws, 'sheets').Button.CANCEL, 'CANCEL', 2],
    [createHtmlService(ws).SandboxMode.IFRAME, 'IFRAME', 1],
  ];

  it.each(values)('are objects that print and serialize as their name (%s)', (value, name, ordinal) => {
    expect(typeof value).toBe('object');
    expect(String(value)).toBe(name);
    expect(JSON.stringify({ value })).toBe(`{"value":"${name}"}`);
    const enumValue = value as { name(): string; ordinal(): number };
    expect([enumValue.name(), enumValue.ordinal()]).toEqual([name, ordinal]);
  });
});

describe('Signature errors (https://developers.google.com/apps-script/guides/support/troubleshooting)', () => {
  it('name each argument by its Apps Script type, arrays by their element type', () => {
    const app = createSpreadsheetApp(new Workspace());
    const range = app.create('Plan').getActiveSheet().getRange('A1:C1');
    expect(() => range.setValues([1, 2, 3] as unknown as unknown[][])).toThrow(
      "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });

  it('name a Docs element by its class', () => {
    const body = createDocumentApp(new Workspace()).create('Minutes').getBody();
    const table = body.appendTable([['a']]);
    expect(() => body.appendParagraph(table as unknown as GoogleAppsScript.Document.Paragraph)).toThrow(
      "The parameters (DocumentApp.Table) don't match the method signature for DocumentApp.Body.appendParagraph.",
    );
  });
});

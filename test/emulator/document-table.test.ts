// Contract tests of the emulated Table, TableRow and TableCell, and of the workbench's hand edits of a Doc's table.
import { editTable } from '../../emulator/document';
import { DOCS_REF, openNewDocument } from './document-fixture';

function agenda() {
  const opened = openNewDocument();
  const table = opened.body.appendTable([
    ['Time', 'Item', 'Moderator'],
    ['10:00', 'Welcome', 'Chair'],
    ['10:15', 'Previous minutes', 'Secretary'],
  ]);
  return { ...opened, table };
}

describe(`Table (${DOCS_REF}/table)`, () => {
  it('appendTable(cells) makes a cell per string, read back by 0-based row and cell (#getCell(Integer,Integer))', () => {
    const { app, table, model } = agenda();
    expect(table.getNumRows()).toBe(3);
    expect(table.getRow(1).getNumCells()).toBe(3);
    expect(table.getCell(2, 1).getText()).toBe('Previous minutes');
    expect(table.getRow(0).getCell(2).getChild(0).getType()).toBe(app.ElementType.PARAGRAPH);
    expect(model.tables()).toEqual([
      [
        ['Time', 'Item', 'Moderator'],
        ['10:00', 'Welcome', 'Chair'],
        ['10:15', 'Previous minutes', 'Secretary'],
      ],
    ]);
  });

  it('getText gives each cell on its own line; a row joins its cells the same way (#getText())', () => {
    const { table } = agenda();
    expect(table.getRow(1).getText()).toBe('10:00\nWelcome\nChair');
    expect(table.getText()).toBe(
      'Time\nItem\nModerator\n10:00\nWelcome\nChair\n10:15\nPrevious minutes\nSecretary',
    );
  });

  it('appendTable() without cells makes a table with no rows (body#appendTable())', () => {
    const { body } = openNewDocument();
    const empty = body.appendTable();
    expect(empty.getNumRows()).toBe(0);
    expect(empty.getText()).toBe('');
  });

  it('getRow and getCell past the end fail with the count in the message (#getRow(Integer))', () => {
    const { table } = agenda();
    expect(() => table.getRow(3)).toThrow(
      'Child index (3) must be less than the number of child elements (3).',
    );
    expect(() => table.getCell(0, 5)).toThrow(
      'Child index (5) must be less than the number of child elements (3).',
    );
    expect(() => table.getRow(0).getCell(-1)).toThrow(
      'Child index (-1) must be less than the number of child elements (3).',
    );
  });

  it('appendTableRow adds a row without cells, filled by appendTableCell (#appendTableRow(), table-row#appendTableCell(String))', () => {
    const { table, model } = agenda();
    const row = table.appendTableRow();
    expect(row.getNumCells()).toBe(0);
    row.appendTableCell('10:30');
    row.appendTableCell('Updates');
    row.appendTableCell();
    expect(table.getNumRows()).toBe(4);
    expect(model.tables()[0][3]).toEqual(['10:30', 'Updates', '']);
  });

  it('insertTableRow places a row at an index; removeRow takes one out and returns it (#removeRow(Integer))', () => {
    const { table, model } = agenda();
    const inserted = table.insertTableRow(1);
    inserted.appendTableCell('09:55');
    const removed = table.removeRow(2);
    expect(removed.getCell(1).getText()).toBe('Welcome');
    expect(model.tables()[0].map((row) => row[0])).toEqual(['Time', '09:55', '10:15']);
    expect(() => table.removeRow(7)).toThrow(
      'Child index (7) must be less than the number of child elements (3).',
    );
  });

  it('appends a copied row as a new row (#appendTableRow(TableRow))', () => {
    const { table, model } = agenda();
    table.appendTableRow(table.getRow(1).copy()).getCell(1).setText('Knowledge sharing');
    expect(model.tables()[0][3]).toEqual(['10:00', 'Knowledge sharing', 'Chair']);
    expect(() => table.appendTableRow(table.getRow(1))).toThrow('Element must be detached.');
  });

  it('setColumnWidth sets a width; an unset width reads null (#setColumnWidth(Integer,Number))', () => {
    const { table } = agenda();
    expect(table.getColumnWidth(0)).toBeNull();
    table.setColumnWidth(1, 240);
    expect(table.getColumnWidth(1)).toBe(240);
  });

  it('a header row made bold through setAttributes stays bold when its text is rewritten (table-row#setAttributes(Object))', () => {
    const { app, table } = agenda();
    table.getRow(0).setAttributes({ [app.Attribute.BOLD]: true });
    expect(table.getRow(0).editAsText().isBold()).toBe(true);
    expect(table.getRow(1).editAsText().isBold()).toBe(false);
    table.getCell(0, 1).setText('Agenda item');
    expect(table.getCell(0, 1).editAsText().isBold()).toBe(true);
  });
});

describe(`TableCell (${DOCS_REF}/table-cell)`, () => {
  it('knows its row and table (#getParentRow(), #getParentTable())', () => {
    const { table } = agenda();
    const cell = table.getCell(1, 2);
    expect(cell.getParentRow().getText()).toBe('10:00\nWelcome\nChair');
    expect(cell.getParentTable().getNumRows()).toBe(3);
    expect(table.getRow(2).getParentTable().getNumRows()).toBe(3);
  });

  it('setText makes the cell one paragraph; more paragraphs join by newlines in getText (#setText(String))', () => {
    const { table } = agenda();
    const cell = table.getCell(1, 1);
    cell.appendParagraph('Round of introductions');
    expect(cell.getText()).toBe('Welcome\nRound of introductions');
    cell.setText('Welcome and introductions');
    expect(cell.getNumChildren()).toBe(1);
    expect(cell.getText()).toBe('Welcome and introductions');
  });

  it('setBackgroundColor colours the cell; null until set (#setBackgroundColor(String))', () => {
    const { app, table } = agenda();
    const cell = table.getCell(0, 0);
    expect(cell.getBackgroundColor()).toBeNull();
    cell.setBackgroundColor('#dde7f0');
    expect(cell.getBackgroundColor()).toBe('#dde7f0');
    table.getCell(0, 1).setAttributes({ [app.Attribute.BACKGROUND_COLOR]: '#eeeeee' });
    expect(table.getCell(0, 1).getBackgroundColor()).toBe('#eeeeee');
  });

  it('the last paragraph of a cell cannot be removed', () => {
    const { table } = agenda();
    const cell = table.getCell(1, 1);
    expect(() => cell.getChild(0).removeFromParent()).toThrow(
      "Can't remove the last paragraph in a document section.",
    );
  });
});

describe("editTable: a person edits a Doc's table by hand in the workbench (uncounted)", () => {
  it("rewrites a row, appends one padded to the table's width and removes one, counting no call", () => {
    const { ws, model } = agenda();
    const before = ws.calls.total;
    editTable(model, { table: 0, row: 1, cells: ['10:05', 'Welcome and coffee', 'Host'] });
    editTable(model, { table: 0, appendRow: ['11:00', 'Other business'] });
    editTable(model, { table: 0, removeRow: 2 });
    expect(model.tables()[0]).toEqual([
      ['Time', 'Item', 'Moderator'],
      ['10:05', 'Welcome and coffee', 'Host'],
      ['11:00', 'Other business', ''],
    ]);
    expect(ws.calls.total).toBe(before);
  });

  it('what a person changed is what the script reads next', () => {
    const { app, model } = agenda();
    editTable(model, { table: 0, appendRow: ['12:00', 'Close', 'Chair'] });
    const table = app.openById(model.id).getBody().getTables()[0];
    expect(table.getNumRows()).toBe(4);
    expect(table.getCell(3, 1).getText()).toBe('Close');
  });

  it('refuses a table or row that is not there', () => {
    const { model } = agenda();
    expect(() => editTable(model, { table: 1, removeRow: 0 })).toThrow(
      'The document has no table 1 (it has 1)',
    );
    expect(() => editTable(model, { table: 0, row: 3, cells: [] })).toThrow(
      'Table 0 has no row 3 (it has 3)',
    );
  });
});

// Contract tests of the emulated DocumentApp and Document (open, create, sections, named ranges) against Google's reference.
import { createDocumentApp, documentModelFromJSON, newDocumentModel } from '../../emulator/document';
import { Workspace } from '../../emulator/workspace';
import { DOCS_REF, openNewDocument } from './document-fixture';

describe(`DocumentApp (${DOCS_REF}/document-app)`, () => {
  it('create makes a Doc whose body holds one empty paragraph (#create(String))', () => {
    const { ws, app } = openNewDocument();
    const made = app.create('Minutes – 2027-03-15');
    expect(made.getName()).toBe('Minutes – 2027-03-15');
    expect(made.getBody().getNumChildren()).toBe(1);
    expect(made.getBody().getChild(0).getType()).toBe(app.ElementType.PARAGRAPH);
    expect(made.getBody().getText()).toBe('');
    expect(ws.documents.get(made.getId())?.plainText()).toBe('');
    expect(ws.calls.byMethod['DocumentApp.create']).toBe(1);
  });

  it("openById opens a Doc and refuses a missing one with Google's message (#openById(String))", () => {
    const { app, model } = openNewDocument('Agenda');
    expect(app.openById(model.id).getName()).toBe('Agenda');
    expect(() => app.openById('1docDeleted')).toThrow(
      "Document 1docDeleted is missing (perhaps it was deleted, or you don't have read access?)",
    );
  });

  it('openByUrl opens the Doc that getUrl names (#openByUrl(String), document#getUrl())', () => {
    const { app, doc, model } = openNewDocument();
    expect(doc.getUrl()).toBe(`https://docs.google.com/document/d/${model.id}/edit`);
    expect(app.openByUrl(doc.getUrl()).getId()).toBe(model.id);
    expect(() => app.openByUrl('https://example.org/')).toThrow('Invalid argument: url');
  });

  it('getActiveDocument is the open Doc, and null when the user is in a spreadsheet (#getActiveDocument())', () => {
    const ws = new Workspace();
    const app = createDocumentApp(ws);
    expect(app.getActiveDocument()).toBeNull();
    ws.open({ host: 'sheets', fileId: ws.createSpreadsheet('Alliance').id });
    expect(app.getActiveDocument()).toBeNull();
  });

  it("getUi fails outside Docs with Google's message, and gives the Docs Ui inside (#getUi())", () => {
    const ws = new Workspace();
    const app = createDocumentApp(ws);
    ws.open({ host: 'sheets', fileId: ws.createSpreadsheet('Alliance').id });
    expect(() => app.getUi()).toThrow('Cannot call DocumentApp.getUi() from this context.');
    const { app: inDocs } = openNewDocument();
    expect(typeof inDocs.getUi().alert).toBe('function');
  });

  it('has the enums a script compares with === and prints by name', () => {
    const { app, body } = openNewDocument();
    const title = body.appendParagraph('Agenda').setHeading(app.ParagraphHeading.TITLE);
    expect(title.getHeading()).toBe(app.ParagraphHeading.TITLE);
    expect(String(app.ParagraphHeading.HEADING1)).toBe('HEADING1');
    expect(String(app.HorizontalAlignment.CENTER)).toBe('CENTER');
    expect(String(app.Attribute.BOLD)).toBe('BOLD');
    expect(String(app.ElementType.TABLE_CELL)).toBe('TABLE_CELL');
  });
});

describe(`Document (${DOCS_REF}/document)`, () => {
  it('setName renames the Doc (#setName(String))', () => {
    const { doc, model } = openNewDocument('Agenda');
    doc.setName('Agenda – 2027-03-15 – Ghent');
    expect(doc.getName()).toBe('Agenda – 2027-03-15 – Ghent');
    expect(model.name).toBe('Agenda – 2027-03-15 – Ghent');
  });

  it('a new Doc has no header or footer until one is added (#getHeader(), #addHeader())', () => {
    const { app, doc } = openNewDocument();
    expect(doc.getHeader()).toBeNull();
    expect(doc.getFooter()).toBeNull();
    const header = doc.addHeader();
    expect(header.getType()).toBe(app.ElementType.HEADER_SECTION);
    header.appendParagraph('Alliance for community mediation');
    expect(doc.getHeader().getText()).toBe('\nAlliance for community mediation');
    expect(() => doc.addHeader()).toThrow('Document tab already contains a header.');
    const footer = doc.addFooter();
    footer.setText('Made with Alliance Kit');
    expect(doc.getFooter().getText()).toBe('Made with Alliance Kit');
    doc.getHeader().removeFromParent();
    expect(doc.getHeader()).toBeNull();
  });

  it('saveAndClose leaves the Document object unusable until reopened (#saveAndClose())', () => {
    const { app, doc, body, model } = openNewDocument();
    body.appendParagraph('Welcome');
    doc.saveAndClose();
    expect(() => doc.getBody()).toThrow('Document is closed, its contents cannot be updated.');
    expect(() => body.appendParagraph('late')).toThrow('Document is closed, its contents cannot be updated.');
    expect(app.openById(model.id).getBody().getText()).toBe('\nWelcome');
  });

  it('getCursor and getSelection are null: the emulated user has no cursor in the Doc (#getCursor())', () => {
    const { doc } = openNewDocument();
    expect(doc.getCursor()).toBeNull();
    expect(doc.getSelection()).toBeNull();
  });

  it('counts each call by class and method, and not what tests look at uncounted', () => {
    const { ws, body, model } = openNewDocument();
    body.appendParagraph('one');
    body.appendParagraph('two').editAsText().setBold(true);
    expect(ws.calls.byMethod['Body.appendParagraph']).toBe(2);
    expect(ws.calls.byMethod['Paragraph.editAsText']).toBe(1);
    expect(ws.calls.byMethod['Text.setBold']).toBe(1);
    expect(ws.calls.total).toBe(4);
    ws.calls.uncounted(() => body.getText());
    expect(model.plainText()).toBe('\none\ntwo');
    expect(ws.calls.total).toBe(4);
  });
});

describe(`NamedRange (${DOCS_REF}/named-range, ${DOCS_REF}/document#addNamedRange(String,Range))`, () => {
  it('finds the named table again after the Doc is saved and loaded, by name and by id', () => {
    const { ws, app, doc, body, model } = openNewDocument();
    const table = body.appendTable([
      ['Time', 'Item', 'Moderator'],
      ['10:00', 'Welcome', 'Chair'],
    ]);
    const named = doc.addNamedRange('allianceKit.agenda', doc.newRange().addElement(table).build());
    expect(named.getName()).toBe('allianceKit.agenda');

    const reloaded = documentModelFromJSON(JSON.parse(JSON.stringify(model.toJSON())));
    ws.documents.set(reloaded.id, reloaded);
    const reopened = app.openById(model.id);
    const [found] = reopened.getNamedRanges('allianceKit.agenda');
    const element = found.getRange().getRangeElements()[0];
    expect(element.isPartial()).toBe(false);
    expect(element.getElement().getType()).toBe(app.ElementType.TABLE);
    expect(element.getElement().asTable().getCell(1, 1).getText()).toBe('Welcome');
    expect(reopened.getNamedRangeById(named.getId())?.getName()).toBe('allianceKit.agenda');
    expect(reopened.getNamedRangeById('kix.none')).toBeNull();
  });

  it('names need not be unique; getNamedRanges() without a name lists all; remove drops only the name', () => {
    const { doc, body } = openNewDocument();
    const first = body.appendParagraph('first');
    const second = body.appendParagraph('second');
    doc.addNamedRange('item', doc.newRange().addElement(first).build());
    doc.addNamedRange('item', doc.newRange().addElement(second).build());
    doc.addNamedRange('other', doc.newRange().addElement(second).build());
    expect(doc.getNamedRanges('item')).toHaveLength(2);
    expect(doc.getNamedRanges()).toHaveLength(3);
    const removed = doc.getNamedRanges('other')[0];
    removed.remove();
    removed.remove();
    expect(doc.getNamedRanges()).toHaveLength(2);
    expect(body.getText()).toBe('\nfirst\nsecond');
  });

  it('refuses an empty name', () => {
    const { doc, body } = openNewDocument();
    const range = doc.newRange().addElement(body.appendParagraph('x')).build();
    expect(() => doc.addNamedRange('', range)).toThrow('Invalid argument: name');
  });

  it('holds parts of Text elements, and loses elements deleted since', () => {
    const { doc, body } = openNewDocument();
    const paragraph = body.appendParagraph('Next meeting: 2027-04-12');
    const text = paragraph.editAsText();
    const range = doc.newRange().addElement(text, 14, 23).build();
    expect(range.getRangeElements()[0].isPartial()).toBe(true);
    expect(range.getRangeElements()[0].getStartOffset()).toBe(14);
    const gone = body.appendParagraph('gone');
    body.appendParagraph('kept');
    const named = doc.addNamedRange('gone', doc.newRange().addElement(gone).build());
    gone.removeFromParent();
    expect(named.getRange().getRangeElements()).toEqual([]);
  });
});

describe('the document model the workbench renders', () => {
  it('round-trips through JSON with its text, tables and formatting', () => {
    const { app, body, model } = openNewDocument();
    body.appendParagraph('Minutes').setHeading(app.ParagraphHeading.HEADING1);
    body
      .appendTable([['Item', 'Comment']])
      .getRow(0)
      .editAsText()
      .setBold(true);
    const json = JSON.parse(JSON.stringify(model.toJSON()));
    const copy = documentModelFromJSON(json);
    expect(copy.plainText()).toBe(model.plainText());
    expect(copy.tables()).toEqual([[['Item', 'Comment']]]);
    expect(copy.toJSON()).toEqual(model.toJSON());
    expect(json.body.children[1]).toMatchObject({ type: 'PARAGRAPH', heading: 'HEADING1' });
    expect(json.body.children[2].children[0].children[0].children[0].children[0].runs).toEqual([
      { text: 'Item', bold: true },
    ]);
  });

  it('a new model has one empty paragraph and refuses JSON that is not a document', () => {
    expect(newDocumentModel('1doc', 'Charter').toJSON().body.children).toHaveLength(1);
    expect(() => documentModelFromJSON({ id: 'x' })).toThrow('Not a saved emulated document');
  });
});

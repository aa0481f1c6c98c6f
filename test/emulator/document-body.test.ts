// Contract tests of the emulated Body, Paragraph, ListItem, Text and generic Element against Google's reference.
import { DOCS_REF, openNewDocument } from './document-fixture';

describe(`Body (${DOCS_REF}/body)`, () => {
  it('appendParagraph keeps the first empty paragraph, and getText joins paragraphs with newlines (#getText())', () => {
    const { body, model } = openNewDocument();
    body.appendParagraph('Welcome');
    body.appendParagraph('Previous minutes');
    expect(body.getNumChildren()).toBe(3);
    expect(body.getText()).toBe('\nWelcome\nPrevious minutes');
    expect(model.plainText()).toBe(body.getText());
  });

  it('insertParagraph places at a 0-based index and refuses one past the end (#insertParagraph(Integer,String))', () => {
    const { body } = openNewDocument();
    body.appendParagraph('second');
    body.insertParagraph(0, 'first');
    expect(body.getText()).toBe('first\n\nsecond');
    expect(() => body.insertParagraph(9, 'far')).toThrow(
      'Child index (9) must be less than or equal to the number of child elements (3).',
    );
  });

  it('getChild past the end fails with the child count in the message (#getChild(Integer))', () => {
    const { body } = openNewDocument();
    expect(() => body.getChild(1)).toThrow(
      'Child index (1) must be less than the number of child elements (1).',
    );
  });

  it('getChildIndex finds a child, -1 for an element elsewhere (#getChildIndex(Element))', () => {
    const { body } = openNewDocument();
    const paragraph = body.appendParagraph('x');
    const cellParagraph = body
      .appendTable([['a']])
      .getCell(0, 0)
      .getChild(0);
    expect(body.getChildIndex(paragraph)).toBe(1);
    expect(body.getChildIndex(cellParagraph)).toBe(-1);
  });

  it('appendTable at the end is followed by an empty paragraph, as a section ends with one (#appendTable(String))', () => {
    const { app, body } = openNewDocument();
    body.appendParagraph('First paragraph.');
    body.appendTable([
      ['R1C1', 'R1C2'],
      ['R2C1', 'R2C2'],
    ]);
    body.appendListItem('A list item.');
    body.appendParagraph('Final paragraph.');
    expect(body.getChild(2).getType()).toBe(app.ElementType.TABLE);
    expect(body.getChild(3).getType()).toBe(app.ElementType.PARAGRAPH);
    expect(body.getText()).toBe(
      '\nFirst paragraph.\nR1C1\nR1C2\nR2C1\nR2C2\n\nA list item.\nFinal paragraph.',
    );
  });

  it("removing the last paragraph of the body fails with Google's message; others go (#removeChild(Element))", () => {
    const { body } = openNewDocument();
    const first = body.getChild(0);
    const last = body.appendParagraph('last');
    expect(() => body.removeChild(last)).toThrow("Can't remove the last paragraph in a document section.");
    expect(() => last.removeFromParent()).toThrow("Can't remove the last paragraph in a document section.");
    body.removeChild(first);
    expect(body.getText()).toBe('last');
  });

  it('clear leaves one empty paragraph (#clear())', () => {
    const { app, body } = openNewDocument();
    body.appendTable([['a']]);
    body.appendParagraph('b');
    body.clear();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getChild(0).getType()).toBe(app.ElementType.PARAGRAPH);
    expect(body.getText()).toBe('');
  });

  it('getParagraphs includes list items and paragraphs in table cells; getListItems and getTables (#getParagraphs())', () => {
    const { body } = openNewDocument();
    body.appendParagraph('Agenda');
    body.appendListItem('Welcome');
    body.appendTable([['10:00', 'Update']]);
    expect(body.getParagraphs().map((paragraph) => paragraph.getText())).toEqual([
      '',
      'Agenda',
      'Welcome',
      '10:00',
      'Update',
      '',
    ]);
    expect(body.getListItems().map((item) => item.getText())).toEqual(['Welcome']);
    expect(body.getTables()).toHaveLength(1);
  });

  it('appendHorizontalRule and appendPageBreak sit in new paragraphs of their own (#appendHorizontalRule())', () => {
    const { app, body } = openNewDocument();
    const rule = body.appendHorizontalRule();
    const pageBreak = body.appendPageBreak();
    expect(rule.getType()).toBe(app.ElementType.HORIZONTAL_RULE);
    expect(rule.getParent().getType()).toBe(app.ElementType.PARAGRAPH);
    expect(pageBreak.getType()).toBe(app.ElementType.PAGE_BREAK);
    expect(body.getNumChildren()).toBe(3);
    expect(body.getText()).toBe('\n\n');
  });

  it('appends a detached copy, and refuses an element that is still attached (#appendParagraph(Paragraph))', () => {
    const { body } = openNewDocument();
    const original = body.appendParagraph('Other business');
    original.editAsText().setBold(0, 4, true);
    const copy = original.copy();
    expect(copy.getParent()).toBeNull();
    body.appendParagraph(copy);
    expect(body.getText()).toBe('\nOther business\nOther business');
    expect(body.getChild(2).asParagraph().editAsText().isBold(0)).toBe(true);
    expect(() => body.appendParagraph(original)).toThrow('Element must be detached.');
  });

  it('findText gives the first match as part of a Text element, then the next after it (#findText(String,RangeElement))', () => {
    const { app, body } = openNewDocument();
    body.appendParagraph('Action: book the room');
    body.appendParagraph('Action: send the minutes');
    const first = body.findText('Action: \\w+');
    expect(first.getElement().getType()).toBe(app.ElementType.TEXT);
    expect(first.getElement().asText().getText()).toBe('Action: book the room');
    expect([first.getStartOffset(), first.getEndOffsetInclusive()]).toEqual([0, 11]);
    const second = body.findText('Action: \\w+', first);
    expect(second.getElement().asText().getText()).toBe('Action: send the minutes');
    expect(body.findText('Action: \\w+', second)).toBeNull();
  });

  it('replaceText replaces every match of a regular expression (#replaceText(String,String))', () => {
    const { body } = openNewDocument();
    body.appendParagraph('Host: {{host}}, chair: {{chair}}');
    body.replaceText('\\{\\{host\\}\\}', 'Ghent City');
    body.replaceText('\\{\\{chair\\}\\}', 'Amira');
    expect(body.getText()).toBe('\nHost: Ghent City, chair: Amira');
  });

  it('replaceText reads the pattern as a regular expression: escaped, any character matches only itself, in table cells too', () => {
    const { body } = openNewDocument();
    body.appendParagraph('Present: D. (Dupont)+ and Dx (Dupont)+');
    body.appendTable([
      ['Name', 'Organisation'],
      ['D. (Dupont)+', 'MDA'],
    ]);
    body.replaceText('D\\. \\(Dupont\\)\\+', '[erased]');
    expect(body.getParagraphs()[1].getText()).toBe('Present: [erased] and Dx (Dupont)+');
    expect(body.getTables()[0].getCell(1, 0).getText()).toBe('[erased]');
  });
});

describe(`Paragraph and ListItem (${DOCS_REF}/paragraph, ${DOCS_REF}/list-item)`, () => {
  it('setHeading, setAlignment and setAttributes change the paragraph (#setHeading(ParagraphHeading))', () => {
    const { app, body } = openNewDocument();
    const title = body.appendParagraph('Agenda');
    title.setHeading(app.ParagraphHeading.HEADING1).setAlignment(app.HorizontalAlignment.CENTER);
    expect(title.getHeading()).toBe(app.ParagraphHeading.HEADING1);
    expect(title.getAlignment()).toBe(app.HorizontalAlignment.CENTER);
    const plain = body.appendParagraph('Plain');
    expect(plain.getHeading()).toBe(app.ParagraphHeading.NORMAL);
    plain.setAttributes({
      [app.Attribute.BOLD]: true,
      [app.Attribute.HEADING]: app.ParagraphHeading.HEADING2,
    });
    expect(plain.editAsText().isBold()).toBe(true);
    expect(plain.getHeading()).toBe(app.ParagraphHeading.HEADING2);
  });

  it('setText replaces the content; setText("") leaves no Text child (#setText(String))', () => {
    const { body } = openNewDocument();
    const paragraph = body.appendParagraph('draft');
    paragraph.setText('final');
    expect(paragraph.getText()).toBe('final');
    expect(paragraph.getNumChildren()).toBe(1);
    paragraph.setText('');
    expect(paragraph.getNumChildren()).toBe(0);
  });

  it('appendText adds a Text element that can be styled alone (#appendText(String))', () => {
    const { app, body } = openNewDocument();
    const paragraph = body.appendParagraph('Owner: ');
    const name = paragraph.appendText('Amira');
    expect(name.getType()).toBe(app.ElementType.TEXT);
    name.setBold(true);
    expect(paragraph.getText()).toBe('Owner: Amira');
    expect(paragraph.editAsText().isBold(0)).toBe(false);
    expect(paragraph.editAsText().isBold(7)).toBe(true);
    expect(paragraph.editAsText().isBold()).toBeNull();
  });

  it('text appended after a link is not part of the link, and a number is written as its text (#appendText(String))', () => {
    const { body } = openNewDocument();
    const paragraph = body.appendParagraph('Workbook');
    paragraph.setLinkUrl('https://docs.google.com/spreadsheets/d/1ss/edit');
    paragraph.appendText(' (shared)');
    paragraph.appendText(2027 as unknown as string);
    expect(paragraph.getText()).toBe('Workbook (shared)2027');
    expect(paragraph.editAsText().getLinkUrl(0)).toBe('https://docs.google.com/spreadsheets/d/1ss/edit');
    expect(paragraph.editAsText().getLinkUrl(8)).toBeNull();
  });

  it('setLinkUrl links the whole paragraph; getLinkUrl is null when there is none (#setLinkUrl(String))', () => {
    const { body } = openNewDocument();
    const link = body.appendParagraph('Open the alliance workbook');
    expect(link.getLinkUrl()).toBeNull();
    link.setLinkUrl('https://docs.google.com/spreadsheets/d/1ss/edit');
    expect(link.getLinkUrl()).toBe('https://docs.google.com/spreadsheets/d/1ss/edit');
  });

  it('list items appended one after another share a list (#getListId())', () => {
    const { app, body } = openNewDocument();
    const first = body.appendListItem('Amira (Ghent City)');
    const second = body.appendListItem('Jonas (Red Cross)');
    body.appendParagraph('between');
    const third = body.appendListItem('elsewhere');
    expect(first.getType()).toBe(app.ElementType.LIST_ITEM);
    expect(second.getListId()).toBe(first.getListId());
    expect(third.getListId()).not.toBe(first.getListId());
    second.setNestingLevel(1).setGlyphType(app.GlyphType.NUMBER);
    expect(second.getNestingLevel()).toBe(1);
    expect(second.getGlyphType()).toBe(app.GlyphType.NUMBER);
  });
});

describe(`Element (${DOCS_REF}/element)`, () => {
  it('knows its parent and siblings, null at the ends (#getNextSibling())', () => {
    const { app, body } = openNewDocument();
    const first = body.getChild(0);
    const second = body.appendParagraph('second');
    expect(second.getParent().getType()).toBe(app.ElementType.BODY_SECTION);
    expect(first.getPreviousSibling()).toBeNull();
    expect(first.getNextSibling().asParagraph().getText()).toBe('second');
    expect(second.getNextSibling()).toBeNull();
  });

  it('as<Class>() gives the element as its own class and refuses another', () => {
    const { body } = openNewDocument();
    body.appendTable([['a']]);
    expect(body.getChild(1).asTable().getNumRows()).toBe(1);
    expect(() => body.getChild(1).asParagraph()).toThrow('Cannot cast Table to Paragraph.');
  });
});

describe(`Text (${DOCS_REF}/text)`, () => {
  it('setBold(start, end, bold) bolds an inclusive range; isBold reads per offset or null when mixed (#setBold(Integer,Integer,Boolean))', () => {
    const { body } = openNewDocument();
    const text = body.appendParagraph('Owner: Amira').editAsText();
    text.setBold(0, 5, true);
    expect(text.isBold(5)).toBe(true);
    expect(text.isBold(6)).toBe(false);
    expect(text.isBold()).toBeNull();
    text.setBold(false);
    expect(text.isBold()).toBe(false);
    expect(text.getTextAttributeIndices()).toEqual([0]);
  });

  it('setLinkUrl on a range links those characters only (#setLinkUrl(Integer,Integer,String), #getLinkUrl(Integer))', () => {
    const { body } = openNewDocument();
    const text = body.appendParagraph('See the workbook').editAsText();
    text.setLinkUrl(8, 15, 'https://docs.google.com/spreadsheets/d/1ss/edit');
    expect(text.getLinkUrl(8)).toBe('https://docs.google.com/spreadsheets/d/1ss/edit');
    expect(text.getLinkUrl(0)).toBeNull();
    expect(text.getLinkUrl()).toBeNull();
    expect(text.getTextAttributeIndices()).toEqual([0, 8]);
    text.setLinkUrl(8, 15, null as unknown as string);
    expect(text.getLinkUrl(8)).toBeNull();
  });

  it('setFontSize and setAttributes style the text; getFontSize is null for the default size (#setFontSize(Integer))', () => {
    const { app, body } = openNewDocument();
    const text = body.appendParagraph('Minutes').editAsText();
    expect(text.getFontSize()).toBeNull();
    text.setFontSize(18);
    expect(text.getFontSize()).toBe(18);
    text.setAttributes(0, 2, { [app.Attribute.ITALIC]: true });
    expect(text.isItalic(0)).toBe(true);
    expect(text.isItalic(3)).toBe(false);
  });

  it("insertText, appendText and deleteText edit the characters, inserted text taking its neighbour's style (#insertText(Integer,String))", () => {
    const { body } = openNewDocument();
    const text = body.appendParagraph('Meeting').editAsText();
    text.setBold(true);
    text.insertText(0, 'Next ');
    text.appendText(' notes');
    expect(text.getText()).toBe('Next Meeting notes');
    expect(text.isBold()).toBe(true);
    text.deleteText(12, 17);
    expect(text.getText()).toBe('Next Meeting');
  });

  it('refuses offsets outside the text', () => {
    const { body } = openNewDocument();
    const text = body.appendParagraph('short').editAsText();
    expect(() => text.setBold(2, 9, true)).toThrow('Invalid argument: endOffsetInclusive');
    expect(() => text.isBold(5)).toThrow('Invalid argument: offset');
  });

  it("a container's editAsText covers all its paragraphs joined by newlines (body#editAsText())", () => {
    const { body } = openNewDocument();
    body.appendParagraph('one');
    body.appendParagraph('two');
    const text = body.editAsText();
    expect(text.getText()).toBe('\none\ntwo');
    text.setBold(5, 7, true);
    expect(body.getChild(2).asParagraph().editAsText().isBold()).toBe(true);
    expect(body.getChild(1).asParagraph().editAsText().isBold()).toBe(false);
  });
});

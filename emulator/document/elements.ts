// The Docs element facades a script holds (Body, Paragraph, Table, Text…), each a view on a node of the model.
import { gasEnum, invalidArgument, parametersMismatch, SCRIPT_CLASS, scriptError } from '../core';
import { BlobFacade } from '../services/urlFetch';
import type { Workspace } from '../workspace';
import { ElementType as ElementTypes, GlyphType, HorizontalAlignment, ParagraphHeading } from './enums';
import { imageSize } from './image';
import {
  type AlignmentName,
  type AnyNode,
  type BlockContainerNode,
  type BlockNode,
  type ContainerNode,
  checkInsertIndex,
  childAt,
  type DocumentModel,
  descendants,
  elementText,
  type HeadingName,
  type InlineImageNode,
  type InlineNode,
  isParagraphLike,
  isTable,
  type ListItemNode,
  type ParagraphLike,
  type ParagraphNode,
  setCellText,
  setParagraphText,
  type TableCellNode,
  type TableNode,
  type TableRowNode,
  type TextNode,
  type TextStyle,
} from './model';
import { type StylePatch, TextSpan } from './text';

type Element = GoogleAppsScript.Document.Element;
type ContainerElement = GoogleAppsScript.Document.ContainerElement;
type Body = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type ListItem = GoogleAppsScript.Document.ListItem;
type Table = GoogleAppsScript.Document.Table;
type TableRow = GoogleAppsScript.Document.TableRow;
type TableCell = GoogleAppsScript.Document.TableCell;
type Text = GoogleAppsScript.Document.Text;
type HorizontalRule = GoogleAppsScript.Document.HorizontalRule;
type PageBreak = GoogleAppsScript.Document.PageBreak;
type InlineImage = GoogleAppsScript.Document.InlineImage;
type RangeElement = GoogleAppsScript.Document.RangeElement;
type ElementType = GoogleAppsScript.Document.ElementType;

/** What every facade of one opened Document shares: the workspace (for counting) and the model. */
export interface DocContext {
  ws: Workspace;
  model: DocumentModel;
  /** Set by saveAndClose(): the Document object and its elements can no longer be used. */
  state: { closed: boolean };
}

/** The class name Apps Script reports for each element type, used to name the counted calls. */
const CLASS_NAMES: Record<AnyNode['type'], string> = {
  BODY_SECTION: 'Body',
  HEADER_SECTION: 'HeaderSection',
  FOOTER_SECTION: 'FooterSection',
  PARAGRAPH: 'Paragraph',
  LIST_ITEM: 'ListItem',
  TABLE: 'Table',
  TABLE_ROW: 'TableRow',
  TABLE_CELL: 'TableCell',
  TEXT: 'Text',
  HORIZONTAL_RULE: 'HorizontalRule',
  PAGE_BREAK: 'PageBreak',
  INLINE_IMAGE: 'InlineImage',
};

/** Counts a call on a Document-bound object; a closed Document refuses every call. */
export function hitOn(ctx: DocContext, method: string): void {
  // https://developers.google.com/apps-script/reference/document/document#saveAndClose()
  if (ctx.state.closed) throw scriptError('Document is closed, its contents cannot be updated.');
  ctx.ws.calls.hit('document', method);
}

function signatureError(method: string, args: unknown[]): Error {
  return parametersMismatch(`DocumentApp.${method}`, args);
}

/** Apps Script turns a number or boolean given for a String parameter into its text. */
function isPrimitive(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** The facade for a node, of the class Apps Script would hand back for its type. */
export function wrap<T>(ctx: DocContext, node: AnyNode): T {
  const facade = (() => {
    switch (node.type) {
      case 'BODY_SECTION':
      case 'HEADER_SECTION':
      case 'FOOTER_SECTION':
        return new SectionFacade(ctx, node);
      case 'PARAGRAPH':
        return new ParagraphFacade(ctx, node);
      case 'LIST_ITEM':
        return new ListItemFacade(ctx, node);
      case 'TABLE':
        return new TableFacade(ctx, node);
      case 'TABLE_ROW':
        return new TableRowFacade(ctx, node);
      case 'TABLE_CELL':
        return new TableCellFacade(ctx, node);
      case 'TEXT':
        return new TextFacade(ctx, node, new TextSpan(ctx.model, () => [standIn(node)]));
      case 'HORIZONTAL_RULE':
      case 'PAGE_BREAK':
        return new InlineFacade(ctx, node);
      case 'INLINE_IMAGE':
        return new InlineImageFacade(ctx, node);
    }
  })();
  return facade as unknown as T;
}

/** A paragraph holding only one Text element, so a Text element can be edited as a span of its own. */
function standIn(node: TextNode): ParagraphLike {
  return { id: node.id, type: 'PARAGRAPH', heading: 'NORMAL', alignment: 'LEFT', children: [node] };
}

const TEXT_ATTRIBUTES: Record<string, keyof TextStyle> = {
  BOLD: 'bold',
  ITALIC: 'italic',
  UNDERLINE: 'underline',
  STRIKETHROUGH: 'strikethrough',
  FONT_SIZE: 'fontSize',
  FONT_FAMILY: 'fontFamily',
  FOREGROUND_COLOR: 'foregroundColor',
  BACKGROUND_COLOR: 'backgroundColor',
  LINK_URL: 'linkUrl',
};

/** The text part of an attributes object; null values leave a style as it is, as getAttributes() round-trips. */
function textPatch(attributes: Record<string, unknown>, skip: string[] = []): StylePatch {
  const patch: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(TEXT_ATTRIBUTES)) {
    const value = attributes[name];
    if (value !== null && value !== undefined && !skip.includes(name)) patch[key] = value;
  }
  return patch as StylePatch;
}

function textAttributes(span: TextSpan): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(TEXT_ATTRIBUTES)) {
    const value = span.uniform(key);
    attributes[name] = value === 'mixed' ? null : value;
  }
  return attributes;
}

/**
 * What every element does: its type, its place among siblings, removal and copies
 * (https://developers.google.com/apps-script/reference/document/element).
 * `Self` is the Apps Script type the element's chaining methods return.
 */
export abstract class ElementFacade<N extends AnyNode = AnyNode, Self = Element> {
  constructor(
    readonly ctx: DocContext,
    readonly node: N,
  ) {}

  get className(): string {
    return CLASS_NAMES[this.node.type];
  }

  /** How a signature error names this element when it is passed where it does not fit. */
  get [SCRIPT_CLASS](): string {
    return `DocumentApp.${this.className}`;
  }

  protected hit(method: string): void {
    hitOn(this.ctx, `${this.className}.${method}`);
  }

  protected self(): Self {
    return this as unknown as Self;
  }

  protected get model(): DocumentModel {
    return this.ctx.model;
  }

  getType(): ElementType {
    this.hit('getType');
    return gasEnum(ElementTypes[this.node.type]);
  }

  /** A section's parent is the document, which is not an element: null here. */
  getParent(): ContainerElement {
    this.hit('getParent');
    const location = this.model.locate(this.node);
    return (location ? wrap<ContainerElement>(this.ctx, location.parent) : null) as ContainerElement;
  }

  getNextSibling(): Element {
    this.hit('getNextSibling');
    return this.sibling(1);
  }

  getPreviousSibling(): Element {
    this.hit('getPreviousSibling');
    return this.sibling(-1);
  }

  private sibling(step: number): Element {
    const location = this.model.locate(this.node);
    const next = location ? (location.parent.children as AnyNode[])[location.index + step] : undefined;
    return (next ? wrap<Element>(this.ctx, next) : null) as Element;
  }

  /** https://developers.google.com/apps-script/reference/document/element#removeFromParent() */
  removeFromParent(): Self {
    this.hit('removeFromParent');
    if (this.node.type === 'HEADER_SECTION') this.model.header = null;
    else if (this.node.type === 'FOOTER_SECTION') this.model.footer = null;
    else {
      const location = this.model.locate(this.node);
      if (location) detach(location.parent, this.node);
    }
    return this.self();
  }

  /** A detached deep copy, which append and insert methods accept (element#copy()). */
  copy(): Self {
    this.hit('copy');
    return wrap<Self>(this.ctx, this.model.copyOf(this.node));
  }

  isAtDocumentEnd(): boolean {
    this.hit('isAtDocumentEnd');
    const children = this.model.body.children;
    return children[children.length - 1] === this.node;
  }

  private as<T>(method: string, type: AnyNode['type']): T {
    this.hit(method);
    // Google documents no wording for a cast to the wrong class; this one names both classes.
    if (this.node.type !== type) throw scriptError(`Cannot cast ${this.className} to ${CLASS_NAMES[type]}.`);
    return this as unknown as T;
  }

  asBody(): Body {
    return this.as('asBody', 'BODY_SECTION');
  }
  asHeaderSection(): GoogleAppsScript.Document.HeaderSection {
    return this.as('asHeaderSection', 'HEADER_SECTION');
  }
  asFooterSection(): GoogleAppsScript.Document.FooterSection {
    return this.as('asFooterSection', 'FOOTER_SECTION');
  }
  asParagraph(): Paragraph {
    return this.as('asParagraph', 'PARAGRAPH');
  }
  asListItem(): ListItem {
    return this.as('asListItem', 'LIST_ITEM');
  }
  asTable(): Table {
    return this.as('asTable', 'TABLE');
  }
  asTableRow(): TableRow {
    return this.as('asTableRow', 'TABLE_ROW');
  }
  asTableCell(): TableCell {
    return this.as('asTableCell', 'TABLE_CELL');
  }
  asText(): Text {
    return this.as('asText', 'TEXT');
  }
  asHorizontalRule(): HorizontalRule {
    return this.as('asHorizontalRule', 'HORIZONTAL_RULE');
  }
  asPageBreak(): PageBreak {
    return this.as('asPageBreak', 'PAGE_BREAK');
  }
}

/**
 * Removing the last paragraph of a section fails in Docs: a section always ends with a paragraph
 * (https://developers.google.com/apps-script/reference/document/body#removeChild(Element)).
 */
function detach(parent: ContainerNode, node: AnyNode): void {
  const children = parent.children as AnyNode[];
  const index = children.indexOf(node);
  const isSectionEnd = parent.type !== 'TABLE' && parent.type !== 'TABLE_ROW' && !isParagraphLike(parent);
  if (isSectionEnd && index === children.length - 1) {
    throw scriptError("Can't remove the last paragraph in a document section.");
  }
  children.splice(index, 1);
}

/** Elements that hold others: children by index, text, search (container-element). */
abstract class ContainerFacade<N extends ContainerNode, Self> extends ElementFacade<N, Self> {
  getNumChildren(): number {
    this.hit('getNumChildren');
    return this.node.children.length;
  }

  getChild(childIndex: number): Element {
    this.hit('getChild');
    return wrap<Element>(this.ctx, childAt(this.node.children as AnyNode[], childIndex));
  }

  /** -1 when the element is not a child of this one. */
  getChildIndex(child: Element): number {
    this.hit('getChildIndex');
    if (!(child instanceof ElementFacade)) throw signatureError(`${this.className}.getChildIndex`, [child]);
    return (this.node.children as AnyNode[]).indexOf(child.node);
  }

  getText(): string {
    this.hit('getText');
    return elementText(this.node);
  }

  protected span(): TextSpan {
    return new TextSpan(this.model, () => this.paragraphsWithin());
  }

  protected paragraphsWithin(): ParagraphLike[] {
    return isParagraphLike(this.node) ? [this.node] : descendants(this.node, isParagraphLike);
  }

  /** A Text version of the whole element, for editing (container-element#editAsText()). */
  editAsText(): Text {
    this.hit('editAsText');
    return new TextFacade(this.ctx, this.node, this.span()) as unknown as Text;
  }

  /** Text attributes apply to all the text within; other attributes to the element itself. */
  setAttributes(attributes: Record<string, unknown>): Self {
    this.hit('setAttributes');
    this.applyAttributes(attributes);
    return this.self();
  }

  protected applyAttributes(attributes: Record<string, unknown>): void {
    const span = this.span();
    span.style(0, span.length() - 1, textPatch(attributes));
  }

  getAttributes(): Record<string, unknown> {
    this.hit('getAttributes');
    return textAttributes(this.span());
  }

  /** Null when the text holds several links or none (container-element#getLinkUrl()). */
  getLinkUrl(): string {
    this.hit('getLinkUrl');
    const value = this.span().uniform('linkUrl');
    return (value === 'mixed' ? null : value) as string;
  }

  setLinkUrl(url: string): Self {
    this.hit('setLinkUrl');
    const span = this.span();
    span.style(0, span.length() - 1, { linkUrl: url === '' ? null : url });
    return this.self();
  }

  /**
   * The first match of a regular expression, after `from` when given, as a partial Text element
   * (https://developers.google.com/apps-script/reference/document/body#findText(String,RangeElement)).
   */
  findText(searchPattern: string, from?: RangeElement | null): RangeElement {
    this.hit('findText');
    return findTextIn(this.ctx, this.paragraphsWithin(), searchPattern, from ?? null) as RangeElement;
  }

  /** Replaces every match of a regular expression, within each Text element (body#replaceText). */
  replaceText(searchPattern: string, replacement: string): Element {
    this.hit('replaceText');
    const pattern = new RegExp(searchPattern, 'g');
    for (const paragraph of this.paragraphsWithin()) {
      for (const child of paragraph.children) {
        if (child.type !== 'TEXT') continue;
        const span = new TextSpan(this.model, () => [standIn(child)]);
        const matches = [...span.text().matchAll(pattern)].filter((match) => match[0] !== '').reverse();
        for (const match of matches) {
          const start = match.index ?? 0;
          span.insert(start + match[0].length, replacement);
          span.delete(start, start + match[0].length - 1);
        }
      }
    }
    return this as unknown as Element;
  }

  removeChild(child: Element): Self {
    this.hit('removeChild');
    if (!(child instanceof ElementFacade)) throw signatureError(`${this.className}.removeChild`, [child]);
    if (!(this.node.children as AnyNode[]).includes(child.node)) throw invalidArgument('child');
    detach(this.node, child.node);
    return this.self();
  }
}

/** The first match at or after a position, searching Text elements in document order. */
function findTextIn(
  ctx: DocContext,
  paragraphs: ParagraphLike[],
  searchPattern: string,
  from: RangeElement | null,
): RangeElementFacade | null {
  const texts = paragraphs.flatMap((paragraph) =>
    paragraph.children.filter((child): child is TextNode => child.type === 'TEXT'),
  );
  let startIndex = 0;
  let startOffset = 0;
  if (from instanceof RangeElementFacade) {
    startIndex = texts.indexOf(from.element.node as TextNode);
    startOffset = from.endOffsetInclusive + 1;
    if (startIndex < 0) return null;
  }
  const pattern = new RegExp(searchPattern, 'g');
  for (let i = startIndex; i < texts.length; i++) {
    pattern.lastIndex = i === startIndex ? startOffset : 0;
    const text = elementText(texts[i]);
    const match = pattern.exec(text);
    if (match && match[0] !== '') {
      const element = wrap<TextFacade>(ctx, texts[i]);
      return new RangeElementFacade(ctx, element, match.index, match.index + match[0].length - 1);
    }
  }
  return null;
}

/**
 * A part of a range: a whole element, or characters of a Text element
 * (https://developers.google.com/apps-script/reference/document/range-element).
 */
export class RangeElementFacade
  implements Pick<RangeElement, 'getElement' | 'getStartOffset' | 'getEndOffsetInclusive' | 'isPartial'>
{
  constructor(
    private readonly ctx: DocContext,
    readonly element: ElementFacade,
    /** -1 for a whole element. */
    readonly startOffset: number,
    readonly endOffsetInclusive: number,
  ) {}

  getElement(): Element {
    hitOn(this.ctx, 'RangeElement.getElement');
    return this.element as unknown as Element;
  }
  getStartOffset(): number {
    hitOn(this.ctx, 'RangeElement.getStartOffset');
    return this.startOffset;
  }
  getEndOffsetInclusive(): number {
    hitOn(this.ctx, 'RangeElement.getEndOffsetInclusive');
    return this.endOffsetInclusive;
  }
  isPartial(): boolean {
    hitOn(this.ctx, 'RangeElement.isPartial');
    return this.startOffset >= 0;
  }
}

/**
 * Body, HeaderSection, FooterSection and TableCell: they hold paragraphs, list items and tables
 * (https://developers.google.com/apps-script/reference/document/body).
 */
abstract class BlockContainerFacade<N extends BlockContainerNode, Self> extends ContainerFacade<N, Self> {
  appendParagraph(paragraph: string | Paragraph): Paragraph {
    this.hit('appendParagraph');
    return this.place<Paragraph>('appendParagraph', this.node.children.length, 'PARAGRAPH', paragraph);
  }

  insertParagraph(childIndex: number, paragraph: string | Paragraph): Paragraph {
    this.hit('insertParagraph');
    return this.place<Paragraph>('insertParagraph', childIndex, 'PARAGRAPH', paragraph);
  }

  appendListItem(listItem: string | ListItem): ListItem {
    this.hit('appendListItem');
    return this.place<ListItem>('appendListItem', this.node.children.length, 'LIST_ITEM', listItem);
  }

  insertListItem(childIndex: number, listItem: string | ListItem): ListItem {
    this.hit('insertListItem');
    return this.place<ListItem>('insertListItem', childIndex, 'LIST_ITEM', listItem);
  }

  /** No argument makes a table without rows, as Apps Script does (body#appendTable()). */
  appendTable(cellsOrTable?: string[][] | Table | null): Table {
    this.hit('appendTable');
    return this.place<Table>('appendTable', this.node.children.length, 'TABLE', cellsOrTable ?? []);
  }

  insertTable(childIndex: number, cellsOrTable?: string[][] | Table | null): Table {
    this.hit('insertTable');
    return this.place<Table>('insertTable', childIndex, 'TABLE', cellsOrTable ?? []);
  }

  /** A horizontal rule sits in a new paragraph of its own (body#appendHorizontalRule()). */
  appendHorizontalRule(): HorizontalRule {
    this.hit('appendHorizontalRule');
    return this.ruleOrBreak<HorizontalRule>(this.node.children.length, 'HORIZONTAL_RULE');
  }

  insertHorizontalRule(childIndex: number): HorizontalRule {
    this.hit('insertHorizontalRule');
    return this.ruleOrBreak<HorizontalRule>(childIndex, 'HORIZONTAL_RULE');
  }

  protected ruleOrBreak<T>(childIndex: number, type: 'HORIZONTAL_RULE' | 'PAGE_BREAK', given?: AnyNode): T {
    checkInsertIndex(this.node.children, childIndex);
    const paragraph = this.model.newParagraph();
    const inline = (given ?? { id: this.model.newElementId(), type }) as InlineNode;
    paragraph.children.push(inline);
    this.insertBlock(childIndex, paragraph);
    return wrap<T>(this.ctx, inline);
  }

  private place<T>(method: string, childIndex: number, type: BlockNode['type'], content: unknown): T {
    checkInsertIndex(this.node.children, childIndex);
    const node = this.blockFrom(method, childIndex, type, content);
    this.insertBlock(childIndex, node);
    return wrap<T>(this.ctx, node);
  }

  /** A new block from text or cells, or a detached element (adopted if it comes from another document). */
  private blockFrom(
    method: string,
    childIndex: number,
    type: BlockNode['type'],
    content: unknown,
  ): BlockNode {
    if (content instanceof ElementFacade) {
      if (content.node.type !== type) throw signatureError(`${this.className}.${method}`, [content]);
      // https://developers.google.com/apps-script/reference/document/body#appendParagraph(Paragraph)
      if (content.ctx.model.isAttached(content.node)) throw scriptError('Element must be detached.');
      return content.ctx.model === this.model
        ? (content.node as BlockNode)
        : this.model.adopt(content.node as BlockNode);
    }
    if (type === 'TABLE') {
      const valid = Array.isArray(content) && content.every((row) => Array.isArray(row));
      if (!valid) throw signatureError(`${this.className}.${method}`, [content]);
      return this.model.newTable((content as unknown[][]).map((row) => row.map(String)));
    }
    if (!isPrimitive(content)) throw signatureError(`${this.className}.${method}`, [content]);
    if (type === 'PARAGRAPH') return this.model.newParagraph(String(content));
    const before = this.node.children[childIndex - 1];
    // A list item right after another joins its list, as pressing Enter in a list does.
    const listId = before?.type === 'LIST_ITEM' ? before.listId : this.model.newListId();
    return this.model.newListItem(String(content), listId);
  }

  /**
   * A section never ends with a table: Docs adds an empty paragraph after a table placed last
   * (https://developers.google.com/apps-script/reference/document/body#appendTable(String)).
   */
  private insertBlock(childIndex: number, node: BlockNode): void {
    this.node.children.splice(childIndex, 0, node);
    const last = this.node.children[this.node.children.length - 1];
    if (last.type === 'TABLE') this.node.children.push(this.model.newParagraph());
  }

  /** Paragraphs and list items anywhere within, table cells included (body#getParagraphs()). */
  getParagraphs(): Paragraph[] {
    this.hit('getParagraphs');
    return descendants(this.node, isParagraphLike).map((node) => wrap<Paragraph>(this.ctx, node));
  }

  getListItems(): ListItem[] {
    this.hit('getListItems');
    return descendants(this.node, (node): node is ListItemNode => node.type === 'LIST_ITEM').map((node) =>
      wrap<ListItem>(this.ctx, node),
    );
  }

  getTables(): Table[] {
    this.hit('getTables');
    return descendants(this.node, isTable).map((node) => wrap<Table>(this.ctx, node));
  }

  /** What is left is one empty paragraph, as a section can't be empty (body#clear()). */
  clear(): Self {
    this.hit('clear');
    this.node.children = [this.model.newParagraph()];
    return this.self();
  }

  setText(text: string): Self {
    this.hit('setText');
    this.node.children = [this.model.newParagraph(text)];
    return this.self();
  }
}

/** What every container element has (https://developers.google.com/apps-script/reference/document/container-element). */
type ContainerMethods =
  | 'getText'
  | 'editAsText'
  | 'findText'
  | 'replaceText'
  | 'getChild'
  | 'getChildIndex'
  | 'getNumChildren'
  | 'removeChild'
  | 'setAttributes'
  | 'getAttributes'
  | 'getType'
  | 'getParent'
  | 'copy';

/** What an element inside a section adds: its neighbours, and leaving its parent. */
type SiblingMethods = 'getNextSibling' | 'getPreviousSibling' | 'removeFromParent';

/** What a body, header, footer or table cell adds: blocks in, its text set or cleared. */
type BlockContainerMethods =
  | 'appendParagraph'
  | 'insertParagraph'
  | 'appendListItem'
  | 'insertListItem'
  | 'appendTable'
  | 'insertTable'
  | 'appendHorizontalRule'
  | 'insertHorizontalRule'
  | 'setText'
  | 'clear';

/** Body, HeaderSection and FooterSection. */
export class SectionFacade
  extends BlockContainerFacade<BlockContainerNode, Body>
  implements
    Pick<
      Body,
      | BlockContainerMethods
      | ContainerMethods
      | 'appendPageBreak'
      | 'insertPageBreak'
      | 'getParagraphs'
      | 'getListItems'
      | 'getTables'
    >
{
  /** Page breaks belong to the body only (body#appendPageBreak()). */
  appendPageBreak(pageBreak?: PageBreak): PageBreak {
    this.hit('appendPageBreak');
    return this.pageBreak('appendPageBreak', this.node.children.length, pageBreak);
  }

  insertPageBreak(childIndex: number, pageBreak?: PageBreak | null): PageBreak {
    this.hit('insertPageBreak');
    return this.pageBreak('insertPageBreak', childIndex, pageBreak ?? undefined);
  }

  private pageBreak(method: string, childIndex: number, pageBreak: PageBreak | undefined): PageBreak {
    const given = pageBreak === undefined ? undefined : adoptDetached(this, method, pageBreak, 'PAGE_BREAK');
    return this.ruleOrBreak<PageBreak>(childIndex, 'PAGE_BREAK', given);
  }
}

/** https://developers.google.com/apps-script/reference/document/table-cell */
export class TableCellFacade
  extends BlockContainerFacade<TableCellNode, TableCell>
  implements
    Pick<
      TableCell,
      | BlockContainerMethods
      | ContainerMethods
      | SiblingMethods
      | 'getParentRow'
      | 'getParentTable'
      | 'getBackgroundColor'
      | 'setBackgroundColor'
      | 'getWidth'
      | 'setWidth'
      | 'getColSpan'
      | 'getRowSpan'
      | 'getLinkUrl'
      | 'setLinkUrl'
    >
{
  /** The cell's text becomes one paragraph; its first paragraph's formatting is kept (table-cell#setText). */
  override setText(text: string): TableCell {
    this.hit('setText');
    setCellText(this.model, this.node, String(text));
    return this.self();
  }

  getParentRow(): TableRow {
    this.hit('getParentRow');
    return this.parentOf<TableRow>(this.node);
  }

  getParentTable(): Table {
    this.hit('getParentTable');
    const row = this.model.locate(this.node)?.parent;
    return (row ? this.parentOf<Table>(row) : null) as Table;
  }

  private parentOf<T>(node: AnyNode): T {
    const location = this.model.locate(node);
    return (location ? wrap<T>(this.ctx, location.parent) : null) as T;
  }

  /** Null until a colour is set. */
  getBackgroundColor(): string {
    this.hit('getBackgroundColor');
    return this.node.backgroundColor as string;
  }

  setBackgroundColor(color: string): TableCell {
    this.hit('setBackgroundColor');
    this.node.backgroundColor = color;
    return this.self();
  }

  getWidth(): number {
    this.hit('getWidth');
    return this.node.width as number;
  }

  setWidth(width: number): TableCell {
    this.hit('setWidth');
    this.node.width = width;
    return this.self();
  }

  /** Merged cells are not emulated: every cell spans one row and one column. */
  getColSpan(): number {
    this.hit('getColSpan');
    return 1;
  }

  getRowSpan(): number {
    this.hit('getRowSpan');
    return 1;
  }

  /** A cell's BACKGROUND_COLOR colours the cell, not its text. */
  protected override applyAttributes(attributes: Record<string, unknown>): void {
    const span = this.span();
    span.style(0, span.length() - 1, textPatch(attributes, ['BACKGROUND_COLOR']));
    const color = attributes.BACKGROUND_COLOR;
    if (typeof color === 'string') this.node.backgroundColor = color;
  }
}

/** https://developers.google.com/apps-script/reference/document/table */
export class TableFacade
  extends ContainerFacade<TableNode, Table>
  implements
    Pick<
      Table,
      | ContainerMethods
      | SiblingMethods
      | 'getNumRows'
      | 'getRow'
      | 'getCell'
      | 'appendTableRow'
      | 'insertTableRow'
      | 'removeRow'
      | 'getColumnWidth'
      | 'setColumnWidth'
      | 'getBorderColor'
      | 'setBorderColor'
      | 'getBorderWidth'
      | 'setBorderWidth'
    >
{
  getNumRows(): number {
    this.hit('getNumRows');
    return this.node.children.length;
  }

  /** 0-based; past the end fails as getChild does (table#getRow(Integer)). */
  getRow(rowIndex: number): TableRow {
    this.hit('getRow');
    return wrap<TableRow>(this.ctx, childAt(this.node.children, rowIndex));
  }

  getCell(rowIndex: number, cellIndex: number): TableCell {
    this.hit('getCell');
    return wrap<TableCell>(this.ctx, childAt(childAt(this.node.children, rowIndex).children, cellIndex));
  }

  /** A new row has no cells until appendTableCell adds them (table#appendTableRow()). */
  appendTableRow(tableRow?: TableRow): TableRow {
    this.hit('appendTableRow');
    return this.insertRow('appendTableRow', this.node.children.length, tableRow);
  }

  insertTableRow(childIndex: number, tableRow?: TableRow | null): TableRow {
    this.hit('insertTableRow');
    checkInsertIndex(this.node.children, childIndex);
    return this.insertRow('insertTableRow', childIndex, tableRow ?? undefined);
  }

  private insertRow(method: string, childIndex: number, tableRow: TableRow | undefined): TableRow {
    const node =
      tableRow === undefined ? this.model.newRow() : adoptDetached(this, method, tableRow, 'TABLE_ROW');
    this.node.children.splice(childIndex, 0, node as TableRowNode);
    return wrap<TableRow>(this.ctx, node);
  }

  removeRow(rowIndex: number): TableRow {
    this.hit('removeRow');
    const row = childAt(this.node.children, rowIndex);
    this.node.children.splice(rowIndex, 1);
    return wrap<TableRow>(this.ctx, row);
  }

  /** Null for a column whose width was never set. */
  getColumnWidth(columnIndex: number): number {
    this.hit('getColumnWidth');
    return this.node.columnWidths[columnIndex] ?? (null as unknown as number);
  }

  setColumnWidth(columnIndex: number, width: number): Table {
    this.hit('setColumnWidth');
    while (this.node.columnWidths.length < columnIndex) this.node.columnWidths.push(null);
    this.node.columnWidths[columnIndex] = width;
    return this.self();
  }

  getBorderColor(): string {
    this.hit('getBorderColor');
    return this.node.borderColor as string;
  }

  setBorderColor(color: string): Table {
    this.hit('setBorderColor');
    this.node.borderColor = color;
    return this.self();
  }

  getBorderWidth(): number {
    this.hit('getBorderWidth');
    return this.node.borderWidth as number;
  }

  setBorderWidth(width: number): Table {
    this.hit('setBorderWidth');
    this.node.borderWidth = width;
    return this.self();
  }
}

/** A detached element of the expected type, adopted into this document. */
function adoptDetached(
  owner: { className: string; ctx: DocContext },
  method: string,
  element: unknown,
  type: AnyNode['type'],
): AnyNode {
  if (!(element instanceof ElementFacade) || element.node.type !== type) {
    throw signatureError(`${owner.className}.${method}`, [element]);
  }
  if (element.ctx.model.isAttached(element.node)) throw scriptError('Element must be detached.');
  return element.ctx.model === owner.ctx.model ? element.node : owner.ctx.model.adopt(element.node);
}

/** https://developers.google.com/apps-script/reference/document/table-row */
export class TableRowFacade
  extends ContainerFacade<TableRowNode, TableRow>
  implements
    Pick<
      TableRow,
      | ContainerMethods
      | SiblingMethods
      | 'getNumCells'
      | 'getCell'
      | 'appendTableCell'
      | 'insertTableCell'
      | 'removeCell'
      | 'getParentTable'
      | 'getMinimumHeight'
      | 'setMinimumHeight'
    >
{
  getNumCells(): number {
    this.hit('getNumCells');
    return this.node.children.length;
  }

  getCell(cellIndex: number): TableCell {
    this.hit('getCell');
    return wrap<TableCell>(this.ctx, childAt(this.node.children, cellIndex));
  }

  appendTableCell(textContentsOrCell?: string | TableCell | null): TableCell {
    this.hit('appendTableCell');
    return this.insertCell('appendTableCell', this.node.children.length, textContentsOrCell);
  }

  insertTableCell(childIndex: number, textContentsOrCell?: string | TableCell | null): TableCell {
    this.hit('insertTableCell');
    checkInsertIndex(this.node.children, childIndex);
    return this.insertCell('insertTableCell', childIndex, textContentsOrCell);
  }

  private insertCell(
    method: string,
    childIndex: number,
    content: string | TableCell | null | undefined,
  ): TableCell {
    const node =
      content === null || content === undefined || isPrimitive(content)
        ? this.model.newCell(String(content ?? ''))
        : (adoptDetached(this, method, content, 'TABLE_CELL') as TableCellNode);
    this.node.children.splice(childIndex, 0, node);
    return wrap<TableCell>(this.ctx, node);
  }

  removeCell(cellIndex: number): TableCell {
    this.hit('removeCell');
    const cell = childAt(this.node.children, cellIndex);
    this.node.children.splice(cellIndex, 1);
    return wrap<TableCell>(this.ctx, cell);
  }

  getParentTable(): Table {
    this.hit('getParentTable');
    const location = this.model.locate(this.node);
    return (location ? wrap<Table>(this.ctx, location.parent) : null) as Table;
  }

  getMinimumHeight(): number {
    this.hit('getMinimumHeight');
    return this.node.minimumHeight as number;
  }

  setMinimumHeight(minHeight: number): TableRow {
    this.hit('setMinimumHeight');
    this.node.minimumHeight = minHeight;
    return this.self();
  }
}

/** Paragraph and ListItem: a run of text with a heading and an alignment (paragraph). */
abstract class ParagraphBase<N extends ParagraphLike, Self> extends ContainerFacade<N, Self> {
  setText(text: string): void {
    this.hit('setText');
    setParagraphText(this.model, this.node, String(text));
  }

  /**
   * The new Text element continues the formatting of the text before it, except a link, which
   * does not grow past its end (paragraph#appendText).
   */
  appendText(text: string | Text): Text {
    this.hit('appendText');
    return this.insertTextAt('appendText', this.node.children.length, text);
  }

  insertText(childIndex: number, text: string | Text): Text {
    this.hit('insertText');
    checkInsertIndex(this.node.children, childIndex);
    return this.insertTextAt('insertText', childIndex, text);
  }

  private insertTextAt(method: string, childIndex: number, text: string | Text): Text {
    let node: TextNode;
    if (isPrimitive(text)) {
      const before = this.node.children
        .slice(0, childIndex)
        .reverse()
        .find((child): child is TextNode => child.type === 'TEXT');
      const { text: _last, linkUrl: _link, ...style } = before?.runs[before.runs.length - 1] ?? { text: '' };
      node = this.model.newText(String(text), style);
    } else {
      node = adoptDetached(this, method, text, 'TEXT') as TextNode;
    }
    this.node.children.splice(childIndex, 0, node);
    return wrap<Text>(this.ctx, node);
  }

  appendHorizontalRule(): HorizontalRule {
    this.hit('appendHorizontalRule');
    const node: InlineNode = { id: this.model.newElementId(), type: 'HORIZONTAL_RULE' };
    this.node.children.push(node);
    return wrap<HorizontalRule>(this.ctx, node);
  }

  /**
   * Appends the image at its own pixel size (https://developers.google.com/apps-script/reference/document/paragraph#appendInlineImage(BlobSource)).
   * Docs takes PNG, GIF and JPEG; other bytes are refused with "Invalid image data." (wording unverified).
   */
  appendInlineImage(source: GoogleAppsScript.Base.BlobSource): InlineImage {
    this.hit('appendInlineImage');
    // Any BlobSource will do (an HTTPResponse, a Blob): its getBlob() gives the bytes.
    const image = source instanceof BlobFacade ? source : (source as { getBlob?: () => unknown }).getBlob?.();
    if (!(image instanceof BlobFacade)) throw signatureError('Paragraph.appendInlineImage', [source]);
    const size = imageSize(image.bytes);
    if (!size) throw scriptError('Invalid image data.');
    const node: InlineImageNode = {
      id: this.model.newElementId(),
      type: 'INLINE_IMAGE',
      contentType: image.contentType ?? 'application/octet-stream',
      base64: Buffer.from(image.bytes).toString('base64'),
      ...size,
    };
    this.node.children.push(node);
    return wrap<InlineImage>(this.ctx, node);
  }

  appendPageBreak(): PageBreak {
    this.hit('appendPageBreak');
    const node: InlineNode = { id: this.model.newElementId(), type: 'PAGE_BREAK' };
    this.node.children.push(node);
    return wrap<PageBreak>(this.ctx, node);
  }

  clear(): Self {
    this.hit('clear');
    this.node.children = [];
    return this.self();
  }

  getHeading(): GoogleAppsScript.Document.ParagraphHeading {
    this.hit('getHeading');
    return gasEnum(ParagraphHeading[this.node.heading]);
  }

  setHeading(heading: GoogleAppsScript.Document.ParagraphHeading): Self {
    this.hit('setHeading');
    this.node.heading = String(heading) as HeadingName;
    return this.self();
  }

  getAlignment(): GoogleAppsScript.Document.HorizontalAlignment {
    this.hit('getAlignment');
    return gasEnum(HorizontalAlignment[this.node.alignment]);
  }

  setAlignment(alignment: GoogleAppsScript.Document.HorizontalAlignment): Self {
    this.hit('setAlignment');
    this.node.alignment = String(alignment) as AlignmentName;
    return this.self();
  }

  protected override applyAttributes(attributes: Record<string, unknown>): void {
    super.applyAttributes(attributes);
    if (attributes.HEADING) this.node.heading = String(attributes.HEADING) as HeadingName;
    if (attributes.HORIZONTAL_ALIGNMENT)
      this.node.alignment = String(attributes.HORIZONTAL_ALIGNMENT) as AlignmentName;
  }

  override getAttributes(): Record<string, unknown> {
    const attributes = super.getAttributes();
    return {
      ...attributes,
      HEADING: ParagraphHeading[this.node.heading],
      HORIZONTAL_ALIGNMENT: HorizontalAlignment[this.node.alignment],
    };
  }
}

type ParagraphMethods =
  | ContainerMethods
  | SiblingMethods
  | 'setText'
  | 'appendText'
  | 'insertText'
  | 'clear'
  | 'getHeading'
  | 'setHeading'
  | 'getAlignment'
  | 'setAlignment'
  | 'getLinkUrl'
  | 'setLinkUrl'
  | 'appendHorizontalRule'
  | 'appendInlineImage'
  | 'isAtDocumentEnd';

/** https://developers.google.com/apps-script/reference/document/paragraph */
export class ParagraphFacade
  extends ParagraphBase<ParagraphNode, Paragraph>
  implements Pick<Paragraph, ParagraphMethods> {}

/** https://developers.google.com/apps-script/reference/document/list-item */
export class ListItemFacade
  extends ParagraphBase<ListItemNode, ListItem>
  implements
    Pick<
      ListItem,
      | ParagraphMethods
      | 'getNestingLevel'
      | 'setNestingLevel'
      | 'getGlyphType'
      | 'setGlyphType'
      | 'getListId'
      | 'setListId'
    >
{
  getNestingLevel(): number {
    this.hit('getNestingLevel');
    return this.node.nestingLevel;
  }

  setNestingLevel(nestingLevel: number): ListItem {
    this.hit('setNestingLevel');
    this.node.nestingLevel = nestingLevel;
    return this.self();
  }

  getGlyphType(): GoogleAppsScript.Document.GlyphType {
    this.hit('getGlyphType');
    return gasEnum(GlyphType[this.node.glyphType as keyof typeof GlyphType]);
  }

  setGlyphType(glyphType: GoogleAppsScript.Document.GlyphType): ListItem {
    this.hit('setGlyphType');
    this.node.glyphType = String(glyphType);
    return this.self();
  }

  getListId(): string {
    this.hit('getListId');
    return this.node.listId;
  }

  /** Joins the list of another list item (list-item#setListId(ListItem)). */
  setListId(listItem: ListItem): ListItem {
    this.hit('setListId');
    if (!(listItem instanceof ListItemFacade)) throw signatureError('ListItem.setListId', [listItem]);
    this.node.listId = listItem.node.listId;
    return this.self();
  }
}

/** HorizontalRule and PageBreak: elements with nothing inside. */
export class InlineFacade extends ElementFacade<InlineNode, HorizontalRule> {}

/**
 * An image in a paragraph, sized in pixels (https://developers.google.com/apps-script/reference/document/inline-image).
 * Setting one side does not change the other: a caller keeping the aspect ratio sets both.
 */
export class InlineImageFacade
  extends ElementFacade<InlineImageNode, InlineImage>
  implements Pick<InlineImage, 'getWidth' | 'getHeight' | 'setWidth' | 'setHeight'>
{
  getWidth(): number {
    this.hit('getWidth');
    return this.node.width;
  }

  getHeight(): number {
    this.hit('getHeight');
    return this.node.height;
  }

  setWidth(width: number): InlineImage {
    this.hit('setWidth');
    this.node.width = pixels('InlineImage.setWidth', width);
    return this.self();
  }

  setHeight(height: number): InlineImage {
    this.hit('setHeight');
    this.node.height = pixels('InlineImage.setHeight', height);
    return this.self();
  }
}

/** A size in pixels: a number, rounded as Docs keeps whole pixels; anything else fits no signature. */
function pixels(method: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw signatureError(method, [value]);
  return Math.round(value);
}

/**
 * Text: formatted characters, addressed by 0-based offsets with an inclusive end
 * (https://developers.google.com/apps-script/reference/document/text). A Text element edits its
 * own characters; editAsText() of a container edits all its paragraphs, joined by newlines.
 */
export class TextFacade
  extends ElementFacade<AnyNode, Text>
  implements
    Pick<
      Text,
      | 'getText'
      | 'setText'
      | 'appendText'
      | 'insertText'
      | 'deleteText'
      | 'setBold'
      | 'isBold'
      | 'setItalic'
      | 'isItalic'
      | 'setUnderline'
      | 'isUnderline'
      | 'setStrikethrough'
      | 'isStrikethrough'
      | 'setFontSize'
      | 'getFontSize'
      | 'setFontFamily'
      | 'getFontFamily'
      | 'setForegroundColor'
      | 'getForegroundColor'
      | 'setBackgroundColor'
      | 'getBackgroundColor'
      | 'setLinkUrl'
      | 'getLinkUrl'
      | 'setAttributes'
      | 'getAttributes'
      | 'getTextAttributeIndices'
      | 'findText'
      | 'getType'
    >
{
  constructor(
    ctx: DocContext,
    /** The Text element itself, or the container whose text this edits. */
    node: AnyNode,
    private readonly span: TextSpan,
  ) {
    super(ctx, node);
  }

  override get className(): string {
    return 'Text';
  }

  override getType(): ElementType {
    this.hit('getType');
    return gasEnum(ElementTypes.TEXT);
  }

  getText(): string {
    this.hit('getText');
    return this.span.text();
  }

  /** The new text keeps the formatting of the first character it replaces. */
  setText(text: string): Text {
    this.hit('setText');
    const paragraphs = this.span.paragraphs();
    if (paragraphs.length !== 1) throw unemulated('setText');
    setParagraphText(this.model, paragraphs[0], text);
    return this.self();
  }

  appendText(text: string): Text {
    this.hit('appendText');
    this.span.insert(this.span.length(), text);
    return this.self();
  }

  insertText(offset: number, text: string): Text {
    this.hit('insertText');
    this.checkOffset('offset', offset, this.span.length());
    this.span.insert(offset, text);
    return this.self();
  }

  deleteText(startOffset: number, endOffsetInclusive: number): Text {
    this.hit('deleteText');
    this.checkRange(startOffset, endOffsetInclusive);
    if (
      this.span
        .text()
        .slice(startOffset, endOffsetInclusive + 1)
        .includes('\n')
    )
      throw unemulated('deleteText');
    this.span.delete(startOffset, endOffsetInclusive);
    return this.self();
  }

  private checkOffset(name: string, offset: number, max: number): void {
    if (!Number.isInteger(offset) || offset < 0 || offset > max) throw invalidArgument(name);
  }

  private checkRange(start: number, endInclusive: number): void {
    const length = this.span.length();
    this.checkOffset('startOffset', start, length - 1);
    this.checkOffset('endOffsetInclusive', endInclusive, length - 1);
    if (endInclusive < start) throw invalidArgument('endOffsetInclusive');
  }

  /** The (value) form styles all the text, the (start, end, value) form a part of it. */
  private setStyle(method: string, key: keyof TextStyle, args: unknown[]): Text {
    this.hit(method);
    if (args.length === 3) {
      const [start, end, value] = args as [number, number, TextStyle[typeof key] | null];
      this.checkRange(start, end);
      this.span.style(start, end, { [key]: value === '' ? null : value });
    } else if (args.length === 1) {
      const value = args[0] as TextStyle[typeof key] | null;
      this.span.style(0, this.span.length() - 1, { [key]: value === '' ? null : value });
    } else {
      throw signatureError(`Text.${method}`, args);
    }
    return this.self();
  }

  /** At an offset, that character's style; without, the style shared by all, null when mixed. */
  private getStyle<K extends keyof TextStyle>(method: string, key: K, offset: number | null | undefined) {
    this.hit(method);
    if (offset !== undefined && offset !== null) {
      this.checkOffset('offset', offset, this.span.length() - 1);
      return this.span.styleAt(offset)?.[key] ?? null;
    }
    const value = this.span.uniform(key);
    return value === 'mixed' ? null : value;
  }

  /** Plain characters read false; without an offset, null when set and plain characters mix. */
  private flag(
    method: string,
    key: 'bold' | 'italic' | 'underline' | 'strikethrough',
    offset?: number | null,
  ) {
    this.hit(method);
    if (offset !== undefined && offset !== null) {
      this.checkOffset('offset', offset, this.span.length() - 1);
      return Boolean(this.span.styleAt(offset)?.[key]);
    }
    const value = this.span.uniform(key, Boolean);
    return (value === 'mixed' ? null : Boolean(value)) as boolean;
  }

  setBold(...args: [boolean] | [number, number, boolean]): Text {
    return this.setStyle('setBold', 'bold', args);
  }
  isBold(offset?: number | null): boolean {
    return this.flag('isBold', 'bold', offset);
  }
  setItalic(...args: [boolean] | [number, number, boolean]): Text {
    return this.setStyle('setItalic', 'italic', args);
  }
  isItalic(offset?: number | null): boolean {
    return this.flag('isItalic', 'italic', offset);
  }
  setUnderline(...args: [boolean] | [number, number, boolean]): Text {
    return this.setStyle('setUnderline', 'underline', args);
  }
  isUnderline(offset?: number | null): boolean {
    return this.flag('isUnderline', 'underline', offset);
  }
  setStrikethrough(...args: [boolean] | [number, number, boolean]): Text {
    return this.setStyle('setStrikethrough', 'strikethrough', args);
  }
  isStrikethrough(offset?: number | null): boolean {
    return this.flag('isStrikethrough', 'strikethrough', offset);
  }

  setFontSize(...args: [number] | [number, number, number]): Text {
    return this.setStyle('setFontSize', 'fontSize', args);
  }
  /** Null where the size is the paragraph style's default. */
  getFontSize(offset?: number | null): number {
    return this.getStyle('getFontSize', 'fontSize', offset) as number;
  }
  setFontFamily(...args: [string] | [number, number, string]): Text {
    return this.setStyle('setFontFamily', 'fontFamily', args);
  }
  getFontFamily(offset?: number | null): string {
    return this.getStyle('getFontFamily', 'fontFamily', offset) as string;
  }
  setForegroundColor(...args: [string] | [number, number, string]): Text {
    return this.setStyle('setForegroundColor', 'foregroundColor', args);
  }
  getForegroundColor(offset?: number | null): string {
    return this.getStyle('getForegroundColor', 'foregroundColor', offset) as string;
  }
  setBackgroundColor(...args: [string] | [number, number, string]): Text {
    return this.setStyle('setBackgroundColor', 'backgroundColor', args);
  }
  getBackgroundColor(offset?: number | null): string {
    return this.getStyle('getBackgroundColor', 'backgroundColor', offset) as string;
  }
  /** An empty or null url removes the link. */
  setLinkUrl(...args: [string] | [number, number, string]): Text {
    return this.setStyle('setLinkUrl', 'linkUrl', args);
  }
  getLinkUrl(offset?: number | null): string {
    return this.getStyle('getLinkUrl', 'linkUrl', offset) as string;
  }

  setAttributes(...args: [Record<string, unknown>] | [number, number, Record<string, unknown>]): Text {
    this.hit('setAttributes');
    if (args.length === 3) {
      this.checkRange(args[0], args[1]);
      this.span.style(args[0], args[1], textPatch(args[2]));
    } else {
      this.span.style(0, this.span.length() - 1, textPatch(args[0]));
    }
    return this.self();
  }

  getAttributes(offset?: number | null): Record<string, unknown> {
    this.hit('getAttributes');
    if (offset === undefined || offset === null) return textAttributes(this.span);
    this.checkOffset('offset', offset, this.span.length() - 1);
    const style = this.span.styleAt(offset) ?? {};
    return Object.fromEntries(
      Object.entries(TEXT_ATTRIBUTES).map(([name, key]) => [name, style[key] ?? null]),
    );
  }

  /** The offsets where a run of one formatting starts (text#getTextAttributeIndices()). */
  getTextAttributeIndices(): number[] {
    this.hit('getTextAttributeIndices');
    const indices: number[] = [];
    const text = this.span.text();
    let previous = '';
    for (let offset = 0; offset < text.length; offset++) {
      const style = JSON.stringify(this.span.styleAt(offset) ?? {});
      if (offset === 0 || style !== previous) indices.push(offset);
      previous = style;
    }
    return indices;
  }

  findText(searchPattern: string, from?: RangeElement | null): RangeElement {
    this.hit('findText');
    return findTextIn(this.ctx, this.span.paragraphs(), searchPattern, from ?? null) as RangeElement;
  }
}

function unemulated(method: string): Error {
  return scriptError(`Text.${method} across several paragraphs is not emulated.`);
}

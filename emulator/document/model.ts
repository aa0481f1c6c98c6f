// The emulated Google Doc as plain data: the tree DocumentApp's facades edit and the workbench renders.
/*
 * JSON shape (what toJSON() gives and documentModelFromJSON() takes; every node is a plain object):
 *
 * DocumentJSON   { id, name, nextElementId: number,
 *                  body: SectionNode, header: SectionNode | null, footer: SectionNode | null,
 *                  namedRanges: NamedRangeNode[] }
 * SectionNode    { id, type: 'BODY_SECTION' | 'HEADER_SECTION' | 'FOOTER_SECTION', children: BlockNode[] }
 * BlockNode      ParagraphNode | ListItemNode | TableNode
 * ParagraphNode  { id, type: 'PARAGRAPH', heading: 'NORMAL' | 'HEADING1'…'HEADING6' | 'TITLE' | 'SUBTITLE',
 *                  alignment: 'LEFT' | 'CENTER' | 'RIGHT' | 'JUSTIFY', children: InlineNode[] }
 * ListItemNode   ParagraphNode's fields with type 'LIST_ITEM', plus listId, nestingLevel, glyphType ('BULLET'…)
 * InlineNode     { id, type: 'TEXT', runs: Run[] } | { id, type: 'HORIZONTAL_RULE' } | { id, type: 'PAGE_BREAK' }
 *                  | { id, type: 'INLINE_IMAGE', contentType, base64, width: number, height: number } (size in pixels)
 * Run            { text, bold?, italic?, underline?, strikethrough?, fontSize?, fontFamily?,
 *                  foregroundColor?, backgroundColor?, linkUrl? }   (an absent style is the paragraph's default)
 * TableNode      { id, type: 'TABLE', columnWidths: (number | null)[], borderColor: string | null,
 *                  borderWidth: number | null, children: TableRowNode[] }
 * TableRowNode   { id, type: 'TABLE_ROW', minimumHeight: number | null, children: TableCellNode[] }
 * TableCellNode  { id, type: 'TABLE_CELL', backgroundColor: string | null, width: number | null,
 *                  children: BlockNode[] }
 * NamedRangeNode { id, name, elements: { elementId, startOffset: number, endOffsetInclusive: number }[] }
 *                  (offsets are -1 for a whole element; elementId is the `id` of any node above)
 *
 * Element ids are stable for the life of the document, so named ranges survive edits around them.
 */
import { scriptError } from '../core';

export type HeadingName =
  | 'NORMAL'
  | 'HEADING1'
  | 'HEADING2'
  | 'HEADING3'
  | 'HEADING4'
  | 'HEADING5'
  | 'HEADING6'
  | 'TITLE'
  | 'SUBTITLE';
export type AlignmentName = 'LEFT' | 'CENTER' | 'RIGHT' | 'JUSTIFY';

export interface TextStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  fontSize?: number;
  fontFamily?: string;
  foregroundColor?: string;
  backgroundColor?: string;
  linkUrl?: string;
}
export interface Run extends TextStyle {
  text: string;
}

export interface TextNode {
  id: string;
  type: 'TEXT';
  runs: Run[];
}
export interface HorizontalRuleNode {
  id: string;
  type: 'HORIZONTAL_RULE';
}
export interface PageBreakNode {
  id: string;
  type: 'PAGE_BREAK';
}
/** An image in a paragraph: its bytes (base64, so the saved document stays JSON) and its size in pixels. */
export interface InlineImageNode {
  id: string;
  type: 'INLINE_IMAGE';
  contentType: string;
  base64: string;
  width: number;
  height: number;
}
export type InlineNode = TextNode | HorizontalRuleNode | PageBreakNode | InlineImageNode;

export interface ParagraphNode {
  id: string;
  type: 'PARAGRAPH';
  heading: HeadingName;
  alignment: AlignmentName;
  children: InlineNode[];
}
export interface ListItemNode extends Omit<ParagraphNode, 'type'> {
  type: 'LIST_ITEM';
  listId: string;
  nestingLevel: number;
  glyphType: string;
}
export type ParagraphLike = ParagraphNode | ListItemNode;

export interface TableCellNode {
  id: string;
  type: 'TABLE_CELL';
  backgroundColor: string | null;
  width: number | null;
  children: BlockNode[];
}
export interface TableRowNode {
  id: string;
  type: 'TABLE_ROW';
  minimumHeight: number | null;
  children: TableCellNode[];
}
export interface TableNode {
  id: string;
  type: 'TABLE';
  columnWidths: (number | null)[];
  borderColor: string | null;
  borderWidth: number | null;
  children: TableRowNode[];
}
export type BlockNode = ParagraphLike | TableNode;

export type SectionType = 'BODY_SECTION' | 'HEADER_SECTION' | 'FOOTER_SECTION';
export interface SectionNode {
  id: string;
  type: SectionType;
  children: BlockNode[];
}

export interface NamedRangeElement {
  elementId: string;
  startOffset: number;
  endOffsetInclusive: number;
}
export interface NamedRangeNode {
  id: string;
  name: string;
  elements: NamedRangeElement[];
}

export interface DocumentJSON {
  id: string;
  name: string;
  nextElementId: number;
  body: SectionNode;
  header: SectionNode | null;
  footer: SectionNode | null;
  namedRanges: NamedRangeNode[];
}

export type BlockContainerNode = SectionNode | TableCellNode;
export type ContainerNode = BlockContainerNode | ParagraphLike | TableNode | TableRowNode;
export type AnyNode = ContainerNode | InlineNode;

/** Where a node sits: its parent and its index among the parent's children. */
export interface Location {
  parent: ContainerNode;
  index: number;
}

export class DocumentModel {
  id: string;
  name: string;
  nextElementId: number;
  body: SectionNode;
  header: SectionNode | null;
  footer: SectionNode | null;
  namedRanges: NamedRangeNode[];

  constructor(json: DocumentJSON) {
    this.id = json.id;
    this.name = json.name;
    this.nextElementId = json.nextElementId;
    this.body = json.body;
    this.header = json.header;
    this.footer = json.footer;
    this.namedRanges = json.namedRanges;
  }

  newElementId(): string {
    return `e${this.nextElementId++}`;
  }

  newText(text: string, style: TextStyle = {}): TextNode {
    return { id: this.newElementId(), type: 'TEXT', runs: text === '' ? [] : [{ ...style, text }] };
  }

  /** An empty paragraph has no Text child, as in Docs; text becomes one Text child. */
  newParagraph(text = ''): ParagraphNode {
    const children: InlineNode[] = text === '' ? [] : [this.newText(text)];
    return { id: this.newElementId(), type: 'PARAGRAPH', heading: 'NORMAL', alignment: 'LEFT', children };
  }

  newListItem(text: string, listId: string): ListItemNode {
    const children: InlineNode[] = text === '' ? [] : [this.newText(text)];
    return {
      id: this.newElementId(),
      type: 'LIST_ITEM',
      heading: 'NORMAL',
      alignment: 'LEFT',
      listId,
      nestingLevel: 0,
      glyphType: 'BULLET',
      children,
    };
  }

  newListId(): string {
    return `kix.list.${this.newElementId()}`;
  }

  /** A cell always holds at least one paragraph. */
  newCell(text = ''): TableCellNode {
    return {
      id: this.newElementId(),
      type: 'TABLE_CELL',
      backgroundColor: null,
      width: null,
      children: [this.newParagraph(text)],
    };
  }

  newRow(cells: string[] = []): TableRowNode {
    return {
      id: this.newElementId(),
      type: 'TABLE_ROW',
      minimumHeight: null,
      children: cells.map((text) => this.newCell(text)),
    };
  }

  newTable(cells: string[][] = []): TableNode {
    return {
      id: this.newElementId(),
      type: 'TABLE',
      columnWidths: [],
      borderColor: null,
      borderWidth: null,
      children: cells.map((row) => this.newRow(row)),
    };
  }

  newSection(type: SectionType): SectionNode {
    return { id: this.newElementId(), type, children: [this.newParagraph()] };
  }

  sections(): SectionNode[] {
    return [this.body, this.header, this.footer].filter(
      (section): section is SectionNode => section !== null,
    );
  }

  /** The parent and index of an attached node; null for a section or a detached node. */
  locate(node: AnyNode): Location | null {
    for (const section of this.sections()) {
      const found = locateUnder(section, node);
      if (found) return found;
    }
    return null;
  }

  isAttached(node: AnyNode): boolean {
    return this.sections().includes(node as SectionNode) || this.locate(node) !== null;
  }

  findById(elementId: string): AnyNode | null {
    for (const section of this.sections()) {
      const found = findUnder(section, elementId);
      if (found) return found;
    }
    return null;
  }

  /** Gives a node copied from elsewhere (another document, or a detached copy) this document's ids. */
  adopt<T extends AnyNode>(node: T): T {
    node.id = this.newElementId();
    if ('children' in node) for (const child of node.children) this.adopt(child);
    return node;
  }

  /** A detached deep copy with fresh ids, as Element.copy() returns. */
  copyOf<T extends AnyNode>(node: T): T {
    return this.adopt(structuredClone(node));
  }

  /** The body's text as Body.getText() gives it. */
  plainText(): string {
    return elementText(this.body);
  }

  /** Every table of the body, in document order, as the text of each cell. */
  tables(): string[][][] {
    return bodyTables(this).map((table) => table.children.map((row) => row.children.map(elementText)));
  }

  toJSON(): DocumentJSON {
    return structuredClone({
      id: this.id,
      name: this.name,
      nextElementId: this.nextElementId,
      body: this.body,
      header: this.header,
      footer: this.footer,
      namedRanges: this.namedRanges,
    });
  }
}

function locateUnder(parent: ContainerNode, node: AnyNode): Location | null {
  const children: AnyNode[] = parent.children;
  const index = children.indexOf(node);
  if (index >= 0) return { parent, index };
  for (const child of children) {
    if ('children' in child) {
      const found = locateUnder(child, node);
      if (found) return found;
    }
  }
  return null;
}

function findUnder(node: AnyNode, elementId: string): AnyNode | null {
  if (node.id === elementId) return node;
  if (!('children' in node)) return null;
  for (const child of node.children) {
    const found = findUnder(child, elementId);
    if (found) return found;
  }
  return null;
}

/** Every node of a type under a container, depth first in document order. */
export function descendants<T extends AnyNode>(root: AnyNode, accept: (node: AnyNode) => node is T): T[] {
  const found: T[] = [];
  const visit = (node: AnyNode) => {
    if ('children' in node) {
      for (const child of node.children) {
        if (accept(child)) found.push(child);
        visit(child);
      }
    }
  };
  visit(root);
  return found;
}

export const isParagraphLike = (node: AnyNode): node is ParagraphLike =>
  node.type === 'PARAGRAPH' || node.type === 'LIST_ITEM';
export const isTable = (node: AnyNode): node is TableNode => node.type === 'TABLE';

export function bodyTables(model: DocumentModel): TableNode[] {
  return descendants(model.body, isTable);
}

export function paragraphText(paragraph: ParagraphLike): string {
  return paragraph.children.map((child) => (child.type === 'TEXT' ? runsText(child.runs) : '')).join('');
}

export function runsText(runs: Run[]): string {
  return runs.map((run) => run.text).join('');
}

/**
 * The text of any element as its getText() gives it: a container's children joined by newlines, a
 * table's cells one per line (https://developers.google.com/apps-script/reference/document/table#getText()).
 */
export function elementText(node: AnyNode): string {
  switch (node.type) {
    case 'TEXT':
      return runsText(node.runs);
    case 'HORIZONTAL_RULE':
    case 'PAGE_BREAK':
    case 'INLINE_IMAGE':
      return '';
    case 'PARAGRAPH':
    case 'LIST_ITEM':
      return paragraphText(node);
    default:
      return (node.children as AnyNode[]).map(elementText).join('\n');
  }
}

/**
 * A new Doc's body holds one empty paragraph, as Google makes it
 * (https://developers.google.com/apps-script/reference/document/document-app#create(String)).
 */
export function newDocumentModel(id: string, name: string): DocumentModel {
  const model = new DocumentModel({
    id,
    name,
    nextElementId: 1,
    body: { id: 'body', type: 'BODY_SECTION', children: [] },
    header: null,
    footer: null,
    namedRanges: [],
  });
  model.body.children.push(model.newParagraph());
  return model;
}

export function documentModelFromJSON(json: unknown): DocumentModel {
  const data = json as Partial<DocumentJSON> | null;
  if (
    !data ||
    typeof data.id !== 'string' ||
    typeof data.name !== 'string' ||
    data.body?.type !== 'BODY_SECTION'
  ) {
    throw new Error('Not a saved emulated document: it needs an id, a name and a body');
  }
  return new DocumentModel(
    structuredClone({
      id: data.id,
      name: data.name,
      nextElementId: data.nextElementId ?? 1,
      body: data.body,
      header: data.header ?? null,
      footer: data.footer ?? null,
      namedRanges: data.namedRanges ?? [],
    }),
  );
}

/** Replaces a cell's content by one paragraph of text, keeping the first paragraph and its first style. */
export function setCellText(model: DocumentModel, cell: TableCellNode, text: string): void {
  const first = cell.children.find(isParagraphLike) ?? model.newParagraph();
  setParagraphText(model, first, text);
  cell.children = [first];
}

/** The paragraph's first character's style carries over to the new text, as typing over a selection does. */
export function setParagraphText(model: DocumentModel, paragraph: ParagraphLike, text: string): void {
  const firstText = paragraph.children.find((child): child is TextNode => child.type === 'TEXT');
  const { text: _old, ...style } = firstText?.runs[0] ?? { text: '' };
  const node = firstText ?? model.newText('');
  node.runs = text === '' ? [] : [{ ...style, text }];
  paragraph.children = text === '' ? [] : [node];
}

export type TableEdit =
  | { table: number; row: number; cells: string[] }
  | { table: number; appendRow: string[] }
  | { table: number; removeRow: number };

/**
 * What a person does to a Doc's table by hand in the workbench (0-based table among the body's tables,
 * 0-based row); not a script call, so nothing is counted.
 */
export function editTable(model: DocumentModel, edit: TableEdit): void {
  const table = bodyTables(model)[edit.table];
  if (!table) throw new Error(`The document has no table ${edit.table} (it has ${bodyTables(model).length})`);
  const width = Math.max(0, ...table.children.map((row) => row.children.length));
  const rowAt = (index: number) => {
    const row = table.children[index];
    if (!row) throw new Error(`Table ${edit.table} has no row ${index} (it has ${table.children.length})`);
    return row;
  };
  if ('removeRow' in edit) {
    rowAt(edit.removeRow);
    table.children.splice(edit.removeRow, 1);
  } else if ('appendRow' in edit) {
    const cells = [...edit.appendRow];
    while (cells.length < width) cells.push('');
    table.children.push(model.newRow(cells));
  } else {
    const row = rowAt(edit.row);
    while (row.children.length < edit.cells.length) row.children.push(model.newCell());
    row.children.forEach((cell, index) => {
      setCellText(model, cell, edit.cells[index] ?? '');
    });
  }
}

/**
 * The child at a 0-based index, or Apps Script's error for an index past the end (wording seen in real scripts' logs,
 * not on a reference page).
 */
export function childAt<T>(children: readonly T[], index: number): T {
  if (!Number.isInteger(index) || index < 0 || index >= children.length) {
    throw scriptError(
      `Child index (${index}) must be less than the number of child elements (${children.length}).`,
    );
  }
  return children[index];
}

/** Checks where a new child goes: anywhere from the first place to after the last child. */
export function checkInsertIndex(children: readonly unknown[], index: number): void {
  if (!Number.isInteger(index) || index < 0 || index > children.length) {
    throw scriptError(
      `Child index (${index}) must be less than or equal to the number of child elements (${children.length}).`,
    );
  }
}

// The Document a script opens, with its sections, named ranges and range builder.
import { invalidArgument, scriptError } from '../core';
import { SharedFileFacade } from '../people';
import { type DocContext, ElementFacade, hitOn, RangeElementFacade, wrap } from './elements';
import type { NamedRangeElement, NamedRangeNode, SectionType } from './model';

type Body = GoogleAppsScript.Document.Body;
type HeaderSection = GoogleAppsScript.Document.HeaderSection;
type FooterSection = GoogleAppsScript.Document.FooterSection;
type NamedRange = GoogleAppsScript.Document.NamedRange;
type Range = GoogleAppsScript.Document.Range;
type RangeBuilder = GoogleAppsScript.Document.RangeBuilder;
type RangeElement = GoogleAppsScript.Document.RangeElement;
type Element = GoogleAppsScript.Document.Element;
type Text = GoogleAppsScript.Document.Text;

/** https://developers.google.com/apps-script/reference/document/document; sharing comes from SharedFileFacade. */
export class DocumentFacade
  extends SharedFileFacade<GoogleAppsScript.Document.Document>
  implements
    Pick<
      GoogleAppsScript.Document.Document,
      | 'getId'
      | 'getName'
      | 'setName'
      | 'getUrl'
      | 'getBody'
      | 'getHeader'
      | 'addHeader'
      | 'getFooter'
      | 'addFooter'
      | 'saveAndClose'
      | 'addNamedRange'
      | 'getNamedRanges'
      | 'getNamedRangeById'
      | 'newRange'
      | 'getCursor'
      | 'getSelection'
      | 'addEditor'
      | 'addEditors'
      | 'addViewer'
      | 'addViewers'
      | 'getEditors'
      | 'getViewers'
      | 'removeEditor'
      | 'removeViewer'
    >
{
  constructor(private readonly ctx: DocContext) {
    super({ ws: ctx.ws, fileId: ctx.model.id });
  }

  protected chained(): GoogleAppsScript.Document.Document {
    return this as unknown as GoogleAppsScript.Document.Document;
  }

  protected hit(method: string): void {
    hitOn(this.ctx, `Document.${method}`);
  }

  getId(): string {
    this.hit('getId');
    return this.ctx.model.id;
  }

  getName(): string {
    this.hit('getName');
    return this.ctx.model.name;
  }

  setName(name: string): GoogleAppsScript.Document.Document {
    this.hit('setName');
    this.ctx.model.name = name;
    return this as unknown as GoogleAppsScript.Document.Document;
  }

  /** https://developers.google.com/apps-script/reference/document/document#getUrl() */
  getUrl(): string {
    this.hit('getUrl');
    return `https://docs.google.com/document/d/${this.ctx.model.id}/edit`;
  }

  getBody(): Body {
    this.hit('getBody');
    return wrap<Body>(this.ctx, this.ctx.model.body);
  }

  /** Null when the document has no header (document#getHeader()). */
  getHeader(): HeaderSection {
    this.hit('getHeader');
    const header = this.ctx.model.header;
    return (header ? wrap<HeaderSection>(this.ctx, header) : null) as HeaderSection;
  }

  getFooter(): FooterSection {
    this.hit('getFooter');
    const footer = this.ctx.model.footer;
    return (footer ? wrap<FooterSection>(this.ctx, footer) : null) as FooterSection;
  }

  /**
   * "Adds a document header section, if none exists" (document#addHeader()); a second one is refused. The reference
   * gives no wording for the refusal: "Document tab already contains a header." is unverified.
   */
  addHeader(): HeaderSection {
    this.hit('addHeader');
    if (this.ctx.model.header) throw scriptError('Document tab already contains a header.');
    this.ctx.model.header = this.newSection('HEADER_SECTION');
    return wrap<HeaderSection>(this.ctx, this.ctx.model.header);
  }

  /** As addHeader (document#addFooter()); the refusal's wording is unverified. */
  addFooter(): FooterSection {
    this.hit('addFooter');
    if (this.ctx.model.footer) throw scriptError('Document tab already contains a footer.');
    this.ctx.model.footer = this.newSection('FOOTER_SECTION');
    return wrap<FooterSection>(this.ctx, this.ctx.model.footer);
  }

  private newSection(type: SectionType) {
    return this.ctx.model.newSection(type);
  }

  /**
   * Flushes and closes: the Document object and its elements refuse further calls
   * (https://developers.google.com/apps-script/reference/document/document#saveAndClose()).
   */
  saveAndClose(): void {
    this.hit('saveAndClose');
    this.ctx.state.closed = true;
  }

  /**
   * Names need not be unique; a name has 1 to 256 characters
   * (https://developers.google.com/apps-script/reference/document/document#addNamedRange(String,Range)).
   */
  addNamedRange(name: string, range: Range): NamedRange {
    this.hit('addNamedRange');
    if (typeof name !== 'string' || name.length < 1 || name.length > 256) throw invalidArgument('name');
    if (!(range instanceof RangeFacade)) throw invalidArgument('range');
    const node: NamedRangeNode = {
      id: `kix.${this.ctx.model.newElementId()}`,
      name,
      elements: range.elements.map((element) => ({
        elementId: element.element.node.id,
        startOffset: element.startOffset,
        endOffsetInclusive: element.endOffsetInclusive,
      })),
    };
    this.ctx.model.namedRanges.push(node);
    return new NamedRangeFacade(this.ctx, node) as unknown as NamedRange;
  }

  /** All named ranges, or those with the given name (document#getNamedRanges(String)). */
  getNamedRanges(name?: string | null): NamedRange[] {
    this.hit('getNamedRanges');
    return this.ctx.model.namedRanges
      .filter((node) => name === undefined || name === null || node.name === name)
      .map((node) => new NamedRangeFacade(this.ctx, node) as unknown as NamedRange);
  }

  /** Null when no named range has that id (document#getNamedRangeById(String)). */
  getNamedRangeById(id: string): NamedRange {
    this.hit('getNamedRangeById');
    const node = this.ctx.model.namedRanges.find((range) => range.id === id);
    return (node ? new NamedRangeFacade(this.ctx, node) : null) as unknown as NamedRange;
  }

  newRange(): RangeBuilder {
    this.hit('newRange');
    return new RangeBuilderFacade(this.ctx) as unknown as RangeBuilder;
  }

  /** The emulated user has no cursor in the document: null, as for a script not bound to it. */
  getCursor(): GoogleAppsScript.Document.Position | null {
    this.hit('getCursor');
    return null;
  }

  getSelection(): Range {
    this.hit('getSelection');
    return null as unknown as Range;
  }
}

/** https://developers.google.com/apps-script/reference/document/range */
export class RangeFacade implements Pick<Range, 'getRangeElements'> {
  constructor(
    private readonly ctx: DocContext,
    readonly elements: RangeElementFacade[],
  ) {}

  getRangeElements(): RangeElement[] {
    hitOn(this.ctx, 'Range.getRangeElements');
    return [...this.elements] as unknown as RangeElement[];
  }
}

/** https://developers.google.com/apps-script/reference/document/range-builder */
export class RangeBuilderFacade
  implements Pick<RangeBuilder, 'addElement' | 'addRange' | 'build' | 'getRangeElements'>
{
  private readonly elements: RangeElementFacade[] = [];

  constructor(private readonly ctx: DocContext) {}

  /** A whole element, or the characters startOffset..endOffsetInclusive of a Text element. */
  addElement(element: Element | Text, startOffset?: number, endOffsetInclusive?: number): RangeBuilder {
    hitOn(this.ctx, 'RangeBuilder.addElement');
    if (!(element instanceof ElementFacade)) throw invalidArgument('element');
    const partial = startOffset !== undefined && endOffsetInclusive !== undefined;
    this.elements.push(
      new RangeElementFacade(
        this.ctx,
        element,
        partial ? startOffset : -1,
        partial ? endOffsetInclusive : -1,
      ),
    );
    return this as unknown as RangeBuilder;
  }

  addRange(range: Range): RangeBuilder {
    hitOn(this.ctx, 'RangeBuilder.addRange');
    if (!(range instanceof RangeFacade)) throw invalidArgument('range');
    this.elements.push(...range.elements);
    return this as unknown as RangeBuilder;
  }

  build(): Range {
    hitOn(this.ctx, 'RangeBuilder.build');
    return new RangeFacade(this.ctx, [...this.elements]) as unknown as Range;
  }

  getRangeElements(): RangeElement[] {
    hitOn(this.ctx, 'RangeBuilder.getRangeElements');
    return [...this.elements] as unknown as RangeElement[];
  }
}

/**
 * A named, id'd range that finds its elements again in later executions
 * (https://developers.google.com/apps-script/reference/document/named-range).
 */
export class NamedRangeFacade implements Pick<NamedRange, 'getId' | 'getName' | 'getRange' | 'remove'> {
  constructor(
    private readonly ctx: DocContext,
    private readonly node: NamedRangeNode,
  ) {}

  getId(): string {
    hitOn(this.ctx, 'NamedRange.getId');
    return this.node.id;
  }

  getName(): string {
    hitOn(this.ctx, 'NamedRange.getName');
    return this.node.name;
  }

  /** The elements still in the document: content deleted since is no longer in the range. */
  getRange(): Range {
    hitOn(this.ctx, 'NamedRange.getRange');
    const elements = this.node.elements.flatMap((element: NamedRangeElement) => {
      const node = this.ctx.model.findById(element.elementId);
      if (!node) return [];
      const facade = wrap<ElementFacade>(this.ctx, node);
      return [new RangeElementFacade(this.ctx, facade, element.startOffset, element.endOffsetInclusive)];
    });
    return new RangeFacade(this.ctx, elements) as unknown as Range;
  }

  /** Removes the name, not the content; removing twice does nothing (named-range#remove()). */
  remove(): void {
    hitOn(this.ctx, 'NamedRange.remove');
    const ranges = this.ctx.model.namedRanges;
    const index = ranges.indexOf(this.node);
    if (index >= 0) ranges.splice(index, 1);
  }
}

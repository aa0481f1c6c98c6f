// Rich text values (https://developers.google.com/apps-script/reference/spreadsheet/rich-text-value): a cell's text with
// links on parts of it. The emulator keeps the text and its links; text styles are not kept.
import { gas, type SpreadsheetWorkspace } from './facade';
import type { LinkRun } from './model';

type GasRichText = GoogleAppsScript.Spreadsheet.RichTextValue;
type GasRichTextBuilder = GoogleAppsScript.Spreadsheet.RichTextValueBuilder;

export interface RichText {
  text: string;
  links: LinkRun[];
}

export class RichTextValueBuilderFacade
  implements Pick<GasRichTextBuilder, 'setText' | 'setLinkUrl' | 'build'>
{
  constructor(
    private readonly ws: SpreadsheetWorkspace,
    private readonly value: RichText = { text: '', links: [] },
  ) {}

  private hit(method: string): GasRichTextBuilder {
    this.ws.calls.hit('spreadsheet', `RichTextValueBuilder.${method}`);
    return gas(this);
  }

  setText(text: string): GasRichTextBuilder {
    this.value.text = String(text);
    this.value.links = [];
    return this.hit('setText');
  }

  /** setLinkUrl(url) links the whole text; setLinkUrl(start, end, url) a part; a null url removes links there. */
  setLinkUrl(...args: [string | null] | [number, number, string | null]): GasRichTextBuilder {
    const [start, end, url] = args.length === 1 ? [0, this.value.text.length, args[0]] : args;
    this.value.links = this.value.links.filter((link) => link.end <= start || link.start >= end);
    if (url !== null && url !== '') this.value.links.push({ start, end, url: String(url) });
    this.value.links.sort((a, b) => a.start - b.start);
    return this.hit('setLinkUrl');
  }

  build(): GasRichText {
    this.hit('build');
    return gas(new RichTextValueFacade(this.ws, structuredClone(this.value)));
  }
}

export class RichTextValueFacade
  implements
    Pick<GasRichText, 'getText' | 'getLinkUrl' | 'getRuns' | 'getStartIndex' | 'getEndIndex' | 'copy'>
{
  constructor(
    private readonly ws: SpreadsheetWorkspace,
    readonly value: RichText,
    private readonly offset = 0,
  ) {}

  private hit(method: string): void {
    this.ws.calls.hit('spreadsheet', `RichTextValue.${method}`);
  }

  getText(): string {
    this.hit('getText');
    return this.value.text;
  }

  /** The URL over the whole text (or over [start, end)), or null when it is not one link (#getLinkUrl()). */
  getLinkUrl(startOffset?: number, endOffset?: number): string | null {
    this.hit('getLinkUrl');
    const start = startOffset ?? 0;
    const end = endOffset ?? this.value.text.length;
    const link = this.value.links.find((candidate) => candidate.start <= start && candidate.end >= end);
    return link && end > start ? link.url : null;
  }

  /** The text cut where its links start and end (#getRuns()). */
  getRuns(): GasRichText[] {
    this.hit('getRuns');
    const cuts = new Set([0, this.value.text.length]);
    for (const link of this.value.links) {
      cuts.add(link.start);
      cuts.add(link.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    return points.slice(0, -1).map((start, i) => {
      const end = points[i + 1];
      const links = this.value.links
        .filter((link) => link.start <= start && link.end >= end)
        .map((link) => ({ start: 0, end: end - start, url: link.url }));
      return gas<GasRichText>(
        new RichTextValueFacade(
          this.ws,
          { text: this.value.text.slice(start, end), links },
          this.offset + start,
        ),
      );
    });
  }

  getStartIndex(): number {
    this.hit('getStartIndex');
    return this.offset;
  }

  getEndIndex(): number {
    this.hit('getEndIndex');
    return this.offset + this.value.text.length;
  }

  copy(): GasRichTextBuilder {
    this.hit('copy');
    return gas(new RichTextValueBuilderFacade(this.ws, structuredClone(this.value)));
  }
}

// HtmlService for the emulator: HTML outputs from the add-on's built files or strings, and printing templates.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { enumOf, scriptError } from '../core';
import type { ServiceRegistration } from '../service';
import type { Workspace } from '../workspace';

type GasHtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

/** https://developers.google.com/apps-script/reference/html/sandbox-mode */
export const SandboxMode = enumOf(['EMULATED', 'IFRAME', 'NATIVE']);

/** https://developers.google.com/apps-script/reference/html/x-frame-options-mode */
export const XFrameOptionsMode = enumOf(['ALLOWALL', 'DEFAULT']);

/** What the editor Ui needs to show an output as a sidebar or a dialog, read without counting calls. */
export interface HtmlOutputView {
  title: string;
  html: string;
  width: number | null;
  height: number | null;
}

/** The escaping Google applies to untrusted text placed in HTML. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

class HtmlOutputMetaTag implements GoogleAppsScript.HTML.HtmlOutputMetaTag {
  constructor(
    private readonly ws: Workspace,
    private readonly name: string,
    private readonly content: string,
  ) {}

  getName(): string {
    this.ws.calls.hit('html', 'HtmlOutputMetaTag.getName');
    return this.name;
  }

  getContent(): string {
    this.ws.calls.hit('html', 'HtmlOutputMetaTag.getContent');
    return this.content;
  }
}

/** https://developers.google.com/apps-script/reference/html/html-output */
export class HtmlOutput
  implements
    Pick<
      GasHtmlOutput,
      | 'getContent'
      | 'setContent'
      | 'append'
      | 'appendUntrusted'
      | 'clear'
      | 'getTitle'
      | 'setTitle'
      | 'setWidth'
      | 'setHeight'
      | 'setSandboxMode'
      | 'setXFrameOptionsMode'
      | 'addMetaTag'
      | 'getMetaTags'
    >
{
  private title = '';
  private width: number | null = null;
  private height: number | null = null;
  private readonly metaTags: HtmlOutputMetaTag[] = [];
  /** Kept for the emulator's record; Google serves the header it names. */
  xFrameOptionsMode: string = XFrameOptionsMode.DEFAULT.name();

  constructor(
    private readonly ws: Workspace,
    private content: string,
  ) {}

  private chain(method: string): GasHtmlOutput {
    this.ws.calls.hit('html', `HtmlOutput.${method}`);
    return this as unknown as GasHtmlOutput;
  }

  /** The output as the editor shows it; not a script call. */
  view(): HtmlOutputView {
    return { title: this.title, html: this.content, width: this.width, height: this.height };
  }

  getContent(): string {
    this.ws.calls.hit('html', 'HtmlOutput.getContent');
    return this.content;
  }

  setContent(content: string): GasHtmlOutput {
    this.content = String(content);
    return this.chain('setContent');
  }

  /** Trusted content, added as is (https://developers.google.com/apps-script/reference/html/html-output#append(String)). */
  append(addedContent: string): GasHtmlOutput {
    this.content += String(addedContent);
    return this.chain('append');
  }

  /** Untrusted content, escaped (https://developers.google.com/apps-script/reference/html/html-output#appendUntrusted(String)). */
  appendUntrusted(addedContent: string): GasHtmlOutput {
    this.content += escapeHtml(String(addedContent));
    return this.chain('appendUntrusted');
  }

  clear(): GasHtmlOutput {
    this.content = '';
    return this.chain('clear');
  }

  /** The title a sidebar or dialog shows; a <title> element in the HTML is ignored (https://developers.google.com/apps-script/reference/html/html-output#getTitle()). */
  getTitle(): string {
    this.ws.calls.hit('html', 'HtmlOutput.getTitle');
    return this.title;
  }

  setTitle(title: string): GasHtmlOutput {
    this.title = String(title);
    return this.chain('setTitle');
  }

  /** The initial width of a custom dialog; sidebars keep their fixed width (https://developers.google.com/apps-script/reference/html/html-output#setWidth(Integer)). */
  setWidth(width: number): GasHtmlOutput {
    this.width = Number(width);
    return this.chain('setWidth');
  }

  /** The initial height of a custom dialog (https://developers.google.com/apps-script/reference/html/html-output#setHeight(Integer)). */
  setHeight(height: number): GasHtmlOutput {
    this.height = Number(height);
    return this.chain('setHeight');
  }

  /** Has no effect: only IFRAME remains (https://developers.google.com/apps-script/reference/html/sandbox-mode). */
  setSandboxMode(_mode: GoogleAppsScript.HTML.SandboxMode): GasHtmlOutput {
    return this.chain('setSandboxMode');
  }

  /** https://developers.google.com/apps-script/reference/html/html-output#setXFrameOptionsMode(XFrameOptionsMode) */
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): GasHtmlOutput {
    this.xFrameOptionsMode = String(mode);
    return this.chain('setXFrameOptionsMode');
  }

  /** https://developers.google.com/apps-script/reference/html/html-output#addMetaTag(String,String) */
  addMetaTag(name: string, content: string): GasHtmlOutput {
    this.metaTags.push(new HtmlOutputMetaTag(this.ws, String(name), String(content)));
    return this.chain('addMetaTag');
  }

  getMetaTags(): GoogleAppsScript.HTML.HtmlOutputMetaTag[] {
    this.ws.calls.hit('html', 'HtmlOutput.getMetaTags');
    return [...this.metaTags];
  }
}

/**
 * Turns a template into the body of a function: text is pushed as is, `<?= ?>` prints escaped, `<?!= ?>` prints
 * raw and `<? ?>` runs as code (https://developers.google.com/apps-script/guides/html/templates#scriptlets).
 */
function compileTemplate(raw: string): string {
  const parts: string[] = [];
  let at = 0;
  while (at < raw.length) {
    const open = raw.indexOf('<?', at);
    if (open < 0) {
      parts.push(`__out.push(${JSON.stringify(raw.slice(at))});`);
      break;
    }
    if (open > at) parts.push(`__out.push(${JSON.stringify(raw.slice(at, open))});`);
    const close = raw.indexOf('?>', open + 2);
    if (close < 0) throw scriptError('Unterminated scriptlet in template.');
    const inner = raw.slice(open + 2, close);
    if (inner.startsWith('!=')) parts.push(`__out.push(String(${inner.slice(2)}));`);
    else if (inner.startsWith('=')) parts.push(`__out.push(__escape(String(${inner.slice(1)})));`);
    else parts.push(inner);
    at = close + 2;
  }
  return parts.join('\n');
}

const templateSources = new WeakMap<HtmlTemplate, { ws: Workspace; raw: string }>();

/**
 * https://developers.google.com/apps-script/reference/html/html-template. Variables a script sets on the template
 * (`template.meeting = ...`) are what its scriptlets see; unlike Google's, they do not see the script's globals.
 */
export class HtmlTemplate implements Pick<GoogleAppsScript.HTML.HtmlTemplate, 'evaluate' | 'getRawContent'> {
  [variable: string]: unknown;

  constructor(ws: Workspace, raw: string) {
    templateSources.set(this, { ws, raw });
  }

  evaluate(): GasHtmlOutput {
    const source = templateSources.get(this);
    if (!source) throw scriptError('Not an HtmlTemplate.');
    source.ws.calls.hit('html', 'HtmlTemplate.evaluate');
    const out: string[] = [];
    const render = new Function(
      '__scope',
      '__out',
      '__escape',
      `with (__scope) {\n${compileTemplate(source.raw)}\n}`,
    );
    render({ ...this }, out, escapeHtml);
    return new HtmlOutput(source.ws, out.join('')) as unknown as GasHtmlOutput;
  }

  getRawContent(): string {
    const source = templateSources.get(this);
    if (!source) throw scriptError('Not an HtmlTemplate.');
    source.ws.calls.hit('html', 'HtmlTemplate.getRawContent');
    return source.raw;
  }
}

/**
 * The project's HTML file `name` (with or without ".html"); in the emulator, `${ws.htmlDir}/${name}.html`
 * (https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutputFromFile(String)).
 */
function readProjectFile(ws: Workspace, filename: string): string {
  const name = String(filename).replace(/\.html$/, '');
  const notFound = scriptError(`No HTML file named ${name} was found.`);
  if (!ws.htmlDir || name.includes('/') || name.includes('\\')) throw notFound;
  try {
    return readFileSync(join(ws.htmlDir, `${name}.html`), 'utf8');
  } catch {
    throw notFound;
  }
}

type HtmlServicePart = Pick<
  GoogleAppsScript.HTML.HtmlService,
  | 'SandboxMode'
  | 'XFrameOptionsMode'
  | 'createHtmlOutput'
  | 'createHtmlOutputFromFile'
  | 'createTemplate'
  | 'createTemplateFromFile'
>;

/** https://developers.google.com/apps-script/reference/html/html-service */
export function createHtmlService(ws: Workspace): HtmlServicePart {
  return {
    SandboxMode,
    XFrameOptionsMode,
    createHtmlOutput(html?: unknown): GasHtmlOutput {
      ws.calls.hit('html', 'HtmlService.createHtmlOutput');
      return new HtmlOutput(ws, html === undefined ? '' : String(html)) as unknown as GasHtmlOutput;
    },
    /** The file's content as is: scriptlets are only evaluated through a template. */
    createHtmlOutputFromFile(filename: string): GasHtmlOutput {
      ws.calls.hit('html', 'HtmlService.createHtmlOutputFromFile');
      return new HtmlOutput(ws, readProjectFile(ws, filename)) as unknown as GasHtmlOutput;
    },
    createTemplate(html: unknown): GoogleAppsScript.HTML.HtmlTemplate {
      ws.calls.hit('html', 'HtmlService.createTemplate');
      return new HtmlTemplate(ws, String(html)) as GoogleAppsScript.HTML.HtmlTemplate;
    },
    createTemplateFromFile(filename: string): GoogleAppsScript.HTML.HtmlTemplate {
      ws.calls.hit('html', 'HtmlService.createTemplateFromFile');
      return new HtmlTemplate(ws, readProjectFile(ws, filename)) as GoogleAppsScript.HTML.HtmlTemplate;
    },
  } as unknown as HtmlServicePart;
}

export const htmlService: ServiceRegistration = {
  name: 'HtmlService',
  reference: 'html',
  globals: (ws) => ({ HtmlService: createHtmlService(ws) }),
};

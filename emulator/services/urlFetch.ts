// UrlFetchApp for the emulator: GET requests answered from the workspace's own small "web", as there is no network.
import { parametersMismatch, SCRIPT_CLASS, scriptError } from '../core';
import { SCOPE } from '../scopes';
import type { ServiceRegistration, ServiceState } from '../service';
import type { Workspace } from '../workspace';

/** What one address answers: tests and the workbench put it there (`ws.web.serve`). */
export interface WebPage {
  status: number;
  contentType: string;
  /** The body, base64, so the saved workspace stays JSON. */
  base64: string;
}

export interface WebState {
  pages: Record<string, WebPage>;
}

/** The emulated web: addresses the workspace answers; any other host does not resolve. */
export class Web {
  constructor(private readonly state: WebState) {}

  /** Answers `url` with these bytes from now on (status 200 unless given). */
  serve(url: string, page: { status?: number; contentType: string; bytes: Uint8Array | string }): void {
    const bytes = typeof page.bytes === 'string' ? Buffer.from(page.bytes, 'utf8') : Buffer.from(page.bytes);
    this.state.pages[url] = {
      status: page.status ?? 200,
      contentType: page.contentType,
      base64: bytes.toString('base64'),
    };
  }

  page(url: string): WebPage | undefined {
    return this.state.pages[url];
  }
}

/**
 * A Blob: bytes with a content type and a name (https://developers.google.com/apps-script/reference/base/blob).
 * getBytes() answers Java's signed bytes, -128 to 127, as Apps Script does.
 */
export class BlobFacade {
  readonly [SCRIPT_CLASS] = 'Blob';
  constructor(
    private readonly ws: Workspace,
    /** The bytes, for the services that take a Blob (DocumentApp's images). */
    readonly bytes: Uint8Array,
    /** Its type, read by other services without counting a call. */
    readonly contentType: string | null,
    private name: string | null,
  ) {}

  getBytes(): number[] {
    this.ws.calls.hit('base', 'Blob.getBytes');
    return Array.from(this.bytes, (byte) => (byte > 127 ? byte - 256 : byte));
  }

  getContentType(): string | null {
    this.ws.calls.hit('base', 'Blob.getContentType');
    return this.contentType;
  }

  getDataAsString(): string {
    this.ws.calls.hit('base', 'Blob.getDataAsString');
    return Buffer.from(this.bytes).toString('utf8');
  }

  getName(): string | null {
    this.ws.calls.hit('base', 'Blob.getName');
    return this.name;
  }

  setName(name: string): BlobFacade {
    this.ws.calls.hit('base', 'Blob.setName');
    this.name = String(name);
    return this;
  }
}

/** https://developers.google.com/apps-script/reference/url-fetch/http-response */
class HttpResponseFacade {
  readonly [SCRIPT_CLASS] = 'HTTPResponse';
  constructor(
    private readonly ws: Workspace,
    private readonly url: string,
    private readonly page: WebPage,
  ) {}

  getResponseCode(): number {
    this.ws.calls.hit('url-fetch', 'HTTPResponse.getResponseCode');
    return this.page.status;
  }

  getHeaders(): Record<string, string> {
    this.ws.calls.hit('url-fetch', 'HTTPResponse.getHeaders');
    return { 'Content-Type': this.page.contentType };
  }

  getContentText(): string {
    this.ws.calls.hit('url-fetch', 'HTTPResponse.getContentText');
    return Buffer.from(this.page.base64, 'base64').toString('utf8');
  }

  /** The body as a Blob named after the address's last segment, as Google names it. */
  getBlob(): BlobFacade {
    this.ws.calls.hit('url-fetch', 'HTTPResponse.getBlob');
    const name = new URL(this.url).pathname.split('/').pop() || null;
    return new BlobFacade(this.ws, Buffer.from(this.page.base64, 'base64'), this.page.contentType, name);
  }
}

/**
 * UrlFetchApp.fetch(url[, params]), GET only (https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app#fetch(String,Object)).
 * A host the web does not hold fails as a name that does not resolve: "DNS error: <url>" (the wording people report,
 * github.com/bradjasper/ImportJSON/issues/78). A status of 400 or more throws unless muteHttpExceptions: "Request failed
 * for <url> returned code <code>. Truncated server response: <body> (use muteHttpExceptions option to examine full
 * response)" (the shape people report; the truncation length is not documented: unverified, the emulator keeps 100).
 */
export function createUrlFetchApp(ws: Workspace): Pick<GoogleAppsScript.URL_Fetch.UrlFetchApp, 'fetch'> {
  return {
    fetch(url: unknown, params?: unknown): GoogleAppsScript.URL_Fetch.HTTPResponse {
      ws.calls.hit('url-fetch', 'UrlFetchApp.fetch');
      if (
        typeof url !== 'string' ||
        (params !== undefined && (typeof params !== 'object' || params === null))
      )
        throw parametersMismatch('UrlFetchApp.fetch', params === undefined ? [url] : [url, params]);
      const options = (params ?? {}) as { method?: string; muteHttpExceptions?: boolean };
      if (options.method !== undefined && String(options.method).toLowerCase() !== 'get')
        throw scriptError(`The emulator's UrlFetchApp answers GET only, not ${options.method}.`);
      // An address that is not http(s): "Invalid argument: <url>" (unverified wording).
      if (!/^https?:\/\//i.test(url)) throw scriptError(`Invalid argument: ${url}`);
      const page = ws.web.page(url);
      if (!page) throw scriptError(`DNS error: ${url}`);
      if (page.status >= 400 && !options.muteHttpExceptions) {
        const body = Buffer.from(page.base64, 'base64').toString('utf8').slice(0, 100);
        throw scriptError(
          `Request failed for ${url} returned code ${page.status}. Truncated server response: ${body} (use muteHttpExceptions option to examine full response)`,
        );
      }
      return new HttpResponseFacade(ws, url, page) as unknown as GoogleAppsScript.URL_Fetch.HTTPResponse;
    },
  };
}

export const webState: ServiceState<WebState> = {
  key: 'web',
  create: () => ({ pages: {} }),
  toJSON: (state) => structuredClone(state),
  fromJSON: (json) => structuredClone(json as WebState),
};

export const urlFetchService: ServiceRegistration = {
  name: 'UrlFetchApp',
  reference: 'url-fetch',
  // https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app#fetch(String)
  scopes: { 'UrlFetchApp.*': [SCOPE.externalRequest] },
  globals: (ws) => ({ UrlFetchApp: createUrlFetchApp(ws) }),
  state: webState,
};

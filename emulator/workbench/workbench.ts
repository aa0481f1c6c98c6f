// The workbench server: build/Code.js over an emulated workspace, its HTTP interface, the page, and the saved state.
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { advanceClockRunning, loadAddon } from '../addon-runtime';
import { isEmailAddress, roleOf, share } from '../people';
import type { Firing } from '../services/script';
import { Workspace } from '../workspace';
import type { MenuView, RunAnswer } from './api';
import { type Assets, buildAssets } from './assets';
import { applyEdit, BadRequest, RejectedEdit } from './edits';
import { ownHostNames, refusal } from './guard';
import { StateFolder } from './saved';
import { menuView, workbenchState, workbook } from './view';

export interface WorkbenchOptions {
  /** 0 picks a free port. */
  port: number;
  /** Where the workspace is saved as JSON after every change and loaded from at start. */
  stateDir: string;
  /** The add-on's build: Code.js and the sidebars' HTML. */
  buildDir: string;
  /** The address to listen on; 127.0.0.1 unless asked, since the workbench runs any function of the add-on. */
  host?: string;
}

export interface RunningWorkbench {
  url: string;
  /** Writes the whole workspace now, the journaled edits included: what a stop does. */
  save(): void;
  /** Stops listening, then saves. */
  close(): Promise<void>;
}

const LOCALE = /^[a-z]{2,3}([_-][A-Za-z]{2})?$/;
const FUNCTION_NAME = /^[A-Za-z_$][\w$]*$/;
const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_BODY = 5 * 1024 * 1024;

/** The thrown message; errors thrown inside the add-on's context are not `instanceof Error` here. */
function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

class Workbench {
  ws: Workspace;
  private changes = 0;
  private saved = 0;
  private readonly started = Date.now().toString(36);
  private sidebarKey = '';
  private readonly folder: StateFolder;

  constructor(private readonly options: WorkbenchOptions) {
    this.folder = new StateFolder(options.stateDir, options.buildDir);
    this.ws = this.folder.load() ?? this.fresh('en');
  }

  /**
   * What a run, an open or a reset changed: the whole workspace, written once the answer is sent, so the person
   * does not wait for a large workbook to be written. A hand edit is journaled instead (see edit).
   */
  saveIfChanged(): void {
    if (this.saved === this.changes) return;
    this.folder.snapshot(this.ws);
    this.saved = this.changes;
  }

  /** At a stop: everything, the journaled edits folded into one snapshot. */
  saveAll(): void {
    if (this.saved !== this.changes || this.folder.hasJournal()) this.folder.snapshot(this.ws);
    this.saved = this.changes;
  }

  private changed(): void {
    this.changes += 1;
  }

  get version(): string {
    return `${this.started}.${this.changes}`;
  }

  private fresh(locale: string, people?: { email: string; name?: string; locale?: string }[]): Workspace {
    const ws = new Workspace({ locale, people, htmlDir: this.options.buildDir });
    const spreadsheet = ws.createSpreadsheet('Untitled spreadsheet');
    ws.open({ host: 'sheets', fileId: spreadsheet.id });
    return ws;
  }

  /** A fresh workspace; the first of `people` is signed in and owns its spreadsheet. */
  reset(body: Record<string, unknown>): { ok: true } {
    const locale = body.locale ?? 'en';
    if (typeof locale !== 'string' || !LOCALE.test(locale)) {
      throw new BadRequest('"locale" must be a locale such as "en", "fr" or "nl_BE"');
    }
    this.ws = this.fresh(locale, body.people === undefined ? undefined : peopleOf(body.people));
    this.changed();
    return { ok: true };
  }

  /** Signs a person in: the next open, run and edit are theirs. Their open file stays open if they may see it. */
  as(body: Record<string, unknown>): { ok: true } {
    const email = this.person(body.email);
    this.ws.signIn(email);
    if (this.ws.active && roleOf(this.ws, this.ws.active.fileId) === null) this.ws.active = null;
    this.ws.ui.menus = [];
    this.ws.ui.sidebar = null;
    this.changed();
    return { ok: true };
  }

  /** The signed-in person shares a file by hand, as from the editor's Share button. */
  share(body: Record<string, unknown>): { ok: true } {
    const { fileId, role } = body;
    if (typeof fileId !== 'string' || !this.ws.sharing.has(fileId))
      throw new BadRequest(`There is no file with id "${String(fileId)}"`);
    if (role !== 'editor' && role !== 'viewer') throw new BadRequest('"role" must be "editor" or "viewer"');
    if (typeof body.email !== 'string' || !isEmailAddress(body.email))
      throw new BadRequest('"email" must be an email address');
    const mine = roleOf(this.ws, fileId);
    if (mine !== 'owner' && mine !== 'editor')
      throw new Forbidden(`${this.ws.email} may not share this file: only its owner and editors can`);
    try {
      share(this.ws, fileId, body.email, role);
    } catch (error) {
      throw new BadRequest(messageOf(error));
    }
    this.changed();
    return { ok: true };
  }

  /**
   * Puts a page on the emulated web, so UrlFetchApp can fetch it (a logo for the Alliance profile): `url` an https
   * address, `base64` its bytes, `contentType` its type, `status` 200 unless given.
   */
  web(body: Record<string, unknown>): { ok: true } {
    const { url, contentType, base64, status = 200 } = body;
    if (typeof url !== 'string' || !/^https:\/\/[^\s/]+\.[^\s]+$/.test(url))
      throw new BadRequest('"url" must be an https address');
    if (typeof contentType !== 'string' || contentType === '')
      throw new BadRequest('"contentType" must be a type such as "image/png"');
    if (typeof base64 !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64))
      throw new BadRequest('"base64" must be the bytes in base64');
    if (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599)
      throw new BadRequest('"status" must be an HTTP status code');
    this.ws.web.serve(url, { status, contentType, bytes: Buffer.from(base64, 'base64') });
    this.changed();
    return { ok: true };
  }

  /** Moves the clock on by whole days, firing the triggers that fall due on the way. */
  clock(body: Record<string, unknown>): { now: string; fired: Firing[] } {
    const { days } = body;
    if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 366)
      throw new BadRequest('"days" must be a whole number of days from 1 to 366');
    const fired = advanceClockRunning(this.ws, this.options.buildDir, days * DAY_MS);
    this.changed();
    return { now: this.ws.now().toISOString(), fired };
  }

  private person(email: unknown): string {
    if (typeof email !== 'string' || !this.ws.people.some((person) => person.email === email))
      throw new BadRequest(`"email" must be one of the workspace's people`);
    return email;
  }

  /** Opening a file in the browser: it becomes the active one and the add-on's onOpen builds the menu. */
  open(body: Record<string, unknown>): { menu: MenuView | null; error?: string } {
    if (body.host === 'sheets') {
      const book = workbook(this.ws);
      if (!book) throw new BadRequest('The workspace has no spreadsheet');
      if (roleOf(this.ws, book.id) === null)
        throw new Forbidden(`${this.ws.email} has no access to this spreadsheet`);
      this.ws.open({ host: 'sheets', fileId: book.id });
    } else if (body.host === 'docs') {
      const id = body.documentId;
      if (typeof id !== 'string' || !this.ws.documents.has(id)) {
        throw new BadRequest(`There is no document with id "${String(id)}"`);
      }
      if (roleOf(this.ws, id) === null)
        throw new Forbidden(`${this.ws.email} has no access to this document`);
      this.ws.open({ host: 'docs', fileId: id });
    } else {
      throw new BadRequest('"host" must be "sheets" or "docs"');
    }
    const answer = this.execute('onOpen', [{ authMode: 'LIMITED' }], 'trigger');
    this.changed();
    const menu = menuView(this.ws);
    // The file opens even when onOpen fails, as in Google; there is just no menu to show.
    return answer.ok ? { menu } : { menu, error: answer.error };
  }

  run(body: Record<string, unknown>): RunAnswer {
    const { fn, args = [] } = body;
    if (typeof fn !== 'string' || !FUNCTION_NAME.test(fn))
      throw new BadRequest('"fn" must be a function name');
    if (!Array.isArray(args)) throw new BadRequest('"args" must be an array');
    if (body.via !== undefined && body.via !== 'menu')
      throw new BadRequest('"via" must be "menu" when given');
    if (!this.ws.active) throw new BadRequest('Open a file first (POST /api/open)');
    const answer = this.execute(fn, args, body.via === 'menu' ? 'trigger' : 'google.script.run');
    this.changed();
    return answer;
  }

  /**
   * One execution of the add-on, in fresh globals, as Apps Script runs every menu click, trigger and server call; only
   * a google.script.run call holds its arguments and answer to that boundary's rules.
   */
  private execute(fn: string, args: unknown[], as: 'trigger' | 'google.script.run'): RunAnswer {
    const sidebarBefore = this.ws.ui.sidebar;
    try {
      // Functions whose name ends with "_" are private: no menu and no google.script.run can call them
      // (https://developers.google.com/apps-script/guides/html/communication#private_functions).
      if (fn.endsWith('_')) return { ok: false, error: `Script function not found: ${fn}` };
      const addon = loadAddon(this.ws, this.options.buildDir);
      if (as === 'trigger') {
        addon.trigger(fn, ...args);
        return { ok: true, value: null };
      }
      return { ok: true, value: addon.run(fn, ...args) ?? null };
    } catch (error) {
      return { ok: false, error: messageOf(error) };
    } finally {
      if (this.ws.ui.sidebar && this.ws.ui.sidebar !== sidebarBefore)
        this.sidebarKey = `${this.version}.${fn}`;
    }
  }

  /**
   * A person's own edit: only on a file they may edit, as the editor opens read-only for a viewer. Saved as one
   * journal line before it is answered; the whole state is written only at times.
   */
  edit(body: Record<string, unknown>): { ok: true; display?: string[][] } {
    const fileId = typeof body.documentId === 'string' ? body.documentId : workbook(this.ws)?.id;
    const role = fileId === undefined ? null : roleOf(this.ws, fileId);
    if (fileId !== undefined && this.ws.sharing.has(fileId) && role !== 'owner' && role !== 'editor')
      throw new Forbidden(`${this.ws.email} may not edit this file: it is not shared with them as an editor`);
    const done = applyEdit(this.ws, body);
    const upToDate = this.saved === this.changes;
    this.changed();
    if (upToDate && this.folder.canJournal()) {
      this.folder.journal(body);
      this.saved = this.changes;
    }
    return { ok: true, ...done };
  }

  closeSidebar(): { ok: true } {
    this.ws.ui.sidebar = null;
    this.changed();
    return { ok: true };
  }

  context() {
    return { version: this.version, sidebarKey: this.sidebarKey || `${this.started}.sidebar` };
  }
}

/** A request the signed-in person may not make: answered 403. */
class Forbidden extends Error {}

const LIST_LIMIT = 50;

/** `people` of POST /api/reset: 1 to 50 distinct people, each an email with an optional name and locale. */
function peopleOf(value: unknown): { email: string; name?: string; locale?: string }[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > LIST_LIMIT)
    throw new BadRequest(`"people" must be a list of 1 to ${LIST_LIMIT} people`);
  const people = value.map((person) => {
    const { email, name, locale } = (person ?? {}) as Record<string, unknown>;
    if (typeof email !== 'string' || !isEmailAddress(email))
      throw new BadRequest('each person needs an "email" address');
    if (name !== undefined && typeof name !== 'string')
      throw new BadRequest('a person\'s "name" must be text');
    if (locale !== undefined && (typeof locale !== 'string' || !LOCALE.test(locale)))
      throw new BadRequest('a person\'s "locale" must be a locale such as "en", "fr" or "nl_BE"');
    return { email, name, locale };
  });
  if (new Set(people.map((person) => person.email)).size !== people.length)
    throw new BadRequest('each person must have their own email');
  return people;
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new BadRequest('The request body is too large');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new BadRequest('The request body must be JSON');
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new BadRequest('The request body must be a JSON object');
  }
  return body as Record<string, unknown>;
}

function send(response: ServerResponse, status: number, body: string, type: string): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

const sendJson = (response: ServerResponse, status: number, value: unknown) =>
  send(response, status, JSON.stringify(value), 'application/json; charset=utf-8');

interface Guard {
  hostNames: string[];
  port: number;
}

async function handle(
  bench: Workbench,
  assets: Assets,
  guard: Guard,
  request: IncomingMessage,
  response: ServerResponse,
) {
  const refused = refusal(request, guard.hostNames, guard.port);
  if (refused) return sendJson(response, refused.status, { error: refused.error });
  await answer(bench, assets, request, response);
  try {
    bench.saveIfChanged();
  } catch (error) {
    console.error('Could not save the workspace:', error);
  }
}

async function answer(bench: Workbench, assets: Assets, request: IncomingMessage, response: ServerResponse) {
  const path = new URL(request.url ?? '/', 'http://workbench').pathname;
  const route = `${request.method} ${path}`;
  try {
    switch (route) {
      case 'GET /':
        return send(response, 200, assets.page, 'text/html; charset=utf-8');
      case 'GET /sidebar': {
        const sidebar = bench.ws.ui.sidebar;
        if (!sidebar) return send(response, 404, 'No sidebar is open.', 'text/plain; charset=utf-8');
        return send(response, 200, assets.sidebar(sidebar.html), 'text/html; charset=utf-8');
      }
      case 'GET /api/state':
        return sendJson(response, 200, workbenchState(bench.ws, bench.context()));
      case 'GET /api/version':
        return sendJson(response, 200, { version: bench.version });
      case 'POST /api/reset':
        return sendJson(response, 200, bench.reset(await readJson(request)));
      case 'POST /api/open':
        return sendJson(response, 200, bench.open(await readJson(request)));
      case 'POST /api/run':
        return sendJson(response, 200, bench.run(await readJson(request)));
      case 'POST /api/edit':
        return sendJson(response, 200, bench.edit(await readJson(request)));
      case 'POST /api/close-sidebar':
        return sendJson(response, 200, bench.closeSidebar());
      case 'POST /api/as':
        return sendJson(response, 200, bench.as(await readJson(request)));
      case 'POST /api/share':
        return sendJson(response, 200, bench.share(await readJson(request)));
      case 'POST /api/clock':
        return sendJson(response, 200, bench.clock(await readJson(request)));
      case 'POST /api/web':
        return sendJson(response, 200, bench.web(await readJson(request)));
      default:
        return sendJson(response, 404, { error: `No ${route}` });
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof BadRequest) return sendJson(response, 400, { error: message });
    if (error instanceof RejectedEdit) return sendJson(response, 422, { error: message });
    if (error instanceof Forbidden) return sendJson(response, 403, { error: message });
    console.error(error);
    return sendJson(response, 500, { error: message });
  }
}

export async function startWorkbench(options: WorkbenchOptions): Promise<RunningWorkbench> {
  if (!existsSync(join(options.buildDir, 'Code.js'))) {
    throw new Error(`No ${join(options.buildDir, 'Code.js')}: run "node scripts/build.mjs" first`);
  }
  const bench = new Workbench(options);
  const assets = await buildAssets();
  const host = options.host ?? '127.0.0.1';
  // The port is known once listening, before the first request arrives.
  const guard: Guard = { hostNames: ownHostNames(host), port: options.port };
  const server: Server = createServer(
    (request, response) => void handle(bench, assets, guard, request, response),
  );
  // A snapshot of a large workbook can hold the server for seconds; a client's kept-alive connection must not
  // time out meanwhile, or the request it already sent on it is lost (ECONNRESET).
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  guard.port = port;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    save: () => bench.saveAll(),
    close: () =>
      new Promise((resolve, reject) =>
        server.close((error) => {
          bench.saveAll();
          return error ? reject(error) : resolve();
        }),
      ),
  };
}

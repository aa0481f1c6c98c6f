// One emulated Google Workspace: its people and who is signed in, the clock, the files, each registered service's
// state, and the call count.
import { CallCounter } from './core';
import { type DocumentModel, documentsState, newDocumentModel } from './document';
import { newPerson, type Person, roleOf, type Sharing, sharingState } from './people';
import { SERVICES, scopesFor } from './registry';
import { permissionError } from './scopes';
import type { ServiceState } from './service';
import { type CalendarState, calendarState } from './services/calendar';
import { type LockState, locksState } from './services/lock';
import { type MailState, mailState } from './services/mail';
import { type PropertiesState, propertiesState } from './services/properties';
import { type TriggerState, triggersState } from './services/script';
import { DEFAULT_ADDON_NAME, type UiState, uiState } from './services/ui';
import { Web, webState } from './services/urlFetch';
import { newSpreadsheetModel, type SpreadsheetModel, spreadsheetsState } from './spreadsheet';

export type Host = 'sheets' | 'docs';

/** The file the user has open: the container of the add-on's menus and sidebars. */
export interface ActiveFile {
  host: Host;
  fileId: string;
}

export interface WorkspaceOptions {
  /** The user's locale as Session.getActiveUserLocale() answers it, e.g. "fr" or "en_GB" (when `people` is not given). */
  locale?: string;
  /** The user's email (when `people` is not given). */
  email?: string;
  /** Everyone in the workspace; the first is signed in. Default: one person, from `email` and `locale`. */
  people?: { email: string; name?: string; locale?: string }[];
  /** The organisation's domain when its administrator allows sharing only inside it (default: none). */
  sharingDomain?: string;
  /** The time zone of new files and of the script (an IANA name). */
  timeZone?: string;
  /** The folder holding the add-on's HTML files, for HtmlService.createHtmlOutputFromFile. */
  htmlDir?: string;
  /** The add-on's name, the title of its menu under Extensions (default "Alliance Kit"). */
  addonName?: string;
}

/** The saved form's version: raised when a service's saved form changes, so an older file is refused clearly. */
export const WORKSPACE_STATE_VERSION = 2;

/**
 * The saved form: the people, who is signed in, the clock and the call count, then each service's state under its
 * key (spreadsheets, ui...). Version 2 added the people, the clock, and user properties kept per person.
 */
export interface WorkspaceState {
  version: number;
  people: Person[];
  /** The signed-in person's email. */
  email: string;
  /** How far the emulated clock is ahead of the real one, in ms. */
  clockOffset: number;
  timeZone: string;
  nextId: number;
  active: ActiveFile | null;
  calls: { total: number; byMethod: Record<string, number> };
  [serviceKey: string]: unknown;
}

export class Workspace {
  readonly calls = new CallCounter();
  people: Person[];
  /** The signed-in person's email: whose the next open, run or edit is. */
  email: string;
  /** How far the emulated clock is ahead of the real one, in ms; moved by setNow. */
  clockOffset = 0;
  timeZone: string;
  htmlDir: string | undefined;
  addonName: string;
  active: ActiveFile | null = null;
  /**
   * The manifest's oauthScopes, set by the add-on runtime from appsscript.json. Null when the manifest sets none: then
   * Apps Script finds the scopes a script needs by itself and every call is allowed
   * (https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes).
   */
  grantedScopes: readonly string[] | null = null;
  /** The granted scopes some call needed, for telling which of the manifest's scopes nothing uses. */
  readonly scopesUsed = new Set<string>();
  private nextId = 1;
  private readonly states = new Map<string, unknown>();

  constructor(options: WorkspaceOptions = {}) {
    const people = options.people?.length
      ? options.people
      : [{ email: options.email ?? 'secretary@example.org', locale: options.locale }];
    this.people = people.map(({ email, name, locale }) => newPerson(email, name, locale ?? options.locale));
    this.email = this.people[0].email;
    if (options.sharingDomain) this.sharingDomain = options.sharingDomain;
    this.timeZone = options.timeZone ?? 'UTC';
    this.htmlDir = options.htmlDir;
    this.addonName = options.addonName ?? DEFAULT_ADDON_NAME;
    this.calls.authorize = (reference, method) => this.authorize(reference, method);
  }

  /** Refuses a call whose scopes the manifest lacks, with Apps Script's permission error. */
  private authorize(reference: string, method: string): void {
    const required = scopesFor(reference, method);
    if (this.grantedScopes === null || required.length === 0) return;
    const granted = required.find((scope) => this.grantedScopes?.includes(scope));
    if (granted === undefined) throw permissionError(method, required);
    this.scopesUsed.add(granted);
  }

  /** A service's state in this workspace, made on first use (see ServiceState in service.ts). */
  state<S>(slot: ServiceState<S>): S {
    if (!this.states.has(slot.key)) this.states.set(slot.key, slot.create(this));
    return this.states.get(slot.key) as S;
  }

  get spreadsheets(): Map<string, SpreadsheetModel> {
    return this.state(spreadsheetsState);
  }

  get documents(): Map<string, DocumentModel> {
    return this.state(documentsState);
  }

  get properties(): PropertiesState {
    return this.state(propertiesState);
  }

  get locks(): LockState {
    return this.state(locksState);
  }

  get ui(): UiState {
    return this.state(uiState);
  }

  /** File id → who owns it and whom it is shared with. */
  get sharing(): Map<string, Sharing> {
    return this.state(sharingState).files;
  }

  /** The organisation's domain when its administrator allows sharing only inside it; null allows any address. */
  get sharingDomain(): string | null {
    return this.state(sharingState).domain;
  }

  set sharingDomain(domain: string | null) {
    this.state(sharingState).domain = domain;
  }

  get mail(): MailState {
    return this.state(mailState);
  }

  get calendar(): CalendarState {
    return this.state(calendarState);
  }

  /** The addresses UrlFetchApp can reach: there is no network. */
  get web(): Web {
    return new Web(this.state(webState));
  }

  get triggers(): TriggerState {
    return this.state(triggersState);
  }

  /** The signed-in person. */
  person(): Person {
    const found = this.people.find((person) => person.email === this.email);
    if (!found) throw new Error(`${this.email} is not one of the workspace's people`);
    return found;
  }

  /** The signed-in person's locale, as Session.getActiveUserLocale() answers it. */
  get locale(): string {
    return this.person().locale;
  }

  set locale(locale: string) {
    this.person().locale = locale;
  }

  /** Signs a person of the workspace in: the next open, run or edit are theirs. */
  signIn(email: string): void {
    if (!this.people.some((person) => person.email === email))
      throw new Error(`${email} is not one of the workspace's people`);
    this.email = email;
  }

  /** The emulated clock: what `new Date()` gives the add-on, and what the services read. */
  now(): Date {
    return new Date(Date.now() + this.clockOffset);
  }

  setNow(instant: number): void {
    this.clockOffset = instant - Date.now();
  }

  /** A stable, unique id in the shape of a Drive file id. */
  newId(prefix: string): string {
    const n = this.nextId++;
    return `${prefix}${String(n).padStart(6, '0')}AllianceKitEmulated`;
  }

  /** A new spreadsheet with one empty sheet, as Drive makes it; not a script call. */
  createSpreadsheet(name: string): SpreadsheetModel {
    const model = newSpreadsheetModel(this.newId('1ss'), name, this);
    this.spreadsheets.set(model.id, model);
    this.sharing.set(model.id, { owner: this.email, editors: [], viewers: [] });
    return model;
  }

  /** A new, empty document, owned by the signed-in person; not a script call. */
  createDocument(name: string): DocumentModel {
    const model = newDocumentModel(this.newId('1doc'), name);
    this.documents.set(model.id, model);
    this.sharing.set(model.id, { owner: this.email, editors: [], viewers: [] });
    return model;
  }

  /** Makes a file the one the user has open, as opening it in the browser does; only someone it is shared with can. */
  open(active: ActiveFile): void {
    const files = active.host === 'sheets' ? this.spreadsheets : this.documents;
    if (!files.has(active.fileId)) throw new Error(`No ${active.host} file with id ${active.fileId}`);
    if (roleOf(this, active.fileId) === null)
      throw new Error(`${this.email} has no access to the ${active.host} file ${active.fileId}`);
    this.active = active;
    this.ui.menus = [];
    this.ui.sidebar = null;
  }

  /** The Apps Script globals a script sees, bound to this workspace: fresh objects on every call. */
  globals(): Record<string, unknown> {
    return Object.assign({}, ...SERVICES.map((service) => service.globals?.(this) ?? {}));
  }

  toJSON(): WorkspaceState {
    const state: WorkspaceState = {
      version: WORKSPACE_STATE_VERSION,
      people: structuredClone(this.people),
      email: this.email,
      clockOffset: this.clockOffset,
      timeZone: this.timeZone,
      nextId: this.nextId,
      active: this.active,
      calls: this.calls.snapshot(),
    };
    for (const { state: slot } of SERVICES) {
      if (slot?.toJSON) state[slot.key] = slot.toJSON(this.state(slot));
    }
    return state;
  }

  /**
   * Reads what toJSON wrote; a saved form of another version is refused, naming both versions. `state` stays the
   * caller's: the workspace reads a copy of it.
   */
  static fromJSON(state: WorkspaceState, options: Pick<WorkspaceOptions, 'htmlDir'> = {}): Workspace {
    Workspace.checkVersion(state);
    return Workspace.parse(JSON.stringify(state), options);
  }

  /**
   * Reads a saved workspace from its JSON text. The spreadsheets keep what is parsed as their own instead of copying
   * it: the quickest way to load one saved state again and again, as the interleaving check does.
   */
  static parse(text: string, options: Pick<WorkspaceOptions, 'htmlDir'> = {}): Workspace {
    const state = JSON.parse(text) as WorkspaceState;
    Workspace.checkVersion(state);
    const ws = new Workspace({ ...options, people: state.people, timeZone: state.timeZone });
    ws.email = state.email;
    ws.clockOffset = state.clockOffset;
    ws.nextId = state.nextId;
    for (const { state: slot } of SERVICES) {
      if (slot?.fromJSON && state[slot.key] !== undefined)
        ws.states.set(slot.key, slot.fromJSON(state[slot.key], ws));
    }
    ws.active = state.active;
    ws.calls.total = state.calls.total;
    ws.calls.byMethod = { ...state.calls.byMethod };
    return ws;
  }

  private static checkVersion(state: WorkspaceState): void {
    if (state.version !== WORKSPACE_STATE_VERSION) {
      throw new Error(
        `Saved emulator state has version ${JSON.stringify(state.version)}, this emulator reads version ${WORKSPACE_STATE_VERSION}: move the file aside to start afresh.`,
      );
    }
  }
}

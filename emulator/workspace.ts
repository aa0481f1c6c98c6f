// One emulated Google Workspace: the user, the files, each registered service's state, and the call count.
import { CallCounter } from './core';
import { type DocumentModel, documentsState, newDocumentModel } from './document';
import { SERVICES } from './registry';
import type { ServiceState } from './service';
import { type LockState, locksState } from './services/lock';
import { type PropertiesState, propertiesState } from './services/properties';
import { DEFAULT_ADDON_NAME, type UiState, uiState } from './services/ui';
import { newSpreadsheetModel, type SpreadsheetModel, spreadsheetsState } from './spreadsheet';

export type Host = 'sheets' | 'docs';

/** The file the user has open: the container of the add-on's menus and sidebars. */
export interface ActiveFile {
  host: Host;
  fileId: string;
}

export interface WorkspaceOptions {
  /** The user's locale as Session.getActiveUserLocale() answers it, e.g. "fr" or "en_GB". */
  locale?: string;
  email?: string;
  /** The time zone of new files and of the script (an IANA name). */
  timeZone?: string;
  /** The folder holding the add-on's HTML files, for HtmlService.createHtmlOutputFromFile. */
  htmlDir?: string;
  /** The add-on's name, the title of its menu under Extensions (default "Alliance Kit"). */
  addonName?: string;
}

/** The saved form's version: raised when a service's saved form changes, so an older file is refused clearly. */
export const WORKSPACE_STATE_VERSION = 1;

/** The saved form: the user and the call count, then each service's state under its key (spreadsheets, ui...). */
export interface WorkspaceState {
  version: number;
  locale: string;
  email: string;
  timeZone: string;
  nextId: number;
  active: ActiveFile | null;
  calls: { total: number; byMethod: Record<string, number> };
  [serviceKey: string]: unknown;
}

export class Workspace {
  readonly calls = new CallCounter();
  locale: string;
  email: string;
  timeZone: string;
  htmlDir: string | undefined;
  addonName: string;
  active: ActiveFile | null = null;
  private nextId = 1;
  private readonly states = new Map<string, unknown>();

  constructor(options: WorkspaceOptions = {}) {
    this.locale = options.locale ?? 'en';
    this.email = options.email ?? 'secretary@example.org';
    this.timeZone = options.timeZone ?? 'UTC';
    this.htmlDir = options.htmlDir;
    this.addonName = options.addonName ?? DEFAULT_ADDON_NAME;
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

  /** A stable, unique id in the shape of a Drive file id. */
  newId(prefix: string): string {
    const n = this.nextId++;
    return `${prefix}${String(n).padStart(6, '0')}AllianceKitEmulated`;
  }

  /** A new spreadsheet with one empty sheet, as Drive makes it; not a script call. */
  createSpreadsheet(name: string): SpreadsheetModel {
    const model = newSpreadsheetModel(this.newId('1ss'), name, this);
    this.spreadsheets.set(model.id, model);
    return model;
  }

  /** A new, empty document; not a script call. */
  createDocument(name: string): DocumentModel {
    const model = newDocumentModel(this.newId('1doc'), name);
    this.documents.set(model.id, model);
    return model;
  }

  /** Makes a file the one the user has open, as opening it in the browser does. */
  open(active: ActiveFile): void {
    const files = active.host === 'sheets' ? this.spreadsheets : this.documents;
    if (!files.has(active.fileId)) throw new Error(`No ${active.host} file with id ${active.fileId}`);
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
      locale: this.locale,
      email: this.email,
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

  /** Reads what toJSON wrote; a saved form of another version is refused, naming both versions. */
  static fromJSON(state: WorkspaceState, options: Pick<WorkspaceOptions, 'htmlDir'> = {}): Workspace {
    if (state.version !== WORKSPACE_STATE_VERSION) {
      throw new Error(
        `Saved emulator state has version ${JSON.stringify(state.version)}, this emulator reads version ${WORKSPACE_STATE_VERSION}: move the file aside to start afresh.`,
      );
    }
    const ws = new Workspace({
      ...options,
      locale: state.locale,
      email: state.email,
      timeZone: state.timeZone,
    });
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
}

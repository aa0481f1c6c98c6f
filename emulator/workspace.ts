// One emulated Google Workspace: the files, the user, the properties, the editor UI and the call count.
import { CallCounter } from './core';
import { createDocumentApp, type DocumentModel, documentModelFromJSON, newDocumentModel } from './document';
import { createHtmlService } from './services/html';
import { createLockService, type LockState } from './services/lock';
import { createLogger } from './services/logger';
import { createPropertiesService, type PropertiesState } from './services/properties';
import { createSession } from './services/session';
import { DEFAULT_ADDON_NAME, type UiState } from './services/ui';
import { createUtilities } from './services/utilities';
import {
  createCharts,
  createSpreadsheetApp,
  newSpreadsheetModel,
  type SpreadsheetModel,
  spreadsheetModelFromJSON,
} from './spreadsheet';

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

export interface WorkspaceState {
  version: 1;
  locale: string;
  email: string;
  timeZone: string;
  nextId: number;
  spreadsheets: unknown[];
  documents: unknown[];
  properties: PropertiesState;
  active: ActiveFile | null;
  ui: UiState;
  calls: { total: number; byMethod: Record<string, number> };
}

export class Workspace {
  readonly calls = new CallCounter();
  locale: string;
  email: string;
  timeZone: string;
  htmlDir: string | undefined;
  addonName: string;
  readonly spreadsheets = new Map<string, SpreadsheetModel>();
  readonly documents = new Map<string, DocumentModel>();
  properties: PropertiesState = { script: {}, user: {}, document: {} };
  locks: LockState = { heldBy: {} };
  active: ActiveFile | null = null;
  ui: UiState = { menus: [], sidebar: null, dialogs: [], alerts: [], toasts: [], alertResponses: [] };
  private nextId = 1;

  constructor(options: WorkspaceOptions = {}) {
    this.locale = options.locale ?? 'en';
    this.email = options.email ?? 'secretary@example.org';
    this.timeZone = options.timeZone ?? 'UTC';
    this.htmlDir = options.htmlDir;
    this.addonName = options.addonName ?? DEFAULT_ADDON_NAME;
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

  /** The Apps Script globals a script sees, bound to this workspace. */
  globals(): Record<string, unknown> {
    const spreadsheetApp = createSpreadsheetApp(this);
    const documentApp = createDocumentApp(this);
    return {
      SpreadsheetApp: spreadsheetApp,
      Charts: createCharts(),
      DocumentApp: documentApp,
      HtmlService: createHtmlService(this),
      PropertiesService: createPropertiesService(this),
      LockService: createLockService(this),
      Session: createSession(this),
      Utilities: createUtilities(this),
      Logger: createLogger(this),
    };
  }

  toJSON(): WorkspaceState {
    return {
      version: 1,
      locale: this.locale,
      email: this.email,
      timeZone: this.timeZone,
      nextId: this.nextId,
      spreadsheets: [...this.spreadsheets.values()].map((model) => model.toJSON()),
      documents: [...this.documents.values()].map((model) => model.toJSON()),
      properties: structuredClone(this.properties),
      active: this.active,
      ui: structuredClone(this.ui),
      calls: this.calls.snapshot(),
    };
  }

  static fromJSON(state: WorkspaceState, options: Pick<WorkspaceOptions, 'htmlDir'> = {}): Workspace {
    const ws = new Workspace({
      ...options,
      locale: state.locale,
      email: state.email,
      timeZone: state.timeZone,
    });
    ws.nextId = state.nextId;
    for (const json of state.spreadsheets) {
      const model = spreadsheetModelFromJSON(json, ws);
      ws.spreadsheets.set(model.id, model);
    }
    for (const json of state.documents) {
      const model = documentModelFromJSON(json);
      ws.documents.set(model.id, model);
    }
    ws.properties = structuredClone(state.properties);
    ws.active = state.active;
    ws.ui = structuredClone(state.ui);
    ws.calls.total = state.calls.total;
    ws.calls.byMethod = { ...state.calls.byMethod };
    return ws;
  }
}

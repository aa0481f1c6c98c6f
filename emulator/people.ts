// The workspace's people and who may open and edit each file: Drive's owner, editors and viewers, as scripts meet them.
import { isEnumValue, scriptError } from './core';
import type { ServiceRegistration, ServiceState } from './service';
import { User } from './services/session';
import type { Workspace } from './workspace';

/** A Google account of the workspace: who can be signed in, run the add-on and own triggers. */
export interface Person {
  email: string;
  name: string;
  /** The account's language setting, as Session.getActiveUserLocale() gives it ("fr", "en_GB"). */
  locale: string;
}

/** A file's sharing in Drive: one owner, then editors and viewers (commenters count as viewers). */
export interface Sharing {
  owner: string;
  editors: string[];
  viewers: string[];
}

export type Role = 'owner' | 'editor' | 'viewer';

export function newPerson(email: string, name?: string, locale?: string): Person {
  return { email, name: name ?? email.split('@')[0], locale: locale ?? 'en' };
}

/**
 * What Apps Script reports when a script opens a spreadsheet the user has no access to: "You do not have permission to
 * access the requested document." (seen in execution logs, e.g. https://viralsfire.com/post/google-apps-script-add-on-google-run-script-runs-as;
 * the reference page https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openById(String)
 * gives no wording).
 */
export const NO_ACCESS_MESSAGE = 'You do not have permission to access the requested document.';

/**
 * What a script gets when it changes a file the user may only view (the BetterLog report of a write to a sheet without
 * edit access, https://github.com/peterherrmann/BetterLog/issues/11). Installable triggers and add-ons run with the
 * user's own access (https://developers.google.com/apps-script/guides/triggers/installable#restrictions).
 */
export const VIEW_ONLY_MESSAGE = 'You do not have permission to perform that action.';

const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

export function isEmailAddress(text: string): boolean {
  return EMAIL.test(text);
}

/** The person's role on a file, or null when the file is not shared with them. */
export function roleOf(ws: Workspace, fileId: string, email = ws.email): Role | null {
  const sharing = ws.sharing.get(fileId);
  if (!sharing) return null;
  if (sharing.owner === email) return 'owner';
  if (sharing.editors.includes(email)) return 'editor';
  if (sharing.viewers.includes(email)) return 'viewer';
  return null;
}

/** What Drive does when a person shares a file by hand or a script calls addEditor/addViewer (see SharedFileFacade). */
export function share(ws: Workspace, fileId: string, email: string, role: 'editor' | 'viewer'): void {
  const sharing = ws.sharing.get(fileId);
  if (!sharing) throw new Error(`No file with id ${fileId}`);
  if (!isEmailAddress(email)) throw scriptError(`Invalid email: ${email}`);
  const domain = ws.sharingDomain;
  if (domain !== null && email.split('@')[1].toLowerCase() !== domain.toLowerCase()) {
    // Drive's words when an administrator keeps files inside the organisation
    // (https://github.com/burnash/gspread/issues/325); the reference pages give no wording for scripts.
    throw scriptError(`Sorry, an item cannot be shared outside of ${domain}.`);
  }
  if (sharing.owner === email) return;
  if (role === 'editor') {
    sharing.viewers = sharing.viewers.filter((viewer) => viewer !== email);
    if (!sharing.editors.includes(email)) sharing.editors.push(email);
  } else if (!sharing.editors.includes(email) && !sharing.viewers.includes(email)) {
    sharing.viewers.push(email);
  }
}

/** The names of the methods, in Sheets and Docs alike, that change a file (a viewer's script may call none of them). */
const WRITES =
  /^(set|insert|delete|append|add|remove|clear|rename|move|merge|unmerge|break|protect|sort|auto|hide|unhide|show|copyTo|replace|trim|randomize|shift|group|ungroup|collapse|expand|check|uncheck|apply|update|undo|split|duplicate|create(?!.*Finder))/;

const isFacade = (value: unknown): value is object =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  !(value instanceof Date) &&
  !isEnumValue(value) &&
  Object.getPrototypeOf(value) !== Object.prototype &&
  !/Builder/.test(value.constructor?.name ?? '');

/**
 * A file as a viewer's script sees it: every object reached from it reads as before, and every method that would
 * change the file throws Google's permission error before changing anything.
 */
function viewOnly<T extends object>(facade: T): T {
  const wrapResult = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.some(isFacade) ? value.map(wrapResult) : value;
    return isFacade(value) ? viewOnly(value) : value;
  };
  return new Proxy(facade, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      if (WRITES.test(property)) {
        return () => {
          throw scriptError(VIEW_ONLY_MESSAGE);
        };
      }
      return (...args: unknown[]) => wrapResult(Reflect.apply(value, target, args));
    },
  });
}

/**
 * A file a script opens as the signed-in person: refused without access (with the service's own error), read-only for
 * a viewer, whole for an owner or editor.
 */
export function asPerson<T extends object>(
  ws: Workspace,
  fileId: string,
  facade: T,
  noAccess: () => Error,
): T {
  const role = roleOf(ws, fileId);
  if (role === null) throw noAccess();
  return role === 'viewer' ? viewOnly(facade) : facade;
}

const emailOf = (user: unknown): string =>
  user instanceof User ? user.email : typeof user === 'string' ? user : String(user);

const users = (ws: Workspace, emails: string[]) =>
  emails.map((email) => new User(ws, email) as unknown as GoogleAppsScript.Base.User);

/**
 * The sharing methods Document and Spreadsheet share, as their reference pages document them
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#addEditor(String),
 * https://developers.google.com/apps-script/reference/document/document#addEditor(String)): both facades extend it.
 * `chained` is what the methods return for chaining; `hit` counts the call under the class's name. Only these
 * methods, of Google's classes, are here: getOwner is a Spreadsheet's alone.
 */
export abstract class SharedFileFacade<Self> {
  constructor(private readonly shared: { ws: Workspace; fileId: string }) {}

  protected abstract hit(method: string): void;

  protected abstract chained(): Self;

  private sharing(): Sharing {
    const found = this.shared.ws.sharing.get(this.shared.fileId);
    if (!found) throw new Error(`No file with id ${this.shared.fileId}`);
    return found;
  }

  private shareAs(user: unknown, role: 'editor' | 'viewer'): Self {
    share(this.shared.ws, this.shared.fileId, emailOf(user), role);
    return this.chained();
  }

  private unshare(user: unknown, list: 'editors' | 'viewers'): Self {
    const found = this.sharing();
    found[list] = found[list].filter((email) => email !== emailOf(user));
    return this.chained();
  }

  private shareAllAs(emails: unknown, role: 'editor' | 'viewer'): Self {
    if (!Array.isArray(emails)) throw scriptError('Invalid argument: emailAddresses');
    // Every address is checked before the first is shared, so a refused one leaves the file as it was.
    const list = emails.map(emailOf);
    for (const email of list) if (!isEmailAddress(email)) throw scriptError(`Invalid email: ${email}`);
    const { ws, fileId } = this.shared;
    const before = structuredClone(this.sharing());
    try {
      for (const email of list) share(ws, fileId, email, role);
    } catch (error) {
      ws.sharing.set(fileId, before);
      throw error;
    }
    return this.chained();
  }

  /** Promotes a viewer to editor (spreadsheet#addEditor(String)). */
  addEditor(user: unknown): Self {
    this.hit('addEditor');
    return this.shareAs(user, 'editor');
  }

  addEditors(emailAddresses: unknown): Self {
    this.hit('addEditors');
    return this.shareAllAs(emailAddresses, 'editor');
  }

  /** No effect on someone who is already an editor (spreadsheet#addViewer(String)). */
  addViewer(user: unknown): Self {
    this.hit('addViewer');
    return this.shareAs(user, 'viewer');
  }

  addViewers(emailAddresses: unknown): Self {
    this.hit('addViewers');
    return this.shareAllAs(emailAddresses, 'viewer');
  }

  /** The users with edit permission, the owner among them (spreadsheet#getEditors()). */
  getEditors(): GoogleAppsScript.Base.User[] {
    this.hit('getEditors');
    const { owner, editors } = this.sharing();
    return users(this.shared.ws, [owner, ...editors]);
  }

  /** Viewers and commenters, not editors (spreadsheet#getViewers()). */
  getViewers(): GoogleAppsScript.Base.User[] {
    this.hit('getViewers');
    return users(this.shared.ws, this.sharing().viewers);
  }

  /**
   * The owner keeps the file; anyone else loses edit access (spreadsheet#removeEditor(String)). Google documents no
   * error for removing someone who was not an editor.
   */
  removeEditor(user: unknown): Self {
    this.hit('removeEditor');
    return this.unshare(user, 'editors');
  }

  /** No effect on an editor (spreadsheet#removeViewer(String)). */
  removeViewer(user: unknown): Self {
    this.hit('removeViewer');
    return this.unshare(user, 'viewers');
  }
}

/** Every file's sharing, and the domain an administrator may keep files inside. */
export interface SharingState {
  files: Map<string, Sharing>;
  domain: string | null;
}

export const sharingState: ServiceState<SharingState> = {
  key: 'sharing',
  create: () => ({ files: new Map(), domain: null }),
  toJSON: ({ files, domain }) => ({ files: Object.fromEntries(structuredClone([...files])), domain }),
  fromJSON: (json) => {
    const { files, domain } = json as { files: Record<string, Sharing>; domain: string | null };
    return { files: new Map(Object.entries(structuredClone(files))), domain };
  },
};

/** Drive's sharing of the files, read by SpreadsheetApp and DocumentApp; scripts get no DriveApp global here. */
export const sharingService: ServiceRegistration = { name: 'Drive', reference: 'drive', state: sharingState };

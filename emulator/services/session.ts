// Session for the emulator: the signed-in person's locale and email, and the script's time zone, from the workspace.
import { createHash } from 'node:crypto';
import { SCOPE } from '../scopes';
import type { ServiceRegistration } from '../service';
import type { Workspace } from '../workspace';

/** https://developers.google.com/apps-script/reference/base/user */
export class User implements Pick<GoogleAppsScript.Base.User, 'getEmail'> {
  constructor(
    private readonly ws: Workspace,
    readonly email: string,
  ) {}

  getEmail(): string {
    this.ws.calls.hit('base', 'User.getEmail');
    return this.email;
  }
}

type SessionPart = Pick<
  GoogleAppsScript.Base.Session,
  | 'getActiveUser'
  | 'getActiveUserLocale'
  | 'getEffectiveUser'
  | 'getScriptTimeZone'
  | 'getTemporaryActiveUserKey'
>;

/** https://developers.google.com/apps-script/reference/base/session */
export function createSession(ws: Workspace): SessionPart {
  const user = () => new User(ws, ws.email) as unknown as GoogleAppsScript.Base.User;
  return {
    /**
     * The user's language setting as Google gives it: a language code, with the region after an underscore where
     * the user chose one, e.g. "fr" or "en_GB" (https://developers.google.com/apps-script/reference/base/session#getActiveUserLocale()).
     */
    getActiveUserLocale(): string {
      ws.calls.hit('base', 'Session.getActiveUserLocale');
      return ws.locale;
    },
    /**
     * The person at work: the one who clicked, or for an installable trigger the one who made it
     * (https://developers.google.com/apps-script/reference/base/session#getActiveUser()).
     */
    getActiveUser(): GoogleAppsScript.Base.User {
      ws.calls.hit('base', 'Session.getActiveUser');
      return user();
    },
    /**
     * An add-on runs as the user who clicked, and a trigger as its owner, so the effective user is the active one
     * (https://developers.google.com/apps-script/reference/base/session#getEffectiveUser()).
     */
    getEffectiveUser(): GoogleAppsScript.Base.User {
      ws.calls.hit('base', 'Session.getEffectiveUser');
      return user();
    },
    /** https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone() */
    getScriptTimeZone(): string {
      ws.calls.hit('base', 'Session.getScriptTimeZone');
      return ws.timeZone;
    },
    /**
     * A key unique to the user and the script that does not reveal who the user is
     * (https://developers.google.com/apps-script/reference/base/session#getTemporaryActiveUserKey()).
     */
    getTemporaryActiveUserKey(): string {
      ws.calls.hit('base', 'Session.getTemporaryActiveUserKey');
      return createHash('sha256').update(`alliance-kit:${ws.email}`).digest('base64url').slice(0, 43);
    },
  };
}

export const sessionService: ServiceRegistration = {
  name: 'Session',
  reference: 'base',
  // https://developers.google.com/apps-script/reference/base/user#getEmail()
  scopes: { 'User.getEmail': [SCOPE.userinfoEmail] },
  globals: (ws) => ({ Session: createSession(ws) }),
};

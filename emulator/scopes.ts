// OAuth scopes: what Google's reference requires of each emulated method, checked against the manifest's oauthScopes.
import { scriptError } from './core';

/** The scopes the emulated methods require (https://developers.google.com/apps-script/concepts/scopes). */
export const SCOPE = {
  spreadsheets: 'https://www.googleapis.com/auth/spreadsheets',
  spreadsheetsCurrentOnly: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  documents: 'https://www.googleapis.com/auth/documents',
  documentsCurrentOnly: 'https://www.googleapis.com/auth/documents.currentonly',
  containerUi: 'https://www.googleapis.com/auth/script.container.ui',
  userinfoEmail: 'https://www.googleapis.com/auth/userinfo.email',
  sendMail: 'https://www.googleapis.com/auth/script.send_mail',
  calendar: 'https://www.googleapis.com/auth/calendar',
  calendarReadonly: 'https://www.googleapis.com/auth/calendar.readonly',
  calendarFeeds: 'https://www.google.com/calendar/feeds',
  scriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
  externalRequest: 'https://www.googleapis.com/auth/script.external_request',
} as const;

/**
 * Each method's "Authorization: Scripts that use this method require authorization with one or more of the following
 * scopes" on its reference page, keyed "Class.method", "Class.*" (every method of the class) or "*" (every method of
 * the service); the most precise key wins, and a method no key matches requires no scope. Any one of the listed
 * scopes is enough.
 */
export type ScopeTable = Readonly<Record<string, readonly string[]>>;

export function scopesIn(table: ScopeTable, method: string): readonly string[] | undefined {
  return table[method] ?? table[`${method.slice(0, method.lastIndexOf('.'))}.*`] ?? table['*'];
}

/**
 * Apps Script's error when the manifest's oauthScopes lack every scope a method accepts, e.g. "You do not have
 * permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets",
 * or, when several would do, "Required permissions: (…currentonly || …spreadsheets)"
 * (https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes).
 */
export function permissionError(method: string, required: readonly string[]): Error {
  const list = required.length === 1 ? required[0] : `(${required.join(' || ')})`;
  return scriptError(`You do not have permission to call ${method}. Required permissions: ${list}`);
}

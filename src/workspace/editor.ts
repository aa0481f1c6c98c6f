// The editor the add-on runs in: which one it is, its menu, and messages to the user.
import { MissingSheetsError, UserError } from '../domain/errors';
import { type Language, languageOf, type MessageKey, t } from '../domain/i18n';
import type { Host, Menu } from '../domain/menu';
import { sheetTitle } from '../domain/schema';
import { changesSoFar, isRetrySafe, startJournal } from './journal';

/** The user's language for menus, sidebars and messages: it follows the user's locale. */
export function userLanguage(): Language {
  return languageOf(Session.getActiveUserLocale());
}

/**
 * Which editor is open. SpreadsheetApp.getUi() throws outside Sheets, and, unlike
 * getActiveSpreadsheet(), it is allowed in AuthMode.NONE, so onOpen may ask it.
 */
export function currentHost(): Host {
  try {
    SpreadsheetApp.getUi();
    return 'sheets';
  } catch {
    return 'docs';
  }
}

export function editorUi(host?: Host): GoogleAppsScript.Base.Ui {
  if (host === 'docs') return DocumentApp.getUi();
  if (host === 'sheets') return SpreadsheetApp.getUi();
  // As currentHost asks, but keeping the Ui it got: one call, not two, in Sheets.
  try {
    return SpreadsheetApp.getUi();
  } catch {
    return DocumentApp.getUi();
  }
}

export function showMenu(host: Host, menu: Menu): void {
  const addonMenu = editorUi(host).createAddonMenu();
  for (const item of menu.items) {
    if (item) addonMenu.addItem(item.label, item.fn);
    else addonMenu.addSeparator();
  }
  addonMenu.addToUi();
}

/** What this execution changed before it failed (sheets, Docs, emails, events), named in the user's language. */
function changedSoFar(language: Language): string {
  return changesSoFar()
    .map((change) => {
      if ('document' in change) return t(language, 'error.document', { name: change.document });
      if ('mailedTo' in change) return t(language, 'error.mailed', { count: change.mailedTo });
      if ('event' in change) return t(language, 'error.event', { title: change.event });
      return t(language, 'workbook.sheetName', {
        sheet: 'sheet' in change ? sheetTitle(language, change.sheet) : change.sheetName,
      });
    })
    .join(', ');
}

/**
 * The message a person reads for any error: a UserError in their language (raised before any write), anything else
 * wrapped, saying truthfully whether anything was changed before the failure and what.
 */
export function messageFor(error: unknown, language: Language): string {
  if (error instanceof MissingSheetsError) {
    const sheets = error.sheets
      .map((key) => t(language, 'workbook.sheetName', { sheet: sheetTitle(language, key) }))
      .join(', ');
    return t(language, error.key, { sheets });
  }
  if (error instanceof UserError) return t(language, error.key, error.params);
  const detail = error instanceof Error ? error.message : String(error);
  const changed = changedSoFar(language);
  if (!changed) return t(language, 'error.unexpected', { detail });
  return t(language, isRetrySafe() ? 'error.unexpectedRetrySafe' : 'error.unexpectedAfterChanges', {
    detail,
    changed,
  });
}

/**
 * Runs a menu action; a failure is shown as an alert in the user's language, never as a stack trace, and logged with
 * console.error so the deployer sees it in Cloud Logging (the manifest's "exceptionLogging": "STACKDRIVER",
 * https://developers.google.com/apps-script/guides/logging#cloud_logging): a caught error is logged nowhere else.
 */
export function runMenuAction(action: (language: Language) => void): void {
  const language = userLanguage();
  startJournal();
  try {
    action(language);
  } catch (error) {
    console.error(error);
    editorUi().alert(messageFor(error, language));
  }
}

/**
 * Runs a server function a sidebar called. google.script.run hands the sidebar only the thrown message
 * (https://developers.google.com/apps-script/guides/html/reference/run#withFailureHandler(Function)),
 * so the message is translated here, once for every sidebar.
 */
export function serveSidebar<T>(work: (language: Language) => T): T {
  const language = userLanguage();
  startJournal();
  try {
    return work(language);
  } catch (error) {
    // Logged as the original error (its stack too), as runMenuAction does: the user's message replaces it.
    console.error(error);
    throw new Error(messageFor(error, language));
  }
}

/**
 * Opens build/<file>.html as the sidebar, titled and tagged (`<html lang>`) in the user's language: the page is a
 * template for that one scriptlet (https://developers.google.com/apps-script/guides/html/templates).
 */
export function showSidebar(file: string, title: MessageKey, language: Language): void {
  const page = HtmlService.createTemplateFromFile(file);
  page.language = language;
  editorUi().showSidebar(page.evaluate().setTitle(t(language, title)));
}

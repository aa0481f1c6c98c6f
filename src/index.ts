// The only file that lists what Apps Script calls: triggers, menu actions and the functions sidebars call.
import { menuFor } from './domain/menu';
import { currentHost, showMenu, userLanguage } from './workspace/editor';

/** Builds the add-on menu and touches nothing else, so it works in AuthMode.NONE. */
export function onOpen(_event?: GoogleAppsScript.Events.AppsScriptEvent): void {
  const host = currentHost();
  showMenu(host, menuFor(host, userLanguage()));
}

export function onInstall(event?: GoogleAppsScript.Events.AppsScriptEvent): void {
  onOpen(event);
}

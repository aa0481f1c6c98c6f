// The workbook's settings in document properties: shared by everyone who opens the file, invisible in the sheets.
import type { Language } from '../domain/i18n';
import { propertiesFromSettings, settingsFromProperties, type WorkbookSettings } from '../domain/settings';
import { userLanguage } from './editor';

/*
 * No Settings sheet: the nine sheets are the seed's tools, and settings typed into cells could be moved, translated
 * or overwritten by anyone. Document properties belong to the file, are shared by all its editors
 * (https://developers.google.com/apps-script/guides/properties) and cost one call to read all of them.
 */

function documentProperties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

export function readSettings(): WorkbookSettings {
  return settingsFromProperties(documentProperties().getProperties());
}

/** Writes only the settings given, in one call; the others keep their values. */
export function saveSettings(changes: Partial<WorkbookSettings>): void {
  documentProperties().setProperties(propertiesFromSettings(changes), false);
}

/** The language of the workbook's sheets and documents: set at set-up; the user's language until then. */
export function workbookLanguage(settings: WorkbookSettings = readSettings()): Language {
  return settings.language ?? userLanguage();
}

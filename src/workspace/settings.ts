// The workbook's settings, kept in the workbook itself: readable from the workbook and from the Docs made from it.
import type { AllianceProfile } from '../domain/api';
import type { Language } from '../domain/i18n';
import { ERASURES_METADATA_KEY, lastErasure } from '../domain/personalData';
import { profileOf } from '../domain/profile';
import { parseSheetIds, SHEETS_METADATA_KEY, type SheetIds, sheetIdsToJson } from '../domain/schema';
import {
  SETTINGS_METADATA_KEY,
  settingsFromJson,
  settingsToJson,
  type WorkbookSettings,
} from '../domain/settings';
import { userLanguage } from './editor';
import { openRecord, openRecords, readRecord } from './records';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/*
 * No Settings sheet: the nine sheets are the Guide's tools, and settings typed into cells could be moved, translated
 * or overwritten by anyone. Not document properties either: those of a Doc's script are the Doc's, so Generate minutes
 * could not read the workbook's. Spreadsheet-level developer metadata belongs to the workbook, is read after
 * SpreadsheetApp.openById from anywhere (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getDeveloperMetadata())
 * and costs four calls, five with the sheets' ids read beside it.
 */

export function readSettings(spreadsheet: Spreadsheet): WorkbookSettings {
  return settingsFromJson(readRecord(spreadsheet, SETTINGS_METADATA_KEY));
}

export interface WorkbookRecords {
  settings: WorkbookSettings;
  sheetIds: SheetIds;
  /** The latest erasure's date ('' before any), when asked for: read with the others, a call more only once there is one. */
  lastErasure?: string;
}

/** The settings and the sheets' recorded ids, read together, with writers that read neither again (set-up's). */
export function openWorkbookRecords(
  spreadsheet: Spreadsheet,
  { erasures = false } = {},
): WorkbookRecords & {
  /** Writes only the settings given, and answers the settings then. */
  saveSettings(changes: Partial<WorkbookSettings>): WorkbookSettings;
  /** Nothing is written when the ids are the same. */
  saveSheetIds(ids: SheetIds): void;
} {
  const keys = [SETTINGS_METADATA_KEY, SHEETS_METADATA_KEY, ...(erasures ? [ERASURES_METADATA_KEY] : [])];
  const records = openRecords(spreadsheet, keys);
  const settings = settingsFromJson(records[SETTINGS_METADATA_KEY].value);
  return {
    settings,
    sheetIds: parseSheetIds(records[SHEETS_METADATA_KEY].value),
    ...(erasures ? { lastErasure: lastErasure(records[ERASURES_METADATA_KEY].value) } : {}),
    saveSettings(changes) {
      const json = settingsToJson(settings, changes);
      records[SETTINGS_METADATA_KEY].write(json);
      return settingsFromJson(json);
    },
    saveSheetIds(ids) {
      records[SHEETS_METADATA_KEY].write(sheetIdsToJson(ids));
    },
  };
}

/** The settings and the sheets' recorded ids, which most actions need both of. */
export function readWorkbookRecords(spreadsheet: Spreadsheet, options = {}): WorkbookRecords {
  const { settings, sheetIds, lastErasure } = openWorkbookRecords(spreadsheet, options);
  return { settings, sheetIds, lastErasure };
}

/** Writes only the settings given; the others keep their values. */
export function saveSettings(spreadsheet: Spreadsheet, changes: Partial<WorkbookSettings>): void {
  const record = openRecord(spreadsheet, SETTINGS_METADATA_KEY);
  record.write(settingsToJson(settingsFromJson(record.value), changes));
}

/** The language of the workbook's sheets and documents: set at set-up; the user's language until then. */
export function workbookLanguage(settings: WorkbookSettings): Language {
  return settings.language ?? userLanguage();
}

/** The alliance's profile: the one saved, or the workbook's name until the alliance is given one. */
export function allianceProfile(spreadsheet: Spreadsheet, settings: WorkbookSettings): AllianceProfile {
  return profileOf(settings, spreadsheet.getName());
}

/** The open workbook as its own Docs need it: its settings, language and the alliance's profile. */
export interface AllianceWorkbook {
  spreadsheet: Spreadsheet;
  settings: WorkbookSettings;
  language: Language;
  profile: AllianceProfile;
}

export function allianceWorkbook(spreadsheet = SpreadsheetApp.getActiveSpreadsheet()): AllianceWorkbook {
  const settings = readSettings(spreadsheet);
  return {
    spreadsheet,
    settings,
    language: workbookLanguage(settings),
    profile: allianceProfile(spreadsheet, settings),
  };
}

// A workbook as the set-up before this one left it, for the tests and the bench of set-up run again over it.
import { createSpreadsheetApp } from '../../emulator/spreadsheet';
import { type Language, type MessageKey, t } from '../../src/domain/i18n';
import {
  columnHeader,
  listLabel,
  listLabels,
  type SheetKey,
  sheetTitle,
  type TableKey,
} from '../../src/domain/schema';
import { GUIDE_TASKS } from '../../src/domain/setup';
import type { LoadedAddon } from './addon';
import { setUpAlliance } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The workbook as a person handles it by hand: not the add-on's calls. */
export function byHand<T>(addon: LoadedAddon, work: (sheet: (key: SheetKey) => Sheet) => T): T {
  return addon.ws.calls.uncounted(() => {
    const book = createSpreadsheetApp(addon.ws).openById(addon.ws.active?.fileId as string);
    const language = JSON.parse(
      book
        .getDeveloperMetadata()
        .find((m) => m.getKey() === 'allianceKit.settings')
        ?.getValue() ?? '{}',
    ).language as Language;
    return work((key) => book.getSheetByName(sheetTitle(language, key)) as Sheet);
  });
}

/** The column of a header as the workbook's language writes it, 1-based. */
export function columnOf(sheet: Sheet, language: Language, table: TableKey, key: string): number {
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getDisplayValues()[0];
  return header.indexOf(columnHeader(language, table, key)) + 1;
}

/**
 * A workbook as the set-up before this one left it: no Guide task ids and only its eighteen tasks (the charter under
 * ÉTAPE 2), no column for who gives the authority to commit, phone columns on Automatic, the Meetings status without
 * Cancelled and a shorter Priority list, and no shape recorded. People then worked in it.
 */
export function madeBefore(language: Language): LoadedAddon {
  const addon = setUpAlliance(language);
  const say = (key: MessageKey) => t(language, key);
  byHand(addon, (sheet) => {
    const guide = sheet('guide');
    guide.deleteColumn(columnOf(guide, language, 'guide', 'taskId'));
    const old = new Set([
      ...GUIDE_TASKS.slice(0, 7).map(({ task }) => task),
      'charter',
      ...['sectorProfile', 'research', 'gaps', 'vision', 'actionPlan', 'publish', 'plan', 'officer', 'swot'],
      'sustainability',
    ]);
    for (let index = GUIDE_TASKS.length - 1; index >= 0; index--) {
      if (!old.has(GUIDE_TASKS[index].task)) guide.deleteRow(index + 2);
    }
    const rows = guide.getRange(2, 1, old.size, 3).getValues();
    const charter = rows.findIndex((row) => row[1] === say('guide.task.charter'));
    guide.getRange(charter + 2, 1).setValue(say('guide.step2'));
    // The ticks and a note people made.
    guide.getRange(2, 3).setValue(listLabel(language, 'guideStatus', 'done'));
    guide.getRange(charter + 2, 3).setValue(listLabel(language, 'guideStatus', 'inProgress'));
    guide.getRange(3, 4).setValue('see Lars');

    const members = sheet('members');
    members.deleteColumn(columnOf(members, language, 'members', 'authorityFrom'));
    for (const table of ['members', 'stakeholders'] as const) {
      const phone = columnOf(sheet(table), language, table, 'phone');
      sheet(table)
        .getRange(2, phone, sheet(table).getMaxRows() - 1, 1)
        .setNumberFormat('0.###############');
    }
    members.getRange(2, 1).setValue('Amina Diallo');
    // Typed before the text format: Sheets made a number of it, and its zero is gone.
    members.getRange(2, columnOf(members, language, 'members', 'phone')).setValue('0470123456');

    const older = (table: TableKey, key: string, values: string[]) => {
      const column = columnOf(sheet(table), language, table, key);
      const body = sheet(table).getRange(2, column, sheet(table).getMaxRows() - 1, 1);
      const rule = body.getDataValidation()?.copy().requireValueInList(values, true).build();
      body.setDataValidation(rule ?? null);
    };
    older('meetings', 'status', listLabels(language, 'meetingStatus').slice(0, 3));
    older('actionPlan', 'priority', [listLabel(language, 'priority', 'high'), 'Urgent']);
  });
  byHand(addon, () => {
    const book = createSpreadsheetApp(addon.ws).openById(addon.ws.active?.fileId as string);
    const settings = book.getDeveloperMetadata().find((m) => m.getKey() === 'allianceKit.settings');
    const value = JSON.parse(settings?.getValue() ?? '{}');
    delete value.setupShape;
    settings?.setValue(JSON.stringify(value));
  });
  return addon;
}

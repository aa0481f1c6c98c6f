// Set-up run again over a workbook an earlier version made, and codes typed into the cells as a person types them.
import { createSpreadsheetApp } from '../../emulator/spreadsheet';
import { LANGUAGES, type Language, type MessageKey, t } from '../../src/domain/i18n';
import {
  columnHeader,
  listLabel,
  listLabels,
  type SheetKey,
  sheetTitle,
  type TableKey,
} from '../../src/domain/schema';
import { GUIDE_TASKS } from '../../src/domain/setup';
import type { LoadedAddon } from '../support/addon';
import { setUpAlliance } from '../support/workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The workbook as a person handles it by hand: not the add-on's calls. */
function byHand<T>(addon: LoadedAddon, work: (sheet: (key: SheetKey) => Sheet) => T): T {
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
function columnOf(sheet: Sheet, language: Language, table: TableKey, key: string): number {
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getDisplayValues()[0];
  return header.indexOf(columnHeader(language, table, key)) + 1;
}

const CODES = ['0470 12 34 56', '+32 470 12 34 56', '007'];

/** Types the codes into the first rows of the phone column, one setValue each as the cell editor does, and reads them. */
function typeCodes(addon: LoadedAddon, language: Language, table: 'members' | 'stakeholders'): unknown[] {
  return byHand(addon, (sheet) => {
    const phone = columnOf(sheet(table), language, table, 'phone');
    CODES.forEach((code, index) => {
      sheet(table)
        .getRange(index + 2, phone)
        .setValue(code);
    });
    return sheet(table)
      .getRange(2, phone, CODES.length, 1)
      .getValues()
      .map((row) => row[0]);
  });
}

const lastAlert = (addon: LoadedAddon) => addon.ws.ui.alerts[addon.ws.ui.alerts.length - 1].message;

/**
 * A workbook as the set-up before this one left it: no Guide task ids and only its eighteen tasks (the charter under
 * ÉTAPE 2), no column for who gives the authority to commit, phone columns on Automatic, the Meetings status without
 * Cancelled and a shorter Priority list, and no shape recorded. People then worked in it.
 */
function madeBefore(language: Language): LoadedAddon {
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

describe('codes typed into a workbook set-up made (https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object))', () => {
  it('parses typing as Sheets does outside a plain-text cell: 007 becomes 7, +32 … a formula', () => {
    const addon = setUpAlliance('en');
    const typed = byHand(addon, (sheet) => {
      const cell = sheet('members').getRange('A2');
      return CODES.map((code) => {
        cell.setValue(code);
        return cell.getFormula() || cell.getValue();
      });
    });
    expect(typed).toEqual(['0470 12 34 56', '=+32 470 12 34 56', 7]);
  });

  it.each(LANGUAGES)('keeps phone numbers as typed, leading zeros and plus signs, in %s', (language) => {
    const addon = setUpAlliance(language);
    expect(typeCodes(addon, language, 'members')).toEqual(CODES);
    expect(typeCodes(addon, language, 'stakeholders')).toEqual(CODES);
  });
});

describe('Set up alliance workbook run again over a workbook an earlier version made', () => {
  it.each(LANGUAGES)('in %s, adds what is missing and leaves what people did', (language) => {
    const addon = madeBefore(language);
    const guideBefore = byHand(addon, (sheet) => sheet('guide').getDataRange().getValues());
    addon.run('setUpWorkbook');
    const report = lastAlert(addon);

    // The Guide: each row people had is as it was, its id beside it; the missing tasks follow, to do.
    const guide = byHand(addon, (sheet) => sheet('guide').getDataRange().getValues());
    const idColumn = byHand(addon, (sheet) => columnOf(sheet('guide'), language, 'guide', 'taskId')) - 1;
    // The charter's step, still the add-on's own words, follows the guide to ÉTAPE 4.
    const kept = guideBefore.map((row) =>
      row[1] === t(language, 'guide.task.charter')
        ? [t(language, 'guide.step4'), ...row.slice(1, 5)]
        : row.slice(0, 5),
    );
    expect(guide.slice(0, guideBefore.length).map((row) => row.slice(0, 5))).toEqual(kept);
    const ids = guide.slice(1).map((row) => row[idColumn]);
    expect([...ids].sort()).toEqual(GUIDE_TASKS.map(({ task }) => task).sort());
    const added = guide.slice(guideBefore.length);
    expect(added.map((row) => row[idColumn])).toEqual(
      GUIDE_TASKS.filter(({ task }) => !ids.slice(0, guideBefore.length - 1).includes(task)).map(
        ({ task }) => task,
      ),
    );
    expect(added.map((row) => row[1])).toContain(t(language, 'guide.task.subCommittee'));
    expect(added.every((row) => row[2] === listLabel(language, 'guideStatus', 'toDo'))).toBe(true);
    expect(report).toContain(
      t(language, 'setup.guideTasks', { sheet: sheetTitle(language, 'guide'), count: added.length }),
    );

    byHand(addon, (sheet) => {
      // The dropdowns offer what their lists gained, and keep a value people added.
      const options = (table: TableKey, key: string) =>
        sheet(table)
          .getRange(2, columnOf(sheet(table), language, table, key))
          .getDataValidation()
          ?.getCriteriaValues()[0];
      expect(options('meetings', 'status')).toEqual(listLabels(language, 'meetingStatus'));
      expect(options('actionPlan', 'priority')).toEqual([...listLabels(language, 'priority'), 'Urgent']);
      // Members gained its column for who gives the authority to commit, after the people's data.
      const members = sheet('members');
      expect(members.getRange('A2').getValue()).toBe('Amina Diallo');
      expect(columnOf(members, language, 'members', 'authorityFrom')).toBe(members.getLastColumn());
      // The number typed before stays what Sheets made of it: not made worse, not pretended mended.
      expect(members.getRange(2, columnOf(members, language, 'members', 'phone')).getValue()).toBe(470123456);
    });
    expect(typeCodes(addon, language, 'members')).toEqual(CODES);
    expect(typeCodes(addon, language, 'stakeholders')).toEqual(CODES);
    expect(report).toContain(
      t(language, 'setup.textFormat', {
        sheet: sheetTitle(language, 'stakeholders'),
        columns: columnHeader(language, 'stakeholders', 'phone'),
      }),
    );
    expect(report).toContain(
      t(language, 'setup.grownLists', {
        sheet: sheetTitle(language, 'actionPlan'),
        count: 1,
        columns: columnHeader(language, 'actionPlan', 'priority'),
      }),
    );

    // Once brought up to date, run again changes nothing.
    const json = () => JSON.stringify(addon.ws.spreadsheets.get(addon.ws.active?.fileId as string)?.toJSON());
    const after = json();
    addon.run('setUpWorkbook');
    expect(lastAlert(addon)).toBe(t(language, 'setup.nothingToDo'));
    expect(json()).toBe(after);
  });
});

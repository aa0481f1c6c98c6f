// Set-up run again over a workbook an earlier version made, and codes typed into the cells as a person types them.
import { LANGUAGES, type Language, t } from '../../src/domain/i18n';
import { columnHeader, listLabel, listLabels, sheetTitle, type TableKey } from '../../src/domain/schema';
import { GUIDE_TASKS } from '../../src/domain/setup';
import type { LoadedAddon } from '../support/addon';
import { SETUP_CALL_BUDGET } from '../support/budgets';
import { byHand, columnOf, madeBefore } from '../support/upgrade';
import { setUpAgainCalls, setUpAlliance } from '../support/workbook';

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

describe('the budget of set-up run again over a workbook made before (https://developers.google.com/apps-script/guides/support/best-practices#use_batch_operations)', () => {
  it('stays the same with 1,000 stakeholder rows as with none, within its budget', () => {
    const empty = setUpAgainCalls(madeBefore('en'), 0);
    expect(setUpAgainCalls(madeBefore('en'), 1000)).toBe(empty);
    expect(empty).toBeLessThanOrEqual(SETUP_CALL_BUDGET.upgrade);
  });
});

// The action plan as members meet it: the checks and colours written to the sheet, Add action, Show actions of….
import { checkValidation } from '../../emulator/spreadsheet';
import type { LoadedAddon } from '../support/addon';
import { appendRows, readRows, setUpAlliance } from '../support/workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function sheetNamed(addon: LoadedAddon, name: string): Sheet {
  const app = addon.ws.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return app.getActiveSpreadsheet().getSheetByName(name) as Sheet;
}

/** The header-to-rule view of row 2 of a sheet, as a person finds the checks under each header. */
function checks(addon: LoadedAddon, name: string) {
  return addon.ws.calls.uncounted(() => {
    const sheet = sheetNamed(addon, name);
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[];
    const rules = sheet.getRange(2, 1, 1, header.length).getDataValidations()[0];
    const byHeader = (label: string) => {
      const rule = rules[header.indexOf(label)];
      if (!rule) return null;
      const values = rule
        .getCriteriaValues()
        .map((value) =>
          typeof value === 'object' && value !== null && 'getA1Notation' in value
            ? `${(value as GoogleAppsScript.Spreadsheet.Range).getSheet().getName()}!${(value as GoogleAppsScript.Spreadsheet.Range).getA1Notation()}`
            : value,
        );
      return { type: String(rule.getCriteriaType()), values, allowInvalid: rule.getAllowInvalid() };
    };
    return { sheet, header, byHeader };
  });
}

/** What Sheets says when a person types into a cell of the action plan (null: accepted). */
function typeInto(addon: LoadedAddon, header: string, row: number, input: unknown): string | null {
  return addon.ws.calls.uncounted(() => {
    const { sheet, header: headers } = checks(addon, 'Action plan');
    return checkValidation(sheet.getRange(row, headers.indexOf(header) + 1), input);
  });
}

const MEMBERS = [
  { name: 'Amina Diallo', organisation: 'Mairie', sector: 'Public authorities' },
  { name: 'Jonas Berg', organisation: 'CLAP', sector: 'Mediators' },
];

describe('the Action plan’s rules as set-up writes them', () => {
  const addon = setUpAlliance();
  const { byHeader } = checks(addon, 'Action plan');

  it('offers the four statuses as a list, and refuses anything else', () => {
    expect(byHeader('Status')).toEqual({
      type: 'VALUE_IN_LIST',
      values: [['Not started', 'In progress', 'Done', 'Blocked'], true],
      allowInvalid: false,
    });
    expect(typeInto(addon, 'Status', 2, 'Finished')).not.toBeNull();
  });

  it('takes the owner from the Members names column, open-ended so later members appear', () => {
    expect(byHeader('People: who will do what?')).toEqual({
      type: 'VALUE_IN_RANGE',
      values: ['Members!A2:A1000', true],
      allowInvalid: true,
    });
  });

  it('checks start as a date, due as a date not before the start, budget as a number of zero or more', () => {
    expect(byHeader('Implementation / timetable: start')?.type).toBe('DATE_IS_VALID_DATE');
    expect(byHeader('Implementation / timetable: due')).toEqual({
      type: 'CUSTOM_FORMULA',
      values: ['=AND(ISNUMBER(J2),OR($I2="",J2>=$I2))'],
      allowInvalid: false,
    });
    expect(byHeader('Estimated budget')).toEqual({
      type: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      values: [0],
      allowInvalid: false,
    });
    expect(typeInto(addon, 'Estimated budget', 2, 'about 500')).not.toBeNull();
    expect(typeInto(addon, 'Estimated budget', 2, -1)).not.toBeNull();
    expect(typeInto(addon, 'Estimated budget', 2, 500)).toBeNull();
  });

  it('colours done green, overdue and not done red, due within 14 days amber, in that order of precedence', () => {
    const rules = addon.ws.calls.uncounted(() =>
      sheetNamed(addon, 'Action plan')
        .getConditionalFormatRules()
        .map((rule) => [
          rule.getBooleanCondition()?.getCriteriaValues()[0],
          rule.getBooleanCondition()?.getBackground(),
        ]),
    );
    expect(rules).toEqual([
      ['=$O2="Done"', '#d9ead3'],
      ['=AND(ISNUMBER($J2),$J2<TODAY(),$O2<>"Done")', '#f4cccc'],
      ['=AND(ISNUMBER($J2),$J2>=TODAY(),$J2<=TODAY()+14,$O2<>"Done")', '#fce5cd'],
    ]);
  });

  it('makes communication-plan rows due this week stand out', () => {
    const rules = addon.ws.calls.uncounted(() =>
      sheetNamed(addon, 'Communication plan')
        .getConditionalFormatRules()
        .map((rule) => rule.getBooleanCondition()?.getCriteriaValues()[0]),
    );
    expect(rules).toEqual(['=AND(ISNUMBER($G2),$G2<=TODAY()-WEEKDAY(TODAY(),2)+7)']);
  });
});

describe('Add action', () => {
  function withMembers(): LoadedAddon {
    const addon = setUpAlliance();
    appendRows(addon, 'members', MEMBERS);
    return addon;
  }

  it('offers the members and the statuses, and appends a numbered row as the sheet holds it', () => {
    const addon = withMembers();
    const form = addon.run<{ members: { name: string }[]; statuses: { value: string; label: string }[] }>(
      'getAddActionForm',
    );
    expect(form.members.map((member) => member.name)).toEqual(['Amina Diallo', 'Jonas Berg']);
    expect(form.statuses.map((status) => status.label)).toEqual([
      'Not started',
      'In progress',
      'Done',
      'Blocked',
    ]);
    const added = addon.run<{ row: number; message: string }>('addAction', {
      action: '=Print flyers',
      owner: 'jonas berg',
      start: '2027-03-01',
      due: '2027-04-01',
      budget: '1 200,50',
      status: 'inProgress',
    });
    expect(added).toEqual({ row: 2, message: 'Action 1 is in the action plan, row 2.' });
    const [row] = readRows(addon, 'actionPlan', [
      'number',
      'action',
      'owner',
      'budget',
      'status',
      'actionId',
    ]);
    expect(row.values).toMatchObject({
      number: 1,
      action: '=Print flyers',
      owner: 'Jonas Berg',
      budget: 1200.5,
      status: 'In progress',
    });
    expect(row.formulas.action).toBe('');
    expect(String(row.values.actionId)).toMatch(/^action-[0-9a-f]{8}$/);
  });

  it.each([
    [
      { due: '2027-02-01' },
      'The due date (2027-02-01) is before the start (2027-03-01). Please check both dates.',
    ],
    [
      { budget: 'about 500' },
      '“about 500” is not an amount. Please type a number of zero or more, such as 500.',
    ],
    [{ budget: '-5' }, '“-5” is not an amount. Please type a number of zero or more, such as 500.'],
    [
      { owner: 'Someone who left' },
      '“Someone who left” is not in Members. Please choose the owner from the list.',
    ],
    [{ action: '  ' }, 'Please say what the action is.'],
  ])('refuses %j as the sheet would, and writes nothing', (change, message) => {
    const addon = withMembers();
    const request = {
      action: 'Map',
      owner: 'Amina Diallo',
      start: '2027-03-01',
      due: '2027-04-01',
      budget: '',
      status: '',
    };
    expect(() => addon.run('addAction', { ...request, ...change })).toThrow(message);
    expect(readRows(addon, 'actionPlan', ['action'])).toEqual([]);
  });

  it('refuses an action longer than a cell holds (50,000 characters, https://support.google.com/drive/answer/37603), and writes nothing', () => {
    const addon = withMembers();
    expect(() =>
      addon.run('addAction', { action: `Print ${'x'.repeat(49_995)}`, owner: '', start: '', due: '' }),
    ).toThrow(
      `The text beginning “Print ${'x'.repeat(34)}…” has 50001 characters; a cell of Google Sheets holds at most 50,000. Please shorten it. Nothing was changed.`,
    );
    expect(readRows(addon, 'actionPlan', ['action'])).toEqual([]);
  });
});

describe('Show actions of…', () => {
  it('filters the action plan to one member’s rows, and shows them all again', () => {
    const addon = setUpAlliance();
    appendRows(addon, 'members', MEMBERS);
    appendRows(addon, 'actionPlan', [
      { action: 'Flyer', owner: 'Amina Diallo' },
      { action: 'Workshop', owner: 'Jonas Berg' },
      { action: 'Map', owner: 'Amina Diallo' },
    ]);
    const sheets = () => addon.ws.calls.uncounted(() => [...addon.ws.spreadsheets.values()][0].sheets.length);
    const before = sheets();
    const hidden = () =>
      addon.ws.calls.uncounted(() =>
        [2, 3, 4].filter((row) => sheetNamed(addon, 'Action plan').isRowHiddenByFilter(row)),
      );

    expect(addon.run('showActionsOf', 'Amina Diallo')).toBe(
      'The action plan shows the actions of Amina Diallo only. The other rows are hidden by a filter, not removed.',
    );
    expect(hidden()).toEqual([3]);
    expect(sheets()).toBe(before);
    addon.run('showActionsOf', 'Jonas Berg');
    expect(hidden()).toEqual([2, 4]);
    expect(addon.run('showActionsOf', '')).toBe('The action plan shows every action again.');
    expect(hidden()).toEqual([]);
  });
});

// The action plan for members: Add action appends a checked row; Show actions of… filters the sheet to one owner.
import { checkActionRequest, checkShowActionsMember, newActionRow } from '../domain/actionPlan';
import type {
  AddActionForm,
  AddActionLabel,
  AddedAction,
  MemberChoice,
  ShowActionsForm,
  ShowActionsLabel,
} from '../domain/api';
import { UserError } from '../domain/errors';
import { type Language, type MessageKey, t } from '../domain/i18n';
import { nextMeetingNumber } from '../domain/meeting';
import { LISTS, listLabel } from '../domain/schema';
import { withDocumentLock, withScriptLock } from './lock';
import { ownerOf, requireEditor } from './reach';
import { openRecord } from './records';
import { readSettings, workbookLanguage } from './settings';
import { openTables, type Table } from './table';

function labels<Key extends string>(
  prefix: string,
  keys: readonly Key[],
  language: Language,
): Record<Key, string> {
  return Object.fromEntries(
    keys.map((key) => [key, t(language, `${prefix}.${key}` as MessageKey)]),
  ) as Record<Key, string>;
}

function membersOf(table: Table<'members'>): MemberChoice[] {
  return table
    .rows()
    .map((row) => ({
      name: String(row.values.name).trim(),
      organisation: String(row.values.organisation).trim(),
    }))
    .filter((member) => member.name !== '');
}

const ADD_ACTION_LABELS: readonly AddActionLabel[] = [
  'action',
  'owner',
  'chooseOwner',
  'start',
  'due',
  'budget',
  'status',
  'add',
  'adding',
  'added',
  'addAnother',
];

/** A person who may only view the workbook is told, naming its owner, before they fill in a form for nothing. */
function requireWorkbookEditor(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  requireEditor(spreadsheet, 'access.viewer', () => ownerOf(spreadsheet));
}

export function addActionForm(language: Language): AddActionForm {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  requireWorkbookEditor(spreadsheet);
  const { members } = openTables(spreadsheet, ['members'] as const);
  return {
    labels: labels('addAction', ADD_ACTION_LABELS, language),
    members: membersOf(members),
    statuses: LISTS.actionStatus.map((value) => ({
      value,
      label: listLabel(language, 'actionStatus', value),
    })),
  };
}

/** The next number ("No.") that no action has yet, as the last reservation left it, on the Action plan sheet. */
const NEXT_NUMBER_KEY = 'allianceKit.actionPlan.nextNumber';

/**
 * Reserves `count` consecutive action numbers and answers the first. Actions are added from the workbook (Add action,
 * under its document lock) and from agenda Docs (Generate minutes, under the Doc's): the one lock they share is the
 * script lock, held here for a few calls only (the Action plan read again, the record read and moved on), never while
 * rows are written. The numbers are the Action plan's highest plus one, or the record's when higher: numbers reserved
 * by another execution whose rows are not written yet are not given twice. A reservation whose rows a failure left
 * unwritten leaves a gap, never a double.
 */
export function reserveActionNumbers(actionPlan: Table<'actionPlan'>, count: number): number {
  return withScriptLock(() => {
    const record = openRecord(actionPlan.sheet, NEXT_NUMBER_KEY);
    actionPlan.reread();
    const highest = nextMeetingNumber(actionPlan.rows().map((row) => row.values.number));
    const first = Math.max(highest, Number.parseInt(record.value ?? '', 10) || 0);
    if (count > 0) record.write(String(first + count));
    return first;
  });
}

/** Checks the form as the sheet would, then appends the row under the lock, with a number no other action has. */
export function addNewAction(request: unknown, language: Language): AddedAction {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  requireWorkbookEditor(spreadsheet);
  return withDocumentLock(() => {
    const tables = openTables(spreadsheet, ['members', 'actionPlan'] as const);
    const action = checkActionRequest(
      request,
      membersOf(tables.members).map((member) => member.name),
    );
    const actionId = `action-${Utilities.getUuid().slice(0, 8)}`;
    const number = reserveActionNumbers(tables.actionPlan, 1);
    const record = newActionRow(action, number, actionId, workbookLanguage(readSettings(spreadsheet)));
    tables.actionPlan.append([record]);
    // Under the document lock no other Sheets writer can append in between; the row is for the person to find it.
    const row = tables.actionPlan.sheet.getLastRow();
    return { row, message: t(language, 'addAction.added', { number: record.number, row }) };
  });
}

const SHOW_ACTIONS_LABELS: readonly ShowActionsLabel[] = ['member', 'choose', 'show', 'showAll'];

export function showActionsForm(language: Language): ShowActionsForm {
  const { members } = openTables(SpreadsheetApp.getActiveSpreadsheet(), ['members'] as const);
  return { labels: labels('showActions', SHOW_ACTIONS_LABELS, language), members: membersOf(members) };
}

/**
 * Filters the Action plan to one owner's rows (a filter hides rows, it copies nothing), or shows every row for ''.
 * The sheet's own filter is reused when a person made one, so their other columns' criteria stay. Under the document
 * lock, with the columns it reads: a filter is the sheet's, and another execution may be making or changing it.
 */
export function filterActionsOf(member: unknown, language: Language): string {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return withDocumentLock(() => {
    const { members, actionPlan } = openTables(spreadsheet, ['members', 'actionPlan'] as const);
    const name = checkShowActionsMember(
      member,
      membersOf(members).map((choice) => choice.name),
    );
    const sheet = actionPlan.sheet;
    const owner = actionPlan.columns.owner;
    if (owner === undefined) throw new UserError('workbook.error.notSetUp');
    const filter =
      sheet.getFilter() ?? sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).createFilter();
    if (name === '') {
      filter.removeColumnFilterCriteria(owner);
      return t(language, 'showActions.all');
    }
    filter.setColumnFilterCriteria(owner, SpreadsheetApp.newFilterCriteria().whenTextEqualTo(name).build());
    sheet.activate();
    return t(language, 'showActions.shown', { member: name });
  });
}

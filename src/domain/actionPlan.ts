// An action added from the Add action form: the same checks the Action plan sheet makes, then its row.
import type { AddActionRequest } from './api';
import { fitInCell } from './cells';
import { parseDate } from './dates';
import { quoted, UserError } from './errors';
import type { Language } from './i18n';
import { memberNamed } from './people';
import { columnLetter, LISTS, type ListValue, listLabel } from './schema';

export type ActionStatus = ListValue<'actionStatus'>;

export interface CheckedAction {
  action: string;
  owner: string;
  start: string;
  due: string;
  /** '' when no budget was given. */
  budget: number | '';
  status: ActionStatus;
}

function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new UserError('addAction.error.badRequest');
  return fitInCell(value.trim());
}

/** A date as typed, in the user's order or as `YYYY-MM-DD`, answered as `YYYY-MM-DD`; '' stays ''. */
function date(value: unknown, field: keyof AddActionRequest): string {
  const typed = text(value);
  if (typed === '') return '';
  const iso = parseDate(typed);
  if (iso === null) throw new UserError('addAction.error.badDate', { value: quoted(typed) }, field);
  return iso;
}

/** "1200", "1 200", "1200,50": a budget a person types; anything else, or below zero, is refused as the sheet does. */
function budget(value: unknown): number | '' {
  const typed = text(value).replace(/\s/g, '');
  if (typed === '') return '';
  if (!/^\d+(?:[.,]\d+)?$/.test(typed))
    throw new UserError('addAction.error.badBudget', { value: quoted(text(value)) }, 'budget');
  return Number(typed.replace(',', '.'));
}

/**
 * The form as the sidebar sent it, checked again since anything can call a server function: the owner must be a
 * member, the due date not before the start, the budget a number of zero or more, the status one of the list.
 */
export function checkActionRequest(input: unknown, memberNames: readonly string[]): CheckedAction {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new UserError('addAction.error.badRequest');
  }
  const form = input as Record<keyof AddActionRequest, unknown>;
  const action = text(form.action);
  if (action === '') throw new UserError('addAction.error.noAction', {}, 'action');
  const owner = text(form.owner);
  const member = memberNamed(owner, memberNames);
  if (owner !== '' && member === undefined)
    throw new UserError('addAction.error.notAMember', { value: quoted(owner) }, 'owner');
  const start = date(form.start, 'start');
  const due = date(form.due, 'due');
  if (start !== '' && due !== '' && due < start)
    throw new UserError('addAction.error.dueBeforeStart', { start, due }, 'due');
  const status = text(form.status) || 'notStarted';
  if (!(LISTS.actionStatus as readonly string[]).includes(status))
    throw new UserError('addAction.error.badRequest');
  return {
    action,
    owner: member ?? '',
    start,
    due,
    budget: budget(form.budget),
    status: status as ActionStatus,
  };
}

/**
 * Show actions of…'s choice, checked since anything can call a server function: '' shows every row, else it must be
 * a member, whose name is returned as Members writes it (the filter matches it exactly).
 */
export function checkShowActionsMember(input: unknown, memberNames: readonly string[]): string {
  if (typeof input !== 'string') throw new UserError('showActions.error.badRequest');
  const name = fitInCell(input.trim());
  if (name === '') return '';
  const member = memberNamed(name, memberNames);
  if (member === undefined) throw new UserError('showActions.error.notAMember', { value: quoted(name) });
  return member.trim();
}

/** The Action plan row: its number as reserved, its status in the workbook's language. */
export function newActionRow(
  action: CheckedAction,
  number: number,
  actionId: string,
  language: Language,
): {
  number: number;
  action: string;
  owner: string;
  start: string;
  due: string;
  budget: number | '';
  status: string;
  actionId: string;
} {
  return {
    number,
    action: action.action,
    owner: action.owner,
    start: action.start,
    due: action.due,
    budget: action.budget,
    status: listLabel(language, 'actionStatus', action.status),
    actionId,
  };
}

/**
 * The due column's check: a date (dates are numbers in Sheets) not before the start on its row, or any date when the
 * start is empty. References are relative to the check's first cell, row 2, as Sheets reads custom formulas
 * (https://support.google.com/docs/answer/186103).
 */
export function dueNotBeforeStartFormula(startColumn: number, dueColumn: number): string {
  const start = `$${columnLetter(startColumn)}2`;
  const due = `${columnLetter(dueColumn)}2`;
  return `=AND(ISNUMBER(${due}),OR(${start}="",${due}>=${start}))`;
}

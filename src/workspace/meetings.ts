// New meeting: the form its sidebar loads, and Create meeting (a Meetings row, the agenda Doc, the invitation Doc).
import { agendaDocument, type PlannedAction, proposedAgenda } from '../domain/agenda';
import type { CreatedMeeting, NewMeetingForm } from '../domain/api';
import { isoDateIn } from '../domain/cells';
import type { Language } from '../domain/i18n';
import { invitationDocument } from '../domain/invitation';
import {
  checkMeetingRequest,
  type MemberDetails,
  meetingRow,
  newMeetingLabels,
  nextMeetingNumber,
  secretaryOf,
} from '../domain/meeting';
import { listLabel, listValueOf } from '../domain/schema';
import { drawDashboard, openDashboard, workbookContext } from './dashboard';
import { workbookRef, writeDocument } from './documents';
import { withDocumentLock } from './lock';
import { allianceProfile, workbookLanguage } from './settings';
import { openTables, type TableRow } from './table';

export function memberDetails(rows: readonly TableRow<'members'>[]): MemberDetails[] {
  return rows
    .map(({ values }) => ({
      name: String(values.name).trim(),
      organisation: String(values.organisation).trim(),
      role: listValueOf('role', values.role) ?? '',
    }))
    .filter((member) => member.name !== '');
}

function plannedActions(rows: readonly TableRow<'actionPlan'>[]): PlannedAction[] {
  return rows.map(({ values }) => ({
    action: String(values.action),
    owner: String(values.owner),
    due: typeof values.due === 'string' ? values.due : '',
    status: listValueOf('actionStatus', values.status) ?? '',
  }));
}

/** What the New meeting sidebar shows: its words in the user's language, the members, the proposed agenda. */
export function newMeetingForm(userLanguage: Language): NewMeetingForm {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const context = workbookContext(spreadsheet);
  const { members, actionPlan } = openTables(spreadsheet, ['members', 'actionPlan'], context);
  const today = isoDateIn(new Date(), context.timeZone);
  return {
    labels: newMeetingLabels(userLanguage),
    members: memberDetails(members.rows()).map(({ name, organisation }) => ({ name, organisation })),
    agenda: proposedAgenda(plannedActions(actionPlan.rows()), today, workbookLanguage(context.settings)),
  };
}

/**
 * Checks the form before anything is written, then, under the document lock so that two secretaries get two
 * consecutive numbers: the two Docs, then the Meetings row that links them, then the dashboard that counts it.
 */
export function createNewMeeting(input: unknown): CreatedMeeting {
  const request = checkMeetingRequest(input);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const context = workbookContext(spreadsheet);
  return withDocumentLock(() => {
    const language = workbookLanguage(context.settings);
    const profile = allianceProfile(spreadsheet, context.settings);
    // Every sheet it and the dashboard read or write is found before the first write: a missing one stops it here.
    const dashboard = openDashboard(spreadsheet, context);
    const { meetings, members } = dashboard.tables;
    const number = nextMeetingNumber(meetings.rows().map((row) => row.values.number));
    const meeting = { ...request, meetingId: Utilities.getUuid() };
    const workbook = workbookRef(spreadsheet);
    const secretary = secretaryOf(memberDetails(members.rows()));
    const agenda = writeDocument(agendaDocument(meeting, workbook, profile, language));
    const invitation = writeDocument(invitationDocument(meeting, secretary, workbook, profile, language));
    const status = listLabel(language, 'meetingStatus', 'planned');
    meetings.append([meetingRow({ ...meeting, number }, { agenda, invitation }, status)]);
    drawDashboard(spreadsheet, context, dashboard);
    return { number, meetingId: meeting.meetingId, agenda, invitation };
  });
}

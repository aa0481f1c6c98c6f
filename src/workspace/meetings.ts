// New meeting: the form its sidebar loads, and Create meeting (a Meetings row, the agenda Doc, the invitation Doc).
import { agendaDocument, type PlannedAction, proposedAgenda } from '../domain/agenda';
import type { CreatedMeeting, NewMeetingForm } from '../domain/api';
import { isoDateIn } from '../domain/cells';
import { checkMeetingDate, type MeetingRecord, previousMeeting } from '../domain/continuity';
import { type Language, t } from '../domain/i18n';
import { invitationDocument, invitationEmail, meetingEvent } from '../domain/invitation';
import {
  checkMeetingRequest,
  type MemberDetails,
  meetingRow,
  newMeetingLabels,
  nextMeetingNumber,
  secretaryOf,
} from '../domain/meeting';
import { invitationSharing, isEmailAddress, meetingDocumentSharing, reachOf } from '../domain/people';
import { profileOf } from '../domain/profile';
import { listLabel, listValueOf } from '../domain/schema';
import { drawDashboard, openDashboard, workbookContext } from './dashboard';
import { workbookRef, writeDocument } from './documents';
import { withDocumentLock } from './lock';
import { activeEmail, addMeetingEvent, requireMailQuota, sendMails } from './reach';
import { workbookLanguage } from './settings';
import { openTables, type TableRow } from './table';

export function memberDetails(rows: readonly TableRow<'members'>[]): MemberDetails[] {
  return rows
    .map(({ values }) => ({
      name: String(values.name).trim(),
      organisation: String(values.organisation).trim(),
      role: listValueOf('role', values.role) ?? '',
      email: String(values.email).trim(),
    }))
    .filter((member) => member.name !== '');
}

/** The Meetings rows as continuity reads them: number, date, status, minutes, attendance, id. */
export function meetingRecords(rows: readonly TableRow<'meetings'>[]): MeetingRecord[] {
  return rows.map(({ row, values }) => ({
    row,
    number: Number.parseInt(String(values.number), 10) || 0,
    date: typeof values.date === 'string' ? values.date : '',
    status: listValueOf('meetingStatus', values.status),
    minutesUrl: String(values.minutesLink).trim(),
    present: String(values.present),
    absent: String(values.absent),
    meetingId: String(values.meetingId).trim(),
  }));
}

/** A row made ahead for that date (Generate minutes' next meeting) that New meeting fills rather than doubles. */
function rowMadeAhead(rows: readonly TableRow<'meetings'>[], date: string): TableRow<'meetings'> | undefined {
  return rows.find(
    ({ values }) =>
      values.date === date &&
      String(values.agendaLink).trim() === '' &&
      String(values.meetingId).trim() !== '' &&
      listValueOf('meetingStatus', values.status) === 'planned',
  );
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
  const details = memberDetails(members.rows());
  const { reachable, unreachable } = reachOf(details);
  return {
    labels: newMeetingLabels(userLanguage),
    members: details.map(({ name, organisation }) => ({ name, organisation })),
    agenda: proposedAgenda(plannedActions(actionPlan.rows()), today, workbookLanguage(context.settings)),
    canInvite: reachable.length > 0,
    reachNote:
      reachable.length === 0
        ? t(userLanguage, 'newMeeting.noEmails')
        : unreachable.length > 0
          ? t(userLanguage, 'newMeeting.cannotInvite', { names: unreachable.join(', ') })
          : '',
  };
}

/**
 * Checks the form and the day's email quota before anything is written, then, under the document lock so that two
 * secretaries get two consecutive numbers: the two Docs, shared with the members, the Meetings row that links them,
 * the dashboard that counts it, and last what leaves the workbook (the invitation email, the calendar event), which
 * nothing written depends on.
 */
export function createNewMeeting(input: unknown, said: Language): CreatedMeeting {
  const request = checkMeetingRequest(input);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const context = workbookContext(spreadsheet);
  checkMeetingDate(request.date, isoDateIn(new Date(), context.timeZone));
  return withDocumentLock(() => {
    const language = workbookLanguage(context.settings);
    // Every sheet it and the dashboard read or write is found before the first write: a missing one stops it here.
    const dashboard = openDashboard(spreadsheet, context);
    const { meetings, members } = dashboard.tables;
    const rows = meetings.rows();
    const ahead = rowMadeAhead(rows, request.date);
    const number =
      (ahead && Number.parseInt(String(ahead.values.number), 10)) ||
      nextMeetingNumber(rows.map((row) => row.values.number));
    const meeting = {
      ...request,
      meetingId: ahead ? String(ahead.values.meetingId).trim() : Utilities.getUuid(),
      previous: previousMeeting(meetingRecords(rows), number),
    };
    const people = memberDetails(members.rows());
    const { reachable, unreachable } = reachOf(people);
    const me = activeEmail();
    // The agenda records who made it, an editor of the workbook: a chair without access is told whom to ask.
    const workbook = { ...workbookRef(spreadsheet), askFor: me };
    const profile = profileOf(context.settings, workbook.name);
    const secretary = secretaryOf(people);
    const addresses = reachable.map((member) => member.email);
    const mailing = request.email && addresses.length > 0;
    if (mailing) requireMailQuota(addresses.length);

    const agenda = writeDocument(
      agendaDocument(meeting, workbook, profile, language),
      meetingDocumentSharing(people, meeting.chair, me),
    );
    const invitation = writeDocument(
      invitationDocument(meeting, secretary, workbook, profile, language),
      invitationSharing(people, me),
    );
    const documents = { agenda, invitation };
    const status = listLabel(language, 'meetingStatus', 'planned');
    const row = meetingRow({ ...meeting, number }, documents, status);
    if (ahead) meetings.update([{ row: ahead.row, values: row }]);
    else meetings.append([row]);
    drawDashboard(spreadsheet, context, dashboard);

    const reached: string[] = [];
    if (mailing) {
      const replyTo = secretary && isEmailAddress(secretary.email) ? secretary.email : '';
      const mail = invitationEmail(meeting, secretary, addresses, documents, workbook, profile, language);
      sendMails([mail], { name: secretary?.name ?? '', replyTo });
      reached.push(t(said, 'newMeeting.invited', { count: addresses.length }));
    }
    const guests = addresses.filter((email) => email.toLowerCase() !== me.toLowerCase());
    if (request.calendar && meeting.time === '') reached.push(t(said, 'newMeeting.calendarNoTime'));
    else if (request.calendar && guests.length > 0) {
      addMeetingEvent(meetingEvent(meeting, documents, guests, language), context.timeZone);
      reached.push(t(said, 'newMeeting.calendarAdded', { count: guests.length }));
    }
    if ((request.email || request.calendar) && unreachable.length > 0) {
      reached.push(t(said, 'newMeeting.notInvited', { names: unreachable.join(', ') }));
    }
    if ((request.email || request.calendar) && addresses.length === 0)
      reached.push(t(said, 'newMeeting.noEmails'));
    return { number, meetingId: meeting.meetingId, agenda, invitation, reached };
  });
}

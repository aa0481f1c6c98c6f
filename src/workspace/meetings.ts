// New meeting: the form its sidebar loads, and Create meeting (a Meetings row, the agenda Doc, the invitation Doc).
import { agendaDocument, type PlannedAction, proposedAgenda } from '../domain/agenda';
import type { CreatedMeeting, NewMeetingForm, NewMeetingRequest } from '../domain/api';
import { isoDateIn } from '../domain/cells';
import { checkMeetingDate, type MeetingRecord, previousMeeting } from '../domain/continuity';
import { type Language, t } from '../domain/i18n';
import { invitationDocument, invitationEmail, meetingEvent } from '../domain/invitation';
import {
  checkChair,
  checkMeetingRequest,
  type MemberDetails,
  meetingLinks,
  meetingRow,
  newMeetingLabels,
  nextMeetingNumber,
  secretaryOf,
} from '../domain/meeting';
import { invitationSharing, isEmailAddress, meetingDocumentSharing, reachOf } from '../domain/people';
import { profileOf } from '../domain/profile';
import { listLabel, listValueOf } from '../domain/schema';
import { drawDashboard, openDashboard, workbookContext } from './dashboard';
import { workbookRef, writeDocumentOnce } from './documents';
import { markRetrySafe, noteChange, recordingOnFailure } from './journal';
import { withDocumentLock, withScriptLock } from './lock';
import { fetchLogo } from './logo';
import { activeEmail, addMeetingEvent, requireMailQuota, sendMails } from './reach';
import { workbookLanguage } from './settings';
import { openTables, type Table, type TableRow } from './table';

export function memberDetails(rows: readonly TableRow<'members'>[]): MemberDetails[] {
  return rows
    .map(({ values }) => ({
      name: String(values.name).trim(),
      organisation: String(values.organisation).trim(),
      role: listValueOf('role', values.role) ?? '',
      email: String(values.email).trim(),
      consent: String(values.consentRecordedOn).trim() !== '',
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
  const { reachable, unreachable, noConsent } = reachOf(details, true);
  return {
    labels: newMeetingLabels(userLanguage),
    members: details.map(({ name, organisation }) => ({ name, organisation })),
    agenda: proposedAgenda(plannedActions(actionPlan.rows()), today, workbookLanguage(context.settings)),
    canInvite: reachable.length > 0,
    today,
    reachNote: [
      reachable.length === 0 && noConsent.length === 0 ? t(userLanguage, 'newMeeting.noEmails') : '',
      reachable.length > 0 && unreachable.length > 0
        ? t(userLanguage, 'newMeeting.cannotInvite', { names: unreachable.join(', ') })
        : '',
      noConsent.length > 0 ? t(userLanguage, 'newMeeting.noConsent', { names: noConsent.join(', ') }) : '',
    ]
      .filter(Boolean)
      .join(' '),
  };
}

/** What a New meeting request has made so far: kept under its request id, so that a retry makes only what is missing. */
interface Made {
  meetingId?: string;
  agenda?: string;
  invitation?: string;
  mailed?: boolean;
  event?: boolean;
}

const MADE_KEY = 'allianceKit.newMeeting.';

/**
 * The record of one request in the workbook's document properties, read once and written after each step that
 * cannot be undone; a request without an id (an older sidebar) keeps none and is not retry-safe. A few hundred
 * bytes a meeting, well within the 500 KB the store holds.
 */
function madeFor(requestId: string | undefined): { made: Made; save: () => void } {
  if (!requestId) return { made: {}, save: () => undefined };
  const properties = PropertiesService.getDocumentProperties();
  const key = `${MADE_KEY}${requestId}`;
  let saved = properties.getProperty(key);
  let made: Made = {};
  try {
    made = JSON.parse(saved ?? '{}') as Made;
  } catch {
    // A record a person or another version garbled: the request starts afresh.
  }
  return {
    made,
    save: () => {
      const now = JSON.stringify(made);
      if (now === saved) return;
      properties.setProperty(key, now);
      saved = now;
    },
  };
}

/**
 * The meeting's row, written first: found by the id recorded for this request (a retry), else the row made ahead for
 * that date, else a new row. Under the script lock, with the rows read in it, as Add next meeting does from the
 * agenda Doc: two meetings never get one number. The meeting's id is recorded before the row is written.
 */
function writeMeetingRow(
  meetings: Table<'meetings'>,
  request: NewMeetingRequest,
  record: { made: Made; save: () => void },
  status: string,
): { row: number; number: number; meetingId: string; previous: ReturnType<typeof previousMeeting> } {
  return withScriptLock(() => {
    meetings.reread();
    const rows = meetings.rows();
    const { made } = record;
    const mine = made.meetingId
      ? rows.find((row) => String(row.values.meetingId).trim() === made.meetingId)
      : undefined;
    const ahead = mine ? undefined : rowMadeAhead(rows, request.date);
    const there = mine ?? ahead;
    const number =
      (there && Number.parseInt(String(there.values.number), 10)) ||
      nextMeetingNumber(rows.map((row) => row.values.number));
    const meetingId = made.meetingId ?? (ahead ? String(ahead.values.meetingId).trim() : Utilities.getUuid());
    made.meetingId = meetingId;
    record.save();
    const values = meetingRow({ ...request, meetingId, number }, status);
    if (there) meetings.update([{ row: there.row, values }]);
    else meetings.append([values]);
    // Under both locks no other execution adds a meeting, so a new row is the last: its links go there.
    const row = there?.row ?? meetings.sheet.getLastRow();
    return { row, number, meetingId, previous: previousMeeting(meetingRecords(rows), number) };
  });
}

/**
 * Checks the form and the day's email quota before anything is written, then, under the document lock: the Meetings
 * row, the two Docs, shared with the members, the row's links to them, the dashboard that counts it, and last what
 * leaves the workbook (the invitation email, the calendar event), which nothing written depends on. Each step is
 * recorded under the sidebar's request id as it is done: Create clicked again after a failure at any point finds the
 * row and the Docs, writes them again, and sends and adds only what was not, so there is one of everything.
 */
export function createNewMeeting(input: unknown, said: Language): CreatedMeeting {
  const request = checkMeetingRequest(input);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const context = workbookContext(spreadsheet);
  checkMeetingDate(request.date, isoDateIn(new Date(), context.timeZone));
  if (request.requestId) markRetrySafe();
  return withDocumentLock(() => {
    const language = workbookLanguage(context.settings);
    // Every sheet it and the dashboard read or write is found before the first write: a missing one stops it here.
    const dashboard = openDashboard(spreadsheet, context);
    const { meetings, members } = dashboard.tables;
    const record = madeFor(request.requestId);
    const { made } = record;
    const people = memberDetails(members.rows());
    // The chair must be a member, named as Members writes them; checked here, with the members read under the lock.
    const chair = checkChair(
      request.chair,
      people.map((member) => member.name),
    );
    const { reachable, unreachable, noConsent } = reachOf(people, true);
    const me = activeEmail();
    // The agenda records who made it, an editor of the workbook: a chair without access is told whom to ask.
    const workbook = { ...workbookRef(spreadsheet), askFor: me };
    const profile = profileOf(context.settings, workbook.name);
    const secretary = secretaryOf(people);
    const addresses = reachable.map((member) => member.email);
    const mailing = request.email && addresses.length > 0;
    if (mailing && !made.mailed) requireMailQuota(addresses.length);
    // Once for both Docs; a logo that cannot be had leaves them without it, and the message says so.
    const logo = fetchLogo(profile.logoUrl);

    return recordingOnFailure(() => {
      const status = listLabel(language, 'meetingStatus', 'planned');
      const { row, number, meetingId, previous } = writeMeetingRow(
        meetings,
        { ...request, chair },
        record,
        status,
      );
      const meeting = { ...request, chair, meetingId, previous };
      const agenda = writeDocumentOnce(
        agendaDocument(meeting, workbook, profile, language),
        made.agenda,
        (id) => {
          made.agenda = id;
          record.save();
        },
        meetingDocumentSharing(people, meeting.chair, me),
        logo,
      ).link;
      const invitation = writeDocumentOnce(
        invitationDocument(meeting, secretary, workbook, profile, language),
        made.invitation,
        (id) => {
          made.invitation = id;
          record.save();
        },
        invitationSharing(people, me),
        logo,
      ).link;
      const documents = { agenda, invitation };
      meetings.update([{ row, values: meetingLinks(documents) }]);
      drawDashboard(spreadsheet, context, dashboard);

      const reached: string[] = logo.failed ? [t(said, 'document.noLogo')] : [];
      if (mailing) {
        if (!made.mailed) {
          const replyTo = secretary && isEmailAddress(secretary.email) ? secretary.email : '';
          const mail = invitationEmail(meeting, secretary, addresses, documents, workbook, profile, language);
          sendMails([mail], { name: secretary?.name ?? '', replyTo });
          made.mailed = true;
          noteChange({ mailedTo: addresses.length });
          record.save();
        }
        reached.push(t(said, 'newMeeting.invited', { count: addresses.length }));
      }
      const guests = addresses.filter((email) => email.toLowerCase() !== me.toLowerCase());
      if (request.calendar && meeting.time === '') reached.push(t(said, 'newMeeting.calendarNoTime'));
      else if (request.calendar && guests.length > 0) {
        if (!made.event) {
          const event = meetingEvent(meeting, documents, guests, language);
          addMeetingEvent(event, context.timeZone);
          made.event = true;
          noteChange({ event: event.title });
          record.save();
        }
        reached.push(t(said, 'newMeeting.calendarAdded', { count: guests.length }));
      }
      if ((request.email || request.calendar) && unreachable.length > 0) {
        reached.push(t(said, 'newMeeting.notInvited', { names: unreachable.join(', ') }));
      }
      if ((request.email || request.calendar) && noConsent.length > 0) {
        reached.push(t(said, 'newMeeting.noConsent', { names: noConsent.join(', ') }));
      }
      if ((request.email || request.calendar) && addresses.length === 0 && noConsent.length === 0)
        reached.push(t(said, 'newMeeting.noEmails'));
      return { number, meetingId, agenda, invitation, reached };
    }, record.save);
  });
}

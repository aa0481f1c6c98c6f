// A new meeting: the New meeting form checked field by field, its number, and its row in Meetings.
import type { AgendaItem, DocumentLink, Labels, NewMeetingLabel, NewMeetingRequest } from './api';
import { type Formula, fitInCell } from './cells';
import { parseDate } from './dates';
import { quoted, UserError } from './errors';
import { type Language, type MessageKey, t } from './i18n';
import { memberNamed } from './people';
import { hyperlink } from './schema';

const NEW_MEETING_LABELS: NewMeetingLabel[] = [
  'date',
  'time',
  'place',
  'host',
  'chair',
  'noChair',
  'agenda',
  'itemColumn',
  'moderatorColumn',
  'itemTime',
  'item',
  'moderator',
  'addItem',
  'removeItem',
  'create',
  'creating',
  'created',
  'agendaDocument',
  'invitationDocument',
  'emailInvitation',
  'addToCalendar',
];

/** The New meeting sidebar's words in the user's language; each label's key is `newMeeting.<label>`. */
export function newMeetingLabels(language: Language): Labels<NewMeetingLabel> {
  return Object.fromEntries(
    NEW_MEETING_LABELS.map((label) => [label, t(language, `newMeeting.${label}` satisfies MessageKey)]),
  ) as Labels<NewMeetingLabel>;
}

/** A member as the meeting documents need them; `role` is the role key (chair, secretary, …) or ''. */
export interface MemberDetails {
  name: string;
  organisation: string;
  role: string;
  /** As typed in Members; people.ts decides whether it is an address. */
  email: string;
  /** Members records when they consented to be emailed ("consent recorded on"): no email is sent to them before. */
  consent: boolean;
}

function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new UserError('meeting.error.badRequest');
  return fitInCell(value.trim());
}

function record(value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new UserError('meeting.error.badRequest');
  }
  return value as Record<string, unknown>;
}

/** "9:30" → "09:30"; '' stays ''; anything that is not a time of day is refused, beside its field. */
function timeOfDay(value: string, field: string): string {
  if (value === '') return '';
  const match = /^(\d{1,2})[:.h](\d{2})$/.exec(value);
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) {
    throw new UserError('meeting.error.badTime', { value: quoted(value) }, field);
  }
  return `${match[1].padStart(2, '0')}:${match[2]}`;
}

function agendaItems(value: unknown): AgendaItem[] {
  if (!Array.isArray(value)) throw new UserError('meeting.error.badRequest');
  return value
    .map((entry) => {
      const item = record(entry);
      return { time: text(item.time), item: text(item.item), moderator: text(item.moderator) };
    })
    .filter((item) => item.item !== '');
}

/**
 * The form as the sidebar sent it, checked again here since anything can call a server function:
 * a message the user can act on for each mistake, before anything is written.
 */
export function checkMeetingRequest(input: unknown): NewMeetingRequest {
  const form = record(input);
  const typed = text(form.date);
  if (typed === '') throw new UserError('meeting.error.noDate', {}, 'date');
  const date = parseDate(typed);
  if (date === null) throw new UserError('meeting.error.badDate', { value: quoted(typed) }, 'date');
  const time = timeOfDay(text(form.time), 'time');
  const agenda = agendaItems(form.agenda);
  if (agenda.length === 0) throw new UserError('meeting.error.emptyAgenda', {}, 'agenda.0.item');
  return {
    date,
    time,
    place: text(form.place),
    host: text(form.host),
    chair: text(form.chair),
    agenda,
    email: form.email === true,
    calendar: form.calendar === true,
    ...requestIdOf(form.requestId),
  };
}

/** A request id as the sidebar makes it; anything else is refused, since it names a property the server keeps. */
function requestIdOf(value: unknown): { requestId?: string } {
  if (value === undefined || value === null || value === '') return {};
  if (typeof value !== 'string' || !/^[A-Za-z0-9_-]{8,64}$/.test(value))
    throw new UserError('meeting.error.badRequest');
  return { requestId: value };
}

/** The chair the form chose: none (''), or a member, named as Members writes it; anyone else is refused. */
export function checkChair(chair: string, memberNames: readonly string[]): string {
  if (chair === '') return '';
  const member = memberNamed(chair, memberNames);
  if (member === undefined)
    throw new UserError('meeting.error.chairNotAMember', { value: quoted(chair) }, 'chair');
  return member.trim();
}

/** The number after the highest in the Meetings sheet; a number a person typed as text counts too. */
export function nextMeetingNumber(numbers: readonly unknown[]): number {
  const highest = numbers
    .map((value) => (typeof value === 'number' ? value : Number.parseInt(String(value), 10)))
    .filter((value) => Number.isFinite(value))
    .reduce((max, value) => Math.max(max, value), 0);
  return Math.floor(highest) + 1;
}

export type MeetingRow = {
  number: number;
  date: string;
  time: string;
  place: string;
  host: string;
  chair: string;
  status: string;
  meetingId: string;
};

/**
 * The Meetings row of a new meeting, written before its Docs exist so that a retry finds it by its id; `status` is
 * "planned" in the workbook's language.
 */
export function meetingRow(
  meeting: NewMeetingRequest & { meetingId: string; number: number },
  status: string,
): MeetingRow {
  return {
    number: meeting.number,
    date: meeting.date,
    time: meeting.time,
    place: meeting.place,
    host: meeting.host,
    chair: meeting.chair,
    status,
    meetingId: meeting.meetingId,
  };
}

/** The row's links to the meeting's Docs, by name. */
export function meetingLinks(documents: { agenda: DocumentLink; invitation: DocumentLink }): {
  agendaLink: Formula;
  invitationLink: Formula;
} {
  return {
    agendaLink: hyperlink(documents.agenda.url, documents.agenda.name),
    invitationLink: hyperlink(documents.invitation.url, documents.invitation.name),
  };
}

/** The secretary who signs the invitation: the first member with that role, if any. */
export function secretaryOf(members: readonly MemberDetails[]): MemberDetails | null {
  return members.find((member) => member.role === 'secretary' && member.name !== '') ?? null;
}

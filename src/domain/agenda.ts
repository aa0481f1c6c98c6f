// The agenda of a meeting: the Guide's standard items, follow-ups of open actions, and the agenda Doc's layout.
//
// THE AGENDA DOC CONTRACT (New meeting writes it; Generate minutes reads it back; keep both sides to it):
// - The body holds, in this order: a heading (Agenda / Ordre du jour / Agenda / Dagordning, in the
//   workbook's language); the alliance with its region, and its vision when given; the host organisation, the place and the date (with the time if given), one
//   paragraph each, as the Guide's "Exemple de programme de réunion" lays them out (an empty one is left
//   out); the previous meeting's minutes, linked, for approval (once there are some); then a table whose first row is the header time / item / moderator in the workbook's language
//   (e.g. HEURE / OBJET / MODÉRATEUR), and one row per agenda item; then a visible paragraph
//   "<workbook label> <workbook name>", the name linked to the workbook's URL.
// - Named ranges the script reads back (people may edit everything else):
//   `allianceKit.workbook.<spreadsheetId>` over the link paragraph,
//   `allianceKit.agenda.<meetingId>` over the table, where meetingId is the stable id written in the
//   Meetings row's meetingId column (the row's number, date, place… are read from that row). The chair may
//   add, remove or reword the table's rows: the table, as it is now, is the agenda.
import type { AgendaItem, AllianceProfile } from './api';
import { type MeetingRecord, previousMinutesLink } from './continuity';
import { longDate } from './dates';
import { type Block, type DocumentPlan, type WorkbookRef, workbookLink } from './document';
import { type Language, type MessageKey, t } from './i18n';
import { allianceBlocks } from './profile';

/** The agenda table's named range carries the meeting's id: one range (four calls) names both. */
const AGENDA_PREFIX = 'allianceKit.agenda.';

export function agendaRangeName(meetingId: string): string {
  return `${AGENDA_PREFIX}${meetingId}`;
}

/** The name of the agenda table's range among an agenda Doc's named ranges, or undefined if it has none. */
export function agendaRangeIn(rangeNames: readonly string[]): string | undefined {
  return rangeNames.find((candidate) => candidate.startsWith(AGENDA_PREFIX));
}

/** The meeting's id from the named ranges of an agenda Doc, or null if it has none. */
export function meetingIdFrom(rangeNames: readonly string[]): string | null {
  return agendaRangeIn(rangeNames)?.slice(AGENDA_PREFIX.length) || null;
}

/** The Guide's "Exemple de programme de réunion", in its order. */
const STANDARD_ITEMS: MessageKey[] = [
  'agenda.welcome',
  'agenda.previousMinutes',
  'agenda.updates',
  'agenda.communication',
  'agenda.knowledge',
  'agenda.training',
  'agenda.actionPlan',
  'agenda.otherBusiness',
  'agenda.nextMeeting',
  'agenda.close',
];

/** An action of the action plan, as the agenda needs it; `status` is the status key (done, blocked…) or ''. */
export interface PlannedAction {
  action: string;
  owner: string;
  /** ISO date or ''. */
  due: string;
  status: string;
}

/**
 * The follow-ups of the actions not done yet, one line per owner so the agenda stays short however long the plan: how
 * many actions the owner has open, and which of them are overdue, by name. The owner moderates their line; actions
 * without an owner come last, on a line of their own.
 */
export function followUpItems(
  actions: readonly PlannedAction[],
  today: string,
  language: Language,
): AgendaItem[] {
  const owners = new Map<string, { owner: string; count: number; overdue: string[] }>();
  for (const action of actions) {
    const name = action.action.trim();
    if (action.status === 'done' || name === '') continue;
    const owner = action.owner.trim();
    const line = owners.get(owner.toLocaleLowerCase()) ?? { owner, count: 0, overdue: [] };
    line.count += 1;
    if (action.due !== '' && action.due < today) line.overdue.push(name);
    owners.set(owner.toLocaleLowerCase(), line);
  }
  const lines = [...owners.values()].sort((a, b) => Number(a.owner === '') - Number(b.owner === ''));
  return lines.map(({ owner, count, overdue }) => {
    const params = {
      owner: owner || t(language, 'agenda.noOwner'),
      count,
      actions: overdue.join(', '),
    };
    const key: MessageKey = overdue.length > 0 ? 'agenda.followUpOverdue' : 'agenda.followUp';
    return { time: '', item: t(language, key, params), moderator: owner };
  });
}

/**
 * The agenda New meeting proposes: the standard items, with the owners' follow-ups right under the item where the
 * Guide reviews the action plan, so they are discussed there.
 */
export function proposedAgenda(
  actions: readonly PlannedAction[],
  today: string,
  language: Language,
): AgendaItem[] {
  const standard = STANDARD_ITEMS.map((key) => ({ time: '', item: t(language, key), moderator: '' }));
  const review = STANDARD_ITEMS.indexOf('agenda.actionPlan') + 1;
  return [
    ...standard.slice(0, review),
    ...followUpItems(actions, today, language),
    ...standard.slice(review),
  ];
}

/** A meeting as its documents describe it; every field already checked. */
export interface MeetingDetails {
  meetingId: string;
  date: string;
  time: string;
  place: string;
  host: string;
  chair: string;
  agenda: AgendaItem[];
  /** The meeting whose minutes this one approves, linked under the date; none before the first minutes. */
  previous?: MeetingRecord | null;
}

/** "Agenda – 2027-03-15 – Maison des Associations": the name a person looks for in Drive. */
export function meetingDocumentName(word: string, meeting: Pick<MeetingDetails, 'date' | 'host'>): string {
  return [word, meeting.date, meeting.host].filter((part) => part !== '').join(' – ');
}

/** The date line: "15 mars 2027", or "15 mars 2027, 10:00" when the time is set. */
export function dateLine(meeting: Pick<MeetingDetails, 'date' | 'time'>, language: Language): string {
  const date = longDate(meeting.date, language);
  return meeting.time ? `${date}, ${meeting.time}` : date;
}

export function agendaHeader(language: Language): string[] {
  return [t(language, 'agenda.time'), t(language, 'agenda.item'), t(language, 'agenda.moderator')];
}

export function agendaDocument(
  meeting: MeetingDetails,
  workbook: WorkbookRef,
  profile: AllianceProfile,
  language: Language,
): DocumentPlan {
  const heading = t(language, 'agenda.heading');
  const lines: Block[] = [meeting.host, meeting.place, dateLine(meeting, language)]
    .filter((text) => text !== '')
    .map((text) => ({ kind: 'paragraph', text }));
  if (meeting.previous) lines.push(previousMinutesLink(meeting.previous, language));
  return {
    name: meetingDocumentName(heading, meeting),
    blocks: [
      { kind: 'title', text: heading },
      ...allianceBlocks(profile, language),
      ...lines,
      {
        kind: 'table',
        header: agendaHeader(language),
        rows: meeting.agenda.map((item) => [item.time, item.item, item.moderator]),
        ranges: [agendaRangeName(meeting.meetingId)],
      },
      workbookLink(t(language, 'document.workbook'), workbook),
    ],
  };
}

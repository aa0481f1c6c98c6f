// Meeting continuity: each meeting approves the previous minutes, records the next date and welcomes new members.

import { longDate, parseDate } from './dates';
import type { Block } from './document';
import { quoted, UserError } from './errors';
import { LANGUAGES, type Language, t } from './i18n';
import { type ListValue, normalizeLabel } from './schema';

/** A Meetings row as continuity needs it; `minutesUrl` '' until minutes were generated, names comma-separated. */
export interface MeetingRecord {
  row: number;
  number: number;
  date: string;
  status: ListValue<'meetingStatus'> | null;
  minutesUrl: string;
  present: string;
  absent: string;
  meetingId: string;
}

/** The meeting whose minutes the next one approves: the latest before it, not cancelled, with minutes. */
export function previousMeeting(
  meetings: readonly MeetingRecord[],
  beforeNumber: number,
): MeetingRecord | null {
  return meetings
    .filter(
      (meeting) => meeting.number < beforeNumber && meeting.status !== 'cancelled' && meeting.minutesUrl,
    )
    .reduce<MeetingRecord | null>(
      (latest, meeting) => (!latest || meeting.number > latest.number ? meeting : latest),
      null,
    );
}

/** "Minutes of meeting 1 (15 March 2027)": how the agenda and the minutes name the previous minutes. */
export function previousMinutesName(
  meeting: Pick<MeetingRecord, 'number' | 'date'>,
  language: Language,
): string {
  return t(language, 'continuity.previousMinutes', {
    number: meeting.number,
    date: longDate(meeting.date, language),
  });
}

/** The agenda's line with the previous minutes, linked, for members to read before approving them. */
export function previousMinutesLink(meeting: MeetingRecord, language: Language): Block {
  return {
    kind: 'link',
    label: t(language, 'continuity.forApproval'),
    text: previousMinutesName(meeting, language),
    url: meeting.minutesUrl,
  };
}

const names = (list: string) =>
  list
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');

/**
 * The members present for the first time: named in neither the attendance nor the absences of any earlier meeting.
 * Before any attendance was recorded nobody is new: the first meeting is everyone's.
 */
export function newMembers(present: readonly string[], earlier: readonly MeetingRecord[]): string[] {
  const known = new Set(earlier.flatMap((meeting) => [...names(meeting.present), ...names(meeting.absent)]));
  return known.size === 0 ? [] : present.filter((name) => !known.has(name));
}

/** The welcome item of an agenda, by the seed's words in any language; else the first item, where a meeting opens. */
export function welcomeItemIndex(items: readonly string[]): number {
  const welcome = new Set(LANGUAGES.map((language) => normalizeLabel(t(language, 'agenda.welcome'))));
  const found = items.findIndex((item) => welcome.has(normalizeLabel(item)));
  return Math.max(found, 0);
}

/** A meeting date a person meant: not more than a year back, nor more than ten years ahead. */
export function checkMeetingDate(date: string, today: string, field = 'date'): void {
  const shift = (years: number) => `${Number(today.slice(0, 4)) + years}${today.slice(4)}`;
  if (date < shift(-1)) throw new UserError('continuity.error.tooEarly', { value: quoted(date) }, field);
  if (date > shift(10)) throw new UserError('continuity.error.tooLate', { value: quoted(date) }, field);
}

/** Minutes of a meeting still to come are generated only when the chair confirms it: said beside that choice. */
export function checkEarlyMinutes(
  meetingDate: string,
  today: string,
  confirmed: boolean,
  language: Language,
): void {
  if (meetingDate > today && !confirmed)
    throw new UserError('continuity.error.early', { date: longDate(meetingDate, language) }, 'confirmEarly');
}

/** What the minutes record of continuity, as the chair gave it and the workbook knows it. */
export interface MinutesContinuity {
  previous: MeetingRecord | null;
  previousApproved: boolean;
  /** ISO date or ''. */
  nextMeeting: string;
  newMembers: string[];
}

/** The minutes' lines on the previous minutes and the next date, after the attendance. */
export function continuityBlocks(continuity: MinutesContinuity, language: Language): Block[] {
  const blocks: Block[] = [];
  if (continuity.previous) {
    blocks.push({
      kind: 'labelled',
      label: t(language, 'continuity.previousLabel', {
        minutes: previousMinutesName(continuity.previous, language),
      }),
      value: t(language, continuity.previousApproved ? 'continuity.approved' : 'continuity.notApproved'),
    });
  }
  if (continuity.nextMeeting) {
    blocks.push({
      kind: 'labelled',
      label: t(language, 'continuity.nextLabel'),
      value: longDate(continuity.nextMeeting, language),
    });
  }
  return blocks;
}

/** The continuity fields of a minutes request, checked as the rest of it is: an unreadable one is refused. */
export function checkContinuityRequest(input: unknown): {
  previousApproved: boolean;
  nextMeeting: string;
  confirmEarly: boolean;
} {
  const form = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const typed = typeof form.nextMeeting === 'string' ? form.nextMeeting.trim() : '';
  const nextMeeting = typed === '' ? '' : parseDate(typed);
  if (nextMeeting === null)
    throw new UserError('continuity.error.badNextDate', { value: quoted(typed) }, 'nextMeeting');
  return {
    previousApproved: form.previousApproved === true,
    nextMeeting,
    confirmEarly: form.confirmEarly === true,
  };
}

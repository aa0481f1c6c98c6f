// The invitation Doc, from the Guide's "Exemple d'invitation", filled in with the meeting.
import { agendaHeader, type MeetingDetails, meetingDocumentName } from './agenda';
import type { AllianceProfile, DocumentLink } from './api';
import { longDate } from './dates';
import { type Block, type DocumentPlan, type WorkbookRef, workbookLink } from './document';
import { type Language, t } from './i18n';
import { linkBlock, type Mail, mailOf } from './mail';
import type { MemberDetails } from './meeting';
import { allianceBlocks } from './profile';

function inviteSentence(meeting: MeetingDetails, language: Language): string {
  return t(language, 'invitation.invite', {
    date: longDate(meeting.date, language),
    time: meeting.time ? t(language, 'invitation.atTime', { time: meeting.time }) : '',
    place: meeting.place ? t(language, 'invitation.atPlace', { place: meeting.place }) : '',
  });
}

/**
 * "Name, Organisation", the role, then how to reach the secretary as the profile gives it: the Guide leaves the
 * signature for the sender to write.
 */
function signature(secretary: MemberDetails | null, contact: string, language: Language): Block[] {
  const lines: Block[] = [{ kind: 'paragraph', text: t(language, 'invitation.secretary') }];
  if (secretary) {
    const name = [secretary.name, secretary.organisation].filter((part) => part !== '').join(', ');
    lines.unshift({ kind: 'paragraph', text: name });
  }
  if (contact) lines.push({ kind: 'paragraph', text: contact });
  return lines;
}

export function invitationDocument(
  meeting: MeetingDetails,
  secretary: MemberDetails | null,
  workbook: WorkbookRef,
  profile: AllianceProfile,
  language: Language,
  links: Block[] = [],
): DocumentPlan {
  const details: Block[] = [];
  if (meeting.host)
    details.push({ kind: 'labelled', label: t(language, 'invitation.host'), value: meeting.host });
  if (meeting.chair)
    details.push({ kind: 'labelled', label: t(language, 'invitation.chair'), value: meeting.chair });
  const [timeHeader, itemHeader] = agendaHeader(language);
  return {
    name: meetingDocumentName(t(language, 'invitation.heading'), meeting),
    blocks: [
      { kind: 'title', text: t(language, 'invitation.heading') },
      ...allianceBlocks(profile, language),
      { kind: 'paragraph', text: inviteSentence(meeting, language) },
      ...details,
      { kind: 'heading', text: t(language, 'invitation.programme') },
      {
        kind: 'table',
        header: [timeHeader, itemHeader],
        rows: meeting.agenda.map((item) => [item.time, item.item]),
      },
      ...links,
      { kind: 'paragraph', text: t(language, 'invitation.thanks') },
      { kind: 'paragraph', text: t(language, 'invitation.contact') },
      { kind: 'paragraph', text: t(language, 'invitation.closing') },
      ...signature(secretary, profile.secretaryContact, language),
      workbookLink(t(language, 'document.workbook'), workbook),
    ],
  };
}

/** The invitation as an email to the members: the same words as the Doc, with the agenda and the invitation linked. */
export function invitationEmail(
  meeting: MeetingDetails,
  secretary: MemberDetails | null,
  to: readonly string[],
  documents: { agenda: DocumentLink; invitation: DocumentLink },
  workbook: WorkbookRef,
  profile: AllianceProfile,
  language: Language,
): Mail {
  const links = [
    linkBlock(t(language, 'newMeeting.agendaDocument'), documents.agenda),
    linkBlock(t(language, 'newMeeting.invitationDocument'), documents.invitation),
  ];
  const plan = invitationDocument(meeting, secretary, workbook, profile, language, links);
  const subject = t(language, 'invitation.subject', { date: longDate(meeting.date, language) });
  return mailOf(to, subject, plan.blocks);
}

/** How long the calendar event lasts: the guide's standard agenda runs a morning. */
export const MEETING_HOURS = 2;

/** The meeting as a calendar event: the members with an email as guests, the place as its location, the Docs linked. */
export interface MeetingEvent {
  title: string;
  date: string;
  /** `HH:MM`; the event needs one. */
  time: string;
  location: string;
  description: string;
  guests: string[];
}

export function meetingEvent(
  meeting: MeetingDetails,
  documents: { agenda: DocumentLink; invitation: DocumentLink },
  guests: readonly string[],
  language: Language,
): MeetingEvent {
  const title = t(language, 'calendar.eventTitle');
  return {
    title: meeting.host ? `${title} – ${meeting.host}` : title,
    date: meeting.date,
    time: meeting.time,
    location: meeting.place,
    description: t(language, 'calendar.description', {
      agenda: documents.agenda.url,
      invitation: documents.invitation.url,
    }),
    guests: [...guests],
  };
}

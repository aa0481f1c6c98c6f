// The invitation Doc, from the Guide's "Exemple d'invitation", filled in with the meeting.
import { agendaHeader, type MeetingDetails, meetingDocumentName } from './agenda';
import type { AllianceProfile } from './api';
import { longDate } from './dates';
import { type Block, type DocumentPlan, type WorkbookRef, workbookLink } from './document';
import { type Language, t } from './i18n';
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
      { kind: 'paragraph', text: t(language, 'invitation.thanks') },
      { kind: 'paragraph', text: t(language, 'invitation.contact') },
      { kind: 'paragraph', text: t(language, 'invitation.closing') },
      ...signature(secretary, profile.secretaryContact, language),
      workbookLink(t(language, 'document.workbook'), workbook),
    ],
  };
}

// The invitation Doc, from the seed's "Exemple d'invitation", filled in with the meeting.
import { agendaHeader, type MeetingDetails, meetingDocumentName } from './agenda';
import { longDate } from './dates';
import { type Block, type DocumentPlan, type WorkbookRef, workbookLink } from './document';
import { type Language, t } from './i18n';
import type { MemberDetails } from './meeting';

function inviteSentence(meeting: MeetingDetails, language: Language): string {
  return t(language, 'invitation.invite', {
    date: longDate(meeting.date, language),
    time: meeting.time ? t(language, 'invitation.atTime', { time: meeting.time }) : '',
    place: meeting.place ? t(language, 'invitation.atPlace', { place: meeting.place }) : '',
  });
}

/** "Name, Organisation" then the role: the seed leaves the signature for the sender to write. */
function signature(secretary: MemberDetails | null, language: Language): Block[] {
  const role: Block = { kind: 'paragraph', text: t(language, 'invitation.secretary') };
  if (!secretary) return [role];
  const name = [secretary.name, secretary.organisation].filter((part) => part !== '').join(', ');
  return [{ kind: 'paragraph', text: name }, role];
}

export function invitationDocument(
  meeting: MeetingDetails,
  secretary: MemberDetails | null,
  workbook: WorkbookRef,
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
      ...signature(secretary, language),
      workbookLink(t(language, 'document.workbook'), workbook),
    ],
  };
}

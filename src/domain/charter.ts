// The charter Doc, from the Guide's "Exemple de charte", with the alliance's vision and a row per member to sign.

import type { AllianceProfile } from './api';
import { longDate } from './dates';
import { type Block, type DocumentPlan, type WorkbookRef, workbookLink } from './document';
import { type Language, type MessageKey, t } from './i18n';
import { allianceLine, visionLines } from './profile';

export interface CharterMember {
  name: string;
  organisation: string;
  email: string;
  preferredChannel: string;
  individualMember: boolean;
  /** ISO date or ''. */
  charterSignedOn: string;
}

export interface CharterInput {
  profile: AllianceProfile;
  members: readonly CharterMember[];
  /** Where the secretary records signatures, as the workbook names them: the column header and the sheet. */
  signedOnColumn: string;
  membersSheet: string;
  workbook: WorkbookRef;
}

const PLEDGES: MessageKey[] = [
  'charter.respect',
  'charter.collaboration',
  'charter.conflicts',
  'charter.openness',
  'charter.resources',
];

function signatureRow(member: CharterMember, language: Language): string[] {
  return [
    member.name,
    member.charterSignedOn ? longDate(member.charterSignedOn, language) : '',
    member.organisation,
    member.individualMember ? t(language, 'charter.yes') : '',
    [member.email, member.preferredChannel].filter((part) => part !== '').join(' / '),
  ];
}

export function charterDocument(input: CharterInput, language: Language): DocumentPlan {
  const alliance = { alliance: input.profile.allianceName };
  const given = visionLines(input.profile);
  const vision = given.length > 0 ? given : [t(language, 'charter.noVision')];
  const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
  return {
    name: t(language, 'charter.documentName', alliance),
    blocks: [
      { kind: 'title', text: t(language, 'charter.heading', alliance) },
      allianceLine(input.profile),
      paragraph(t(language, 'charter.commitment', alliance)),
      paragraph(t(language, 'charter.aware')),
      ...vision.map(paragraph),
      ...PLEDGES.map((key) => paragraph(t(language, key))),
      { kind: 'heading', text: t(language, 'charter.signatures') },
      paragraph(
        t(language, 'charter.recording', { column: input.signedOnColumn, sheet: input.membersSheet }),
      ),
      {
        kind: 'table',
        header: (
          [
            'charter.name',
            'charter.date',
            'charter.organisation',
            'charter.individual',
            'charter.contact',
          ] as const
        ).map((key) => t(language, key)),
        rows: input.members
          .filter((member) => member.name !== '')
          .map((member) => signatureRow(member, language)),
      },
      workbookLink(t(language, 'document.workbook'), input.workbook),
    ],
  };
}

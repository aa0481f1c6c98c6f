// The invitation, charter and briefing documents as the Guide words them, filled in.
import type { MeetingDetails } from '../../src/domain/agenda';
import { briefingDocument } from '../../src/domain/briefing';
import { charterDocument } from '../../src/domain/charter';
import type { Block } from '../../src/domain/document';
import { t } from '../../src/domain/i18n';
import { invitationDocument } from '../../src/domain/invitation';
import { PROFILE } from '../support/profile';

const workbook = {
  id: 'ss1',
  name: 'Alliance Gironde',
  url: 'https://docs.google.com/spreadsheets/d/ss1/edit',
};

/** The text a person reads, block by block. */
function texts(blocks: Block[]): string[] {
  return blocks.map((block) => {
    switch (block.kind) {
      case 'labelled':
        return `${block.label} ${block.value}`;
      case 'link':
        return `${block.label} ${block.text}`;
      case 'table':
        return [block.header, ...block.rows].map((row) => row.join(' | ')).join('\n');
      default:
        return block.text;
    }
  });
}

const meeting: MeetingDetails = {
  meetingId: 'm-1',
  date: '2027-03-15',
  time: '10:00',
  place: 'Bordeaux',
  host: 'Maison des Associations',
  chair: 'Amina Diallo',
  agenda: [
    { time: '10:00', item: 'Accueil et Introduction', moderator: 'Amina' },
    { time: '10:15', item: 'Autres questions', moderator: '' },
  ],
};

describe('invitationDocument', () => {
  it('fills the Guide’s "Exemple d’invitation" with the meeting and signs with the secretary', () => {
    const secretary = {
      name: 'Lars Berg',
      organisation: 'Röda Korset',
      role: 'secretary',
      email: '',
      consent: false,
    };
    const plan = invitationDocument(meeting, secretary, workbook, PROFILE, 'fr');
    expect(plan.name).toBe('Invitation – 2027-03-15 – Maison des Associations');
    expect(texts(plan.blocks)).toEqual([
      'Invitation',
      'Alliance Gironde – Nouvelle-Aquitaine',
      'Vision et objectifs : Inclusion active des migrants Médiation dans chaque quartier',
      "Nous vous invitons cordialement à participer à notre Réunion de l'Alliance Régionale qui se tiendra le 15 mars 2027 à 10:00 à Bordeaux.",
      "Organisme d'accueil : Maison des Associations",
      'Présidence : Amina Diallo',
      'Programme',
      'HEURE | OBJET\n10:00 | Accueil et Introduction\n10:15 | Autres questions',
      "Nous vous remercions d'avance pour votre engagement à mener le projet dans la bonne direction afin d'obtenir un impact optimal. Nous apprécions vivement votre expertise.",
      "N'hésitez pas à me contacter si vous avez des questions ou si vous souhaitez discuter d'autres sujets.",
      'Sincèrement vôtre,',
      'Lars Berg, Röda Korset',
      "Secrétariat de l'Alliance",
      'secretariat@example.org, 05 56 00 00 00',
      "Classeur de l'Alliance : Alliance Gironde",
    ]);
  });

  it('leaves out what is not known yet', () => {
    const plan = invitationDocument(
      { ...meeting, time: '', place: '', host: '', chair: '' },
      null,
      workbook,
      { ...PROFILE, region: '', vision: '', secretaryContact: '' },
      'en',
    );
    const text = texts(plan.blocks);
    expect(text[1]).toBe('Alliance Gironde');
    expect(text[2]).toBe(
      'We cordially invite you to take part in our Regional Alliance meeting, to be held on 15 March 2027.',
    );
    expect(text).not.toContain('Host organisation:');
    expect(text.at(-2)).toBe('Secretary of the alliance');
  });
});

describe('charterDocument', () => {
  const members = [
    {
      name: 'Amina Diallo',
      organisation: 'Maison des Associations',
      email: 'amina@example.org',
      preferredChannel: 'WhatsApp',
      individualMember: false,
      charterSignedOn: '2027-01-20',
    },
    {
      name: 'Lars Berg',
      organisation: '',
      email: '',
      preferredChannel: '',
      individualMember: true,
      charterSignedOn: '',
    },
    {
      name: '',
      organisation: 'no name',
      email: '',
      preferredChannel: '',
      individualMember: false,
      charterSignedOn: '',
    },
  ];
  const input = {
    profile: PROFILE,
    members,
    signedOnColumn: 'Charte signée le',
    membersSheet: 'Membres',
    workbook,
  };

  it('carries the alliance’s vision and a row per named member to sign', () => {
    const plan = charterDocument(input, 'fr');
    const text = texts(plan.blocks);
    expect(plan.name).toBe('Charte – Alliance Gironde');
    expect(text.slice(0, 6)).toEqual([
      'Charte de Alliance Gironde',
      'Alliance Gironde – Nouvelle-Aquitaine',
      "En tant que membre de Alliance Gironde, je m'engage à assister aux réunions, à diffuser des informations et à soutenir les objectifs de l'Alliance.",
      "Je suis conscient que l'Alliance s'engage à :",
      'Inclusion active des migrants',
      'Médiation dans chaque quartier',
    ]);
    expect(text).toContain(
      'Chaque membre signe sur sa ligne. Le secrétariat inscrit ensuite la date de signature dans la colonne « Charte signée le » de la feuille Membres : le tableau de bord compte ainsi les signatures.',
    );
    const table = plan.blocks.find((block) => block.kind === 'table');
    expect(table).toEqual({
      kind: 'table',
      header: [
        'Nom',
        'Date',
        'Organisation',
        'Membre individuel',
        'Adresse électronique / forme de communication préférée',
      ],
      rows: [
        ['Amina Diallo', '20 janvier 2027', 'Maison des Associations', '', 'amina@example.org / WhatsApp'],
        ['Lars Berg', '', '', 'Oui', ''],
      ],
    });
  });

  it('keeps the Guide’s placeholder when no vision is set', () => {
    expect(texts(charterDocument({ ...input, profile: { ...PROFILE, vision: ' ' } }, 'en').blocks)[4]).toBe(
      '(Insert the vision and aims of the Alliance)',
    );
  });
});

describe('briefingDocument', () => {
  it('asks ÉTAPE 1’s questions, each with room to answer, five slots for the reasons, and states the commitment', () => {
    const plan = briefingDocument(PROFILE, workbook, 'fr');
    expect(plan.name).toBe('Document de briefing – Alliance Gironde');
    const headings = plan.blocks
      .filter((block) => block.kind === 'heading')
      .map((block) => texts([block])[0]);
    expect(headings).toHaveLength(7);
    expect(headings[4]).toBe(
      'Pourquoi pensez-vous que la médiation communautaire peut répondre avec succès à ces défis ?',
    );
    const answers = plan.blocks.filter(
      (block) => block.kind === 'paragraph' && block.text === '(Votre réponse)',
    );
    expect(answers).toHaveLength(5);
    const text = texts(plan.blocks);
    const reasons = text.indexOf(
      "Donnez au moins cinq raisons convaincantes expliquant POURQUOI CES ORGANISMES DEVRAIENT S'IMPLIQUER ? Mise en valeur des bénéfices de leur engagement.",
    );
    expect(text.slice(reasons + 1, reasons + 6)).toEqual([
      'Raison 1 : ',
      'Raison 2 : ',
      'Raison 3 : ',
      'Raison 4 : ',
      'Raison 5 : ',
    ]);
    expect(text).toContain('Ce qui est attendu de leur part');
    expect(text).toContain(
      "Engagement proposé - participer à 4 - 5 réunions sur une période de 18 mois et contribution active au développement de Plans d'Actions Régionaux.",
    );
  });

  it.each(['en', 'nl', 'sv'] as const)('gives five slots for the reasons in %s too', (language) => {
    const slots = texts(briefingDocument(PROFILE, workbook, language).blocks).filter(
      (line) => line === `${t(language, 'briefing.reason', { n: Number(line.match(/\d/)?.[0]) })} `,
    );
    expect(slots).toHaveLength(5);
  });
});

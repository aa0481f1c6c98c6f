// The agenda New meeting proposes and the agenda Doc it lays out, in the workbook's language.
import {
  agendaDocument,
  agendaRangeName,
  type MeetingDetails,
  meetingIdFrom,
  type PlannedAction,
  proposedAgenda,
} from '../../src/domain/agenda';
import { workbookIdFrom } from '../../src/domain/document';
import { LANGUAGES, t } from '../../src/domain/i18n';
import { PROFILE } from '../support/profile';

const workbook = {
  id: 'ss1',
  name: 'Alliance Gironde',
  url: 'https://docs.google.com/spreadsheets/d/ss1/edit',
};

const actions: PlannedAction[] = [
  { action: 'Map local support', owner: 'Amina', due: '2027-02-01', status: 'inProgress' },
  { action: 'Print leaflets', owner: 'Lars', due: '2027-01-10', status: 'done' },
  { action: 'Ask the town hall', owner: 'Marie', due: '2027-05-01', status: 'notStarted' },
  { action: 'Find a room', owner: '', due: '', status: '' },
  { action: '  ', owner: 'Nobody', due: '', status: 'blocked' },
];

describe('proposedAgenda', () => {
  it('is the Guide’s standard agenda in French, with one follow-up per owner under the action-plan review', () => {
    const items = proposedAgenda(actions, '2027-03-15', 'fr').map((item) => item.item);
    expect(items).toEqual([
      'Accueil et Introduction',
      'Compte-rendu de la réunion précédente',
      'Mises à jour des activités du projet depuis la dernière réunion',
      'Communication ; événement ; réseautage',
      'Partage de connaissance',
      'Retour sur les formations',
      "Retour sur le plan d'action",
      'Suivi – Amina : 1 action à mener ; en retard : Map local support',
      'Suivi – Marie : 1 action à mener',
      'Suivi – sans responsable : 1 action à mener',
      'Autres questions',
      'Date, heure, lieu de la prochaine réunion',
      'Conclusion et remerciement',
    ]);
  });

  // Amina's actions, her name typed two ways: one overdue, one due later, one blocked and overdue, one done.
  const many: PlannedAction[] = [
    ...actions,
    { action: 'Ask the mayor', owner: 'amina ', due: '2027-05-01', status: 'notStarted' },
    { action: 'Book the room', owner: 'Amina', due: '2027-03-01', status: 'blocked' },
  ];

  it.each([
    [
      'en',
      'Follow-up – Amina: 3 open actions; overdue: Map local support, Book the room',
      'Follow-up – Marie: 1 open action',
      'Follow-up – no owner yet: 1 open action',
    ],
    [
      'fr',
      'Suivi – Amina : 3 actions à mener ; en retard : Map local support, Book the room',
      'Suivi – Marie : 1 action à mener',
      'Suivi – sans responsable : 1 action à mener',
    ],
    [
      'nl',
      'Opvolging – Amina: 3 openstaande acties; achterstallig: Map local support, Book the room',
      'Opvolging – Marie: 1 openstaande actie',
      'Opvolging – nog geen eigenaar: 1 openstaande actie',
    ],
    [
      'sv',
      'Uppföljning – Amina: 3 öppna åtgärder; försenade: Map local support, Book the room',
      'Uppföljning – Marie: 1 öppen åtgärd',
      'Uppföljning – ingen ansvarig än: 1 öppen åtgärd',
    ],
  ] as const)(
    'in %s, gives each owner one line with their count and their overdue actions named',
    (language, amina, marie, nobody) => {
      const followUps = proposedAgenda(many, '2027-03-15', language).slice(7, -3);
      expect(followUps).toEqual([
        { time: '', item: amina, moderator: 'Amina' },
        { time: '', item: marie, moderator: 'Marie' },
        { time: '', item: nobody, moderator: '' },
      ]);
    },
  );

  it.each(LANGUAGES)('has the ten standard items in %s when no action is open', (language) => {
    const items = proposedAgenda([actions[1], actions[4]], '2027-03-15', language);
    expect(items).toHaveLength(10);
    expect(new Set(items.map((item) => item.item)).size).toBe(10);
  });
});

describe('agendaDocument', () => {
  const meeting: MeetingDetails = {
    meetingId: 'm-1',
    date: '2027-03-15',
    time: '10:00',
    place: 'Bordeaux',
    host: 'Maison des Associations',
    chair: 'Amina',
    agenda: [
      { time: '10:00', item: 'Accueil et Introduction', moderator: 'Amina' },
      { time: '', item: '=IMPORTXML("x")', moderator: '' },
    ],
  };

  it('is named so a person finds it and laid out as the Guide’s programme', () => {
    const plan = agendaDocument(meeting, workbook, PROFILE, 'fr');
    expect(plan.name).toBe('Ordre du jour – 2027-03-15 – Maison des Associations');
    expect(plan.blocks.slice(0, 6)).toEqual([
      { kind: 'title', text: 'Ordre du jour' },
      { kind: 'paragraph', text: 'Alliance Gironde – Nouvelle-Aquitaine' },
      {
        kind: 'labelled',
        label: 'Vision et objectifs :',
        value: 'Inclusion active des migrants Médiation dans chaque quartier',
      },
      { kind: 'paragraph', text: 'Maison des Associations' },
      { kind: 'paragraph', text: 'Bordeaux' },
      { kind: 'paragraph', text: '15 mars 2027, 10:00' },
    ]);
    expect(plan.blocks[6]).toEqual({
      kind: 'table',
      header: ['HEURE', 'OBJET', 'MODÉRATEUR'],
      rows: [
        ['10:00', 'Accueil et Introduction', 'Amina'],
        ['', '=IMPORTXML("x")', ''],
      ],
      ranges: ['allianceKit.agenda.m-1'],
    });
  });

  it('links back to the workbook with a range the script reads back', () => {
    const plan = agendaDocument(meeting, workbook, PROFILE, 'en');
    const link = plan.blocks.at(-1);
    expect(link).toEqual({
      kind: 'link',
      label: 'Alliance workbook:',
      text: 'Alliance Gironde',
      url: workbook.url,
      ranges: ['allianceKit.workbook.ss1'],
    });
    const names = plan.blocks.flatMap((block) => block.ranges ?? []);
    expect(workbookIdFrom(names)).toBe('ss1');
    expect(meetingIdFrom(names)).toBe('m-1');
    expect(agendaRangeName('m-1')).toBe('allianceKit.agenda.m-1');
  });

  it('leaves out an empty host or place and the missing time', () => {
    const profile = { ...PROFILE, region: '', vision: '' };
    const plan = agendaDocument({ ...meeting, host: '', place: '', time: '' }, workbook, profile, 'sv');
    expect(plan.name).toBe('Dagordning – 2027-03-15');
    expect(plan.blocks.slice(1, 3)).toEqual([
      { kind: 'paragraph', text: 'Alliance Gironde' },
      { kind: 'paragraph', text: '15 mars 2027' },
    ]);
    expect(plan.blocks[3].kind).toBe('table');
  });

  it.each(LANGUAGES)('names the alliance, its region and its vision in %s', (language) => {
    const plan = agendaDocument(meeting, workbook, PROFILE, language);
    expect(plan.blocks.slice(1, 3)).toEqual([
      { kind: 'paragraph', text: 'Alliance Gironde – Nouvelle-Aquitaine' },
      {
        kind: 'labelled',
        label: t(language, 'profile.visionLabel'),
        value: 'Inclusion active des migrants Médiation dans chaque quartier',
      },
    ]);
  });
});

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
  it('is the Guide’s standard agenda in French, with the follow-ups after the action-plan review', () => {
    const items = proposedAgenda(actions, '2027-03-15', 'fr').map((item) => item.item);
    expect(items).toEqual([
      'Accueil et Introduction',
      'Compte-rendu de la réunion précédente',
      'Mises à jour des activités du projet depuis la dernière réunion',
      'Communication ; événement ; réseautage',
      'Partage de connaissance',
      'Retour sur les formations',
      "Retour sur le plan d'action",
      'Suivi : Map local support (en retard depuis le 1er février 2027)',
      'Suivi : Ask the town hall (échéance le 1er mai 2027)',
      'Suivi : Find a room',
      'Autres questions',
      'Date, heure, lieu de la prochaine réunion',
      'Conclusion et remerciement',
    ]);
  });

  it('gives each follow-up to the action’s owner as moderator', () => {
    const followUps = proposedAgenda(actions, '2027-03-15', 'en').filter((item) =>
      item.item.startsWith('Follow-up'),
    );
    expect(followUps.map((item) => item.moderator)).toEqual(['Amina', 'Marie', '']);
    expect(followUps[0].item).toBe('Follow-up: Map local support (overdue since 1 February 2027)');
  });

  it.each(LANGUAGES)('has the ten standard items in %s when no action is open', (language) => {
    const items = proposedAgenda([], '2027-03-15', language);
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

// Generate minutes in the domain: the agenda read back, the form checked and merged, the minutes Doc, the action rows.
import type { MemberChoice, MinutesBasis, MinutesRequest } from '../../src/domain/api';
import { UserError } from '../../src/domain/errors';
import { LANGUAGES, t } from '../../src/domain/i18n';
import {
  actionPlanChanges,
  agendaItemsFromTable,
  agendaLayout,
  attendanceOf,
  attendees,
  checkMinutesRequest,
  type MinutesRecord,
  mergeMinutes,
  minutesDocument,
  prefilledMinutes,
  recordFrom,
  recordProperties,
  withActionIds,
} from '../../src/domain/minutes';
import { PROFILE } from '../support/profile';

const NO_CONTINUITY = { previous: null, previousApproved: false, nextMeeting: '', newMembers: [] };

const members: MemberChoice[] = [
  { name: 'Amina Diallo', organisation: 'Maison des Associations' },
  { name: 'Lars Berg', organisation: 'Stadsmission' },
  { name: 'Marie Dupont', organisation: '' },
];

const workbook = {
  id: 'ss1',
  name: 'Alliance Gironde',
  url: 'https://docs.google.com/spreadsheets/d/ss1/edit',
};

function errorOf(work: () => unknown): UserError {
  try {
    work();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('no UserError thrown');
}

describe('reading the agenda table as the chair left it', () => {
  it.each(LANGUAGES)('skips the header written in %s and reads the item column', (language) => {
    const header = ['agenda.time', 'agenda.item', 'agenda.moderator'].map((key) => t(language, key as never));
    const rows = [header, ['10:00', 'Welcome', 'Amina'], ['', 'Close', '']];
    expect(agendaItemsFromTable(rows)).toEqual(['Welcome', 'Close']);
    expect(agendaLayout(header)).toEqual({ itemColumn: 1, hasHeader: true });
  });

  it('finds the item column of a French header in an English workbook, whatever the case and the columns’ order', () => {
    expect(agendaLayout(['Modérateur', ' objet ', 'Heure'])).toEqual({
      itemColumn: 1,
      hasHeader: true,
    });
  });

  it('takes the column no known header claims when the item header was reworded', () => {
    expect(agendaLayout(['HEURE', 'Sujet', 'MODÉRATEUR'])).toEqual({
      itemColumn: 1,
      hasHeader: true,
    });
  });

  it('reads the first row as an item when the chair deleted the header', () => {
    expect(
      agendaItemsFromTable([
        ['09:00', 'Welcome', ''],
        ['', 'Close', ''],
      ]),
    ).toEqual(['Welcome', 'Close']);
  });

  it('keeps rows added and reworded, drops emptied ones, and joins a cell’s lines', () => {
    const rows = [
      ['TIME', 'ITEM', 'MODERATOR'],
      ['', 'Welcome and introduction', ''],
      ['', '  ', 'Lars'],
      ['', 'Budget\nfor 2027', ''],
      ['', 'Added by hand', ''],
    ];
    expect(agendaItemsFromTable(rows)).toEqual([
      'Welcome and introduction',
      'Budget for 2027',
      'Added by hand',
    ]);
  });

  it('finds no item in a table with only its header, or none at all', () => {
    expect(agendaItemsFromTable([['HEURE', 'OBJET', 'MODÉRATEUR']])).toEqual([]);
    expect(agendaItemsFromTable([])).toEqual([]);
  });
});

const earlier: MinutesBasis = {
  revision: 1,
  present: ['Amina Diallo', 'Someone who left'],
  items: [
    { item: 'Welcome', comment: 'All welcomed', actions: [] },
    {
      item: 'Budget',
      comment: 'Discussed',
      actions: [{ actionId: 'm1-A1', action: 'Ask the town hall', owner: 'Lars Berg', due: '2027-04-01' }],
    },
    { item: 'Training', comment: 'Went well', actions: [] },
  ],
};

describe('the form, prefilled from earlier minutes', () => {
  it('is the Doc’s items with nothing written before the first generation', () => {
    expect(prefilledMinutes(['Welcome', 'Close'], null, members)).toEqual({
      present: [],
      items: [
        { item: 'Welcome', comment: '', actions: [] },
        { item: 'Close', comment: '', actions: [] },
      ],
    });
  });

  it('writes the guide’s own comment under its standard items the first time, in the item’s language', () => {
    const agenda = [
      'Accueil et Introduction',
      'Compte-rendu de la réunion précédente',
      'Budget',
      'Date, time and place of the next meeting',
      'Afsluiting en dankwoord',
      'Avslutning och tack',
    ];
    const comments = prefilledMinutes(agenda, null, members).items.map((item) => item.comment);
    expect(comments).toEqual([
      "L'organisme d'accueil a souhaité la bienvenue à tous les participants à la réunion et a présenté ceux qui sont nouveaux dans le groupe",
      "Toutes les personnes présentes ont approuvé le compte-rendu et aucune modification n'a été apportée",
      '',
      'Insert the agreed date, time and place of the next meeting.',
      t('nl', 'minutes.default.close'),
      t('sv', 'minutes.default.close'),
    ]);
    const again = prefilledMinutes(
      ['Accueil et Introduction'],
      { ...earlier, items: [earlier.items[0]] },
      members,
    );
    expect(again.items[0].comment).not.toContain("L'organisme d'accueil");
  });

  it('keeps comments and actions by item, follows a reworded item by its place, and drops a removed one', () => {
    const form = prefilledMinutes(['New item', 'Budget and funding', 'welcome'], earlier, members);
    expect(form.present).toEqual(['Amina Diallo']);
    expect(form.items).toEqual([
      { item: 'New item', comment: '', actions: [] },
      { item: 'Budget and funding', comment: 'Discussed', actions: earlier.items[1].actions },
      { item: 'welcome', comment: 'All welcomed', actions: [] },
    ]);
  });
});

describe('checking the form', () => {
  const form = (actions: unknown[]) => ({
    present: ['Amina Diallo', 'Amina Diallo', 'Intruder'],
    items: [{ item: ' Budget ', comment: ' ok ', actions }],
    basis: null,
  });

  it('keeps members only, once each, and trims what was typed', () => {
    const request = checkMinutesRequest(
      form([{ actionId: '', action: ' Book a room ', owner: 'Lars Berg', due: '2027-04-01' }]),
      members,
    );
    expect(request).toEqual({
      present: ['Amina Diallo'],
      items: [
        {
          item: 'Budget',
          comment: 'ok',
          actions: [{ actionId: '', action: 'Book a room', owner: 'Lars Berg', due: '2027-04-01' }],
        },
      ],
      basis: null,
      email: false,
      resend: false,
    });
  });

  it('forgets an added action left empty', () => {
    expect(checkMinutesRequest(form([{ action: '', owner: '', due: '' }]), members).items[0].actions).toEqual(
      [],
    );
  });

  it.each([
    [{ action: 'Book a room', owner: '', due: '2027-04-01' }, 'minutes.error.noOwner'],
    [{ action: 'Book a room', owner: 'Lars Berg', due: '' }, 'minutes.error.noDue'],
    [{ action: 'Book a room', owner: 'Lars Berg', due: '2027-02-30' }, 'minutes.error.badDue'],
    [{ action: 'Book a room', owner: 'Bob', due: '2027-04-01' }, 'minutes.error.unknownOwner'],
    [{ action: '', owner: 'Lars Berg', due: '' }, 'minutes.error.noAction'],
  ])('refuses %j with %s', (action, key) => {
    expect(errorOf(() => checkMinutesRequest(form([action]), members)).key).toBe(key);
  });

  it('names the action in the message, in the user’s language', () => {
    const error = errorOf(() =>
      checkMinutesRequest(form([{ action: 'Book a room', owner: 'Lars Berg' }]), members),
    );
    expect(t('fr', error.key, error.params)).toBe(
      "Veuillez donner une date de réalisation à l'action « Book a room ».",
    );
  });

  it.each([[null], ['text'], [{ present: 'Amina', items: [] }], [{ present: [], items: [{ item: 3 }] }]])(
    'refuses a malformed form %j',
    (input) => {
      expect(errorOf(() => checkMinutesRequest(input, members)).key).toBe('minutes.error.badRequest');
    },
  );

  it('refuses two actions with one id', () => {
    const same = { actionId: 'm1-A1', action: 'A', owner: 'Lars Berg', due: '2027-04-01' };
    expect(errorOf(() => checkMinutesRequest(form([same, same]), members)).key).toBe(
      'minutes.error.badRequest',
    );
  });
});

describe('attendance of members who share a name', () => {
  const namesakes: MemberChoice[] = [
    { name: 'Jean Dupont', organisation: 'Mairie' },
    { name: 'Amina Diallo', organisation: 'Maison des Associations' },
    { name: 'Jean Dupont', organisation: 'Croix-Rouge' },
    { name: 'Jean Dupont', organisation: 'Croix-Rouge' },
  ];

  it('tells them apart by organisation, then by rank, and keeps a unique name as it is', () => {
    expect(attendees(namesakes).map((member) => member.id)).toEqual([
      'Jean Dupont / Mairie',
      'Amina Diallo',
      'Jean Dupont / Croix-Rouge',
      'Jean Dupont / Croix-Rouge (2)',
    ]);
  });

  it('marks present only the one ticked, not every member of that name', () => {
    const { present, absent } = attendanceOf(['Jean Dupont / Mairie'], namesakes);
    expect(present.map((member) => member.organisation)).toEqual(['Mairie']);
    expect(absent).toHaveLength(3);
  });

  it('keeps a bare shared name out of the attendance: it names no one in particular', () => {
    const form = { present: ['Jean Dupont', 'Jean Dupont / Croix-Rouge (2)'], items: [], basis: null };
    expect(checkMinutesRequest(form, namesakes).present).toEqual(['Jean Dupont / Croix-Rouge (2)']);
  });
});

describe('action ids', () => {
  it('numbers new actions from the recorded next number, finding a row an earlier failed generation wrote', () => {
    const inActionPlan = new Map([
      ['m1-A1', 'Kept'],
      ['m1-A8', 'Other words'],
      ['m1-A9', 'New'],
    ]);
    const { content, next } = withActionIds(
      {
        present: [],
        items: [
          {
            item: 'Budget',
            comment: '',
            actions: [
              { actionId: 'm1-A1', action: 'Kept', owner: 'Lars Berg', due: '2027-04-01' },
              { actionId: '', action: 'New', owner: 'Lars Berg', due: '2027-04-01' },
            ],
          },
        ],
      },
      'm1',
      8,
      inActionPlan,
    );
    // A8 holds other words, so it is skipped; A9 holds this action's words: it is this action, written before.
    expect(content.items[0].actions.map((action) => action.actionId)).toEqual(['m1-A1', 'm1-A9']);
    expect(next).toBe(10);
  });
});

describe('two chairs at once', () => {
  const request = (
    basis: MinutesBasis | null,
    items: MinutesRequest['items'],
    present = ['Amina Diallo'],
  ) => ({
    present,
    items,
    basis,
  });

  it('takes the form as it is when nothing was generated since it was loaded', () => {
    const mine = request(earlier, [{ item: 'Budget', comment: 'Changed', actions: [] }]);
    expect(mergeMinutes(mine, earlier)).toEqual({ present: mine.present, items: mine.items });
  });

  it('treats an id the stored minutes do not know as a new action', () => {
    const forged = { actionId: 'other-A1', action: 'X', owner: 'Lars Berg', due: '2027-04-01' };
    const merged = mergeMinutes(request(null, [{ item: 'Budget', comment: '', actions: [forged] }]), null);
    expect(merged.items[0].actions[0].actionId).toBe('');
  });

  it('keeps what the other generation added or changed and this chair left alone', () => {
    const theirs: MinutesBasis = {
      revision: 2,
      present: ['Lars Berg'],
      items: [
        { item: 'Welcome', comment: 'All welcomed warmly', actions: [] },
        {
          item: 'Budget',
          comment: 'Discussed',
          actions: [
            { actionId: 'm1-A1', action: 'Ask the town hall', owner: 'Lars Berg', due: '2027-05-01' },
            { actionId: 'm1-A2', action: 'Their action', owner: 'Amina Diallo', due: '2027-06-01' },
          ],
        },
        { item: 'Training', comment: 'Went well', actions: [] },
      ],
    };
    const mine = request(
      earlier,
      [
        { item: 'Welcome', comment: 'All welcomed', actions: [] },
        {
          item: 'Budget',
          comment: 'Discussed at length',
          actions: [
            { actionId: 'm1-A1', action: 'Ask the mayor', owner: 'Lars Berg', due: '2027-04-01' },
            { actionId: '', action: 'My action', owner: 'Marie Dupont', due: '2027-07-01' },
          ],
        },
        { item: 'Training', comment: 'Went well', actions: [] },
      ],
      ['Amina Diallo', 'Someone who left'],
    );
    const merged = mergeMinutes(mine, theirs);
    expect(merged.present).toEqual(['Lars Berg']);
    expect(merged.items.map((item) => item.comment)).toEqual([
      'All welcomed warmly',
      'Discussed at length',
      'Went well',
    ]);
    expect(merged.items[1].actions).toEqual([
      { actionId: 'm1-A1', action: 'Ask the mayor', owner: 'Lars Berg', due: '2027-05-01' },
      { actionId: '', action: 'My action', owner: 'Marie Dupont', due: '2027-07-01' },
      { actionId: 'm1-A2', action: 'Their action', owner: 'Amina Diallo', due: '2027-06-01' },
    ]);
  });

  it('counts an action typed the same in both forms, or sent twice, once', () => {
    const theirs: MinutesBasis = {
      revision: 1,
      present: [],
      items: [
        {
          item: 'Budget',
          comment: '',
          actions: [{ actionId: 'm1-A1', action: 'Book', owner: 'Lars Berg', due: '2027-04-01' }],
        },
      ],
    };
    const same = { actionId: '', action: 'Book', owner: 'Lars Berg', due: '2027-04-01' };
    const merged = mergeMinutes(request(null, [{ item: 'Budget', comment: '', actions: [same] }]), theirs);
    expect(merged.items[0].actions).toEqual(theirs.items[0].actions);
  });
});

describe('the minutes Doc', () => {
  const content = {
    present: ['Lars Berg', 'Amina Diallo'],
    items: [
      { item: 'Accueil et Introduction', comment: 'Bienvenue à tous', actions: [] },
      {
        item: 'Retour sur le plan d’action',
        comment: 'Avancé',
        actions: [{ actionId: 'm1-A1', action: 'Réserver la salle', owner: 'Lars Berg', due: '2027-04-01' }],
      },
    ],
  };
  const meeting = { date: '2027-03-15', time: '10:00', place: 'Bordeaux', host: 'Maison des Associations' };

  it('is laid out as the Guide’s “Exemple de compte-rendu de réunion”', () => {
    const plan = minutesDocument(meeting, content, members, workbook, PROFILE, NO_CONTINUITY, 'fr');
    expect(plan.name).toBe('Compte-rendu – 2027-03-15 – Maison des Associations');
    expect(plan.blocks.slice(0, 12)).toEqual([
      { kind: 'title', text: 'Compte-rendu de réunion' },
      { kind: 'paragraph', text: 'Alliance Gironde – Nouvelle-Aquitaine' },
      {
        kind: 'labelled',
        label: 'Vision et objectifs :',
        value: 'Inclusion active des migrants Médiation dans chaque quartier',
      },
      { kind: 'paragraph', text: 'Maison des Associations' },
      { kind: 'paragraph', text: 'Bordeaux' },
      { kind: 'paragraph', text: '15 mars 2027, 10:00' },
      { kind: 'heading', text: 'Nom/Organisme des personnes présentes' },
      { kind: 'paragraph', text: 'Amina Diallo / Maison des Associations' },
      { kind: 'paragraph', text: 'Lars Berg / Stadsmission' },
      { kind: 'heading', text: 'Nom/Organisme des personnes absentes' },
      { kind: 'paragraph', text: 'Marie Dupont' },
      {
        kind: 'table',
        header: ['OBJET', 'COMMENTAIRE', 'DATE DE RÉALISATION'],
        rows: [
          ['Accueil et Introduction', 'Bienvenue à tous', ''],
          [
            'Retour sur le plan d’action',
            'Avancé\nAction : Réserver la salle – Lars Berg',
            '\n1er avril 2027',
          ],
        ],
      },
    ]);
    expect(plan.blocks.slice(12)).toEqual([
      { kind: 'heading', text: 'Actions convenues' },
      {
        kind: 'table',
        header: ['ACTION', 'RESPONSABLE', 'DATE DE RÉALISATION'],
        rows: [['Réserver la salle', 'Lars Berg', '1er avril 2027']],
      },
      {
        kind: 'link',
        label: "Classeur de l'Alliance :",
        text: 'Alliance Gironde',
        url: workbook.url,
        ranges: ['allianceKit.workbook.ss1'],
      },
    ]);
  });

  it.each(LANGUAGES)('says when nobody is listed and no action was agreed, in %s', (language) => {
    const plan = minutesDocument(
      meeting,
      { present: [], items: [] },
      [],
      workbook,
      PROFILE,
      NO_CONTINUITY,
      language,
    );
    const texts = plan.blocks.map((block) => ('text' in block ? block.text : ''));
    expect(texts.filter((text) => text === t(language, 'minutes.nobody'))).toHaveLength(2);
    expect(texts).toContain(t(language, 'minutes.noActions'));
  });
});

describe('the action plan rows', () => {
  const action = { actionId: 'm1-A1', action: 'Ask the town hall', owner: 'Lars Berg', due: '2027-04-01' };
  const minutes = { name: 'Minutes – 2027-03-15', url: 'https://docs.google.com/document/d/min1/edit' };
  const source = {
    formula: '=HYPERLINK("https://docs.google.com/document/d/min1/edit","Minutes – 2027-03-15")',
  };

  it('adds a new action, not started, with the minutes as source (its number is given when it is written)', () => {
    const rows = [{ row: 2, number: 4, actionId: '', action: 'Older', owner: '', due: '' }];
    expect(actionPlanChanges([action], rows, [], minutes, 'Pas commencé')).toEqual({
      append: [{ ...action, status: 'Pas commencé', source }],
      update: [],
    });
  });

  it('changes only what still holds what the minutes wrote last time', () => {
    const written = [action];
    const rows = [
      { row: 7, number: 1, actionId: 'm1-A1', action: action.action, owner: 'Lars Berg', due: '2027-05-01' },
    ];
    const reworded = { ...action, action: 'Ask the mayor', due: '2027-04-15' };
    expect(actionPlanChanges([reworded], rows, written, minutes, 'x')).toEqual({
      append: [],
      update: [{ row: 7, values: { action: 'Ask the mayor' } }],
    });
  });

  it('writes nothing when nothing changed, and does not bring back a row a person deleted', () => {
    const rows = [{ row: 7, number: 1, ...action }];
    expect(actionPlanChanges([action], rows, [action], minutes, 'x')).toEqual({ append: [], update: [] });
    expect(actionPlanChanges([action], [], [action], minutes, 'x')).toEqual({ append: [], update: [] });
  });
});

describe('the stored minutes', () => {
  it('survive the trip through document properties, cut under the 9 KB a property holds', () => {
    const stored: MinutesRecord = {
      ...earlier,
      document: { id: 'doc1', name: 'Minutes', url: 'https://docs.google.com/document/d/doc1/edit' },
      nextAction: 2,
      items: Array.from({ length: 30 }, (_, n) => ({
        item: `Item ${n} 😀`,
        comment: 'é'.repeat(400),
        actions: [],
      })),
    };
    const properties = recordProperties(stored);
    expect(Object.keys(properties).length).toBeGreaterThan(2);
    for (const value of Object.values(properties))
      expect(Buffer.byteLength(value)).toBeLessThanOrEqual(9 * 1024);
    expect(recordFrom(properties)).toEqual(stored);
  });

  it('are absent before the first generation or when a part is missing', () => {
    expect(recordFrom({})).toBeNull();
    expect(recordFrom({ 'allianceKit.minutes': '2', 'allianceKit.minutes.1': '{' })).toBeNull();
  });
});

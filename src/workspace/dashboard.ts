// Refreshing the dashboard: each table read once, the Dashboard sheet written in one block, its charts drawn once.
import { domainToCell, isoDateIn } from '../domain/cells';
import { communicationPlanDates } from '../domain/communicationPlan';
import { dashboardReport } from '../domain/dashboard';
import { a1Notation, dashboardSheet, relabelledOptions } from '../domain/dashboardSheet';
import { MissingSheetsError } from '../domain/errors';
import { type Language, t } from '../domain/i18n';
import type { SheetIds } from '../domain/schema';
import type { WorkbookSettings } from '../domain/settings';
import { noteChange } from './journal';
import { withDocumentLock } from './lock';
import { rangesOf } from './ranges';
import { openRecord } from './records';
import { readWorkbookRecords, saveSettings, workbookLanguage } from './settings';
import { type Known, missingSheets, openTables, type Table, type Tables } from './table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

/**
 * Where the add-on keeps the next dates it wrote itself (row → ISO date), to tell them from a person's: metadata on the
 * Communication plan sheet, which a refresh run from a Doc reads too.
 */
const WRITTEN_NEXT_DATES = 'allianceKit.communicationPlan.nextDates';

const COLUMN_WIDTHS = [300, 150, 420, 110, 260];

/** Next dates from each row's frequency, written only where the add-on may write; the lock guards the read-write. */
function updateNextDates(table: Table<'communicationPlan'>, today: string): void {
  const record = openRecord(table.sheet, WRITTEN_NEXT_DATES);
  const written = JSON.parse(record.value ?? '{}') as Record<string, string>;
  const plan = communicationPlanDates(table.rows(), written, today);
  if (plan.changes.length > 0) {
    table.update(plan.changes.map((change) => ({ row: change.row, values: { nextDate: change.nextDate } })));
  }
  // A workbook whose plan has no dates of the add-on's keeps no record: one call saved on every refresh until it does.
  if (record.value !== null || Object.keys(plan.written).length > 0)
    record.write(JSON.stringify(plan.written));
}

/**
 * Writes the whole report in one block (its values, then its colours and bold headings over the same range) and draws
 * the charts the Dashboard lacks, laying out its columns when it draws them. A chart already there, known by its data
 * range, is kept: an embedded chart draws its range's current cells, so it follows each refresh's numbers by itself
 * (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart#getRanges()), and a person's own
 * charts and changes to ours stay; their words follow the workbook's language when it is no longer `drawnIn`.
 */
function writeDashboard(
  { sheet, fresh }: DashboardTarget,
  layout: ReturnType<typeof dashboardSheet>,
  { language, drawnIn }: { language: Language; drawnIn: Language },
  timeZone: string,
): void {
  const drawn = new Map<string, EmbeddedChart>();
  // A sheet set-up has just made holds no chart and no cell: nothing to look for, nothing to clear.
  for (const chart of fresh ? [] : sheet.getCharts()) {
    for (const range of chart.getRanges()) drawn.set(range.getA1Notation(), chart);
  }
  const missing = layout.charts.filter((chart) => !drawn.has(a1Notation(chart.range)));
  const kept = layout.charts.filter((chart) => drawn.has(a1Notation(chart.range)));
  const block = { row: 1, column: 1, numRows: layout.values.length, numColumns: layout.values[0].length };
  const [range, ...chartRanges] = rangesOf(
    sheet,
    [block, ...missing.map((chart) => chart.range)].map(a1Notation),
  );
  noteChange({ sheet: 'dashboard' });
  if (!fresh) sheet.clear();
  // Every string goes in as text: action names and owners are people's words, never formulas.
  range.setValues(layout.values.map((line) => line.map((cell) => domainToCell(cell, 'text', timeZone))));
  range.setBackgrounds(layout.backgrounds);
  range.setFontWeights(layout.bold.map((line) => line.map((bold) => (bold ? 'bold' : 'normal'))));
  if (drawnIn !== language) relabel(sheet, kept, drawn, drawnIn);
  if (missing.length === 0) return;
  missing.forEach((chart, index) => {
    let builder = sheet
      .newChart()
      .setChartType(Charts.ChartType[chart.type])
      .addRange(chartRanges[index])
      .setNumHeaders(1)
      .setPosition(chart.anchor.row, chart.anchor.column, 0, 0);
    for (const [option, value] of Object.entries(chart.options)) builder = builder.setOption(option, value);
    sheet.insertChart(builder.build());
  });
  COLUMN_WIDTHS.forEach((width, index) => {
    sheet.setColumnWidth(index + 1, width);
  });
}

/** The kept charts' words in the workbook's new language, each chart whose title a person has not changed. */
function relabel(
  sheet: Sheet,
  kept: ReturnType<typeof dashboardSheet>['charts'],
  drawn: Map<string, EmbeddedChart>,
  drawnIn: Language,
): void {
  for (const chart of kept) {
    const embedded = drawn.get(a1Notation(chart.range)) as EmbeddedChart;
    const options = relabelledOptions(chart, drawnIn, embedded.getOptions().get('title'));
    if (!options) continue;
    let builder = embedded.modify();
    for (const [option, value] of Object.entries(options)) builder = builder.setOption(option, value);
    sheet.updateChart(builder.build());
  }
}

/** What the dashboard reads besides its tables: known already to an action that read it for its own work. */
export interface WorkbookContext extends Known {
  settings: WorkbookSettings;
  sheetIds: SheetIds;
  timeZone: string;
  /** The latest erasure's date ('' before any), read only by the actions that ask for it (Generate minutes). */
  lastErasure?: string;
}

export function workbookContext(spreadsheet: Spreadsheet, options?: { erasures?: boolean }): WorkbookContext {
  return { ...readWorkbookRecords(spreadsheet, options), timeZone: spreadsheet.getSpreadsheetTimeZone() };
}

const DASHBOARD_TABLES = [
  'members',
  'stakeholders',
  'actionPlan',
  'meetings',
  'guide',
  'communicationPlan',
] as const;

type DashboardTables = Tables<(typeof DASHBOARD_TABLES)[number]>;

/** What a refresh reads and writes: the tables it counts and its own sheet. */
export interface DashboardTarget {
  tables: DashboardTables;
  sheet: Sheet;
  /** The sheet was made empty by this very execution (set-up). */
  fresh?: boolean;
}

/**
 * The tables and the Dashboard sheet set-up recorded, by id: never a sheet found by its title, since a person's own
 * sheet may carry it, and a refresh clears the sheet it writes. An action opens them before its first write, so that
 * a missing one stops it with nothing written; a table the action opened is not opened again. When any is gone, all
 * the missing ones are named.
 */
export function openDashboard(
  spreadsheet: Spreadsheet,
  context: WorkbookContext,
  opened: Partial<DashboardTables> = {},
): DashboardTarget {
  const { sheetIds } = context;
  const id = sheetIds.dashboard;
  const sheet = context.sheets?.dashboard ?? (id === undefined ? null : spreadsheet.getSheetById(id));
  let tables: DashboardTables;
  try {
    const missing = DASHBOARD_TABLES.filter((key) => !opened[key]);
    tables = { ...openTables(spreadsheet, missing, context), ...opened } as DashboardTables;
  } catch (error) {
    if (sheet || !(error instanceof MissingSheetsError)) throw error;
    throw missingSheets(sheetIds, [...error.sheets, 'dashboard']);
  }
  if (!sheet) throw missingSheets(sheetIds, ['dashboard']);
  return { tables, sheet };
}

/**
 * Recomputes the dashboard, for an action that holds the document lock already: reads each table once (a table the
 * action opened is not opened again, and its rows are read again only if it wrote them) and writes the Dashboard sheet
 * in one block, whatever the number of rows; outside the Dashboard it writes only the communication plan's next dates
 * that are its own.
 */
export function drawDashboard(
  spreadsheet: Spreadsheet,
  context: WorkbookContext,
  target: DashboardTarget = openDashboard(spreadsheet, context),
): void {
  const { settings, timeZone } = context;
  const { tables } = target;
  const language = workbookLanguage(settings);
  const today = isoDateIn(new Date(), timeZone);
  const report = dashboardReport({
    today,
    workPlanEnd: settings.workPlanEnd || null,
    members: tables.members.rows(),
    stakeholders: tables.stakeholders.rows(),
    actions: tables.actionPlan.rows(),
    meetings: tables.meetings.rows(),
    guide: tables.guide.rows(),
  });
  const layout = dashboardSheet(report, language, settings.allianceName);
  updateNextDates(tables.communicationPlan, today);
  const drawnIn = settings.chartsLanguage ?? language;
  writeDashboard(target, layout, { language, drawnIn }, timeZone);
  // Recorded once relabelled, so the next refresh reads no chart's title again.
  if (drawnIn !== language) saveSettings(spreadsheet, { chartsLanguage: language });
}

/**
 * Recomputes the dashboard of an alliance workbook: from the menu, and after a set-up that changed something. Under
 * the lock, so that the next dates it writes follow the rows it read.
 */
export function updateDashboard(spreadsheet: Spreadsheet = SpreadsheetApp.getActiveSpreadsheet()): void {
  const context = workbookContext(spreadsheet);
  withDocumentLock(() => drawDashboard(spreadsheet, context));
}

/** The menu's Refresh dashboard: the open workbook's dashboard, then a word in the user's language. */
export function refreshActiveDashboard(language: Language): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  updateDashboard(spreadsheet);
  spreadsheet.toast(t(language, 'dashboard.done'));
}

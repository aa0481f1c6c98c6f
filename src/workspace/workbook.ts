// Set-up's adapter: reads the workbook into a snapshot in a constant number of calls, then applies the plan in batches.
import { type Language, t } from '../domain/i18n';
import {
  COLUMN_METADATA_KEY,
  columnLetter,
  columnsByHeader,
  columnTag,
  isTableKey,
  type SheetIds,
  type SheetKey,
  type TableKey,
} from '../domain/schema';
import {
  type ColumnCheck,
  type FillCell,
  guideFill,
  type NewColumn,
  needsDetails,
  planSetup,
  reportText,
  type SetupPlan,
  type SheetPlan,
  type SheetSnapshot,
  swotGrid,
  type TablePlan,
  type WorkbookSnapshot,
  widthSpans,
} from '../domain/setup';
import { SETUP_SHAPE, withUpgrades } from '../domain/upgrade';
import { drawDashboard, openDashboard } from './dashboard';
import { editorUi } from './editor';
import { noteChange } from './journal';
import { rangesOf } from './ranges';
import { openWorkbookRecords } from './settings';
import {
  findColumnTags,
  newTable,
  readColumnLocations,
  type Table,
  type Tables,
  whereTagsAre,
} from './table';
import { upgradeSheets } from './upgrade';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HEADER_BACKGROUND = '#e8eaed';

/**
 * The column metadata set-up plans with. On a table's recorded sheet whose headers name every column once, and which
 * holds as many column metadata as that, the metadata are where the headers are: three calls. Otherwise each
 * metadata is asked where it is.
 */
function sheetTags(sheet: Sheet, table: TableKey | null, header: string[]): SheetSnapshot['tags'] {
  const found = findColumnTags(sheet);
  if (table) {
    const { columns, unsure } = columnsByHeader(table, header);
    if (unsure.length === 0 && found.length === Object.keys(columns).length)
      return Object.entries(columns).map(([key, column]) => ({ value: columnTag(table, key), column }));
  }
  return whereTagsAre(found);
}

/** Sheets with their ids, and the snapshot of those set-up may work on. */
function readSnapshot(
  spreadsheet: Spreadsheet,
  recorded: SheetIds,
): { snapshot: WorkbookSnapshot; byId: Map<number, Sheet> } {
  const all = spreadsheet.getSheets();
  const keyOf = new Map(Object.entries(recorded).map(([key, id]) => [id, key as SheetKey]));
  // Before the first set-up nothing is recorded, yet sheets copied from another workbook may carry column metadata.
  const copied = keyOf.size === 0 ? readColumnLocations(spreadsheet, () => true) : [];
  const byId = new Map<number, Sheet>();
  const snapshot: WorkbookSnapshot = { sheetCount: all.length, sheets: [], otherNames: [] };
  for (const sheet of all) {
    const name = sheet.getName();
    const sheetId = sheet.getSheetId();
    byId.set(sheetId, sheet);
    const key = keyOf.get(sheetId);
    if (!needsDetails(name, key !== undefined || copied.some((tag) => tag.sheetId === sheetId))) {
      snapshot.otherNames.push(name);
      continue;
    }
    const lastColumn = sheet.getLastColumn();
    const header = lastColumn > 0 ? sheet.getRange(1, 1, 1, lastColumn).getDisplayValues()[0] : [];
    snapshot.sheets.push({
      sheetId,
      name,
      lastRow: sheet.getLastRow(),
      lastColumn,
      maxColumns: sheet.getMaxColumns(),
      frozenRows: sheet.getFrozenRows(),
      header,
      recordedAs: key,
      tags:
        keyOf.size === 0
          ? copied.filter((tag) => tag.sheetId === sheetId).map(({ value, column }) => ({ value, column }))
          : sheetTags(sheet, key && isTableKey(key) ? key : null, header),
    });
  }
  return { snapshot, byId };
}

/** The cell for text the add-on writes: behind an apostrophe, so Sheets keeps it as text. */
const asText = (cell: FillCell): string =>
  typeof cell === 'string' ? (cell ? `'${cell}` : '') : cell.formula;

type ValidationBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;

/**
 * A new rule only warns on invalid data (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#setAllowInvalid(Boolean)
 * says true is the default), so a warning check starts from a new builder; the checks that reject start from a copy
 * of one strict builder.
 */
function dataValidation(
  check: ColumnCheck,
  members: Sheet | undefined,
  strict: () => ValidationBuilder,
): GoogleAppsScript.Spreadsheet.DataValidation {
  let builder = check.allowInvalid ? SpreadsheetApp.newDataValidation() : strict().copy();
  switch (check.type) {
    case 'list':
      builder = builder.requireValueInList(check.values, true);
      break;
    case 'member': {
      const letter = columnLetter(check.membersColumn);
      builder = builder.requireValueInRange((members as Sheet).getRange(`${letter}2:${letter}`), true);
      break;
    }
    case 'date':
      builder = builder.requireDate();
      break;
    case 'email':
      builder = builder.requireTextIsEmail();
      break;
    case 'url':
      builder = builder.requireTextIsUrl();
      break;
    case 'number':
      builder = builder.requireNumberGreaterThanOrEqualTo(0);
      break;
    case 'checkbox':
      builder = builder.requireCheckbox();
      break;
    case 'formula':
      builder = builder.requireFormulaSatisfied(check.formula);
      break;
  }
  if (check.helpText) builder = builder.setHelpText(check.helpText);
  return builder.build();
}

type Validation = GoogleAppsScript.Spreadsheet.DataValidation;

/** Each distinct check built once for the whole set-up: many columns share one (dates, yes/no, a member). */
function validations(members: Sheet | undefined): (check: ColumnCheck) => Validation {
  const built = new Map<string, Validation>();
  let strict: ValidationBuilder | null = null;
  const strictBuilder = () => {
    strict ??= SpreadsheetApp.newDataValidation().setAllowInvalid(false);
    return strict;
  };
  return (check) => {
    const key = JSON.stringify(check);
    if (!built.has(key)) built.set(key, dataValidation(check, members, strictBuilder));
    return built.get(key) as Validation;
  };
}

/** A1 notation of adjacent columns: whole ("C:E"), from a row down ("C2:E"), or one row of them ("C1:E1"). */
function columnsA1(
  run: { column: number; count: number },
  from: number | null,
  to: number | null = null,
): string {
  return `${columnLetter(run.column)}${from ?? ''}:${columnLetter(run.column + run.count - 1)}${to ?? ''}`;
}

/**
 * A table sheet's set-up: its header, the metadata of its columns, their widths, checks, formats and wrapping, and the
 * protection of its header row. Every range it works on is asked for in one getRangeList
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRangeList(String)).
 */
function applyTable(
  sheet: Sheet,
  table: TablePlan,
  validation: (check: ColumnCheck) => Validation,
  protection: string | null,
): void {
  const added = table.added;
  const tagged = [...added, ...table.recognised];
  const headers = table.headers.map((run) =>
    columnsA1({ column: run.column, count: run.values.length }, 1, 1),
  );
  const checks = added.map(({ check }) => (check ? validation(check) : null));
  const checked = checks.some((check) => check !== null);
  const formatted = sameRuns(added, (column) => column.numberFormat).filter((run) => run.value);
  const notations = [
    ...headers,
    // Developer metadata goes on the whole column: Sheets keeps it there when the column moves.
    ...tagged.map(({ column }) => columnsA1({ column, count: 1 }, null)),
    // The added columns are adjacent (appended after the last used one): their checks go on in one grid.
    ...(checked ? [columnsA1({ column: added[0].column, count: added.length }, 2)] : []),
    ...formatted.map((run) => columnsA1(run, 2)),
    ...(protection ? ['1:1'] : []),
  ];
  const ranges = rangesOf(sheet, notations);
  let next = 0;
  const take = () => ranges[next++];
  for (const run of table.headers) {
    const range = take();
    range.setValues([run.values.map(asText)]);
    range.setFontWeight('bold');
    range.setBackground(HEADER_BACKGROUND);
  }
  for (const { key } of tagged) take().addDeveloperMetadata(COLUMN_METADATA_KEY, columnTag(table.table, key));
  if (checked) {
    const body = take();
    body.setDataValidations(Array.from({ length: body.getNumRows() }, () => checks));
  }
  for (const run of formatted) take().setNumberFormat(run.value as string);
  if (protection) take().protect().setDescription(protection).setWarningOnly(true);
  // Each block of adjacent added columns gets its widths in the fewest calls.
  for (const block of sameRuns(added, () => true)) {
    const start = added.findIndex(({ column }) => column === block.column);
    const widths = added.slice(start, start + block.count).map(({ width }) => width);
    for (const span of widthSpans(block.column, widths))
      sheet.setColumnWidths(span.column, span.count, span.value);
  }
  // The headers and the long-text columns wrap, in one call.
  const wrapped = [
    ...headers,
    ...sameRuns(added, (column) => column.wrap)
      .filter((run) => run.value)
      .map((run) => columnsA1(run, 2)),
  ];
  if (wrapped.length > 0) sheet.getRangeList(wrapped).setWrap(true);
}

/** Adjacent columns sharing a value, so each run is set in one call: widths, formats, wrapping. */
function sameRuns<T>(
  columns: readonly NewColumn[],
  shared: (column: NewColumn) => T,
): { column: number; count: number; value: T }[] {
  const runs: { column: number; count: number; value: T }[] = [];
  for (const column of columns) {
    const value = shared(column);
    const last = runs[runs.length - 1];
    if (last && last.value === value && last.column + last.count === column.column) last.count++;
    else runs.push({ column: column.column, count: 1, value });
  }
  return runs;
}

/** A sheet set-up has just made has no rules to keep, so they are not read. */
function applyRules(sheet: Sheet, plan: SheetPlan): void {
  const range = sheet.getRange(`A2:${columnLetter(plan.ruleWidth)}`);
  const added = plan.rules.map((rule) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(rule.formula)
      .setBackground(rule.background)
      .setRanges([range])
      .build(),
  );
  const kept = plan.sheetId === null ? [] : sheet.getConditionalFormatRules();
  sheet.setConditionalFormatRules([...kept, ...added]);
}

/** A link to one of the nine sheets by the id and the name the plan gave it, which cost no call. */
function sheetLink(plan: SetupPlan, ids: SheetIds): (key: SheetKey) => FillCell {
  return (key) => {
    const name = (plan.sheets.find((sheetPlan) => sheetPlan.sheet === key)?.name ?? '').replace(/"/g, '""');
    return { formula: `=HYPERLINK("#gid=${ids[key]}","${name}")` };
  };
}

/** The Guide's rows, each linking to the sheet of its task. */
function fillGuide(sheet: Sheet, table: TablePlan, plan: SetupPlan, ids: SheetIds): void {
  const { rows, progress } = guideFill(plan.language, table, sheetLink(plan, ids));
  const letter = columnLetter(progress.column);
  const [body, cells, share] = rangesOf(sheet, [
    `A2:${columnLetter(rows[0].length)}${rows.length + 1}`,
    `${letter}1:${letter}2`,
    `${letter}2`,
  ]);
  body.setValues(rows.map((row) => row.map(asText)));
  cells.setValues([[asText(progress.label)], [progress.formula]]);
  cells.setFontWeight('bold');
  share.setNumberFormat('0%');
}

function fillSwot(sheet: Sheet, language: Language): void {
  const grid = swotGrid(language);
  const [range, internalSide, externalSide] = rangesOf(sheet, [
    `A1:${columnLetter(grid.values[0].length)}${grid.values.length}`,
    'A1:A3',
    'A4:A6',
  ]);
  range.setValues(grid.values.map((row) => row.map(asText)));
  range.setBackgrounds(grid.backgrounds);
  range.setFontWeights(grid.bold.map((row) => row.map((bold) => (bold ? 'bold' : 'normal'))));
  range.setWrap(true);
  range.setVerticalAlignment('top');
  internalSide.merge();
  externalSide.merge();
  sheet.setColumnWidth(1, 140);
  sheet.setColumnWidths(2, 2, 380);
}

/** Whether applying a sheet's plan changes anything on it. */
function changesSheet(plan: SheetPlan): boolean {
  const table = plan.table;
  return (
    plan.sheetId === null ||
    plan.fill !== null ||
    plan.freezeHeader ||
    plan.protectHeader ||
    plan.rules.length > 0 ||
    (table !== null && table.added.length + table.recognised.length + table.headers.length > 0)
  );
}

/** Applies the plan; answers each of the nine sheets and its id. */
function applyPlan(
  spreadsheet: Spreadsheet,
  plan: SetupPlan,
  snapshot: WorkbookSnapshot,
  byId: Map<number, Sheet>,
): { ids: SheetIds; sheets: Map<SheetKey, Sheet> } {
  const ids: SheetIds = {};
  const sheets = new Map<SheetKey, Sheet>();
  let count = snapshot.sheetCount;
  // Every sheet insertSheet makes has the same default size, so the first one's width stands for all of them.
  let newSheetColumns: number | null = null;
  // Create and widen every sheet first: checks on one sheet may point at another (owner → Members).
  for (const sheetPlan of plan.sheets) {
    if (changesSheet(sheetPlan)) noteChange({ sheet: sheetPlan.sheet });
    const existing = sheetPlan.sheetId === null ? undefined : byId.get(sheetPlan.sheetId);
    const sheet = existing ?? spreadsheet.insertSheet(sheetPlan.name, count++);
    sheets.set(sheetPlan.sheet, sheet);
    ids[sheetPlan.sheet] = sheetPlan.sheetId ?? sheet.getSheetId();
    const needed = sheetPlan.table?.columnsNeeded ?? 0;
    if (needed === 0) continue;
    newSheetColumns ??= existing ? null : sheet.getMaxColumns();
    const maxColumns = existing
      ? (snapshot.sheets.find((s) => s.sheetId === sheetPlan.sheetId)?.maxColumns ?? 0)
      : (newSheetColumns as number);
    if (needed > maxColumns) sheet.insertColumnsAfter(maxColumns, needed - maxColumns);
  }
  const sheetOf = (key: SheetKey) => sheets.get(key) as Sheet;
  const validation = validations(sheets.get('members'));
  for (const sheetPlan of plan.sheets) {
    const sheet = sheetOf(sheetPlan.sheet);
    const protection = sheetPlan.protectHeader ? t(plan.language, 'setup.protection') : null;
    if (sheetPlan.table) applyTable(sheet, sheetPlan.table, validation, protection);
    if (sheetPlan.freezeHeader) sheet.setFrozenRows(1);
    if (sheetPlan.rules.length > 0) applyRules(sheet, sheetPlan);
    if (sheetPlan.fill === 'guide' && sheetPlan.table) fillGuide(sheet, sheetPlan.table, plan, ids);
    if (sheetPlan.fill === 'swot') fillSwot(sheet, plan.language);
    // The Dashboard's fill is the refresh that follows the plan.
  }
  for (const removed of plan.removeSheets) {
    const sheet = byId.get(removed.sheetId);
    if (sheet) spreadsheet.deleteSheet(sheet);
  }
  if (plan.sheets[0].sheetId === null) sheetOf(plan.sheets[0].sheet).activate();
  return { ids, sheets };
}

/** The tables of the sheets the plan made and gave only their header: the dashboard need not read them. */
function emptyTables(
  plan: SetupPlan,
  sheets: Map<SheetKey, Sheet>,
  timeZone: string,
): Partial<Tables<TableKey>> {
  const tables: Partial<Record<TableKey, Table<TableKey>>> = {};
  for (const { sheet, sheetId, table, fill } of plan.sheets) {
    if (sheetId !== null || !table || fill !== null) continue;
    const columns = Object.fromEntries(table.added.map(({ key, column }) => [key, column]));
    tables[table.table] = newTable(table.table, sheets.get(sheet) as Sheet, columns, timeZone);
  }
  return tables as Partial<Tables<TableKey>>;
}

/**
 * Makes the active spreadsheet the alliance's workbook, or adds what it lacks, then draws the dashboard if it changed
 * anything; the caller holds the document lock. The workbook keeps the language it was first set up in; the first
 * set-up takes the user's. Returns the plan, whose report says what was done, and whether this was the first set-up.
 */
export function setUpAllianceWorkbook(userLanguage: Language): { plan: SetupPlan; firstSetUp: boolean } {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const records = openWorkbookRecords(spreadsheet);
  const language = records.settings.language ?? userLanguage;
  const { snapshot, byId } = readSnapshot(spreadsheet, records.sheetIds);
  const planned = planSetup(snapshot, language);
  const applied = planned.unchanged ? null : applyPlan(spreadsheet, planned, snapshot, byId);
  const ids = applied?.ids ?? Object.fromEntries(planned.sheets.map((sheet) => [sheet.sheet, sheet.sheetId]));
  records.saveSheetIds(ids);
  const sheets =
    applied?.sheets ??
    new Map(planned.sheets.map(({ sheet, sheetId }) => [sheet, byId.get(sheetId as number) as Sheet]));
  let timeZone: string | null = null;
  const zone = () => {
    timeZone ??= spreadsheet.getSpreadsheetTimeZone();
    return timeZone;
  };
  // What an earlier version laid out differently is looked for only when the workbook says it was made so.
  const upgraded =
    records.settings.setupShape === SETUP_SHAPE
      ? []
      : upgradeSheets(planned, sheets, sheetLink(planned, ids), zone);
  const plan = withUpgrades(planned, upgraded);
  const settings =
    records.settings.language && records.settings.allianceName && records.settings.setupShape === SETUP_SHAPE
      ? records.settings
      : records.saveSettings({
          language,
          allianceName: records.settings.allianceName || spreadsheet.getName(),
          chartsLanguage: records.settings.chartsLanguage ?? language,
          setupShape: SETUP_SHAPE,
        });
  if (!plan.unchanged) {
    const context = { settings, sheetIds: ids, timeZone: zone(), sheets: Object.fromEntries(sheets) };
    const dashboard = openDashboard(spreadsheet, context, emptyTables(plan, sheets, zone()));
    const madeNow = plan.sheets.some(({ sheet, sheetId }) => sheet === 'dashboard' && sheetId === null);
    drawDashboard(spreadsheet, context, { ...dashboard, fresh: madeNow });
  }
  return { plan, firstSetUp: records.settings.language === null };
}

/** The report as an alert in the user's language: it lists what set-up added and what it kept. */
export function showSetupReport(plan: SetupPlan, userLanguage: Language): void {
  const ui = editorUi('sheets');
  ui.alert(t(userLanguage, 'setup.title'), reportText(plan, userLanguage), ui.ButtonSet.OK);
}

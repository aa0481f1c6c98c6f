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
} from '../domain/setup';
import { editorUi } from './editor';
import { readSettings, saveSettings } from './settings';
import { findColumnTags, readColumnLocations, readSheetIds, saveSheetIds, whereTagsAre } from './table';

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
function readSnapshot(spreadsheet: Spreadsheet): { snapshot: WorkbookSnapshot; byId: Map<number, Sheet> } {
  const all = spreadsheet.getSheets();
  const recorded = readSheetIds(spreadsheet);
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

function dataValidation(
  check: ColumnCheck,
  members: Sheet | undefined,
): GoogleAppsScript.Spreadsheet.DataValidation {
  let builder = SpreadsheetApp.newDataValidation();
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
  builder = builder.setAllowInvalid(check.allowInvalid);
  if (check.helpText) builder = builder.setHelpText(check.helpText);
  return builder.build();
}

type Validation = GoogleAppsScript.Spreadsheet.DataValidation;

/** Each distinct check built once for the whole set-up: many columns share one (dates, yes/no, a member). */
function validations(members: Sheet | undefined): (check: ColumnCheck) => Validation {
  const built = new Map<string, Validation>();
  return (check) => {
    const key = JSON.stringify(check);
    if (!built.has(key)) built.set(key, dataValidation(check, members));
    return built.get(key) as Validation;
  };
}

function applyTable(sheet: Sheet, table: TablePlan, validation: (check: ColumnCheck) => Validation): void {
  for (const run of table.headers) {
    const range = sheet.getRange(1, run.column, 1, run.values.length);
    range.setValues([run.values.map(asText)]);
    range.setFontWeight('bold');
    range.setBackground(HEADER_BACKGROUND);
    range.setWrap(true);
  }
  // Developer metadata goes on the whole column: Sheets keeps it there when the column moves.
  for (const { key, column } of [...table.added, ...table.recognised]) {
    const letter = columnLetter(column);
    sheet
      .getRange(`${letter}:${letter}`)
      .addDeveloperMetadata(COLUMN_METADATA_KEY, columnTag(table.table, key));
  }
  const added = table.added;
  if (added.length === 0) return;
  for (const run of sameRuns(added, (column) => column.width))
    sheet.setColumnWidths(run.column, run.count, run.value);
  // The added columns are adjacent (appended after the last used one): their checks go on in one grid.
  const checks = added.map(({ check }) => (check ? validation(check) : null));
  if (checks.some((check) => check !== null)) {
    const body = columnsBelowHeader(sheet, { column: added[0].column, count: added.length });
    body.setDataValidations(Array.from({ length: body.getNumRows() }, () => checks));
  }
  for (const run of sameRuns(added, (column) => column.numberFormat)) {
    if (run.value) columnsBelowHeader(sheet, run).setNumberFormat(run.value);
  }
  for (const run of sameRuns(added, (column) => column.wrap)) {
    if (run.value) columnsBelowHeader(sheet, run).setWrap(true);
  }
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

const columnsBelowHeader = (sheet: Sheet, run: { column: number; count: number }) =>
  sheet.getRange(`${columnLetter(run.column)}2:${columnLetter(run.column + run.count - 1)}`);

function applyRules(sheet: Sheet, plan: SheetPlan): void {
  const range = sheet.getRange(`A2:${columnLetter(plan.ruleWidth)}`);
  const added = plan.rules.map((rule) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(rule.formula)
      .setBackground(rule.background)
      .setRanges([range])
      .build(),
  );
  sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), ...added]);
}

/** The Guide's rows, linking to each sheet by the id and the name the plan gave it, which cost no call. */
function fillGuide(sheet: Sheet, table: TablePlan, plan: SetupPlan, ids: SheetIds): void {
  const language = plan.language;
  const link = (key: SheetKey): FillCell => {
    const name = (plan.sheets.find((sheetPlan) => sheetPlan.sheet === key)?.name ?? '').replace(/"/g, '""');
    return { formula: `=HYPERLINK("#gid=${ids[key]}","${name}")` };
  };
  const { rows, progress } = guideFill(language, table, link);
  sheet.getRange(2, 1, rows.length, rows[0].length).setValues(rows.map((row) => row.map(asText)));
  const cells = sheet.getRange(1, progress.column, 2, 1);
  cells.setValues([[asText(progress.label)], [progress.formula]]);
  cells.setFontWeight('bold');
  sheet.getRange(2, progress.column).setNumberFormat('0%');
}

function fillSwot(sheet: Sheet, language: Language): void {
  const grid = swotGrid(language);
  const range = sheet.getRange(1, 1, grid.values.length, grid.values[0].length);
  range.setValues(grid.values.map((row) => row.map(asText)));
  range.setBackgrounds(grid.backgrounds);
  range.setFontWeights(grid.bold.map((row) => row.map((bold) => (bold ? 'bold' : 'normal'))));
  range.setWrap(true);
  range.setVerticalAlignment('top');
  sheet.getRange('A1:A3').merge();
  sheet.getRange('A4:A6').merge();
  sheet.setColumnWidth(1, 140);
  sheet.setColumnWidths(2, 2, 380);
}

function fillDashboard(sheet: Sheet, language: Language): void {
  const title = sheet.getRange(1, 1);
  title.setValue(asText(t(language, 'dashboard.heading')));
  title.setFontWeight('bold');
  title.setFontSize(16);
}

/** Applies the plan; answers the id of each of the nine sheets. */
function applyPlan(
  spreadsheet: Spreadsheet,
  plan: SetupPlan,
  snapshot: WorkbookSnapshot,
  byId: Map<number, Sheet>,
): SheetIds {
  const ids: SheetIds = {};
  const sheets = new Map<SheetKey, Sheet>();
  let count = snapshot.sheetCount;
  // Create and widen every sheet first: checks on one sheet may point at another (owner → Members).
  for (const sheetPlan of plan.sheets) {
    const existing = sheetPlan.sheetId === null ? undefined : byId.get(sheetPlan.sheetId);
    const sheet = existing ?? spreadsheet.insertSheet(sheetPlan.name, count++);
    sheets.set(sheetPlan.sheet, sheet);
    ids[sheetPlan.sheet] = sheetPlan.sheetId ?? sheet.getSheetId();
    const needed = sheetPlan.table?.columnsNeeded ?? 0;
    if (needed === 0) continue;
    const maxColumns = existing
      ? (snapshot.sheets.find((s) => s.sheetId === sheetPlan.sheetId)?.maxColumns ?? 0)
      : sheet.getMaxColumns();
    if (needed > maxColumns) sheet.insertColumnsAfter(maxColumns, needed - maxColumns);
  }
  const sheetOf = (key: SheetKey) => sheets.get(key) as Sheet;
  const validation = validations(sheets.get('members'));
  for (const sheetPlan of plan.sheets) {
    const sheet = sheetOf(sheetPlan.sheet);
    if (sheetPlan.table) applyTable(sheet, sheetPlan.table, validation);
    if (sheetPlan.freezeHeader) sheet.setFrozenRows(1);
    if (sheetPlan.protectHeader) {
      sheet
        .getRange('1:1')
        .protect()
        .setDescription(t(plan.language, 'setup.protection'))
        .setWarningOnly(true);
    }
    if (sheetPlan.rules.length > 0) applyRules(sheet, sheetPlan);
    if (sheetPlan.fill === 'guide' && sheetPlan.table) fillGuide(sheet, sheetPlan.table, plan, ids);
    if (sheetPlan.fill === 'swot') fillSwot(sheet, plan.language);
    if (sheetPlan.fill === 'dashboard') fillDashboard(sheet, plan.language);
  }
  for (const removed of plan.removeSheets) {
    const sheet = byId.get(removed.sheetId);
    if (sheet) spreadsheet.deleteSheet(sheet);
  }
  if (plan.sheets[0].sheetId === null) sheetOf(plan.sheets[0].sheet).activate();
  return ids;
}

/**
 * Makes the active spreadsheet the alliance's workbook, or adds what it lacks. The workbook keeps the language it was
 * first set up in; the first set-up takes the user's. Returns the plan, whose report says what was done, and whether
 * this was the first set-up.
 */
export function setUpAllianceWorkbook(userLanguage: Language): { plan: SetupPlan; firstSetUp: boolean } {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const settings = readSettings(spreadsheet);
  const language = settings.language ?? userLanguage;
  const { snapshot, byId } = readSnapshot(spreadsheet);
  const plan = planSetup(snapshot, language);
  const ids: SheetIds = plan.unchanged
    ? Object.fromEntries(plan.sheets.map((sheet) => [sheet.sheet, sheet.sheetId]))
    : applyPlan(spreadsheet, plan, snapshot, byId);
  saveSheetIds(spreadsheet, ids);
  if (!settings.language || !settings.allianceName) {
    saveSettings(spreadsheet, { language, allianceName: settings.allianceName || spreadsheet.getName() });
  }
  return { plan, firstSetUp: settings.language === null };
}

/** The report as an alert in the user's language: it lists what set-up added and what it kept. */
export function showSetupReport(plan: SetupPlan, userLanguage: Language): void {
  const ui = editorUi('sheets');
  ui.alert(t(userLanguage, 'setup.title'), reportText(plan, userLanguage), ui.ButtonSet.OK);
}

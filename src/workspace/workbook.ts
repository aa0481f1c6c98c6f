// Set-up's adapter: reads the workbook into a snapshot in a constant number of calls, then applies the plan in batches.
import { type Language, t } from '../domain/i18n';
import { COLUMN_METADATA_KEY, columnLetter, columnTag, type SheetKey } from '../domain/schema';
import {
  type ColumnCheck,
  type FillCell,
  guideFill,
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
import { readColumnLocations } from './table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HEADER_BACKGROUND = '#e8eaed';

/** Sheets with their ids, and the snapshot of those set-up may work on. */
function readSnapshot(spreadsheet: Spreadsheet): { snapshot: WorkbookSnapshot; byId: Map<number, Sheet> } {
  const all = spreadsheet.getSheets();
  const locations = readColumnLocations(spreadsheet, () => true);
  const byId = new Map<number, Sheet>();
  const snapshot: WorkbookSnapshot = { sheetCount: all.length, sheets: [], otherNames: [] };
  for (const sheet of all) {
    const name = sheet.getName();
    const sheetId = sheet.getSheetId();
    byId.set(sheetId, sheet);
    const tags = locations.filter((location) => location.sheetId === sheetId);
    if (!needsDetails(name, tags.length > 0)) {
      snapshot.otherNames.push(name);
      continue;
    }
    const lastColumn = sheet.getLastColumn();
    const details: SheetSnapshot = {
      sheetId,
      name,
      lastRow: sheet.getLastRow(),
      lastColumn,
      maxColumns: sheet.getMaxColumns(),
      frozenRows: sheet.getFrozenRows(),
      header: lastColumn > 0 ? sheet.getRange(1, 1, 1, lastColumn).getDisplayValues()[0] : [],
      tags: tags.map(({ value, column }) => ({ value, column })),
    };
    snapshot.sheets.push(details);
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

function applyTable(sheet: Sheet, table: TablePlan, members: Sheet | undefined): void {
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
  for (const column of table.added) {
    sheet.setColumnWidth(column.column, column.width);
    if (!column.check && !column.numberFormat && !column.wrap) continue;
    const letter = columnLetter(column.column);
    const body = sheet.getRange(`${letter}2:${letter}`);
    if (column.check) body.setDataValidation(dataValidation(column.check, members));
    if (column.numberFormat) body.setNumberFormat(column.numberFormat);
    if (column.wrap) body.setWrap(true);
  }
}

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

function fillGuide(
  sheet: Sheet,
  table: TablePlan,
  language: Language,
  sheetOf: (key: SheetKey) => Sheet,
): void {
  const link = (key: SheetKey): FillCell => {
    const target = sheetOf(key);
    const name = target.getName().replace(/"/g, '""');
    return { formula: `=HYPERLINK("#gid=${target.getSheetId()}","${name}")` };
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

function applyPlan(
  spreadsheet: Spreadsheet,
  plan: SetupPlan,
  snapshot: WorkbookSnapshot,
  byId: Map<number, Sheet>,
): void {
  const sheets = new Map<SheetKey, Sheet>();
  let count = snapshot.sheetCount;
  // Create and widen every sheet first: checks on one sheet may point at another (owner → Members).
  for (const sheetPlan of plan.sheets) {
    const existing = sheetPlan.sheetId === null ? undefined : byId.get(sheetPlan.sheetId);
    const sheet = existing ?? spreadsheet.insertSheet(sheetPlan.name, count++);
    sheets.set(sheetPlan.sheet, sheet);
    const needed = sheetPlan.table?.columnsNeeded ?? 0;
    if (needed === 0) continue;
    const maxColumns = existing
      ? (snapshot.sheets.find((s) => s.sheetId === sheetPlan.sheetId)?.maxColumns ?? 0)
      : sheet.getMaxColumns();
    if (needed > maxColumns) sheet.insertColumnsAfter(maxColumns, needed - maxColumns);
  }
  const sheetOf = (key: SheetKey) => sheets.get(key) as Sheet;
  for (const sheetPlan of plan.sheets) {
    const sheet = sheetOf(sheetPlan.sheet);
    if (sheetPlan.table) applyTable(sheet, sheetPlan.table, sheets.get('members'));
    if (sheetPlan.freezeHeader) sheet.setFrozenRows(1);
    if (sheetPlan.protectHeader) {
      sheet
        .getRange('1:1')
        .protect()
        .setDescription(t(plan.language, 'setup.protection'))
        .setWarningOnly(true);
    }
    if (sheetPlan.rules.length > 0) applyRules(sheet, sheetPlan);
    if (sheetPlan.fill === 'guide' && sheetPlan.table)
      fillGuide(sheet, sheetPlan.table, plan.language, sheetOf);
    if (sheetPlan.fill === 'swot') fillSwot(sheet, plan.language);
    if (sheetPlan.fill === 'dashboard') fillDashboard(sheet, plan.language);
  }
  for (const removed of plan.removeSheets) {
    const sheet = byId.get(removed.sheetId);
    if (sheet) spreadsheet.deleteSheet(sheet);
  }
  if (plan.sheets[0].sheetId === null) sheetOf(plan.sheets[0].sheet).activate();
}

/**
 * Makes the active spreadsheet the alliance's workbook, or adds what it lacks. The workbook keeps the language it was
 * first set up in; the first set-up takes the user's. Returns the plan, whose report says what was done.
 */
export function setUpAllianceWorkbook(userLanguage: Language): SetupPlan {
  const settings = readSettings();
  const language = settings.language ?? userLanguage;
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const { snapshot, byId } = readSnapshot(spreadsheet);
  const plan = planSetup(snapshot, language);
  if (!plan.unchanged) applyPlan(spreadsheet, plan, snapshot, byId);
  if (!settings.language || !settings.allianceName) {
    saveSettings({ language, allianceName: settings.allianceName || spreadsheet.getName() });
  }
  return plan;
}

/** The report as an alert in the user's language: it lists what set-up added and what it kept. */
export function showSetupReport(plan: SetupPlan, userLanguage: Language): void {
  const ui = editorUi('sheets');
  ui.alert(t(userLanguage, 'setup.title'), reportText(plan, userLanguage), ui.ButtonSet.OK);
}

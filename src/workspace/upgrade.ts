// Set-up's second pass over sheets an earlier version made: the dropdowns that grew, code columns as text, the Guide's new tasks.

import { type MessageKey, t } from '../domain/i18n';
import { type ColumnSpec, columnHeader, columnLetter, type ListKey, type SheetKey } from '../domain/schema';
import { type FillCell, guideRecord, type ReportLine, type SetupPlan, type SheetPlan } from '../domain/setup';
import { columnsToCheck, grownList, guideAdditions } from '../domain/upgrade';
import { noteChange } from './journal';
import { rangesOf } from './ranges';
import { tableAt } from './table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Validation = GoogleAppsScript.Spreadsheet.DataValidation;

/**
 * A sheet's dropdowns offer the values its list gained since, and its code columns become plain text. Each column is
 * judged by its first row's cell (set-up gave the whole column one rule and one format); a dropdown a person removed, or
 * turned into another kind of check, is theirs and stays. Values already typed are not rewritten: a number that lost its
 * leading zero cannot get it back.
 */
function upgradeColumns(sheet: Sheet, plan: SheetPlan, language: SetupPlan['language']): ReportLine[] {
  const table = plan.table;
  if (!table) return [];
  const added = new Set(table.added.map(({ key }) => key));
  const specs = columnsToCheck(
    table.table,
    Object.keys(table.columns).filter((key) => !added.has(key)),
  );
  if (specs.length === 0) return [];
  const letter = (spec: ColumnSpec) => columnLetter(table.columns[spec.key]);
  const cells = rangesOf(
    sheet,
    specs.map((spec) => `${letter(spec)}2`),
  );
  const lists: { spec: ColumnSpec; rule: Validation; values: string[] }[] = [];
  const text: ColumnSpec[] = [];
  specs.forEach((spec, index) => {
    if (spec.kind !== 'list') {
      if (cells[index].getNumberFormat() !== '@') text.push(spec);
      return;
    }
    const rule = cells[index].getDataValidation();
    if (!rule || rule.getCriteriaType() !== SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST) return;
    const values = grownList(spec.list as ListKey, language, rule.getCriteriaValues()[0] as unknown[]);
    if (values) lists.push({ spec, rule, values });
  });
  if (lists.length + text.length === 0) return [];
  noteChange({ sheet: plan.sheet });
  const body = (spec: ColumnSpec) => `${letter(spec)}2:${letter(spec)}`;
  const bodies = rangesOf(
    sheet,
    lists.map(({ spec }) => body(spec)),
  );
  // A copy keeps the rule's help text, its rejection of other values and its dropdown.
  lists.forEach(({ rule, values }, index) => {
    bodies[index].setDataValidation(
      rule
        .copy()
        .requireValueInList(values, rule.getCriteriaValues()[1] !== false)
        .build(),
    );
  });
  if (text.length > 0) sheet.getRangeList(text.map(body)).setNumberFormat('@');
  const headers = (columns: ColumnSpec[]) =>
    columns.map((spec) => columnHeader(language, table.table, spec.key)).join(', ');
  return [
    ...(lists.length > 0
      ? [
          {
            key: 'setup.grownLists' as const,
            params: {
              sheet: plan.name,
              count: lists.length,
              columns: headers(lists.map(({ spec }) => spec)),
            },
          },
        ]
      : []),
    ...(text.length > 0
      ? [{ key: 'setup.textFormat' as const, params: { sheet: plan.name, columns: headers(text) } }]
      : []),
  ];
}

/** The Guide's rows an earlier set-up wrote get their ids (and the charter its step), the tasks it lacks go at its end. */
function upgradeGuide(
  sheet: Sheet,
  plan: SheetPlan,
  language: SetupPlan['language'],
  link: (key: SheetKey) => FillCell,
  timeZone: string,
): ReportLine[] {
  if (!plan.table) return [];
  const guide = tableAt('guide', sheet, plan.table.columns, timeZone);
  const { changes, missing } = guideAdditions(
    guide.rows().map(({ row, values }) => ({
      row,
      step: String(values.step),
      task: String(values.task),
      taskId: String(values.taskId),
    })),
  );
  guide.update(
    changes.map(({ row, taskId, step }) => ({
      row,
      values: {
        ...(taskId === undefined ? {} : { taskId }),
        ...(step === undefined ? {} : { step: t(language, `guide.step${step}` as MessageKey) }),
      },
    })),
  );
  guide.append(missing.map((task) => guideRecord(language, task, link)));
  return missing.length > 0
    ? [{ key: 'setup.guideTasks', params: { sheet: plan.name, count: missing.length } }]
    : [];
}

/**
 * Brings the sheets set-up found (not those it just made) up to what set-up lays out now; answers what it changed.
 * Every write is one a retry makes again harmlessly: a rule or a format set twice, ids found again, tasks known by them.
 */
export function upgradeSheets(
  plan: SetupPlan,
  sheets: Map<SheetKey, Sheet>,
  link: (key: SheetKey) => FillCell,
  timeZone: () => string,
): ReportLine[] {
  const report: ReportLine[] = [];
  for (const sheetPlan of plan.sheets) {
    const sheet = sheets.get(sheetPlan.sheet);
    if (!sheet || sheetPlan.sheetId === null) continue;
    report.push(...upgradeColumns(sheet, sheetPlan, plan.language));
    if (sheetPlan.sheet === 'guide' && sheetPlan.fill === null)
      report.push(...upgradeGuide(sheet, sheetPlan, plan.language, link, timeZone()));
  }
  return report;
}

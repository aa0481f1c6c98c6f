// Set-up run again over a workbook an earlier version made: lists that grew, code columns kept as typed, new Guide tasks.
import { LANGUAGES, type Language, type MessageKey, t } from './i18n';
import {
  type ColumnSpec,
  columnsOf,
  isTableKey,
  LISTS,
  type ListKey,
  listLabels,
  normalizeLabel,
  SHEET_KEYS,
  type TableKey,
} from './schema';
import { GUIDE_TASKS, numberFormatOf, type ReportLine, type SetupPlan } from './setup';

/** FNV-1a over the text, in base 36: short enough to keep in the settings, and any change gives another value. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(36);
}

/**
 * What set-up lays out that a later version may change on sheets already made: the lists' labels in every language,
 * the columns kept as text, the Guide's tasks. The workbook keeps the value of the set-up that last made it right, so
 * set-up run again reads the sheets for these only when it differs, and costs nothing more otherwise.
 */
export const SETUP_SHAPE = fingerprint(
  JSON.stringify({
    lists: LANGUAGES.map((language) => (Object.keys(LISTS) as ListKey[]).map((l) => listLabels(language, l))),
    text: SHEET_KEYS.filter(isTableKey).flatMap((table) =>
      columnsOf(table)
        .filter((spec) => numberFormatOf(spec) === '@')
        .map((spec) => `${table}.${spec.key}`),
    ),
    tasks: GUIDE_TASKS.map(({ task }) => task),
  }),
);

/** The columns of a sheet already there whose check or format an earlier set-up may have given otherwise. */
export function columnsToCheck(table: TableKey, present: readonly string[]): ColumnSpec[] {
  return columnsOf(table).filter(
    (spec) => present.includes(spec.key) && (spec.kind === 'list' || numberFormatOf(spec) === '@'),
  );
}

/**
 * The list a dropdown should offer now: the list's labels in the workbook's language, then any value the dropdown
 * offered that is none of them (a person's own, or an earlier wording still in cells), so no chosen value turns
 * invalid. Null when the dropdown already offers every label.
 */
export function grownList(list: ListKey, language: Language, offered: readonly unknown[]): string[] | null {
  const labels = listLabels(language, list);
  const has = (values: readonly unknown[], label: string) =>
    values.some((value) => normalizeLabel(String(value)) === normalizeLabel(label));
  if (labels.every((label) => has(offered, label))) return null;
  const kept = offered.map(String).filter((value) => value.trim() !== '' && !has(labels, value));
  return [...labels, ...kept];
}

/** A Guide row as set-up reads it back: its row, step and task texts, and its id (empty on a row an earlier set-up wrote). */
export interface GuideRowState {
  row: number;
  step: string;
  task: string;
  taskId: string;
}

/** A task's text in any of the four languages, as the add-on wrote it: how a row without an id is known once. */
function taskOfText(text: string): string | null {
  const wanted = normalizeLabel(text);
  if (wanted === '') return null;
  const found = GUIDE_TASKS.find(({ task }) =>
    LANGUAGES.some((language) => normalizeLabel(t(language, `guide.task.${task}` as MessageKey)) === wanted),
  );
  return found?.task ?? null;
}

/** The step whose label, in any of the four languages, a cell holds exactly as the add-on wrote it; null otherwise. */
function stepOfLabel(text: string): number | null {
  const wanted = normalizeLabel(text);
  const steps = [1, 2, 3, 4, 5, 6];
  return (
    steps.find((step) =>
      LANGUAGES.some((language) => normalizeLabel(t(language, `guide.step${step}` as MessageKey)) === wanted),
    ) ?? null
  );
}

/**
 * What set-up changes in a Guide sheet: the ids of the rows an earlier set-up wrote without one (known, this once, by
 * their text); the step of a task the guide places in another step now (the charter, in ÉTAPE 4), where the step cell
 * still holds the add-on's own label; and the tasks the sheet lacks. Rows a person added, a step a person reworded,
 * and every status and note are left as they are.
 */
export function guideAdditions(rows: readonly GuideRowState[]): {
  changes: { row: number; taskId?: string; step?: number }[];
  missing: typeof GUIDE_TASKS;
} {
  const known = new Set(rows.map((row) => row.taskId.trim()).filter((id) => id !== ''));
  const changes: { row: number; taskId?: string; step?: number }[] = [];
  for (const row of rows) {
    const id = row.taskId.trim();
    const task = id !== '' ? id : taskOfText(row.task);
    if (task === null || (id === '' && known.has(task))) continue;
    known.add(task);
    const change: { row: number; taskId?: string; step?: number } = { row: row.row };
    if (id === '') change.taskId = task;
    const step = GUIDE_TASKS.find((candidate) => candidate.task === task)?.step;
    const written = stepOfLabel(row.step);
    if (step !== undefined && written !== null && written !== step) change.step = step;
    if (change.taskId !== undefined || change.step !== undefined) changes.push(change);
  }
  return { changes, missing: GUIDE_TASKS.filter(({ task }) => !known.has(task)) };
}

/** The plan's report with what the second pass changed; a workbook it changed is no longer "nothing to do". */
export function withUpgrades(plan: SetupPlan, lines: ReportLine[]): SetupPlan {
  if (lines.length === 0) return plan;
  const report: ReportLine[] = plan.unchanged ? [{ key: 'setup.ready', params: {} }] : plan.report;
  return { ...plan, unchanged: false, report: [...report, ...lines] };
}

// Set-up as pure planning: from what the workbook holds now, what to add so it becomes the alliance's workbook.
import { dueNotBeforeStartFormula } from './actionPlan';
import { DUE_THIS_WEEK_COLOUR, dueThisWeekFormula } from './communicationPlan';
import { DUE_SOON_DAYS } from './dashboard';
import { LANGUAGES, type Language, type MessageKey, type Params, t } from './i18n';
import {
  type ColumnSpec,
  columnHeader,
  columnLetter,
  columnOfHeader,
  columnsOf,
  isTableKey,
  listLabel,
  listLabels,
  normalizeLabel,
  parseColumnTag,
  SHEET_KEYS,
  type SheetKey,
  sheetOfTitle,
  sheetTitle,
  type TableKey,
} from './schema';

/** One sheet as set-up finds it; the adapter reads this for every sheet `needsDetails` picks, in a constant number of calls. */
export interface SheetSnapshot {
  sheetId: number;
  name: string;
  /** 0 when the sheet is empty (getLastRow / getLastColumn). */
  lastRow: number;
  lastColumn: number;
  maxColumns: number;
  frozenRows: number;
  /** Row 1 as displayed, one string per column up to lastColumn. */
  header: string[];
  /** The add-on's column metadata on this sheet: its value and the column it is on now. */
  tags: { value: string; column: number }[];
  /** The sheet an earlier set-up recorded this one's id for: the add-on's own, whatever it is called now. */
  recordedAs?: SheetKey;
}

export interface WorkbookSnapshot {
  /** How many sheets the spreadsheet has, so new sheets go after all of them. */
  sheetCount: number;
  sheets: SheetSnapshot[];
  /** Names of the sheets not read in detail, so a new sheet never takes one of them. */
  otherNames: string[];
}

/** The data check a new column gets; `allowInvalid` false rejects what does not fit, true only warns. */
export type ColumnCheck = { helpText: string; allowInvalid: boolean } & (
  | { type: 'list'; values: string[] }
  | { type: 'member'; membersColumn: number }
  | { type: 'date' | 'email' | 'url' | 'number' | 'checkbox' }
  | { type: 'formula'; formula: string }
);

export interface NewColumn {
  key: string;
  column: number;
  header: string;
  width: number;
  check: ColumnCheck | null;
  numberFormat: string | null;
  wrap: boolean;
}

/** Adjacent columns given one value in one call, from `column` on. */
export interface ColumnSpan<T> {
  column: number;
  count: number;
  value: T;
}

/**
 * The fewest spans, applied in order, that give each column its width, for adjacent columns from `first` on. A later
 * span overrides an earlier one, so [200, 140, 200] is 200 over all three, then 140 over the middle one: the
 * "strange printer" recurrence over the runs of equal widths.
 */
export function widthSpans(first: number, widths: readonly number[]): ColumnSpan<number>[] {
  const runs: ColumnSpan<number>[] = [];
  widths.forEach((value, index) => {
    const last = runs[runs.length - 1];
    if (last && last.value === value) last.count++;
    else runs.push({ column: first + index, count: 1, value });
  });
  const memo = new Map<string, ColumnSpan<number>[]>();
  // The spans for runs i..j; the first one starts at run i with its width, and all later ones lie over it.
  const spans = (i: number, j: number): ColumnSpan<number>[] => {
    if (i > j) return [];
    const key = `${i},${j}`;
    const known = memo.get(key);
    if (known) return known;
    let best = [{ ...runs[i] }, ...spans(i + 1, j)];
    for (let k = i + 1; k <= j; k++) {
      if (runs[k].value !== runs[i].value) continue;
      const [base, ...over] = spans(k, j);
      const inside = spans(i + 1, k - 1);
      if (1 + over.length + inside.length >= best.length) continue;
      const end = base.column + base.count;
      best = [{ column: runs[i].column, count: end - runs[i].column, value: base.value }, ...over, ...inside];
    }
    memo.set(key, best);
    return best;
  };
  return spans(0, runs.length - 1);
}

/** Header cells to write, as runs of adjacent columns so each run is one write. */
export interface HeaderRun {
  column: number;
  values: string[];
}

export interface TablePlan {
  table: TableKey;
  /** Where every column of the table is once the plan is applied. */
  columns: Record<string, number>;
  /** Columns appended after the sheet's last used column: header, metadata, check, width. */
  added: NewColumn[];
  /** Columns a person made, recognised by their header: they only get the metadata. */
  recognised: { key: string; column: number }[];
  headers: HeaderRun[];
  /** The sheet must have at least this many columns for the plan to fit. */
  columnsNeeded: number;
  /** The last column holding anything once the plan is applied: what the add-on puts beside the table goes after it. */
  usedColumns: number;
}

export interface ConditionalRule {
  formula: string;
  background: string;
}

export interface SheetPlan {
  sheet: SheetKey;
  name: string;
  /** The existing sheet to work on; null to create one called `name`. */
  sheetId: number | null;
  table: TablePlan | null;
  freezeHeader: boolean;
  protectHeader: boolean;
  /** Rules over the table's rows, from row 2 across `ruleWidth` columns. */
  rules: ConditionalRule[];
  ruleWidth: number;
  fill: 'guide' | 'swot' | 'dashboard' | null;
}

export interface ReportLine {
  key: MessageKey;
  params: Params;
}

export interface SetupPlan {
  language: Language;
  sheets: SheetPlan[];
  /** Empty sheets Sheets made with the file ("Sheet1"), removed once the alliance's sheets exist. */
  removeSheets: { sheetId: number; name: string }[];
  report: ReportLine[];
  /** True when applying the plan writes nothing. */
  unchanged: boolean;
}

/** Names Sheets gives new sheets, in the partner countries' languages. */
const DEFAULT_SHEET_NAME = /^(sheet|feuille|blad|tabelle|hoja|foglio)\s*\d+$/i;

/** Which sheets set-up reads in detail: those it may adopt (by metadata or title) and the empty ones Sheets made. */
export function needsDetails(name: string, hasTags: boolean): boolean {
  return hasTags || sheetOfTitle(name) !== null || DEFAULT_SHEET_NAME.test(name.trim());
}

const COLOURS = { done: '#d9ead3', overdue: '#f4cccc', dueSoon: '#fce5cd' };

/**
 * The number format a column's cells get: dates as ISO days; codes (phone numbers) as plain text, so what a person types
 * keeps its leading zero and plus sign (Format › Number › Plain text); the rest automatic.
 */
export function numberFormatOf(spec: ColumnSpec): string | null {
  if (spec.kind === 'date') return 'yyyy-mm-dd';
  return spec.kind === 'phone' ? '@' : null;
}

function checkFor(spec: ColumnSpec, language: Language, membersColumn: number): ColumnCheck | null {
  const help = (key: MessageKey) => t(language, key);
  switch (spec.kind) {
    case 'list':
      return spec.list
        ? {
            type: 'list',
            values: listLabels(language, spec.list),
            allowInvalid: false,
            helpText: help('validation.list'),
          }
        : null;
    case 'member':
      return { type: 'member', membersColumn, allowInvalid: true, helpText: help('validation.member') };
    case 'date':
      return { type: 'date', allowInvalid: false, helpText: help('validation.date') };
    case 'email':
      return { type: 'email', allowInvalid: true, helpText: help('validation.email') };
    case 'url':
      return { type: 'url', allowInvalid: true, helpText: help('validation.url') };
    case 'number':
      return { type: 'number', allowInvalid: false, helpText: help('validation.number') };
    case 'boolean':
      return { type: 'checkbox', allowInvalid: false, helpText: '' };
    default:
      return null;
  }
}

function headerRuns(cells: { column: number; header: string }[]): HeaderRun[] {
  const runs: HeaderRun[] = [];
  for (const cell of [...cells].sort((a, b) => a.column - b.column)) {
    const last = runs[runs.length - 1];
    if (last && last.column + last.values.length === cell.column) last.values.push(cell.header);
    else runs.push({ column: cell.column, values: [cell.header] });
  }
  return runs;
}

/** The sheet holding most of a table's columns: a copy of a sheet carries its metadata, the original has it all. */
function taggedSheet(
  table: TableKey,
  sheets: SheetSnapshot[],
  claimed: Set<number>,
): SheetSnapshot | undefined {
  let best: SheetSnapshot | undefined;
  let bestCount = 0;
  for (const sheet of sheets) {
    if (claimed.has(sheet.sheetId)) continue;
    const count = sheet.tags.filter((tag) => parseColumnTag(tag.value)?.table === table).length;
    if (count > bestCount) [best, bestCount] = [sheet, count];
  }
  return best;
}

/** An unclaimed sheet titled for this key, preferring the workbook's language, then any of the four. */
function titledSheet(key: SheetKey, language: Language, sheets: SheetSnapshot[], claimed: Set<number>) {
  const free = sheets.filter((sheet) => !claimed.has(sheet.sheetId));
  const named = (title: string) => free.find((sheet) => normalizeLabel(sheet.name) === normalizeLabel(title));
  return named(sheetTitle(language, key)) ?? free.find((sheet) => sheetOfTitle(sheet.name) === key);
}

/**
 * Whether set-up may take a sheet it found only by its title: an empty one, one whose headers already name some of
 * the table's columns (a members list kept before the add-on), or one holding what the add-on drew there before.
 * Any other sheet is a person's own that happens to carry the title: the add-on never writes it.
 */
function adoptable(key: SheetKey, sheet: SheetSnapshot): boolean {
  if (sheet.lastRow === 0 && sheet.lastColumn === 0) return true;
  if (!isTableKey(key)) return drawnBefore(key, sheet);
  return sheet.header.some((text) => columnOfHeader(key, text) !== null);
}

/** A name no sheet has yet (Sheets refuses a taken name, whatever its case); `taken` holds normalizeLabel'd names. */
export function freeName(title: string, taken: Set<string>): string {
  let name = title;
  for (let n = 2; taken.has(normalizeLabel(name)); n++) name = `${title} (${n})`;
  taken.add(normalizeLabel(name));
  return name;
}

function planTable(
  table: TableKey,
  sheet: SheetSnapshot | undefined,
  language: Language,
  membersColumn: () => number,
): TablePlan {
  const columns: Record<string, number> = {};
  const recognised: { key: string; column: number }[] = [];
  const restored: { column: number; header: string }[] = [];
  const taken = new Set<number>();
  for (const tag of sheet?.tags ?? []) {
    const parsed = parseColumnTag(tag.value);
    taken.add(tag.column);
    if (parsed?.table === table && !(parsed.column in columns)) columns[parsed.column] = tag.column;
  }
  const header = sheet?.header ?? [];
  for (const spec of columnsOf(table)) {
    const tagged = columns[spec.key];
    if (tagged !== undefined) {
      if ((header[tagged - 1] ?? '').trim() === '') {
        restored.push({ column: tagged, header: columnHeader(language, table, spec.key) });
      }
      continue;
    }
    const index = header.findIndex(
      (text, i) => !taken.has(i + 1) && columnOfHeader(table, text) === spec.key,
    );
    if (index >= 0) {
      columns[spec.key] = index + 1;
      taken.add(index + 1);
      recognised.push({ key: spec.key, column: index + 1 });
    }
  }
  let next = Math.max(sheet?.lastColumn ?? 0, ...taken) + 1;
  const added: NewColumn[] = [];
  for (const spec of columnsOf(table)) {
    if (spec.key in columns) continue;
    const column = next++;
    columns[spec.key] = column;
    added.push({
      key: spec.key,
      column,
      header: columnHeader(language, table, spec.key),
      width: spec.width,
      check: null,
      numberFormat: numberFormatOf(spec),
      wrap: spec.kind === 'longText',
    });
  }
  // Checks are filled in last: a member column needs where the Members sheet's names ended up.
  for (const column of added) {
    const spec = columnsOf(table).find((candidate) => candidate.key === column.key) as ColumnSpec;
    column.check = checkFor(spec, language, spec.kind === 'member' ? membersColumn() : 0);
    // A due date is checked against its row's start, which takes a formula across the two columns.
    if (table === 'actionPlan' && column.key === 'due' && columns.start) {
      column.check = {
        type: 'formula',
        formula: dueNotBeforeStartFormula(columns.start, column.column),
        allowInvalid: false,
        helpText: t(language, 'validation.dueNotBeforeStart'),
      };
    }
  }
  return {
    table,
    columns,
    added,
    recognised,
    headers: headerRuns([...added, ...restored]),
    columnsNeeded: Math.max(0, ...Object.values(columns)),
    usedColumns: Math.max(sheet?.lastColumn ?? 0, ...Object.values(columns)),
  };
}

/** Overdue red, due within two weeks amber, done green; found by the columns' places at set-up time. */
function actionRules(columns: Record<string, number>, language: Language): ConditionalRule[] {
  const status = `$${columnLetter(columns.status)}2`;
  const due = `$${columnLetter(columns.due)}2`;
  const done = `"${listLabel(language, 'actionStatus', 'done').replace(/"/g, '""')}"`;
  return [
    { formula: `=${status}=${done}`, background: COLOURS.done },
    { formula: `=AND(ISNUMBER(${due}),${due}<TODAY(),${status}<>${done})`, background: COLOURS.overdue },
    {
      formula: `=AND(ISNUMBER(${due}),${due}>=TODAY(),${due}<=TODAY()+${DUE_SOON_DAYS},${status}<>${done})`,
      background: COLOURS.dueSoon,
    },
  ];
}

const headerList = (table: TableKey, language: Language, keys: string[]) =>
  keys.map((key) => columnHeader(language, table, key)).join(', ');

/**
 * Whether a sheet's content is what the add-on drew there before, in any language: its first row starts with the SWOT's
 * first quadrant or the dashboard's heading (a refreshed dashboard adds the alliance's name after it).
 */
function drawnBefore(key: SheetKey, sheet: SheetSnapshot): boolean {
  const first = sheet.header.map(normalizeLabel);
  const marker: MessageKey = key === 'swot' ? 'swot.strengths' : 'dashboard.heading';
  return LANGUAGES.some((language) =>
    first.some((cell) => cell.startsWith(normalizeLabel(t(language, marker)))),
  );
}

export function planSetup(snapshot: WorkbookSnapshot, language: Language): SetupPlan {
  const claimed = new Set<number>();
  const found = new Map<SheetKey, SheetSnapshot>();
  const claim = (key: SheetKey, sheet: SheetSnapshot) => {
    found.set(key, sheet);
    claimed.add(sheet.sheetId);
  };
  // The ids set-up recorded, then metadata, for every table, so a renamed sheet is never mistaken for another by its
  // title; a title alone names a sheet only when it may be the add-on's.
  for (const sheet of snapshot.sheets) {
    if (sheet.recordedAs && !found.has(sheet.recordedAs)) claim(sheet.recordedAs, sheet);
  }
  for (const key of SHEET_KEYS) {
    const sheet = isTableKey(key) && !found.has(key) ? taggedSheet(key, snapshot.sheets, claimed) : undefined;
    if (sheet) claim(key, sheet);
  }
  const left = new Map<SheetKey, SheetSnapshot>();
  for (const key of SHEET_KEYS) {
    if (found.has(key)) continue;
    const sheet = titledSheet(key, language, snapshot.sheets, claimed);
    if (sheet && adoptable(key, sheet)) claim(key, sheet);
    else if (sheet) left.set(key, sheet);
  }
  const names = new Set([...snapshot.sheets.map((s) => s.name), ...snapshot.otherNames].map(normalizeLabel));
  const report: ReportLine[] = [];
  const plans = new Map<SheetKey, SheetPlan>();
  const membersColumn = () => plans.get('members')?.table?.columns.name ?? 1;

  for (const key of SHEET_KEYS) {
    const sheet = found.get(key);
    const name = sheet?.name ?? freeName(sheetTitle(language, key), names);
    const isNew = !sheet;
    const hasContent = !!sheet && (sheet.lastRow > 0 || sheet.lastColumn > 0);
    const plan: SheetPlan = {
      sheet: key,
      name,
      sheetId: sheet?.sheetId ?? null,
      table: null,
      freezeHeader: false,
      protectHeader: false,
      rules: [],
      ruleWidth: 0,
      fill: null,
    };
    plans.set(key, plan);
    if (isNew) report.push({ key: 'setup.createdSheet', params: { sheet: name } });
    const personal = left.get(key);
    if (personal) report.push({ key: 'setup.leftSheet', params: { sheet: personal.name, name } });

    if (!isTableKey(key)) {
      if (!hasContent) plan.fill = key === 'swot' ? 'swot' : 'dashboard';
      continue;
    }

    const table = planTable(key, sheet, language, membersColumn);
    plan.table = table;
    const firstTime = !sheet?.tags.some((tag) => parseColumnTag(tag.value)?.table === key);
    plan.freezeHeader = (sheet?.frozenRows ?? 0) === 0 && firstTime;
    plan.protectHeader = firstTime;
    if (key === 'actionPlan' && firstTime) {
      plan.rules = actionRules(table.columns, language);
      plan.ruleWidth = Math.max(table.columnsNeeded, sheet?.lastColumn ?? 0);
    }
    if (key === 'communicationPlan' && firstTime && table.columns.nextDate) {
      plan.rules = [
        {
          formula: dueThisWeekFormula(columnLetter(table.columns.nextDate)),
          background: DUE_THIS_WEEK_COLOUR,
        },
      ];
      plan.ruleWidth = Math.max(table.columnsNeeded, sheet?.lastColumn ?? 0);
    }
    if (key === 'guide' && firstTime && (sheet?.lastRow ?? 0) <= 1) plan.fill = 'guide';

    if (table.recognised.length > 0) {
      report.push({
        key: 'setup.recognisedColumns',
        params: {
          sheet: name,
          count: table.recognised.length,
          columns: headerList(
            key,
            language,
            table.recognised.map((c) => c.key),
          ),
        },
      });
    }
    const addedKeys = table.added.map((column) => column.key);
    if (hasContent && firstTime && table.added.length > 0) {
      report.push({
        key: 'setup.keptContent',
        params: { sheet: name, column: columnLetter(table.added[0].column) },
      });
    } else if (!isNew && table.added.length > 0) {
      report.push({
        key: 'setup.addedColumns',
        params: { sheet: name, count: addedKeys.length, columns: headerList(key, language, addedKeys) },
      });
    }
    const restored = table.headers
      .flatMap((run) => run.values.map((_, i) => run.column + i))
      .filter((column) => !table.added.some((added) => added.column === column));
    if (restored.length > 0) {
      const keys = restored.map(
        (column) => Object.keys(table.columns).find((k) => table.columns[k] === column) as string,
      );
      report.push({
        key: 'setup.restoredHeaders',
        params: { sheet: name, count: keys.length, columns: headerList(key, language, keys) },
      });
    }
  }

  const firstSetUp = snapshot.sheets.every((sheet) => sheet.tags.length === 0);
  const removeSheets = firstSetUp
    ? snapshot.sheets
        .filter((sheet) => !claimed.has(sheet.sheetId) && DEFAULT_SHEET_NAME.test(sheet.name.trim()))
        .filter((sheet) => sheet.lastRow === 0 && sheet.lastColumn === 0)
        .map((sheet) => ({ sheetId: sheet.sheetId, name: sheet.name }))
    : [];
  for (const sheet of removeSheets)
    report.push({ key: 'setup.removedEmptySheet', params: { sheet: sheet.name } });

  const sheets = SHEET_KEYS.map((key) => plans.get(key) as SheetPlan);
  const unchanged =
    removeSheets.length === 0 &&
    sheets.every(
      (plan) =>
        plan.sheetId !== null &&
        plan.fill === null &&
        !plan.freezeHeader &&
        !plan.protectHeader &&
        (plan.table === null ||
          (plan.table.added.length === 0 &&
            plan.table.recognised.length === 0 &&
            plan.table.headers.length === 0)),
    );
  return {
    language,
    sheets,
    removeSheets,
    report: unchanged
      ? [{ key: 'setup.nothingToDo', params: {} }]
      : [{ key: 'setup.ready', params: {} }, ...report],
    unchanged,
  };
}

/** The report as the person reads it, in their language (which may differ from the workbook's). */
export function reportText(plan: SetupPlan, userLanguage: Language): string {
  const language = t(userLanguage, `language.${plan.language}` as MessageKey);
  return plan.report.map((line) => t(userLanguage, line.key, { ...line.params, language })).join('\n');
}

/**
 * The Guide's checklist: every task the guide gives each of its six steps, in its step, each pointing to the sheet
 * where it is done. The task key is also the row's id in the Guide's task id column, so set-up run again knows which
 * tasks a Guide sheet holds whatever their text, and adds only the missing ones.
 */
export const GUIDE_TASKS: { step: number; task: string; tool: SheetKey | null }[] = [
  { step: 1, task: 'region', tool: null },
  { step: 1, task: 'stakeholders', tool: 'stakeholders' },
  { step: 1, task: 'authority', tool: 'members' },
  { step: 1, task: 'briefing', tool: null },
  { step: 2, task: 'kickOff', tool: 'meetings' },
  { step: 2, task: 'roles', tool: 'members' },
  { step: 2, task: 'communication', tool: 'communicationPlan' },
  { step: 2, task: 'media', tool: 'communicationPlan' },
  { step: 2, task: 'profilePage', tool: null },
  { step: 3, task: 'sectorProfile', tool: 'sectorProfile' },
  { step: 3, task: 'research', tool: 'sectorProfile' },
  { step: 3, task: 'gaps', tool: 'sectorProfile' },
  { step: 3, task: 'gapsWorkshop', tool: 'meetings' },
  { step: 4, task: 'publishResearch', tool: 'sectorProfile' },
  { step: 4, task: 'vision', tool: null },
  { step: 4, task: 'actionPlan', tool: 'actionPlan' },
  { step: 4, task: 'publish', tool: 'actionPlan' },
  { step: 4, task: 'launchEvent', tool: 'meetings' },
  // ÉTAPE 4, "Élément important pour l'engagement": the Charte d'Engagement.
  { step: 4, task: 'charter', tool: 'members' },
  { step: 5, task: 'plan', tool: 'communicationPlan' },
  { step: 5, task: 'officer', tool: 'members' },
  { step: 5, task: 'politicians', tool: 'communicationPlan' },
  { step: 5, task: 'video', tool: 'communicationPlan' },
  { step: 6, task: 'swot', tool: 'swot' },
  { step: 6, task: 'selfAssessment', tool: 'swot' },
  { step: 6, task: 'jointReview', tool: 'meetings' },
  { step: 6, task: 'externalEvaluation', tool: null },
  { step: 6, task: 'subCommittee', tool: 'members' },
  { step: 6, task: 'sustainability', tool: 'dashboard' },
];

/** A cell the Guide fill writes: text, or a formula the add-on composes. */
export type FillCell = string | { formula: string };

/** A Guide row by column key: its step, its task's words, to do, its tool's link, and its id. */
export function guideRecord(
  language: Language,
  { step, task, tool }: (typeof GUIDE_TASKS)[number],
  sheetLink: (sheet: SheetKey) => FillCell,
): Record<'step' | 'task' | 'status' | 'tool' | 'taskId', FillCell> {
  return {
    step: t(language, `guide.step${step}` as MessageKey),
    task: t(language, `guide.task.${task}` as MessageKey),
    status: listLabel(language, 'guideStatus', 'toDo'),
    tool: tool ? sheetLink(tool) : '',
    taskId: task,
  };
}

/**
 * The Guide's rows from row 2, laid out on the guide table's columns, then its progress beside the table:
 * the share of tasks marked done, which follows the status column wherever it moves.
 */
export function guideFill(
  language: Language,
  table: Pick<TablePlan, 'columns' | 'usedColumns'>,
  sheetLink: (sheet: SheetKey) => FillCell,
): { rows: FillCell[][]; progress: { column: number; label: string; formula: string } } {
  const columns = table.columns;
  const width = Math.max(...Object.values(columns));
  const rows = GUIDE_TASKS.map((task) => {
    const row: FillCell[] = Array.from({ length: width }, () => '');
    for (const [key, cell] of Object.entries(guideRecord(language, task, sheetLink)))
      row[columns[key] - 1] = cell;
    return row;
  });
  const status = columnLetter(columns.status);
  const task = columnLetter(columns.task);
  const done = listLabel(language, 'guideStatus', 'done').replace(/"/g, '""');
  return {
    rows,
    progress: {
      column: table.usedColumns + 2,
      label: t(language, 'guide.progress'),
      formula: `=IFERROR(COUNTIF(${status}2:${status},"${done}")/COUNTA(${task}2:${task}),0)`,
    },
  };
}

/** The Guide's SWOT table as a 2×2 grid: side labels, quadrant titles, their guiding questions, then room to answer. */
export function swotGrid(language: Language): {
  values: string[][];
  backgrounds: string[][];
  bold: boolean[][];
} {
  const tr = (key: MessageKey) => t(language, key);
  const quadrant = {
    strengths: '#d9ead3',
    weaknesses: '#fce5cd',
    opportunities: '#cfe2f3',
    threats: '#f4cccc',
  };
  const side = '#eeeeee';
  const half = (label: MessageKey, left: keyof typeof quadrant, right: keyof typeof quadrant) => ({
    values: [
      [tr(label), tr(`swot.${left}`), tr(`swot.${right}`)],
      ['', tr(`swot.${left}Questions` as MessageKey), tr(`swot.${right}Questions` as MessageKey)],
      ['', '', ''],
    ],
    backgrounds: [0, 1, 2].map(() => [side, quadrant[left], quadrant[right]]),
    bold: [
      [true, true, true],
      [false, false, false],
      [false, false, false],
    ],
  });
  const top = half('swot.internal', 'strengths', 'weaknesses');
  const bottom = half('swot.external', 'opportunities', 'threats');
  return {
    values: [...top.values, ...bottom.values],
    backgrounds: [...top.backgrounds, ...bottom.backgrounds],
    bold: [...top.bold, ...bottom.bold],
  };
}

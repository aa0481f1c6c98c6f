// The alliance workbook's shape: its nine sheets, their columns and lists, and how labels in any language map to keys.
import { LANGUAGES, type Language, type MessageKey, t } from './i18n';

/** What a column holds: it decides the cell's check, its number format and how its values are read and written. */
export type ColumnKind =
  | 'text'
  | 'longText'
  | 'email'
  | 'phone'
  | 'url'
  | 'date'
  | 'number'
  | 'list'
  | 'member'
  | 'link'
  | 'boolean';

/** The lists a column may offer; each value is a key, shown as its label in the workbook's language. */
export const LISTS = {
  sector: [
    'migrantCommunities',
    'publicAuthorities',
    'communityNetworks',
    'ngos',
    'mediators',
    'socialWorkers',
    'educators',
    'other',
  ],
  role: ['chair', 'secretary', 'communicationsOfficer', 'member'],
  level: ['low', 'medium', 'high'],
  stakeholderStatus: ['toContact', 'contacted', 'interested', 'joined', 'declined'],
  actionStatus: ['notStarted', 'inProgress', 'done', 'blocked'],
  /** ÉTAPE 4: "Mettre en lumière une série d'actions prioritaires". */
  priority: ['high', 'medium', 'low'],
  meetingStatus: ['planned', 'held', 'minutesApproved', 'cancelled'],
  guideStatus: ['toDo', 'inProgress', 'done'],
  yesNo: ['yes', 'no'],
  source: ['deskResearch', 'consultation'],
  frequency: ['once', 'weekly', 'monthly', 'quarterly', 'yearly'],
} as const;

export type ListKey = keyof typeof LISTS;
export type ListValue<L extends ListKey> = (typeof LISTS)[L][number];

export interface ColumnSpec {
  readonly key: string;
  readonly kind: ColumnKind;
  /** Pixels: wide enough for the header's first words and a typical value. */
  readonly width: number;
  readonly list?: ListKey;
}

const text = (key: string, width = 160): ColumnSpec => ({ key, kind: 'text', width });
const longText = (key: string, width = 260): ColumnSpec => ({ key, kind: 'longText', width });
const of = (kind: ColumnKind, key: string, width: number): ColumnSpec => ({ key, kind, width });
const list = (key: string, name: ListKey, width = 150): ColumnSpec => ({
  key,
  kind: 'list',
  width,
  list: name,
});

/** Every table sheet's columns, in the order set-up lays them out; keys are the contract other features use. */
export const TABLES = {
  guide: [
    text('step', 220),
    longText('task', 420),
    list('status', 'guideStatus', 120),
    of('link', 'tool', 170),
    text('taskId', 170),
  ],
  members: [
    text('name', 180),
    text('organisation', 200),
    list('sector', 'sector', 230),
    list('role', 'role', 170),
    of('email', 'email', 210),
    of('phone', 'phone', 140),
    text('preferredChannel', 160),
    list('authorityToCommit', 'yesNo', 130),
    /** ÉTAPE 1: "Ont-ils l'autorité nécessaire pour être impliqués ? Dans la négative, qui doit les en investir ?" */
    text('authorityFrom', 130),
    of('date', 'charterSignedOn', 130),
    list('individualMember', 'yesNo', 130),
    of('date', 'consentRecordedOn', 140),
  ],
  stakeholders: [
    text('stakeholder', 200),
    text('contactPerson', 170),
    of('phone', 'phone', 140),
    of('email', 'email', 210),
    // Website and address share a width, and own criteria the long texts' before it: one call sets each pair.
    of('url', 'website', 210),
    longText('address', 210),
    longText('contribution'),
    longText('whatMatters'),
    list('influence', 'level', 140),
    list('interest', 'level', 140),
    longText('engagementStrategy'),
    longText('ownCriteria'),
    list('category', 'sector', 230),
    list('status', 'stakeholderStatus', 170),
    // The contact person's consent to be emailed, as Members records each member's; as wide as the status before it.
    of('date', 'consentRecordedOn', 170),
  ],
  sectorProfile: [
    longText('existingSupport'),
    longText('objectives'),
    text('initiator', 170),
    text('type', 140),
    of('number', 'cost', 110),
    longText('availabilityLimits', 220),
    longText('obstacles', 220),
    list('source', 'source', 180),
    longText('gap'),
  ],
  communicationPlan: [
    text('stakeholderGroup', 220),
    longText('objectives'),
    longText('message'),
    text('delivery', 200),
    list('frequency', 'frequency', 150),
    of('member', 'owner', 170),
    of('date', 'nextDate', 130),
  ],
  actionPlan: [
    of('number', 'number', 80),
    text('action', 220),
    longText('localProblem', 220),
    longText('description'),
    of('number', 'budget', 120),
    longText('resources', 200),
    text('responsiblePartner', 190),
    of('member', 'owner', 170),
    of('date', 'start', 130),
    of('date', 'due', 130),
    longText('resourcesNeeded', 220),
    longText('obstacles', 220),
    text('collaborators', 190),
    longText('successMeasure', 200),
    list('status', 'actionStatus', 140),
    list('priority', 'priority', 120),
    of('link', 'source', 200),
    text('actionId', 140),
  ],
  meetings: [
    of('number', 'number', 70),
    of('date', 'date', 120),
    text('time', 80),
    text('place', 180),
    text('host', 190),
    of('member', 'chair', 170),
    of('link', 'agendaLink', 180),
    of('link', 'invitationLink', 180),
    of('link', 'minutesLink', 180),
    longText('present', 240),
    longText('absent', 240),
    list('status', 'meetingStatus', 160),
    of('date', 'nextMeeting', 130),
    text('meetingId', 140),
  ],
} as const satisfies Record<string, readonly ColumnSpec[]>;

export type TableKey = keyof typeof TABLES;
export type ColumnKey<T extends TableKey> = (typeof TABLES)[T][number]['key'];

/** The nine sheets in the order set-up adds them: the Guide first, the way an alliance meets them. */
export const SHEET_KEYS = [
  'guide',
  'members',
  'stakeholders',
  'sectorProfile',
  'communicationPlan',
  'actionPlan',
  'swot',
  'meetings',
  'dashboard',
] as const;

export type SheetKey = (typeof SHEET_KEYS)[number];

export function isTableKey(key: string): key is TableKey {
  // Not Object.hasOwn: ES2022, which Apps Script is not documented to have (scripts/built-ins.mjs).
  return Object.keys(TABLES).includes(key);
}

export function columnsOf<T extends TableKey>(table: T): readonly ColumnSpec[] {
  return TABLES[table];
}

export function columnSpec(table: TableKey, column: string): ColumnSpec | undefined {
  return columnsOf(table).find((spec) => spec.key === column);
}

// The catalog holds one key per sheet, column and list value; the unit tests hold the catalog to the schema.
export const sheetTitle = (language: Language, sheet: SheetKey): string =>
  t(language, `sheet.${sheet}` as MessageKey);

export const columnHeader = (language: Language, table: TableKey, column: string): string =>
  t(language, `column.${table}.${column}` as MessageKey);

export function listLabel<L extends ListKey>(language: Language, name: L, value: ListValue<L>): string {
  return t(language, `list.${name}.${value}` as MessageKey);
}

export function listLabels(language: Language, name: ListKey): string[] {
  return LISTS[name].map((value) => listLabel(language, name, value));
}

/**
 * Labels are compared the way a person reads them: case, surrounding spaces, doubled spaces, curly apostrophes and
 * Unicode composition do not count.
 */
export function normalizeLabel(label: string): string {
  return label.normalize('NFC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}

/** The list value a label stands for, in any of the four languages (or the key itself); null when it is none. */
export function listValueOf<L extends ListKey>(name: L, label: unknown): ListValue<L> | null {
  if (typeof label !== 'string' || label.trim() === '') return null;
  const wanted = normalizeLabel(label);
  for (const value of LISTS[name] as readonly ListValue<L>[]) {
    if (normalizeLabel(value) === wanted) return value;
    if (LANGUAGES.some((language) => normalizeLabel(listLabel(language, name, value)) === wanted))
      return value;
  }
  return null;
}

/** The column a header names, in any of the four languages; null when it names none of the table's columns. */
export function columnOfHeader(table: TableKey, header: unknown): string | null {
  if (typeof header !== 'string' || header.trim() === '') return null;
  const wanted = normalizeLabel(header);
  const spec = columnsOf(table).find((column) =>
    LANGUAGES.some((language) => normalizeLabel(columnHeader(language, table, column.key)) === wanted),
  );
  return spec?.key ?? null;
}

/**
 * Each table column a header row names, by its text in any of the four languages: a column whose text is in no cell,
 * or in more than one, is left to the column metadata (`unsure`).
 */
export function columnsByHeader(
  table: TableKey,
  header: readonly unknown[],
): { columns: Record<string, number>; unsure: string[] } {
  const found = new Map<string, number[]>();
  header.forEach((text, index) => {
    const key = columnOfHeader(table, text);
    if (key) found.set(key, [...(found.get(key) ?? []), index + 1]);
  });
  const columns: Record<string, number> = {};
  const unsure: string[] = [];
  for (const { key } of columnsOf(table)) {
    const places = found.get(key) ?? [];
    if (places.length === 1) columns[key] = places[0];
    else unsure.push(key);
  }
  return { columns, unsure };
}

/** The sheet a title names, in any of the four languages. */
export function sheetOfTitle(title: string): SheetKey | null {
  const wanted = normalizeLabel(title);
  return (
    SHEET_KEYS.find((sheet) =>
      LANGUAGES.some((language) => normalizeLabel(sheetTitle(language, sheet)) === wanted),
    ) ?? null
  );
}

/**
 * Columns are found by developer metadata on their whole column, so they survive moves, renames, translations and
 * inserted columns; the value names the table and the column.
 */
export const COLUMN_METADATA_KEY = 'allianceKit.column';

export const columnTag = (table: TableKey, column: string): string => `${table}.${column}`;

/**
 * Spreadsheet-level metadata naming the sheet of each of the nine (key → sheet id), so a user action opens its sheets
 * by id instead of asking every column's metadata where it is; set-up writes it.
 */
export const SHEETS_METADATA_KEY = 'allianceKit.sheets';

export type SheetIds = Partial<Record<SheetKey, number>>;

/** The sheet ids kept in the metadata value; anything else in it is ignored. */
export function parseSheetIds(value: string | null): SheetIds {
  const ids: SheetIds = {};
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(value ?? 'null');
  } catch {
    return ids;
  }
  if (typeof parsed !== 'object' || parsed === null) return ids;
  for (const key of SHEET_KEYS) {
    const id = (parsed as Record<string, unknown>)[key];
    if (Number.isInteger(id)) ids[key] = id as number;
  }
  return ids;
}

/** The metadata value of the sheet ids, in the nine sheets' order, so the same ids always give the same value. */
export function sheetIdsToJson(ids: SheetIds): string {
  return JSON.stringify(
    Object.fromEntries(SHEET_KEYS.filter((key) => key in ids).map((key) => [key, ids[key]])),
  );
}

export function parseColumnTag(value: string | null): { table: TableKey; column: string } | null {
  const [table, column, ...rest] = (value ?? '').split('.');
  if (rest.length > 0 || !isTableKey(table) || !columnSpec(table, column)) return null;
  return { table, column };
}

/** A link the add-on writes itself, as a formula Sheets shows as the label and the table reads back as the URL. */
export function hyperlink(url: string, label: string): { formula: string } {
  const quoted = (value: string) => `"${value.replace(/"/g, '""')}"`;
  return { formula: `=HYPERLINK(${quoted(url)},${quoted(label)})` };
}

/** The URL of a HYPERLINK formula the add-on (or a person) wrote; null for anything else. */
export function hyperlinkUrl(formula: string): string | null {
  const match = /^=\s*HYPERLINK\s*\(\s*"((?:[^"]|"")*)"/i.exec(formula);
  return match ? match[1].replace(/""/g, '"') : null;
}

/** Column letters as A1 notation writes them: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

// Generate minutes: the agenda read back from its Doc, the chair's form checked and merged, the minutes Doc, the action rows.
import { dateLine, meetingDocumentName } from './agenda';
import type {
  AllianceProfile,
  Attendee,
  DocumentLink,
  Labels,
  MemberChoice,
  MinutesAction,
  MinutesBasis,
  MinutesContent,
  MinutesItem,
  MinutesLabel,
  MinutesRequest,
} from './api';
import { type Formula, fitInCell } from './cells';
import { continuityBlocks, type MinutesContinuity, welcomeItemIndex } from './continuity';
import { longDate, parseDate } from './dates';
import { type Block, type DocumentPlan, type WorkbookRef, workbookLink } from './document';
import { quoted, UserError } from './errors';
import { LANGUAGES, type Language, type MessageKey, t } from './i18n';
import type { MinutesMailed } from './minutesMail';
import { allianceBlocks } from './profile';
import { hyperlink } from './schema';

// ---------------------------------------------------------------------------------------------------------------
// The agenda table as the chair left it

type AgendaColumn = 'time' | 'item' | 'moderator';

const AGENDA_COLUMNS: Record<AgendaColumn, MessageKey> = {
  time: 'agenda.time',
  item: 'agenda.item',
  moderator: 'agenda.moderator',
};

/** Cell text as one line: a Doc cell may hold several paragraphs or stray spaces. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function sameWords(a: string, b: string): boolean {
  return oneLine(a).toLocaleLowerCase() === oneLine(b).toLocaleLowerCase();
}

/** Which column a header cell names, in any of the four languages; the minutes' item table starts with the item's. */
export function columnNamed(cell: string): AgendaColumn | null {
  return (
    (Object.keys(AGENDA_COLUMNS) as AgendaColumn[]).find((column) =>
      LANGUAGES.some((language) => sameWords(t(language, AGENDA_COLUMNS[column]), cell)),
    ) ?? null
  );
}

export interface AgendaLayout {
  /** 0-based column of the items. */
  itemColumn: number;
  /** False when the first row is an item: the chair removed the header or wrote one in words of their own. */
  hasHeader: boolean;
}

/**
 * Where the items are, from the table's first row. A header the add-on knows in any language names the item
 * column (or, if the item header was reworded, the column no known header claims); no known header at all means
 * the first row is an item, in the Guide's order time / item / moderator.
 */
export function agendaLayout(firstRow: readonly string[]): AgendaLayout {
  const named = firstRow.map(columnNamed);
  if (named.every((cell) => cell === null))
    return { itemColumn: firstRow.length > 1 ? 1 : 0, hasHeader: false };
  const item = named.indexOf('item');
  return { itemColumn: item >= 0 ? item : Math.max(0, named.indexOf(null)), hasHeader: true };
}

/** The items of the item column, top to bottom; a row the chair emptied is no item. */
export function agendaItemsFrom(itemCells: readonly string[]): string[] {
  return itemCells.map(oneLine).filter((item) => item !== '');
}

/** The agenda items of a whole table, header row included, as the Doc shows it now. */
export function agendaItemsFromTable(rows: readonly (readonly string[])[]): string[] {
  if (rows.length === 0) return [];
  const layout = agendaLayout(rows[0]);
  const body = layout.hasHeader ? rows.slice(1) : rows;
  return agendaItemsFrom(body.map((row) => row[layout.itemColumn] ?? ''));
}

// ---------------------------------------------------------------------------------------------------------------
// The form: prefilled from earlier minutes, checked when it comes back

const MINUTES_LABELS: MinutesLabel[] = [
  'intro',
  'editing',
  'attendance',
  'items',
  'comment',
  'addAction',
  'removeAction',
  'action',
  'owner',
  'chooseOwner',
  'due',
  'generate',
  'generating',
  'minutesDocument',
  'emailMinutes',
  'resend',
];

/** The sidebar's words in the user's language; each label's key is `minutes.<label>`. */
export function minutesLabels(language: Language): Labels<MinutesLabel> {
  return Object.fromEntries(
    MINUTES_LABELS.map((label) => [label, t(language, `minutes.${label}` satisfies MessageKey)]),
  ) as Labels<MinutesLabel>;
}

const NO_MINUTES: MinutesBasis = { revision: 0, present: [], items: [] };

/**
 * Each agenda item as the Doc shows it now, with what earlier minutes said of it: matched by its words, or, when
 * the chair reworded it, by its place in the table. Items that are gone take their comment with them.
 */
export function prefilledItems(agenda: readonly string[], earlier: readonly MinutesItem[]): MinutesItem[] {
  const fresh = earlier.length === 0;
  const used = new Set<MinutesItem>();
  const byWords = agenda.map((item) => earlier.find((candidate) => sameWords(candidate.item, item)) ?? null);
  const matched = new Set(byWords.filter((item): item is MinutesItem => item !== null));
  return agenda.map((item, index) => {
    const inPlace = earlier[index];
    const reworded = inPlace && !matched.has(inPlace) ? inPlace : null;
    const source = [byWords[index], reworded].find((candidate) => candidate && !used.has(candidate)) ?? null;
    if (!source) return { item, comment: fresh ? defaultComment(item) : '', actions: [] };
    used.add(source);
    return { item, comment: source.comment, actions: source.actions.map((action) => ({ ...action })) };
  });
}

/** The standard items whose comment the guide's "Exemple de compte-rendu de réunion" writes itself. */
const DEFAULT_COMMENTS = ['welcome', 'previousMinutes', 'updates', 'nextMeeting', 'close'] as const;

/**
 * The guide's own comment for a standard agenda item, in the language the item is written in; '' for any other item.
 * Only minutes written for the first time get it: after that, the chair's comment is the record.
 */
function defaultComment(item: string): string {
  for (const language of LANGUAGES) {
    const key = DEFAULT_COMMENTS.find((standard) => sameWords(item, t(language, `agenda.${standard}`)));
    if (key) return t(language, `minutes.default.${key}`);
  }
  return '';
}

/** The form's content: the earlier attendance of people still members, and the items as the Doc shows them. */
export function prefilledMinutes(
  agenda: readonly string[],
  earlier: MinutesBasis | null,
  members: readonly MemberChoice[],
): MinutesContent {
  const ids = new Set(attendees(members).map((member) => member.id));
  return {
    present: (earlier?.present ?? []).filter((id) => ids.has(id)),
    items: prefilledItems(agenda, earlier?.items ?? []),
  };
}

function badRequest(): UserError {
  return new UserError('minutes.error.badRequest');
}

function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw badRequest();
  return fitInCell(value.trim());
}

function record(value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw badRequest();
  return value as Record<string, unknown>;
}

function list(value: unknown): unknown[] {
  if (!Array.isArray(value)) throw badRequest();
  return value;
}

/**
 * An action as sent, or null for an Add action left empty; every mistake is a message the chair can act on, beside
 * its field (`path` is the action's place in the request, "items.0.actions.1").
 */
function checkedAction(
  input: unknown,
  item: string,
  members: ReadonlySet<string>,
  path: string,
): MinutesAction | null {
  const fields = record(input);
  const action = { actionId: text(fields.actionId), action: text(fields.action), owner: text(fields.owner) };
  const typed = text(fields.due);
  if (action.action === '') {
    if (action.owner === '' && typed === '') return null;
    throw new UserError('minutes.error.noAction', { item: quoted(item) }, `${path}.action`);
  }
  if (action.owner === '')
    throw new UserError('minutes.error.noOwner', { action: quoted(action.action) }, `${path}.owner`);
  if (!members.has(action.owner)) {
    const params = { owner: quoted(action.owner), action: quoted(action.action) };
    throw new UserError('minutes.error.unknownOwner', params, `${path}.owner`);
  }
  if (typed === '')
    throw new UserError('minutes.error.noDue', { action: quoted(action.action) }, `${path}.due`);
  const due = parseDate(typed);
  if (due === null)
    throw new UserError(
      'minutes.error.badDue',
      { value: quoted(typed), action: quoted(action.action) },
      `${path}.due`,
    );
  return { ...action, due };
}

function checkedItems(
  value: unknown,
  check: (action: unknown, item: string, path: string) => MinutesAction | null,
): MinutesItem[] {
  return list(value)
    .map((entry, itemIndex) => {
      const fields = record(entry);
      const item = oneLine(text(fields.item));
      const actions = list(fields.actions ?? [])
        .map((action, index) => check(action, item, `items.${itemIndex}.actions.${index}`))
        .filter((action): action is MinutesAction => action !== null);
      return { item, comment: text(fields.comment), actions };
    })
    .filter((item) => item.item !== '');
}

/** The basis the form was loaded with, sent back as it came: only its shape is checked. */
function checkedBasis(value: unknown): MinutesBasis | null {
  if (value === undefined || value === null) return null;
  const fields = record(value);
  if (typeof fields.revision !== 'number') throw badRequest();
  const items = checkedItems(fields.items, (action) => {
    const stored = record(action);
    return {
      actionId: text(stored.actionId),
      action: text(stored.action),
      owner: text(stored.owner),
      due: text(stored.due),
    };
  });
  return { revision: fields.revision, present: list(fields.present).map(text), items };
}

/**
 * The form as the sidebar sent it, checked again here since anything can call a server function: a message the
 * chair can act on for each mistake, before anything is written. Attendance keeps only members.
 */
export function checkMinutesRequest(input: unknown, members: readonly MemberChoice[]): MinutesRequest {
  const form = record(input);
  const names = new Set(members.map((member) => member.name));
  const attending = new Set(attendees(members).map((member) => member.id));
  const present = [...new Set(list(form.present).map(text))].filter((id) => attending.has(id));
  const items = checkedItems(form.items, (action, item, path) => checkedAction(action, item, names, path));
  const ids = items
    .flatMap((item) => item.actions.map((action) => action.actionId))
    .filter((id) => id !== '');
  if (new Set(ids).size !== ids.length) throw badRequest();
  return {
    present,
    items,
    basis: checkedBasis(form.basis),
    email: form.email === true,
    resend: form.resend === true,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Two chairs at once: merging with a generation made since the form was loaded

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name) => b.includes(name));
}

function actionsById(items: readonly MinutesItem[]): Map<string, MinutesAction> {
  return new Map(items.flatMap((item) => item.actions.map((action) => [action.actionId, action] as const)));
}

const ACTION_FIELDS = ['action', 'owner', 'due'] as const;

/**
 * What to write, given the chair's form and the minutes stored now. When another generation happened since the
 * form was loaded (its revision moved on), each field this chair left as loaded takes the other generation's
 * value, each field they changed keeps theirs, and actions the other generation added are kept: nothing is lost.
 * Ids the stored minutes do not know are not trusted: those actions count as new.
 */
export function mergeMinutes(mine: MinutesRequest, stored: MinutesBasis | null): MinutesContent {
  const known = actionsById(stored?.items ?? []);
  const trusted = (action: MinutesAction): MinutesAction =>
    known.has(action.actionId) ? action : { ...action, actionId: '' };
  const own = mine.items.map((item) => ({ ...item, actions: item.actions.map(trusted) }));
  if (!stored || mine.basis?.revision === stored.revision) return { present: mine.present, items: own };

  const basis = mine.basis ?? NO_MINUTES;
  const loaded = actionsById(basis.items);
  const kept = new Set(own.flatMap((item) => item.actions.map((action) => action.actionId)));
  const find = (items: readonly MinutesItem[], words: string) =>
    items.find((item) => sameWords(item.item, words));
  const items = own.map((item) => {
    const before = find(basis.items, item.item);
    const now = find(stored.items, item.item);
    // What this form was shown: the earlier comment, or the guide's own one for minutes written the first time.
    const shown = before ? before.comment : basis.items.length === 0 ? defaultComment(item.item) : '';
    const comment = item.comment !== shown || !now ? item.comment : now.comment;
    const added = (now?.actions ?? []).filter(
      (action) => !loaded.has(action.actionId) && !kept.has(action.actionId),
    );
    const actions = item.actions.map((action) => {
      if (!action.actionId) {
        // The same words, owner and date typed in both forms (or sent twice) are one action, not two.
        const twin = added.findIndex((other) =>
          ACTION_FIELDS.every((field) => other[field] === action[field]),
        );
        return twin >= 0 ? added.splice(twin, 1)[0] : action;
      }
      const base = loaded.get(action.actionId);
      const theirs = known.get(action.actionId);
      if (!base || !theirs) return action;
      const merged = { ...action };
      for (const field of ACTION_FIELDS) if (action[field] === base[field]) merged[field] = theirs[field];
      return merged;
    });
    return { ...item, comment, actions: [...actions, ...added] };
  });
  const present = sameSet(mine.present, basis.present) ? stored.present : mine.present;
  return { present, items };
}

/** "<meetingId>-A7": an action id, stable from the first generation on, unique in the workbook. */
export function actionIdOf(meetingId: string, n: number): string {
  return `${meetingId}-A${n}`;
}

/**
 * Gives every new action its id, in the order of the minutes, from the number the stored minutes say is next. An id
 * the action plan already holds is taken again only by an action of the same words: that row is this action, written by
 * an earlier generation that failed before it could record it, so a retry finds it instead of adding it twice. An id
 * held by other words (the record lost, another meeting's rows copied) is skipped.
 */
export function withActionIds(
  content: MinutesContent,
  meetingId: string,
  next: number,
  inActionPlan: ReadonlyMap<string, string>,
): { content: MinutesContent; next: number } {
  let n = next;
  const newId = (words: string): string => {
    while (inActionPlan.has(actionIdOf(meetingId, n)) && inActionPlan.get(actionIdOf(meetingId, n)) !== words)
      n++;
    return actionIdOf(meetingId, n++);
  };
  const items = content.items.map((item) => ({
    ...item,
    actions: item.actions.map((action) =>
      action.actionId ? action : { ...action, actionId: newId(action.action) },
    ),
  }));
  return { content: { ...content, items }, next: n };
}

// ---------------------------------------------------------------------------------------------------------------
// The minutes Doc, as the Guide's "Exemple de compte-rendu de réunion"

/** A meeting as its Meetings row describes it. */
export interface MinutesMeeting {
  date: string;
  time: string;
  place: string;
  host: string;
}

export interface Attendance {
  present: Attendee[];
  absent: Attendee[];
}

/**
 * The members with their attendance ids: the name when no one else has it, else "name / organisation", numbered when
 * that too is shared. Ids follow the names, not the rows, so sorting Members does not move anyone's attendance.
 */
export function attendees(members: readonly MemberChoice[]): Attendee[] {
  const namesakes = new Map<string, number>();
  for (const { name } of members) namesakes.set(name, (namesakes.get(name) ?? 0) + 1);
  const ranks = new Map<string, number>();
  return members.map((member) => {
    if (namesakes.get(member.name) === 1) return { ...member, id: member.name };
    const id = person(member);
    const rank = (ranks.get(id) ?? 0) + 1;
    ranks.set(id, rank);
    return { ...member, id: rank === 1 ? id : `${id} (${rank})` };
  });
}

/** Every member is present or absent, by attendance id, in the order of the Members sheet. */
export function attendanceOf(present: readonly string[], members: readonly MemberChoice[]): Attendance {
  const everyone = attendees(members);
  return {
    present: everyone.filter((member) => present.includes(member.id)),
    absent: everyone.filter((member) => !present.includes(member.id)),
  };
}

/** "Amina Diallo / Maison des Associations", as the Guide's "Nom/Organisme". */
function person(member: MemberChoice): string {
  return [member.name, member.organisation].filter((part) => part !== '').join(' / ');
}

function people(heading: string, members: readonly MemberChoice[], language: Language): Block[] {
  const names = members.length > 0 ? members.map(person) : [t(language, 'minutes.nobody')];
  return [
    { kind: 'heading', text: heading },
    ...names.map((name): Block => ({ kind: 'paragraph', text: name })),
  ];
}

/** The Guide's row item / comment / completion date: the actions agreed under the comment, their dates alongside. */
function itemRow(item: MinutesItem, language: Language): string[] {
  const lines = item.actions.map(({ action, owner }) => t(language, 'minutes.actionLine', { action, owner }));
  const comment = [item.comment, ...lines].filter((line) => line !== '').join('\n');
  const dates = item.actions.map((action) => longDate(action.due, language));
  return [item.item, comment, [...(item.comment && lines.length > 0 ? [''] : []), ...dates].join('\n')];
}

export function minutesDocument(
  meeting: MinutesMeeting,
  content: MinutesContent,
  members: readonly MemberChoice[],
  workbook: WorkbookRef,
  profile: AllianceProfile,
  continuity: MinutesContinuity,
  language: Language,
): DocumentPlan {
  const heading = t(language, 'minutes.heading');
  const welcome = welcomeItemIndex(content.items.map((item) => item.item));
  const welcomed = t(language, 'continuity.newMembers', { names: continuity.newMembers.join(', ') });
  const { present, absent } = attendanceOf(content.present, members);
  const details = [meeting.host, meeting.place, dateLine(meeting, language)]
    .filter((line) => line !== '')
    .map((line): Block => ({ kind: 'paragraph', text: line }));
  const actions = content.items.flatMap((item) => item.actions);
  const actionList: Block =
    actions.length > 0
      ? {
          kind: 'table',
          header: [
            t(language, 'minutes.actionColumn'),
            t(language, 'minutes.ownerColumn'),
            t(language, 'minutes.dueColumn'),
          ],
          rows: actions.map((action) => [action.action, action.owner, longDate(action.due, language)]),
        }
      : { kind: 'paragraph', text: t(language, 'minutes.noActions') };
  return {
    name: meetingDocumentName(t(language, 'minutes.name'), meeting),
    blocks: [
      { kind: 'title', text: heading },
      ...allianceBlocks(profile, language),
      ...details,
      ...people(t(language, 'minutes.present'), present, language),
      ...people(t(language, 'minutes.absent'), absent, language),
      ...continuityBlocks(continuity, language),
      {
        kind: 'table',
        header: [
          t(language, 'agenda.item'),
          t(language, 'minutes.commentColumn'),
          t(language, 'minutes.completionColumn'),
        ],
        rows: content.items.map((item, index) => {
          const row = itemRow(item, language);
          // New members are named under the welcome item, where the seed's meeting greets them.
          if (index === welcome && continuity.newMembers.length > 0)
            row[1] = [row[1], welcomed].filter((line) => line !== '').join('\n');
          return row;
        }),
      },
      { kind: 'heading', text: t(language, 'minutes.actionsHeading') },
      actionList,
      workbookLink(t(language, 'document.workbook'), workbook),
    ],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The workbook: the Meetings row and the action plan

/**
 * The Meetings row after the minutes: the minutes linked, attendance as names a person reads in a cell, and the
 * status moved on to held (`held`, in the workbook's language), but never back from "minutes approved". These cells
 * are the minutes' own output, so each generation writes them again: the chair's attendance is the record.
 */
export function meetingChanges(
  attendance: Attendance,
  minutes: DocumentLink,
  currentStatus: string | null,
  held: string,
): { minutesLink: Formula; present: string; absent: string; status?: string } {
  const names = (members: readonly Attendee[]) => members.map((member) => member.id).join(', ');
  const changes = {
    minutesLink: hyperlink(minutes.url, minutes.name),
    present: names(attendance.present),
    absent: names(attendance.absent),
  };
  return currentStatus === 'minutesApproved' ? changes : { ...changes, status: held };
}

/** An action-plan row as the minutes need it; dates as ISO strings. */
export interface ActionPlanRow {
  row: number;
  number: unknown;
  actionId: string;
  action: string;
  owner: string;
  due: string;
}

/**
 * A type, not an interface, so a table's record type (an index signature) accepts it. Its number ("No.") is given when
 * it is written, reserved with the Sheets side's (workspace/actionPlan.ts).
 */
export type NewActionRow = {
  action: string;
  owner: string;
  due: string;
  status: string;
  source: Formula;
  actionId: string;
};

export interface ActionRowChange {
  row: number;
  values: Partial<Record<(typeof ACTION_FIELDS)[number], string>>;
}

/**
 * The action-plan rows to add and to change. An action without a row is added, with the status `notStarted` (in the workbook's language) and the minutes linked as its source. An action with a row
 * changes only the cells still holding what the minutes wrote last time (`written`): a member's own changes stay,
 * and status, start, notes and every other column are never touched again. A row a person deleted stays deleted,
 * and an action the chair took out of the minutes keeps its row, which members may have started on.
 */
export function actionPlanChanges(
  actions: readonly MinutesAction[],
  rows: readonly ActionPlanRow[],
  written: readonly MinutesAction[],
  minutes: DocumentLink,
  notStarted: string,
): { append: NewActionRow[]; update: ActionRowChange[] } {
  const source = hyperlink(minutes.url, minutes.name);
  const byId = new Map<string, ActionPlanRow>();
  for (const row of rows) if (row.actionId && !byId.has(row.actionId)) byId.set(row.actionId, row);
  const before = new Map(written.map((action) => [action.actionId, action]));
  const append: NewActionRow[] = [];
  const update: ActionRowChange[] = [];
  for (const action of actions) {
    const row = byId.get(action.actionId);
    const last = before.get(action.actionId);
    if (!row) {
      if (!last) append.push({ ...action, status: notStarted, source });
      continue;
    }
    if (!last) continue;
    const values: ActionRowChange['values'] = {};
    for (const field of ACTION_FIELDS) {
      if (row[field] === last[field] && action[field] !== row[field]) values[field] = action[field];
    }
    if (Object.keys(values).length > 0) update.push({ row: row.row, values });
  }
  return { append, update };
}

// ---------------------------------------------------------------------------------------------------------------
// The minutes as stored in the agenda Doc's properties

/** What the last generation wrote: the Doc it made, the content, and the next action number. */
export interface MinutesRecord extends MinutesBasis {
  document: DocumentLink & { id: string };
  nextAction: number;
  /** What was emailed so far; absent until the minutes are first emailed. */
  mailed?: MinutesMailed;
  /** The workbook's latest erasure when the record was written or cleaned (lastErasure); absent before any. */
  erasures?: string;
}

const RECORD_KEY = 'allianceKit.minutes';
/** Code points per property: at most 4 bytes each keeps a value under the 9 KB a property may hold. */
const PART_LENGTH = 2000;

/**
 * The record as document properties: a property holds 9 KB and 30 items with 60 actions can hold more, so the JSON
 * is cut in parts, `allianceKit.minutes` saying how many.
 */
export function recordProperties(stored: MinutesRecord): Record<string, string> {
  const characters = Array.from(JSON.stringify(stored));
  const parts: Record<string, string> = {};
  let count = 0;
  for (let start = 0; start < characters.length; start += PART_LENGTH) {
    count += 1;
    parts[`${RECORD_KEY}.${count}`] = characters.slice(start, start + PART_LENGTH).join('');
  }
  return { [RECORD_KEY]: String(count), ...parts };
}

/** The property store's quota: 500 KB for keys and values together (https://developers.google.com/apps-script/guides/services/quotas#current_limitations). */
const STORE_LIMIT_BYTES = 500 * 1024;

const utf8Bytes = (text: string): number => {
  let bytes = 0;
  for (const character of text) {
    const code = character.codePointAt(0) as number;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
};

/**
 * Whether the store still fits its quota once `changes` are written over `store`: checked before the first write, so
 * minutes too large to keep are refused with nothing written instead of failing after the Doc and the rows.
 */
export function fitsPropertyStore(
  store: Readonly<Record<string, string>>,
  changes: Readonly<Record<string, string>>,
): boolean {
  const next = { ...store, ...changes };
  const total = Object.entries(next).reduce(
    (sum, [key, value]) => sum + utf8Bytes(key) + utf8Bytes(value),
    0,
  );
  return total <= STORE_LIMIT_BYTES;
}

/**
 * The properties a record no longer needs: parts an earlier, longer record left beyond the count. Deleted when the
 * record is written, so that nothing the record no longer says (an erased name) stays in the store.
 */
export function staleRecordParts(
  store: Readonly<Record<string, string>>,
  written: Readonly<Record<string, string>>,
): string[] {
  return Object.keys(store).filter((key) => key.startsWith(`${RECORD_KEY}.`) && !(key in written));
}

/** The record from the agenda Doc's properties, or null before the first generation (or if a person broke it). */
export function recordFrom(properties: Readonly<Record<string, string>>): MinutesRecord | null {
  const count = Number(properties[RECORD_KEY]);
  if (!Number.isInteger(count) || count < 1) return null;
  const parts = Array.from({ length: count }, (_, index) => properties[`${RECORD_KEY}.${index + 1}`]);
  if (parts.some((part) => part === undefined)) return null;
  try {
    const parsed = JSON.parse(parts.join('')) as MinutesRecord;
    return typeof parsed.document?.id === 'string' && Array.isArray(parsed.items) ? parsed : null;
  } catch {
    return null;
  }
}

/** The stored minutes as a form's basis: what the chair starts from, without where it is kept. */
export function basisOf(stored: MinutesRecord | null): MinutesBasis | null {
  return stored ? { revision: stored.revision, present: stored.present, items: stored.items } : null;
}

// ---------------------------------------------------------------------------------------------------------------
// The record after an erasure

/*
 * Erase cleans every sheet and Doc, but a script in Sheets cannot reach the agenda Doc's properties, where the record
 * keeps names (attendance, comments, owners) and addresses (who was mailed). The record is stamped with the
 * workbook's latest erasure; Generate minutes, when it reads a record older than the latest erasure, rebuilds it from
 * the sources Erase cleaned before anything shows or writes it.
 */

/** Whether an erasure was recorded after the record was written: then it may still hold the erased person. */
export function outdatedByErasure(stored: MinutesRecord | null, latest: string): boolean {
  return stored !== null && (stored.erasures ?? '') < latest;
}

/** What the sources Erase cleaned say now. */
export interface ErasedSources {
  /**
   * The minutes Doc's item table as it reads now: each row's item cell and comment cell, in the order of the
   * record's items; null when the Doc or a table of that many items is gone.
   */
  cells: readonly { item: string; comment: string }[] | null;
  actionRows: readonly ActionPlanRow[];
  /** The members' attendance ids now. */
  attendees: ReadonlySet<string>;
  /** The members' email addresses now, in lower case. */
  addresses: ReadonlySet<string>;
}

const lineCount = (text: string) => (text === '' ? 0 : text.split('\n').length);

/**
 * The minutes Doc's item table cut back into cells from Table.getText(), which puts every cell on its own line and a
 * cell's own lines too: by the lines the record says each cell was written with (minutesDocument's itemRow). The item
 * one line; the comment cell the comment's lines, then one per action, and under the welcome item the new members'
 * line; the completion cell one line per action date, after an empty one when there is a comment. Null when the lines
 * do not add up (the chair edited the table): then the cells are read one by one.
 */
export function minutesTableCells(
  text: string,
  stored: MinutesRecord,
): { item: string; comment: string }[] | null {
  const lines = text.split('\n');
  const cells = stored.items.map((item) => {
    const comment = lineCount(item.comment);
    const dates = (comment > 0 && item.actions.length > 0 ? 1 : 0) + item.actions.length;
    return { comment: comment + item.actions.length, completion: Math.max(1, dates) };
  });
  const expected = 3 + cells.reduce((sum, cell) => sum + 1 + Math.max(1, cell.comment) + cell.completion, 0);
  // An empty comment cell is one line already, with the new members' line or without it.
  const welcome = welcomeItemIndex(stored.items.map((item) => item.item));
  const welcomed = lines.length === expected + 1 && cells.length > 0 && cells[welcome].comment > 0;
  if (welcomed) cells[welcome].comment += 1;
  else if (lines.length !== expected) return null;
  let at = 3;
  const found = cells.map((cell) => {
    const height = Math.max(1, cell.comment);
    const row = { item: lines[at], comment: lines.slice(at + 1, at + 1 + height).join('\n') };
    at += 1 + height + cell.completion;
    return row;
  });
  // The line more is the new members' only if the welcome item's comment cell ends with it; else a person's.
  const last = welcomed ? (found[welcome].comment.split('\n').pop() ?? '') : '';
  return welcomed && !NEW_MEMBERS_LINE.some((start) => last.startsWith(start)) ? null : found;
}

/** How the new members' line starts, in each language: "New members: ". */
const NEW_MEMBERS_LINE = LANGUAGES.map((language) => t(language, 'continuity.newMembers', { names: '' }));

/**
 * The record rebuilt from the erased sources: each item's words and comment from the minutes Doc (the comment cell
 * starts with the comment, as many lines as it had, then the actions' lines), each action's words, owner and date
 * from its Action plan row (an action whose row is gone is dropped), attendance of members still there, and the
 * addresses mailed that are still members'. A new revision, so a form loaded before takes these values for every
 * field its chair left as loaded (mergeMinutes).
 */
export function cleanedRecord(stored: MinutesRecord, sources: ErasedSources, latest: string): MinutesRecord {
  const rows = new Map(sources.actionRows.map((row) => [row.actionId, row]));
  const items = stored.items.map((item, index): MinutesItem => {
    const cells = sources.cells?.[index];
    const lines = lineCount(item.comment);
    return {
      item: cells ? oneLine(cells.item) : '',
      comment: cells ? cells.comment.split('\n').slice(0, lines).join('\n') : '',
      actions: item.actions.flatMap((action) => {
        const row = action.actionId ? rows.get(action.actionId) : undefined;
        return row ? [{ actionId: action.actionId, action: row.action, owner: row.owner, due: row.due }] : [];
      }),
    };
  });
  const mailed = stored.mailed && {
    members: stored.mailed.members.filter((address) => sources.addresses.has(address)),
    actions: stored.mailed.actions,
  };
  return {
    ...stored,
    revision: stored.revision + 1,
    present: stored.present.filter((id) => sources.attendees.has(id)),
    items,
    ...(mailed ? { mailed } : {}),
    erasures: latest,
  };
}

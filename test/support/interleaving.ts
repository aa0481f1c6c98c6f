// The interleaving check (issue 9): each pair of writing entry points, the second run at a service-call boundary of
// the first, over one saved alliance, and what must hold after: no row lost or doubled, no change reverted, unique
// action numbers, every refused execution told its user in their language and wrote nothing.
import {
  callsMadeBy,
  type Interleaving,
  interleave,
  type Outcome,
  visibleState,
} from '../../emulator/interleave';
import { share } from '../../emulator/people';
import { consoleState } from '../../emulator/services/logger';
import { applyEdit } from '../../emulator/workbench/edits';
import { type ActiveFile, Workspace } from '../../emulator/workspace';
import type {
  CreatedMeeting,
  MinutesForm,
  MinutesRequest,
  NewMeetingForm,
  NewMeetingRequest,
} from '../../src/domain/api';
import { catalogFor, type Language, languageOf, type MessageKey } from '../../src/domain/i18n';
import { columnHeader, sheetTitle, type TableKey } from '../../src/domain/schema';
import { buildDir, type LoadedAddon, loadAddon } from './addon';
import { documentAt } from './docs';
import { appendRows } from './workbook';

const LARS = 'lars@example.se';
const AMINA = 'amina@example.org';
const NOOR = 'noor@example.nl';
const SARA = 'sara@example.se';
/** Four people, one per language, so each message can be held to its reader's language. */
export const PEOPLE = [
  { email: LARS, name: 'Lars Berg', locale: 'en' },
  { email: AMINA, name: 'Amina Diallo', locale: 'fr' },
  { email: NOOR, name: 'Noor Haddad', locale: 'nl' },
  { email: SARA, name: 'Sara Lind', locale: 'sv' },
];
/** The workbook is Lars's, set up in English: its sheets, headers and lists are English whoever writes. */
const WORKBOOK_LANGUAGE: Language = 'en';
/** The action whose row the minutes change and people type into. */
const TYPED_ACTION = 'Book the room';

/** The saved alliance every interleaving starts from, and what the forms its people opened hold. */
export interface Fixture {
  /** The saved workspace, as JSON text. */
  state: string;
  /** What visibleState gave for it. */
  visible: string;
  /** Its Meetings rows' ids and its Action plan's actions. */
  meetings: unknown[];
  actions: string[];
  workbook: string;
  /** The agenda Docs of meeting 1 (minutes generated once) and meeting 2 (none yet). */
  agendas: [string, string];
  agenda: NewMeetingForm['agenda'];
  minutes: [MinutesForm, MinutesForm];
}

/** One execution of a pair: who runs it, in which file, what it does, and what it adds when it succeeds. */
export interface Role {
  email: string;
  where(fixture: Fixture): ActiveFile;
  /**
   * 'sidebar': a google.script.run call, which fails by throwing; 'menu': a click, which fails with an alert (and an
   * error logged); 'typing': a person's edit, which no lock holds back.
   */
  kind: 'sidebar' | 'menu' | 'typing';
  run(addon: LoadedAddon, fixture: Fixture): unknown;
  adds?: { meetings?: number; actions?: string[] };
  /** A cell of TYPED_ACTION's row this execution sets, and to what (an ISO date for a date column). */
  sets?: { column: string; value: string };
}

export interface EntryPoint {
  name: string;
  first: Role;
  second: Role;
}

const inWorkbook = (fixture: Fixture): ActiveFile => ({ host: 'sheets', fileId: fixture.workbook });

function newMeeting(email: string, date: string): Role {
  return {
    email,
    where: inWorkbook,
    kind: 'sidebar',
    run: (addon, fixture) =>
      addon.run<CreatedMeeting>('createMeeting', {
        date,
        time: '10:00',
        place: 'Bordeaux',
        host: 'MDA',
        chair: 'Amina Diallo',
        agenda: fixture.agenda,
        email: true,
        calendar: true,
      } satisfies NewMeetingRequest),
    adds: { meetings: 1 },
  };
}

function addAction(email: string, action: string): Role {
  return {
    email,
    where: inWorkbook,
    kind: 'sidebar',
    run: (addon) =>
      addon.run('addAction', {
        action,
        owner: 'Sara Lind',
        start: '',
        due: '2027-05-03',
        budget: '',
        status: 'notStarted',
      }),
    adds: { actions: [action] },
  };
}

const menu = (email: string, fn: string): Role => ({
  email,
  where: inWorkbook,
  kind: 'menu',
  run: (addon) => addon.run(fn),
});

/**
 * A person types into one cell of a table, in the row whose `key` column shows `shows`, as the workbench's edit does
 * (not a script call, so not counted).
 */
export function typeInto(
  ws: Workspace,
  table: TableKey,
  row: { key: string; shows: string },
  column: string,
  value: string,
) {
  const at = `${String.fromCharCode(64 + columnOf(ws, table, column))}${rowOf(ws, table, row.key, row.shows)}`;
  return applyEdit(ws, { sheet: sheetTitle(WORKBOOK_LANGUAGE, table), range: at, values: [[value]] });
}

/** The row a person finds TYPED_ACTION in. */
export const TYPED_ROW = { key: 'action', shows: TYPED_ACTION };

/** A person types a status into TYPED_ACTION's row of the Action plan. */
function typing(email: string, status: string): Role {
  return {
    email,
    where: inWorkbook,
    kind: 'typing',
    run: (addon) => typeInto(addon.ws, 'actionPlan', TYPED_ROW, 'status', status),
    sets: { column: 'status', value: status },
  };
}

/** The minutes of a meeting as its chair sends them: `edit` changes the form's items. */
function minutes(email: string, meeting: 0 | 1, edit: (items: MinutesRequest['items']) => void): Role {
  return {
    email,
    where: (fixture) => ({ host: 'docs', fileId: fixture.agendas[meeting] }),
    kind: 'sidebar',
    run: (addon, fixture) => {
      const form = fixture.minutes[meeting];
      const items = structuredClone(form.minutes.items);
      edit(items);
      return addon.run('saveMinutes', { present: ['Amina Diallo', 'Noor Haddad'], items, basis: form.basis });
    },
  };
}

/**
 * The writing entry points, each as a first and a second execution by different people: the second of a pair of the
 * same entry point is another person doing it at the same time (two secretaries, two chairs).
 */
export const ENTRY_POINTS: EntryPoint[] = [
  { name: 'New meeting', first: newMeeting(LARS, '2027-04-12'), second: newMeeting(SARA, '2027-04-19') },
  {
    name: 'Generate minutes',
    // Amina generates meeting 1's minutes again: the room's due date moves, an action is added.
    first: {
      ...minutes(AMINA, 0, (items) => {
        const room = items.flatMap((item) => item.actions).find((action) => action.action === TYPED_ACTION);
        if (room) room.due = '2027-03-29';
        items[2].actions.push({
          actionId: '',
          action: 'Write to the prefecture',
          owner: 'Amina Diallo',
          due: '2027-05-01',
        });
      }),
      adds: { actions: ['Write to the prefecture'] },
      sets: { column: 'due', value: '2027-03-29' },
    },
    // Noor generates meeting 2's minutes for the first time, with two actions.
    second: {
      ...minutes(NOOR, 1, (items) => {
        items[0].actions.push({
          actionId: '',
          action: 'Print the flyers',
          owner: 'Sara Lind',
          due: '2027-04-02',
        });
        items[1].actions.push({
          actionId: '',
          action: 'Invite the press',
          owner: 'Noor Haddad',
          due: '2027-04-09',
        });
      }),
      adds: { actions: ['Print the flyers', 'Invite the press'] },
    },
  },
  {
    name: 'Add action',
    first: addAction(NOOR, 'Find a room for May'),
    second: addAction(AMINA, 'Ask the mayor'),
  },
  {
    name: 'Refresh dashboard',
    first: menu(SARA, 'refreshDashboard'),
    second: menu(LARS, 'refreshDashboard'),
  },
  { name: 'Set-up (run again)', first: menu(LARS, 'setUpWorkbook'), second: menu(SARA, 'setUpWorkbook') },
  { name: 'Typing in the Action plan', first: typing(NOOR, 'In progress'), second: typing(SARA, 'Done') },
];

function sheetOf(ws: Workspace, table: TableKey) {
  const book = [...ws.spreadsheets.values()][0];
  const sheet = book.sheetByName(sheetTitle(WORKBOOK_LANGUAGE, table));
  if (!sheet) throw new Error(`No ${table} sheet`);
  return sheet;
}

/** The column (1-based) under that header in row 1. */
function columnOf(ws: Workspace, table: TableKey, key: string): number {
  const sheet = sheetOf(ws, table);
  const header = columnHeader(WORKBOOK_LANGUAGE, table, key);
  for (let column = 1; column <= sheet.data.maxColumns; column++)
    if (sheet.valueAt(1, column) === header) return column;
  throw new Error(`No ${table}.${key} column`);
}

/** A table's rows under its header, as getValues gives them, by column key; empty rows left out. */
function rowsOf(ws: Workspace, table: TableKey, keys: string[]): Record<string, unknown>[] {
  const sheet = sheetOf(ws, table);
  const columns = keys.map((key) => columnOf(ws, table, key));
  const rows: Record<string, unknown>[] = [];
  for (let row = 2; row <= sheet.data.cells.length; row++) {
    const values = columns.map((column) => sheet.valueAt(row, column));
    if (values.some((value) => value !== ''))
      rows.push(Object.fromEntries(keys.map((key, i) => [key, values[i]])));
  }
  return rows;
}

function rowOf(ws: Workspace, table: TableKey, key: string, value: string): number {
  const sheet = sheetOf(ws, table);
  const column = columnOf(ws, table, key);
  for (let row = 2; row <= sheet.data.cells.length; row++)
    if (sheet.valueAt(row, column) === value) return row;
  throw new Error(`No ${table} row with ${key} ${value}`);
}

/** A person signed in with a file open: a fresh load of the add-on, as each execution starts afresh. */
function as(ws: Workspace, email: string, file: ActiveFile): LoadedAddon {
  ws.signIn(email);
  ws.open(file);
  return loadAddon(ws);
}

/**
 * Lars sets up the workbook on 1 March 2027 and types the four members, who can all edit it; he makes meeting 1
 * (8 March, chaired by Amina) and meeting 2 (15 March, chaired by Noor). On 20 March Amina generates meeting 1's
 * minutes with two actions. Then the forms are opened as their sidebars would open them: New meeting's, and each
 * meeting's minutes.
 */
export function buildFixture(): Fixture {
  const ws = new Workspace({ htmlDir: buildDir, people: PEOPLE });
  const workbook = ws.createSpreadsheet('Alliance Gironde').id;
  ws.setNow(Date.parse('2027-03-01T08:00:00Z'));
  const lars = as(ws, LARS, { host: 'sheets', fileId: workbook });
  lars.run('setUpWorkbook');
  appendRows(lars, 'members', [
    { name: 'Amina Diallo', organisation: 'MDA', role: 'Chair', email: AMINA },
    { name: 'Lars Berg', organisation: 'Röda Korset', role: 'Secretary', email: LARS },
    { name: 'Noor Haddad', organisation: 'Buurtwerk', role: 'Member', email: NOOR },
    { name: 'Sara Lind', organisation: 'Stadsmission', role: 'Member', email: SARA },
  ]);
  for (const email of [AMINA, NOOR, SARA]) share(ws, workbook, email, 'editor');
  const { agenda } = lars.run<NewMeetingForm>('getNewMeetingForm');
  const meeting = (date: string, chair: string) =>
    documentAt(
      lars,
      lars.run<CreatedMeeting>('createMeeting', {
        date,
        time: '10:00',
        place: 'Bordeaux',
        host: 'MDA',
        chair,
        agenda,
      }).agenda.url,
    ).id;
  const agendas: [string, string] = [
    meeting('2027-03-08', 'Amina Diallo'),
    meeting('2027-03-15', 'Noor Haddad'),
  ];
  ws.setNow(Date.parse('2027-03-20T08:00:00Z'));
  const amina = as(ws, AMINA, { host: 'docs', fileId: agendas[0] });
  const first = amina.run<MinutesForm>('getMinutesForm');
  const items = structuredClone(first.minutes.items);
  items[0].actions.push({ actionId: '', action: TYPED_ACTION, owner: 'Noor Haddad', due: '2027-03-25' });
  items[1].actions.push({
    actionId: '',
    action: 'Call the town hall',
    owner: 'Lars Berg',
    due: '2027-04-30',
  });
  amina.run('saveMinutes', { present: ['Amina Diallo', 'Noor Haddad'], items, basis: first.basis });
  const forms: [MinutesForm, MinutesForm] = [
    amina.run<MinutesForm>('getMinutesForm'),
    as(ws, NOOR, { host: 'docs', fileId: agendas[1] }).run<MinutesForm>('getMinutesForm'),
  ];
  ws.calls.reset();
  ws.ui.alerts = [];
  return {
    state: JSON.stringify(ws.toJSON()),
    visible: visibleState(ws),
    meetings: rowsOf(ws, 'meetings', ['meetingId']).map((row) => row.meetingId),
    actions: rowsOf(ws, 'actionPlan', ['action']).map((row) => String(row.action)),
    workbook,
    agendas,
    agenda,
    minutes: forms,
  };
}

export function restore(fixture: Fixture): Workspace {
  return Workspace.parse(fixture.state, { htmlDir: buildDir });
}

/** What one execution of a pair did: its outcome, what it told its user, and the visible state around it. */
interface Ran {
  role: Role;
  outcome: Outcome<unknown>;
  /** Where what it showed (alerts) and logged (console, as Cloud Logging keeps it) starts and ends in the lists. */
  alerts: Span;
  logged: Span;
}

type Span = [from: number, to: number];

/** The entries of `list` in `span`, without those of `hole` (the second's, shown while the first was suspended). */
function within<T>(list: T[], [from, to]: Span, [holeFrom, holeTo]: Span = [0, 0]): T[] {
  return list.slice(from, to).filter((_, index) => from + index < holeFrom || from + index >= holeTo);
}

export interface PairRun {
  first: string;
  second: string;
  at: number;
  during: string | null;
  problems: string[];
}

/** Runs `role` as its person in its file, noting where its alerts and log lines are. */
function execute(ws: Workspace, fixture: Fixture, role: Role): Ran {
  const alerts = ws.ui.alerts.length;
  const logged = ws.state(consoleState).length;
  let outcome: Outcome<unknown>;
  try {
    outcome = { ok: true, value: role.run(as(ws, role.email, role.where(fixture)), fixture) };
  } catch (error) {
    outcome = { ok: false, error };
  }
  return {
    role,
    outcome,
    alerts: [alerts, ws.ui.alerts.length],
    logged: [logged, ws.state(consoleState).length],
  };
}

/**
 * The key of the catalog's error message `message` is, in that language ({params} and plurals taken as any text):
 * a refusal is one of the catalog's errors (keys naming an error), other than the wrapper of an unexpected one.
 */
function refusalKey(language: Language, message: string): MessageKey | null {
  const catalog = catalogFor(language);
  const plural = /\{\w+, ?plural,.*\}\s*\}/gs;
  const parameter = /\{\w+\}/g;
  // Words of its own: a fragment that is all parameter (a plural, a name) would match any text.
  const worded = (key: MessageKey) =>
    catalog[key].replace(plural, '').replace(parameter, '').trim().length > 10;
  const refusals = (Object.keys(catalog) as MessageKey[]).filter(
    (key) => key.split('.').includes('error') && !key.startsWith('error.unexpected') && worded(key),
  );
  return (
    refusals.find((key) => {
      const pattern = catalog[key]
        .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
        .replace(plural, '.*')
        .replace(parameter, '[\\s\\S]*');
      return new RegExp(`^${pattern}$`).test(message);
    }) ?? null
  );
}

/**
 * Whether the execution was refused, and what is wrong with how: a refusal must reach its user as a message of the
 * catalog in their language (not the wrapper of an unexpected error, not a stack trace).
 */
function refusal(
  ws: Workspace,
  ran: Ran,
  name: string,
  hole?: Ran,
): { refused: boolean; problems: string[] } {
  const { outcome, role } = ran;
  const alerts = within(ws.ui.alerts, ran.alerts, hole?.alerts).map((alert) => alert.message);
  const errors = within(ws.state(consoleState), ran.logged, hole?.logged).filter(
    (entry) => entry.severity === 'ERROR',
  );
  const failed = role.kind === 'menu' ? errors.length > 0 : !outcome.ok;
  if (!failed) return { refused: false, problems: [] };
  if (role.kind === 'typing')
    return {
      refused: true,
      problems: [`${name} (a person's edit) was refused: ${String(outcome.ok ? '' : outcome.error)}`],
    };
  // What google.script.run hands the sidebar's failure handler: the error's message (an Error of the add-on's realm).
  const thrown = outcome.ok ? null : (outcome.error as { message?: unknown } | null);
  const message = role.kind === 'menu' ? (alerts.at(-1) ?? '') : String(thrown?.message ?? thrown);
  const language = languageOf(PEOPLE.find((person) => person.email === role.email)?.locale ?? 'en');
  if (refusalKey(language, message) === null)
    return {
      refused: true,
      problems: [`${name} failed and told its user (${language}): ${JSON.stringify(message)}`],
    };
  return { refused: true, problems: [] };
}

const isoOf = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

function duplicates(values: unknown[]): unknown[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

/** What must hold in the workbook once both ran, given which of them succeeded. */
function workbookProblems(ws: Workspace, succeeded: Role[], fixture: Fixture): string[] {
  const problems: string[] = [];
  const meetings = rowsOf(ws, 'meetings', ['number', 'meetingId']);
  const baseMeetings = fixture.meetings;
  const ids = meetings.map((row) => row.meetingId);
  const expectedMeetings =
    baseMeetings.length + succeeded.reduce((sum, role) => sum + (role.adds?.meetings ?? 0), 0);
  if (ids.length !== expectedMeetings)
    problems.push(`Meetings has ${ids.length} rows, ${expectedMeetings} expected`);
  const lost = baseMeetings.filter((id) => !ids.includes(id));
  if (lost.length) problems.push(`Meetings rows lost: ${lost.join(', ')}`);
  if (duplicates(ids).length) problems.push(`Meetings ids doubled: ${duplicates(ids).join(', ')}`);
  const numbers = meetings.map((row) => row.number);
  if (duplicates(numbers).length) problems.push(`Meeting numbers doubled: ${duplicates(numbers).join(', ')}`);

  const actions = rowsOf(ws, 'actionPlan', ['number', 'action', 'status', 'due']);
  const expectedActions = [
    ...fixture.actions,
    ...succeeded.flatMap((role) => role.adds?.actions ?? []),
  ].sort();
  const texts = actions.map((row) => String(row.action)).sort();
  if (JSON.stringify(texts) !== JSON.stringify(expectedActions))
    problems.push(
      `Action plan rows are ${JSON.stringify(texts)}, ${JSON.stringify(expectedActions)} expected`,
    );
  const actionNumbers = actions.map((row) => row.number);
  if (duplicates(actionNumbers).length || actionNumbers.includes(''))
    problems.push(`Action numbers not unique: ${JSON.stringify(actionNumbers)}`);
  const typed = actions.find((row) => row.action === TYPED_ACTION);
  // Each change to that row must survive, the last one to a cell winning: a person's typing and the minutes' due date.
  for (const role of succeeded) {
    if (role.sets && typed && isoOf(typed[role.sets.column]) !== role.sets.value) {
      const last = succeeded.filter((other) => other.sets?.column === role.sets?.column).at(-1);
      if (last === role)
        problems.push(
          `${TYPED_ACTION}: ${role.sets.column} is ${isoOf(typed[role.sets.column])}, ${role.sets.value} was written`,
        );
    }
  }
  return problems;
}

/** Runs the pair over a fresh copy of the fixture, the second at boundary `at` of the first; answers what went wrong. */
export function runPair(fixture: Fixture, first: EntryPoint, second: EntryPoint, at: number): PairRun {
  const ws = restore(fixture);
  let secondRan: Ran | null = null;
  let around: [string, string] = ['', ''];
  let firstRan: Ran | null = null;
  const run: Interleaving<Ran, void> = interleave(
    ws,
    at,
    () => {
      firstRan = execute(ws, fixture, first.first);
      return firstRan;
    },
    () => {
      const before = visibleState(ws);
      secondRan = execute(ws, fixture, second.second);
      around = [before, visibleState(ws)];
    },
  );
  const problems: string[] = [];
  const ranFirst = firstRan as Ran | null;
  const ranSecond = secondRan as Ran | null;
  if (!ranFirst || !ranSecond) throw new Error('An execution of the pair did not run');
  const firstName = `${first.name} (first)`;
  const secondName = `${second.name} (second)`;
  const a = refusal(ws, ranFirst, firstName, ranSecond);
  const b = refusal(ws, ranSecond, secondName);
  problems.push(...a.problems, ...b.problems);
  if (b.refused && around[0] !== around[1]) problems.push(`${secondName} was refused but wrote`);
  if (a.refused && (fixture.visible !== around[0] || around[1] !== visibleState(ws)))
    problems.push(`${firstName} was refused but wrote`);
  // In the order their writes landed, for the one cell two of them set: two people typing it, the first with no
  // service call, so the second types after.
  const succeeded = [...(a.refused ? [] : [ranFirst.role]), ...(b.refused ? [] : [ranSecond.role])];
  problems.push(...workbookProblems(ws, succeeded, fixture));
  return { first: first.name, second: second.name, at: run.at, during: run.during, problems };
}

/** How many service calls an entry point's first execution makes alone: its boundaries are 0 to that number. */
export function boundariesOf(fixture: Fixture, entry: EntryPoint): number {
  const ws = restore(fixture);
  return callsMadeBy(ws, () => execute(ws, fixture, entry.first)).calls;
}

/** Numbers in [0, 1) from a 32-bit seed (mulberry32), so a sample of boundaries can be drawn again from its seed. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

// Hostile input, everywhere: every field of every server function the sidebars call, and cells people typed, fed
// formulas, markup, oversized text, wrong types, prototype keys, odd names and impossible dates.
import type { DocumentModel } from '../../emulator/document';
import type { Workspace } from '../../emulator/workspace';
import type {
  AddActionRequest,
  CreatedMeeting,
  MadeDocument,
  MinutesRequest,
  NewMeetingForm,
  NewMeetingRequest,
  PersonalDataFound,
  ProfileRequest,
  RemindersRequest,
} from '../../src/domain/api';
import { type Language, type MessageKey, t } from '../../src/domain/i18n';
import { listLabel } from '../../src/domain/schema';
import { type LoadedAddon, loadAddon } from '../support/addon';
import { documentAt } from '../support/docs';
import { meetingRequest } from '../support/meeting';
import { PROFILE } from '../support/profile';
import { appendRows, readRows, setUpAlliance } from '../support/workbook';

const MEETING_EVENING = Date.parse('2027-03-15T18:00:00Z');
const WELCOME = { time: '10:00', item: 'Welcome', moderator: 'Amina Diallo' };

// The values an attacker or a careless paste sends.
const FORMULAS = ['=HYPERLINK("https://evil.example","x")', '+1+1', '-1+1', '@SUM(A1)', '\t=1+1', '\r=1+1'];
const MARKUP = '<img src=x onerror=alert(1)><script>alert(1)</script>';
const OVER_A_CELL = 'x'.repeat(50_001);
const A_MILLION = '2'.repeat(1_000_000);
/** In place of a whole request, and in place of one of its fields (where null is left out, as the sidebars do). */
const WRONG_TYPES: unknown[] = [42, 'text', ['x'], null];
const WRONG_FIELD_TYPES: unknown[] = [42, { value: 'x' }, ['x']];
const PROTOTYPE_WORDS = ['__proto__', 'constructor'];
const RTL = 'مريم حداد';
const EMOJI = '🌍 Zoë 👩🏽‍🤝‍👩🏻';

/** Members as a secretary typed them: two share a name, and some names are hostile (kept as text with an apostrophe). */
const MEMBERS = [
  { name: 'Amina Diallo', organisation: 'Maison des Associations', email: 'amina@example.org' },
  { name: 'Jean Dupont', organisation: 'Mairie', email: 'jean.mairie@example.org' },
  { name: 'Jean Dupont', organisation: 'Croix-Rouge', email: 'jean.cr@example.org' },
  { name: RTL, organisation: 'ASBL', email: 'maryam@example.org' },
  { name: EMOJI, organisation: '', email: 'zoe@example.org' },
  { name: '\'=HYPERLINK("https://evil.example","x")', organisation: '', email: 'formula@example.org' },
  { name: MARKUP, organisation: '', email: 'markup@example.org' },
  { name: '__proto__', organisation: '', email: '' },
];
const TYPED_ACTION = '=IMAGE("https://evil.example/x.png")';

/** Every member agreed to be emailed, so the mails go out and can be read for what they quote. */
const CONSENTED = MEMBERS.map((member) => ({ ...member, consentRecordedOn: new Date('2027-01-05') }));
/** The names as Members holds them (the apostrophe only tells Sheets to keep text). */
const NAMES = MEMBERS.map((member) => member.name.replace(/^'/, ''));

// ---------------------------------------------------------------------------------------------------------------
// One set-up workbook with a meeting, for every case: refusals change nothing, so they share it; what is kept comes
// after them, each case reading the row or Doc it added.

let addon: LoadedAddon;
let newMeetingForm: NewMeetingForm;
let workbookId: string;
let agendaId: string;
/** The saved form of the workspace before any case ran. */
let untouched: Record<string, string>;

beforeAll(() => {
  addon = setUpAlliance('en');
  appendRows(addon, 'members', CONSENTED);
  // An overdue action a person typed, its words a formula kept as text, its owner the member named in markup.
  appendRows(addon, 'actionPlan', [
    {
      number: 1,
      action: `'${TYPED_ACTION}`,
      owner: MARKUP,
      due: new Date('2027-02-01'),
      status: listLabel('en', 'actionStatus', 'notStarted'),
    },
  ]);
  addon.ws.setNow(MEETING_EVENING - 8 * 3600_000);
  newMeetingForm = addon.run<NewMeetingForm>('getNewMeetingForm');
  const created = addon.run<CreatedMeeting>(
    'createMeeting',
    meetingRequest(newMeetingForm, { agenda: [WELCOME, { time: '10:30', item: 'Budget', moderator: '' }] }),
  );
  addon.ws.setNow(MEETING_EVENING);
  workbookId = [...addon.ws.spreadsheets.keys()][0];
  agendaId = documentAt(addon, created.agenda.url).id;
  untouched = files(addon.ws);
});

type Host = 'sheets' | 'docs';

/**
 * A user of that language opens the workbook, or the meeting's agenda Doc. The script is loaded once per file, not
 * per case, to keep the table fast: every server function starts its own journal, and nothing else is kept between
 * calls.
 */
const loaded = new Map<Host, LoadedAddon>();
function openAs(language: Language, host: Host): LoadedAddon {
  addon.ws.locale = language;
  addon.ws.open({ host, fileId: host === 'sheets' ? workbookId : agendaId });
  if (!loaded.has(host)) loaded.set(host, loadAddon(addon.ws));
  return loaded.get(host) as LoadedAddon;
}

/** The saved form of every file, property, mail, event and trigger (not the call count, the Ui or the log). */
function files(ws: Workspace): Record<string, string> {
  const { calls: _calls, ui: _ui, console: _console, locks: _locks, active: _active, ...rest } = ws.toJSON();
  return Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, JSON.stringify(value)]));
}

/** The parts of the saved form that differ, each with where it starts to differ. */
function changed(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after })
    .filter((key) => before[key] !== after[key])
    .map((key) => {
      const [a, b] = [before[key] ?? '', after[key] ?? ''];
      let at = 0;
      while (at < a.length && a[at] === b[at]) at++;
      return `${key}: …${a.slice(Math.max(0, at - 80), at + 80)}… became …${b.slice(Math.max(0, at - 80), at + 80)}…`;
    });
}

/** Service calls that change something a person or another execution would see; reads, locks and builders do not. */
const WRITE =
  /\.(set|append|insert|delete|clear|create|add|remove|send|move|update|rename|sort|hide|show|protect|merge|share|replace|activate|copy)/;

/** The write calls `work` made, by method. */
function writesDuring(ws: Workspace, work: () => void): string[] {
  const before = ws.calls.snapshot().byMethod;
  work();
  return Object.entries(ws.calls.snapshot().byMethod)
    .filter(([method, count]) => WRITE.test(method) && count !== (before[method] ?? 0))
    .map(([method]) => method);
}

// ---------------------------------------------------------------------------------------------------------------
// The server functions, each with a valid request a case changes one field of.

const meeting = (): NewMeetingRequest =>
  meetingRequest(newMeetingForm, { date: '2027-04-12', agenda: [WELCOME] });
const action = (): AddActionRequest => ({
  action: 'Book a room',
  owner: 'Amina Diallo',
  start: '2027-03-01',
  due: '2027-04-01',
  budget: '500',
  status: 'notStarted',
});
const profile = (): ProfileRequest => ({ ...PROFILE, renameDocuments: false });
const minutes = (): MinutesRequest => ({
  present: ['Amina Diallo'],
  items: [
    {
      item: 'Budget',
      comment: 'Discussed',
      actions: [{ actionId: '', action: 'Ask the town hall', owner: 'Amina Diallo', due: '2027-04-01' }],
    },
  ],
  basis: null,
});
const reminders = (): RemindersRequest => ({ on: true, weekday: 'MONDAY', hour: 9 });

interface EntryPoint {
  /** The server function, when the row's name is not it. */
  fn?: string;
  host: Host;
  /** The argument the sidebar sends, valid; a case replaces one field of it (or all of it, for field ''). */
  request: () => unknown;
}

const ENTRY_POINTS: Record<string, EntryPoint> = {
  createMeeting: { host: 'sheets', request: meeting },
  'createMeeting, emailed': {
    fn: 'createMeeting',
    host: 'sheets',
    request: () => ({ ...meeting(), email: true }),
  },
  addAction: { host: 'sheets', request: action },
  saveProfile: { host: 'sheets', request: profile },
  showActionsOf: { host: 'sheets', request: () => 'Amina Diallo' },
  saveReminders: { host: 'sheets', request: reminders },
  getNewMeetingForm: { host: 'sheets', request: () => undefined },
  'createMeeting, proposed agenda': {
    fn: 'createMeeting',
    host: 'sheets',
    request: () => ({ ...meeting(), agenda: newMeetingForm.agenda, email: true }),
  },
  makeCharter: { host: 'sheets', request: () => ({ fresh: false }) },
  makeBriefingDocument: { host: 'sheets', request: () => ({ fresh: false }) },
  makeRegionalPlan: { host: 'sheets', request: () => ({ fresh: false }) },
  findPersonalData: { host: 'sheets', request: () => 'Amina Diallo' },
  exportPersonalData: { host: 'sheets', request: () => 'Amina Diallo' },
  erasePersonalData: { host: 'sheets', request: () => 'Amina Diallo' },
  saveMinutes: { host: 'docs', request: minutes },
  'saveMinutes, emailed': { fn: 'saveMinutes', host: 'docs', request: () => ({ ...minutes(), email: true }) },
  addNextMeeting: { host: 'docs', request: () => '2027-04-12' },
};

/** The request with the field at `path` (dots, e.g. "items.0.actions.0.owner") set to `value`; '' replaces it all. */
function withField(request: unknown, path: string, value: unknown): unknown {
  if (path === '') return value;
  const copy = structuredClone(request) as Record<string, unknown>;
  const keys = path.split('.');
  let at = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  // defineProperty, so a key "__proto__" is an own field as JSON from a sidebar would make it, not the prototype.
  Object.defineProperty(at, keys[keys.length - 1], {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

// ---------------------------------------------------------------------------------------------------------------
// Outcomes: refused with a message, or kept as plain text where it lands.

type Check = (addon: LoadedAddon, value: unknown, answer: unknown) => void;
type Outcome = { refused: MessageKey } | { stored: Check };

const refused = (key: MessageKey): Outcome => ({ refused: key });
const stored = (check: Check): Outcome => ({ stored: check });

/** The text as the add-on keeps it: trimmed, as every form field is. */
const typed = (value: unknown) => String(value).trim();

function lastRow(addon: LoadedAddon, table: 'actionPlan' | 'meetings', key: string) {
  const rows = readRows(addon, table, [key]);
  const row = rows[rows.length - 1];
  return { value: row.values[key], formula: row.formulas[key] };
}

/** The value is in that column of the table's last row as the text itself, no formula. */
const inCell =
  (table: 'actionPlan' | 'meetings', key: string): Check =>
  (addon, value) => {
    expect(lastRow(addon, table, key)).toEqual({ value: typed(value), formula: '' });
  };

function bodyText(model: DocumentModel): string {
  let text = '';
  const walk = (node: { runs?: { text: string }[]; children?: unknown[] }) => {
    for (const run of node.runs ?? []) text += run.text;
    for (const child of node.children ?? []) walk(child as typeof node);
    text += '\n';
  };
  walk(model.body as Parameters<typeof walk>[0]);
  return text;
}

/** The text is in the newest Doc named so, as text. */
const inDoc =
  (docName: RegExp): Check =>
  (addon, value) => {
    const docs = [...addon.ws.documents.values()].filter((model) => docName.test(model.name));
    expect(bodyText(docs[docs.length - 1])).toContain(typed(value));
  };

/** A mail sent says the text, and no mail's HTML holds markup a person typed: it is escaped. */
const inMail: Check = (addon, value) => {
  const outbox = addon.ws.mail.outbox;
  expect(outbox.some((mail) => mail.body.includes(typed(value)))).toBe(true);
  for (const mail of outbox) expect(mail.htmlBody).not.toMatch(/<script|<img/);
};

/** The form hands the sidebar every name and the typed action exactly as typed, as plain strings to show as text. */
const offered: Check = (_addon, _value, answer) => {
  const form = answer as NewMeetingForm;
  expect(form.members.map((member) => member.name)).toEqual(NAMES);
  expect(form.agenda.some((item) => item.moderator === MARKUP && item.item.includes(MARKUP))).toBe(true);
};

/** The typed action's owner and words reach the agenda Doc and the invitation mail as text, escaped in its HTML. */
const followedUp: Check = (addon) => {
  const agendas = [...addon.ws.documents.values()].filter((model) => model.name.startsWith('Agenda'));
  expect(bodyText(agendas[agendas.length - 1])).toContain(MARKUP);
  expect(bodyText(agendas[agendas.length - 1])).toContain(TYPED_ACTION);
  inMail(addon, MARKUP, undefined);
};

/** A search finds the member of that name in Members, and its message quotes at most a few dozen characters. */
const foundIn: Check = (_addon, value, answer) => {
  const found = answer as PersonalDataFound;
  expect(found.places.map((place) => place.name)).toContain('Members');
  expect(found.summary.length).toBeLessThan(typed(value).length + 60);
  expect(found.summary).toContain(quotedPrefix(value));
};

/** The export Doc names the person as text. */
const exported: Check = (addon, value) => {
  const docs = [...addon.ws.documents.values()];
  expect(bodyText(docs[docs.length - 1])).toContain(typed(value));
};

/** The erased name is gone from Members, its cell holding the marker as text, no formula. */
const erased: Check = (addon, value) => {
  const rows = readRows(addon, 'members', ['name']);
  expect(rows.map((row) => row.values.name)).not.toContain(typed(value));
  expect(rows.filter((row) => row.values.name === '[erased]').map((row) => row.formulas.name)).toEqual(['']);
};

/** Only `fresh: true` asks for a new Doc: any other value updates the one Doc of that name. */
const madeOnce: Check = (addon, _value, answer) => {
  const { document } = answer as MadeDocument;
  expect([...addon.ws.documents.values()].filter((model) => model.name === document.name)).toHaveLength(1);
};

/** The charter lists the members, a name in markup among them, as text. */
const listsMembers: Check = (addon, _value, answer) => {
  expect(bodyText(documentAt(addon, (answer as MadeDocument).document.url))).toContain(MARKUP);
};

/** What a message may quote of a value: its first 40 characters. */
const quotedPrefix = (value: unknown) => Array.from(typed(value)).slice(0, 40).join('');

const both =
  (...checks: Check[]): Check =>
  (addon, value, answer) => {
    for (const check of checks) check(addon, value, answer);
  };

/** A `__proto__` field is a field like any other: the request's own fields stand, nothing is taken from it. */
const unchanged =
  (table: 'actionPlan' | 'meetings', key: string, expected: string): Check =>
  (addon) => {
    expect(lastRow(addon, table, key)).toEqual({ value: expected, formula: '' });
  };

const inProfile: Check = (addon, value) => {
  const form = addon.run<{ profile: Record<string, string> }>('getProfileForm');
  expect(form.profile.allianceName).toBe(typed(value));
};

/** Show actions of… filters on exactly that member's name, as text. */
const filteredOn: Check = (addon, value) => {
  const app = addon.ws.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const sheet = app
    .getActiveSpreadsheet()
    .getSheetByName('Action plan') as GoogleAppsScript.Spreadsheet.Sheet;
  const filter = sheet.getFilter() as GoogleAppsScript.Spreadsheet.Filter;
  const owner = readRows(addon, 'actionPlan', ['owner']) && findColumn(sheet, 'People: who will do what?');
  expect(filter.getColumnFilterCriteria(owner)?.getCriteriaValues()).toEqual([typed(value)]);
};

function findColumn(sheet: GoogleAppsScript.Spreadsheet.Sheet, header: string): number {
  return (sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[]).indexOf(header) + 1;
}

/** Meetings' attendance for the meeting: exactly the attendees ticked, a namesake not with them. */
const presentAre =
  (...ids: string[]): Check =>
  (addon) => {
    const row = readRows(addon, 'meetings', ['present', 'absent'])[0];
    expect(row.formulas.present).toBe('');
    expect(String(row.values.present).split(', ')).toEqual(ids);
    for (const id of ids) expect(String(row.values.absent).split(', ')).not.toContain(id);
  };

// ---------------------------------------------------------------------------------------------------------------
// The table: one row per (entry point, field, value, outcome).

type Row = [fn: string, field: string, value: unknown, outcome: Outcome];

const each = (fn: string, field: string, values: readonly unknown[], outcome: Outcome): Row[] =>
  values.map((value) => [fn, field, value, outcome]);

// biome-ignore format: one row per line keeps the table readable
const CASES: Row[] = [
  // New meeting
  ...each('createMeeting', '', WRONG_TYPES, refused('meeting.error.badRequest')),
  ...each('createMeeting', 'date', ['2027-02-30', '1899-12-30', '2027-13-01', '2031-02-30'], refused('meeting.error.badDate')),
  ...each('createMeeting', 'date', [OVER_A_CELL, A_MILLION], refused('error.tooLong')),
  ...each('createMeeting', 'date', WRONG_FIELD_TYPES, refused('meeting.error.badRequest')),
  ...each('createMeeting', 'time', ['25:61', '24:00', '10:60', MARKUP, A_MILLION.slice(0, 50_000)], refused('meeting.error.badTime')),
  ...each('createMeeting', 'place', [...FORMULAS, MARKUP, RTL, EMOJI, ...PROTOTYPE_WORDS], stored(inCell('meetings', 'place'))),
  ...each('createMeeting, emailed', 'place', [FORMULAS[0], MARKUP], stored(both(inCell('meetings', 'place'), inDoc(/^Invitation/), inMail))),
  ...each('createMeeting', 'place', [OVER_A_CELL, A_MILLION], refused('error.tooLong')),
  ...each('createMeeting', 'host', [FORMULAS[0], MARKUP], stored(inCell('meetings', 'host'))),
  ...each('createMeeting', 'host', WRONG_FIELD_TYPES, refused('meeting.error.badRequest')),
  ...each('createMeeting', 'chair', ['Nobody Known', '=1+1', '<b>x</b>', 'constructor', 'Jean'], refused('meeting.error.chairNotAMember')),
  ...each('createMeeting', 'chair', NAMES, stored(inCell('meetings', 'chair'))),
  ...each('createMeeting', 'chair', [A_MILLION], refused('error.tooLong')),
  ...each('createMeeting', 'agenda', [{}, 'Welcome', null], refused('meeting.error.badRequest')),
  ...each('createMeeting', 'agenda', [[]], refused('meeting.error.emptyAgenda')),
  ...each('createMeeting', 'agenda.0', [null, 'Welcome', ['Welcome']], refused('meeting.error.badRequest')),
  ...each('createMeeting, emailed', 'agenda.0.item', [FORMULAS[0], MARKUP, RTL], stored(both(inDoc(/^Agenda/), inMail))),
  ...each('createMeeting', 'agenda.0.item', [OVER_A_CELL], refused('error.tooLong')),
  ...each('createMeeting', 'agenda.0.moderator', WRONG_FIELD_TYPES, refused('meeting.error.badRequest')),
  ...each('createMeeting', '__proto__', [{ chair: 'Nobody Known' }], stored(unchanged('meetings', 'chair', 'Amina Diallo'))),

  // Add action
  ...each('addAction', '', WRONG_TYPES, refused('addAction.error.badRequest')),
  ...each('addAction', 'action', [...FORMULAS, MARKUP, RTL, EMOJI, ...PROTOTYPE_WORDS], stored(inCell('actionPlan', 'action'))),
  ...each('addAction', 'action', [OVER_A_CELL, A_MILLION], refused('error.tooLong')),
  ...each('addAction', 'action', WRONG_FIELD_TYPES, refused('addAction.error.badRequest')),
  ...each('addAction', 'owner', ['Nobody Known', '=1+1', '+1+1', '<b>x</b>', 'constructor'], refused('addAction.error.notAMember')),
  ...each('addAction', 'owner', NAMES, stored(inCell('actionPlan', 'owner'))),
  ...each('addAction', 'owner', [A_MILLION], refused('error.tooLong')),
  ...each('addAction', 'start', ['2027-02-30', '1899-12-30', '2027-13-01', '25:61'], refused('addAction.error.badDate')),
  ...each('addAction', 'due', ['2027-02-30', '1899-12-30', '25:61', MARKUP], refused('addAction.error.badDate')),
  ...each('addAction', 'budget', ['=1+1', '-5', '1e9', MARKUP], refused('addAction.error.badBudget')),
  ...each('addAction', 'status', ['finished', '__proto__', 'constructor', MARKUP, 42], refused('addAction.error.badRequest')),
  ...each('addAction', '__proto__', [{ owner: 'Nobody Known' }], stored(unchanged('actionPlan', 'owner', 'Amina Diallo'))),

  // Alliance profile
  ...each('saveProfile', '', WRONG_TYPES, refused('profile.error.badRequest')),
  ...each('saveProfile', 'allianceName', [...FORMULAS, MARKUP, RTL, EMOJI, ...PROTOTYPE_WORDS], stored(inProfile)),
  ...each('saveProfile', 'allianceName', [OVER_A_CELL, A_MILLION], refused('profile.error.tooLong')),
  ...each('saveProfile', 'vision', WRONG_FIELD_TYPES, refused('profile.error.badRequest')),
  ...each('saveProfile', 'workPlanStart', ['2027-02-30', '1899-12-30', '25:61', MARKUP], refused('profile.error.badDate')),
  ...each('saveProfile', 'logoUrl', ['javascript:alert(1)', MARKUP, 'http://x.example/a.png'], refused('profile.error.badLogo')),

  // Show actions of…
  ...each('showActionsOf', '', [...WRONG_FIELD_TYPES, null], refused('showActions.error.badRequest')),
  ...each('showActionsOf', '', ['Nobody Known', '=1+1', '<b>x</b>', '__proto__!', 'constructor'], refused('showActions.error.notAMember')),
  ...each('showActionsOf', '', [A_MILLION], refused('error.tooLong')),
  ...each('showActionsOf', '', NAMES, stored(filteredOn)),

  // Reminders…
  ...each('saveReminders', '', WRONG_TYPES, refused('reminders.error.badRequest')),
  ...each('saveReminders', 'weekday', ['__proto__', 'constructor', 'FUNDAY', 1], refused('reminders.error.badRequest')),
  ...each('saveReminders', 'hour', [25, -1, 9.5, '9', null], refused('reminders.error.badRequest')),
  ...each('saveReminders', 'on', ['true', 1], refused('reminders.error.badRequest')),

  // Cells people typed (Members' names, an Action plan row), as they flow into forms, Docs, mails and other cells
  ...each('getNewMeetingForm', '', [undefined], stored(offered)),
  ...each('createMeeting, proposed agenda', 'place', ['Bordeaux'], stored(followedUp)),
  ...each('saveMinutes', 'present', [NAMES.slice(3)], stored(presentAre(...NAMES.slice(3)))),

  // Generate minutes, in the agenda Doc
  ...each('saveMinutes', '', WRONG_TYPES, refused('minutes.error.badRequest')),
  ...each('saveMinutes', 'present', [{}, 'Amina Diallo', 3], refused('minutes.error.badRequest')),
  ...each('saveMinutes', 'present', [['Jean Dupont / Mairie']], stored(presentAre('Jean Dupont / Mairie'))),
  ...each('saveMinutes', 'present', [['Jean Dupont', 'Nobody Known', '__proto__']], stored(presentAre('__proto__'))),
  ...each('saveMinutes', 'items.0.comment', [FORMULAS[0], MARKUP, RTL], stored(inDoc(/^Minutes/))),
  ...each('saveMinutes', 'items.0.comment', [OVER_A_CELL, A_MILLION], refused('error.tooLong')),
  ...each('saveMinutes', 'items.0.actions.0.action', [...FORMULAS, MARKUP, EMOJI], stored(inCell('actionPlan', 'action'))),
  ...each('saveMinutes, emailed', 'items.0.actions.0.action', ['=IMPORTXML("https://evil.example","//a")', '<img src=y onerror=alert(2)>'], stored(both(inCell('actionPlan', 'action'), inDoc(/^Minutes/), inMail))),
  ...each('saveMinutes', 'items.0.actions.0.owner', ['Nobody Known', '=1+1', '<b>x</b>', 'constructor'], refused('minutes.error.unknownOwner')),
  ...each('saveMinutes', 'items.0.actions.0.owner', [RTL, EMOJI, '__proto__'], stored(inCell('actionPlan', 'owner'))),
  ...each('saveMinutes', 'items.0.actions.0.due', ['2027-02-30', '1899-12-30', '2027-13-01'], refused('minutes.error.badDue')),
  ...each('saveMinutes', 'items.0.actions.0.due', [A_MILLION], refused('error.tooLong')),
  ...each('saveMinutes', 'items.0.actions', [{}, 'x'], refused('minutes.error.badRequest')),
  ...each('saveMinutes', 'basis', [{ revision: '1' }, 'x'], refused('minutes.error.badRequest')),
  ...each('saveMinutes', 'nextMeeting', ['2027-02-30', '1899-12-30', MARKUP, A_MILLION], refused('continuity.error.badNextDate')),

  // The Docs the workbook keeps one of: `fresh` is true or left out
  ...each('makeCharter', '', [42, 'fresh', ['x'], null, { fresh: 'yes' }, { fresh: 1 }], stored(both(madeOnce, listsMembers))),
  ...each('makeBriefingDocument', '', [42, 'fresh', { fresh: 'yes' }], stored(madeOnce)),
  ...each('makeRegionalPlan', '', [42, 'fresh', { fresh: 'yes' }], stored(madeOnce)),

  // Personal data…: a name, an email or a phone to find, export or erase
  ...['findPersonalData', 'exportPersonalData', 'erasePersonalData'].flatMap((fn) => [
    ...each(fn, '', [...WRONG_FIELD_TYPES, null], refused('personalData.error.badRequest')),
    ...each(fn, '', ['ab', '   ', '\t=\r'], refused('personalData.error.tooShort')),
    ...each(fn, '', [OVER_A_CELL, A_MILLION], refused('personalData.error.tooLong')),
  ]),
  ...each('findPersonalData', '', [RTL, EMOJI, MARKUP, NAMES[5]], stored(foundIn)),
  ...each('exportPersonalData', '', [MARKUP, NAMES[5]], stored(exported)),

  // The next meeting's row, offered after the minutes
  ...each('addNextMeeting', '', ['2027-02-30', '1899-12-30', '', 42, { d: 1 }, [A_MILLION], A_MILLION], refused('continuity.error.badNextDate')),

  // Last, as it changes Members for every row after it: the member named by a formula, erased
  ...each('erasePersonalData', '', [NAMES[5]], stored(erased)),
];

// ---------------------------------------------------------------------------------------------------------------
// The runs

/** What a server function answers, or the message its failure hands the sidebar. */
function call(
  addon: LoadedAddon,
  fn: string,
  field: string,
  value: unknown,
): { answer?: unknown; message?: string } {
  const argument = withField(ENTRY_POINTS[fn].request(), field, value);
  try {
    return { answer: addon.run(ENTRY_POINTS[fn].fn ?? fn, argument) };
  } catch (error) {
    return { message: (error as Error).message };
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The message is the catalog's, in the user's language, and each part it fills in (a quoted input among them) is a
 * few dozen characters at most.
 */
function expectMessage(message: string | undefined, language: Language, key: MessageKey): void {
  const template = t(language, key);
  const pattern = new RegExp(`^${escapeRegExp(template).replace(/\\\{\w+\\\}/g, '([\\s\\S]*?)')}$`);
  const match = pattern.exec(message ?? '');
  expect({ message: message?.slice(0, 200), matches: match !== null }).toEqual({
    message: message?.slice(0, 200),
    matches: true,
  });
  for (const part of match?.slice(1) ?? []) expect(Array.from(part).length).toBeLessThanOrEqual(41);
}

const label = (value: unknown): string => {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 30
    ? `${text.slice(0, 20)}… (${text.length} characters)`
    : JSON.stringify(text).slice(1, -1);
};

const refusals = CASES.filter((row) => 'refused' in row[3]);
const kept = CASES.filter((row) => 'stored' in row[3]);
const named = (rows: Row[]) =>
  rows.map((row) => [row[0], row[1] || '(request)', label(row[2]), row] as const);

/** Each row refused in that language, with its message, and no write call made. */
function refusedIn(language: Language, rows: Row[]): void {
  it.each(named(rows))('%s %s = %s', (_fn, _field, _value, [fn, field, value, outcome]) => {
    const user = openAs(language, ENTRY_POINTS[fn].host);
    let message: string | undefined;
    const writes = writesDuring(user.ws, () => {
      message = call(user, fn, field, value).message;
    });
    expectMessage(message, language, (outcome as { refused: MessageKey }).refused);
    expect(writes).toEqual([]);
  });
}

const size = (value: unknown): number =>
  typeof value === 'string' ? value.length : (JSON.stringify(value) ?? '').length;
const messageOf = (row: Row): string => ('refused' in row[3] ? row[3].refused : '');

/** One row per message, the longest value first: enough to read every refusal in Dutch and Swedish too. */
const onePerMessage = refusals
  .map((row) => ({ row, size: size(row[2]) }))
  .sort((a, b) => b.size - a.size)
  .map(({ row }) => row)
  .filter((row, index, rows) => rows.findIndex((other) => messageOf(other) === messageOf(row)) === index);

describe.each(['en', 'fr'] as const)('refused in %s, writing nothing', (language) => {
  refusedIn(language, refusals);
});

describe.each(['nl', 'sv'] as const)('refused in %s (one row per message), writing nothing', (language) => {
  refusedIn(language, onePerMessage);
});

it('after every refusal, the saved workspace is as it was before the first', () => {
  addon.ws.locale = 'en';
  expect(changed(untouched, files(addon.ws))).toEqual([]);
});

describe('kept as plain text', () => {
  it.each(named(kept))('%s %s = %s', (_fn, _field, _value, [fn, field, value, outcome]) => {
    const user = openAs('en', ENTRY_POINTS[fn].host);
    const { answer, message } = call(user, fn, field, value);
    expect(message).toBeUndefined();
    // Read where it landed as the secretary sees it, in the workbook.
    (outcome as { stored: Check }).stored(openAs('en', 'sheets'), value, answer);
  });
});

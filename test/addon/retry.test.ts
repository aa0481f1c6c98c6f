// A failure at any service call, then the same request again: exactly one of everything New meeting and Generate minutes make.
import type { Workspace } from '../../emulator/workspace';
import type {
  AgendaItem,
  CreatedMeeting,
  MinutesForm,
  MinutesRequest,
  NewMeetingForm,
} from '../../src/domain/api';
import type { LoadedAddon } from '../support/addon';
import { documentAt } from '../support/docs';
import { meetingRequest } from '../support/meeting';
import { MEETING_EVENING, workbookId } from '../support/minutes';
import { appendRows, readRows, setUpAlliance } from '../support/workbook';

const INJECTED = 'Service error: injected';

/** Day `n` after the first meeting's, its evening on the clock: each run has its own day of email quota. */
function dayOf(ws: Workspace, n: number): string {
  const evening = Date.parse(MEETING_EVENING) + n * 86_400_000;
  ws.setNow(evening);
  return new Date(evening).toISOString().slice(0, 10);
}

/** A set-up workbook whose members have addresses, so that emails and calendar guests are part of every run. */
function allianceWithAddresses(): LoadedAddon {
  const addon = setUpAlliance('en');
  // Each consented to be emailed: no email leaves before.
  const consent = new Date('2027-01-05');
  appendRows(
    addon,
    'members',
    [
      { name: 'Amina Diallo', organisation: 'Maison des Associations', role: '', email: 'amina@example.org' },
      { name: 'Lars Berg', organisation: 'Röda Korset', role: 'Secretary', email: 'lars@example.se' },
      { name: 'Noor Haddad', organisation: 'Buurtwerk', role: '', email: 'noor@example.nl' },
    ].map((member) => ({ ...member, consentRecordedOn: consent })),
  );
  return addon;
}

/**
 * Runs `fn(request)` with its call number `k` failing as Google fails a call ("Service error"), before the call is
 * carried out; then the same request again, a new execution. Answers what the person was told of the failure ('' when
 * the script went past it). One loaded script serves both: each run is an execution of its own (addon-runtime.ts).
 */
function failThenRetry(addon: LoadedAddon, fn: string, request: unknown, k: number): string {
  const { calls } = addon.ws;
  const authorize = calls.authorize;
  let seen = 0;
  calls.authorize = (service, method) => {
    authorize?.(service, method);
    if (++seen === k) {
      calls.authorize = authorize;
      throw new Error(INJECTED);
    }
  };
  let told = '';
  try {
    addon.run(fn, request);
  } catch (error) {
    told = (error as Error).message;
  }
  calls.authorize = authorize;
  addon.run(fn, request);
  return told;
}

/** The methods a run calls, in order. */
function callsOf(addon: LoadedAddon, work: () => void): string[] {
  const { calls } = addon.ws;
  const authorize = calls.authorize;
  const made: string[] = [];
  calls.authorize = (service, method) => {
    authorize?.(service, method);
    made.push(method);
  };
  try {
    work();
  } finally {
    calls.authorize = authorize;
  }
  return made;
}

/**
 * The calls made to fail: every one under `npm run check:retry` (RETRY_EVERY_CALL=1); in `npm test`, every call that
 * writes or records something, a lock taken, and every tenth of the others, so the whole file stays within seconds.
 */
const WRITES =
  /^(DocumentApp\.create|Document\.getId|Properties\.setPropert|Sheet\.appendRow|Range\.setValues|MailApp\.sendEmail|CalendarApp\.createEvent|Lock\.tryLock)/;
function callsToFail(methods: readonly string[]): number[] {
  const every = process.env.RETRY_EVERY_CALL === '1';
  return methods.flatMap((method, index) =>
    every || WRITES.test(method) || index % 10 === 0 ? [index + 1] : [],
  );
}

/** The failure itself, and either that nothing changed or what was done and whether trying again is safe. */
function expectTruthful(told: string, retrySafe: boolean): void {
  if (told === '') return;
  expect(told).toContain(INJECTED);
  if (told.startsWith('Alliance Kit could not finish'))
    expect(told).toMatch(
      retrySafe ? /Nothing was changed|do nothing twice/ : /Nothing was changed|already changed/,
    );
}

/** What the workspace holds that a run makes: Docs, events, emails (by recipient and subject). */
function made(ws: Workspace) {
  return { documents: ws.documents.size, events: ws.calendar.events.length, mails: ws.mail.outbox.length };
}

/** The emails sent since the outbox held `from`, counted per recipient and subject. */
function mailsSince(ws: Workspace, from: number): number[] {
  const count = new Map<string, number>();
  for (const mail of ws.mail.outbox.slice(from))
    for (const to of mail.to.split(',')) {
      const key = `${to.trim()} ${mail.subject}`;
      count.set(key, (count.get(key) ?? 0) + 1);
    }
  return [...count.values()];
}

/** The agenda every meeting here has, so that every run makes the same calls. */
const AGENDA: AgendaItem[] = [
  { time: '10:00', item: 'Welcome', moderator: 'Amina Diallo' },
  { time: '10:15', item: 'Action plan review', moderator: 'Lars Berg' },
];

describe('New meeting failing at any call, then Create clicked again (https://developers.google.com/apps-script/guides/support/troubleshooting#common_errors)', () => {
  const secretary = allianceWithAddresses();
  const form = secretary.run<NewMeetingForm>('getNewMeetingForm');
  const request = (id: string, date: string) =>
    meetingRequest(form, {
      date,
      agenda: AGENDA,
      email: true,
      calendar: true,
      requestId: `retry-request-${id}`,
    });
  // A first meeting, so that every one after has a previous meeting and makes the same calls.
  secretary.run('createMeeting', request('first', dayOf(secretary.ws, 0)));
  const calls = callsOf(secretary, () =>
    secretary.run('createMeeting', request('counted', dayOf(secretary.ws, 1))),
  );

  it(`makes one row, one agenda, one invitation, one event and one email per member, whichever of its ${calls.length} calls fails`, () => {
    const { ws } = secretary;
    for (const k of callsToFail(calls)) {
      const rows = readRows(secretary, 'meetings', ['meetingId']).length;
      const before = made(ws);
      const told = failThenRetry(secretary, 'createMeeting', request(String(k), dayOf(ws, k + 1)), k);
      const after = made(ws);
      const last = readRows(secretary, 'meetings', ['agendaLink', 'invitationLink']);
      expect({
        k,
        rows: last.length - rows,
        linked:
          last[last.length - 1].formulas.agendaLink !== '' &&
          last[last.length - 1].formulas.invitationLink !== '',
        documents: after.documents - before.documents,
        events: after.events - before.events,
        mails: mailsSince(ws, before.mails),
      }).toEqual({ k, rows: 1, linked: true, documents: 2, events: 1, mails: [1, 1, 1] });
      expectTruthful(told, true);
    }
    // Every run made the calls counted, in the same order: the k-th call failed was the k-th counted.
    expect(
      callsOf(secretary, () => secretary.run('createMeeting', request('last', dayOf(ws, calls.length + 2)))),
    ).toEqual(calls);
  });
});

describe('Generate minutes failing at any call, then generated again', () => {
  const addon = allianceWithAddresses();
  const { ws } = addon;
  const book = workbookId(addon);
  let form: MinutesForm | null = null;
  /** The table's rows as a person in the workbook sees them, the chair's agenda open again after. */
  const rowsOf = (table: 'actionPlan' | 'meetings', keys: string[]) => {
    const { active } = ws;
    ws.active = { host: 'sheets', fileId: book };
    try {
      return readRows(addon, table, keys);
    } finally {
      ws.active = active;
    }
  };
  /** A new meeting made in the workbook; the chair then opens its agenda. */
  function nextMeeting(id: string, day: number): string {
    const date = dayOf(ws, day);
    ws.open({ host: 'sheets', fileId: book });
    const meetingForm = addon.run<NewMeetingForm>('getNewMeetingForm');
    const created = addon.run<CreatedMeeting>(
      'createMeeting',
      meetingRequest(meetingForm, { date, agenda: AGENDA, requestId: `minutes-request-${id}` }),
    );
    ws.open({ host: 'docs', fileId: documentAt(addon, created.agenda.url).id });
    form ??= addon.run<MinutesForm>('getMinutesForm');
    return created.meetingId;
  }
  const minutes = (): MinutesRequest & { email: boolean } => {
    const items = structuredClone((form as MinutesForm).minutes.items);
    items[0].comment = 'Agreed';
    for (const action of ['Book the room', 'Write to the mayor', 'Print the flyers'])
      items[0].actions.push({ actionId: '', action, owner: 'Noor Haddad', due: '2027-04-01' });
    return { present: ['Amina Diallo', 'Lars Berg'], items, basis: null, email: true };
  };
  // A first meeting with its minutes, so that every one after makes the same calls.
  nextMeeting('first', 0);
  addon.run('saveMinutes', minutes());
  nextMeeting('counted', 1);
  const calls = callsOf(addon, () => addon.run('saveMinutes', minutes()));

  it(`makes one minutes Doc, one numbered row per action and mails no one twice, whichever of its ${calls.length} calls fails`, () => {
    for (const k of callsToFail(calls)) {
      const meetingId = nextMeeting(String(k), k + 1);
      const actions = rowsOf('actionPlan', ['number']).length;
      const before = made(ws);
      const told = failThenRetry(addon, 'saveMinutes', minutes(), k);
      const after = made(ws);
      const rows = rowsOf('actionPlan', ['number', 'action']);
      const meeting = rowsOf('meetings', ['meetingId', 'minutesLink']).filter(
        (row) => row.values.meetingId === meetingId,
      );
      expect({
        k,
        documents: after.documents - before.documents,
        actions: rows.slice(actions).map((row) => row.values.action),
        numbers: new Set(rows.map((row) => row.values.number)).size,
        minutesLinked: meeting.map((row) => row.formulas.minutesLink !== ''),
        twice: mailsSince(ws, before.mails).filter((count) => count > 1).length,
      }).toEqual({
        k,
        documents: 1,
        actions: ['Book the room', 'Write to the mayor', 'Print the flyers'],
        numbers: rows.length,
        minutesLinked: [true],
        twice: 0,
      });
      expectTruthful(told, false);
    }
    nextMeeting('last', calls.length + 2);
    expect(callsOf(addon, () => addon.run('saveMinutes', minutes()))).toEqual(calls);
  });
});

// The alliance's story with three people, through the workbench's HTTP interface only (no browser needed): the
// secretary sets up and makes a meeting, the chair generates the minutes as herself, a member gets her action by email
// and, a week later, one reminder.
import type { CreatedMeeting, GeneratedMinutes, MinutesForm, NewMeetingForm } from '../../src/domain/api';
import { startWorkbench, type TestWorkbench } from './support';

const LARS = 'lars@example.se';
const AMINA = 'amina@example.org';
const NOOR = 'noor@example.nl';

interface Mail {
  from: string;
  to: string;
  subject: string;
  body: string;
}

interface State {
  user: string;
  now: string;
  spreadsheet: { id: string; owner: string; editors: string[]; viewers: string[] };
  documents: { id: string; name: string; url: string; owner: string; editors: string[]; viewers: string[] }[];
  mail: Mail[];
  events: { calendarOwner: string; title: string; location: string; description: string; guests: string[] }[];
  triggers: { handler: string; user: string }[];
}

let bench: TestWorkbench;

beforeAll(async () => {
  bench = await startWorkbench();
});

afterAll(async () => {
  await bench?.stop();
});

jest.setTimeout(120_000);

async function state(): Promise<State> {
  return (await bench.api<State>('GET', '/api/state')).body;
}

/** A menu click or a sidebar's call, by whoever is signed in, in the file they have open. */
async function run<T>(fn: string, ...args: unknown[]): Promise<T> {
  const { body } = await bench.api<{ ok: boolean; value?: T; error?: string }>('POST', '/api/run', {
    fn,
    args,
  });
  if (!body.ok) throw new Error(body.error);
  return body.value as T;
}

async function signIn(email: string, open: { host: 'sheets' } | { host: 'docs'; documentId: string }) {
  expect((await bench.api('POST', '/api/as', { email })).status).toBe(200);
  expect((await bench.api('POST', '/api/open', open)).status).toBe(200);
}

const isoDay = (iso: string, days: number) =>
  new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);

it('secretary makes a meeting, the chair generates the minutes, a member gets her action and one weekly reminder', async () => {
  await bench.api('POST', '/api/reset', {
    locale: 'en',
    people: [
      { email: LARS, name: 'Lars Berg' },
      { email: AMINA, name: 'Amina Diallo', locale: 'fr' },
      { email: NOOR, name: 'Noor Haddad', locale: 'nl' },
    ],
  });
  const today = (await state()).now;

  // Lars, the secretary, sets up the workbook, types the members and makes a meeting that emails and schedules.
  await signIn(LARS, { host: 'sheets' });
  await run('setUpWorkbook');
  await bench.api('POST', '/api/edit', {
    sheet: 'Members',
    range: 'A2:E5',
    values: [
      ['Amina Diallo', 'Maison des Associations', '', 'Chair', AMINA],
      ['Lars Berg', 'Röda Korset', '', 'Secretary', LARS],
      ['Noor Haddad', 'Buurtwerk', '', 'Member', NOOR],
      ['Jan Peeters', 'Stad Gent', '', 'Member', ''],
    ],
  });
  const form = await run<NewMeetingForm>('getNewMeetingForm');
  expect(form.reachNote).toBe('Cannot be invited (no email address in Members): Jan Peeters.');
  const created = await run<CreatedMeeting>('createMeeting', {
    date: isoDay(today, 0),
    time: '10:00',
    place: 'Maison des Associations, Bordeaux',
    host: 'Maison des Associations',
    chair: 'Amina Diallo',
    agenda: form.agenda,
    email: true,
    calendar: true,
  });
  expect(created.reached).toContain('Not invited (no email address in Members): Jan Peeters.');
  let now = await state();
  const agenda = now.documents.find((document) => document.url === created.agenda.url);
  expect(agenda).toMatchObject({ owner: LARS, editors: [AMINA], viewers: [NOOR] });
  expect(now.mail).toEqual([
    expect.objectContaining({
      from: LARS,
      to: `${AMINA},${LARS},${NOOR}`,
      subject: expect.stringContaining('Invitation'),
    }),
  ]);
  expect(now.mail[0].body).toContain(created.agenda.url);
  expect(now.events).toEqual([
    expect.objectContaining({
      calendarOwner: LARS,
      location: 'Maison des Associations, Bordeaux',
      guests: [AMINA, NOOR],
    }),
  ]);

  // Amina, the chair, opens the shared agenda as herself: the workbook is not shared with her yet, and she is told whom to ask.
  const agendaId = agenda?.id as string;
  await signIn(AMINA, { host: 'docs', documentId: agendaId });
  await expect(run('getMinutesForm')).rejects.toThrow(
    `Demandez à ${LARS} de partager le classeur de l'Alliance avec vous en tant qu'éditeur`,
  );

  // Lars shares the workbook with her; she generates the minutes, with an action for Noor already late by next week.
  await signIn(LARS, { host: 'sheets' });
  expect(
    (await bench.api('POST', '/api/share', { fileId: now.spreadsheet.id, email: AMINA, role: 'editor' }))
      .status,
  ).toBe(200);
  await signIn(AMINA, { host: 'docs', documentId: agendaId });
  const minutesForm = await run<MinutesForm>('getMinutesForm');
  const items = structuredClone(minutesForm.minutes.items);
  items[0].actions.push({
    actionId: '',
    action: 'Book the room',
    owner: 'Noor Haddad',
    due: isoDay(today, 3),
  });
  const generated = await run<GeneratedMinutes>('saveMinutes', {
    present: ['Amina Diallo', 'Noor Haddad'],
    items,
    basis: minutesForm.basis,
    email: true,
  });
  now = await state();
  expect(now.documents.find((document) => document.url === generated.document.url)).toMatchObject({
    owner: AMINA,
    editors: [LARS],
    viewers: [NOOR],
  });
  const toNoor = now.mail.filter((mail) => mail.to === NOOR);
  expect(toNoor).toHaveLength(1);
  expect(toNoor[0]).toMatchObject({ from: AMINA });
  expect(toNoor[0].body).toContain('Book the room');
  expect(toNoor[0].body).toContain(generated.document.url);

  // Lars turns the weekly reminders on; a week later Noor gets exactly one reminder of her late action.
  await signIn(LARS, { host: 'sheets' });
  await run('saveReminders', { on: true, weekday: 'MONDAY', hour: 9 });
  expect((await state()).triggers).toEqual([
    expect.objectContaining({ handler: 'sendReminders', user: LARS }),
  ]);
  const mailBefore = (await state()).mail.length;
  const clock = await bench.api<{ fired: { handler: string; user: string; ok: boolean }[] }>(
    'POST',
    '/api/clock',
    {
      days: 7,
    },
  );
  expect(clock.body.fired).toEqual([{ handler: 'sendReminders', user: LARS, ok: true }]);
  const reminders = (await state()).mail.slice(mailBefore);
  expect(reminders).toEqual([expect.objectContaining({ from: LARS, to: NOOR })]);
  expect(reminders[0].body).toContain('Book the room');
  expect(reminders[0].body).toMatch(/\d+ days late/);
});

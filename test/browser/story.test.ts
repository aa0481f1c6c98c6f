// The alliance's story with three people, in the workbench page as people do it (the menu, the sidebars, "Signed in
// as", Share, the Outbox, Calendar and Triggers, +7 days), every step through the HTTP interface the page calls and
// checked in GET /api/state: the secretary sets up and makes a meeting, the chair generates the minutes as herself, a
// member gets her action by email and, a week later, one reminder; a member the workbook is not shared with is told
// whom to ask.
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { columnsOf } from '../../src/domain/schema';
import { type TestWorkbench, useWorkbenchAndBrowser } from './support';

const LARS = 'lars@example.se';
const AMINA = 'amina@example.org';
const NOOR = 'noor@example.nl';

/** Members as pasted, laid out by the schema's columns: the consent date is what lets each of them be emailed. */
const member = (values: Record<string, string>) =>
  columnsOf('members').map((column) => values[column.key] ?? '');
const consentRecordedOn = '2027-01-05';
const MEMBERS = [
  member({
    name: 'Amina Diallo',
    organisation: 'Maison des Associations',
    role: 'Chair',
    email: AMINA,
    consentRecordedOn,
  }),
  member({
    name: 'Lars Berg',
    organisation: 'Röda Korset',
    role: 'Secretary',
    email: LARS,
    consentRecordedOn,
  }),
  member({ name: 'Noor Haddad', organisation: 'Buurtwerk', role: 'Member', email: NOOR, consentRecordedOn }),
  member({ name: 'Jan Peeters', organisation: 'Stad Gent', role: 'Member' }),
];

interface Mail {
  from: string;
  to: string;
  subject: string;
  body: string;
}

interface State {
  user: string;
  now: string;
  spreadsheet: { id: string; name: string; owner: string; editors: string[]; viewers: string[] };
  documents: { id: string; name: string; url: string; owner: string; editors: string[]; viewers: string[] }[];
  mail: Mail[];
  events: { calendarOwner: string; title: string; location: string; description: string; guests: string[] }[];
  triggers: { handler: string; user: string }[];
}

let bench: TestWorkbench;
let browser: Browser;

useWorkbenchAndBrowser((started) => {
  ({ bench, browser } = started);
});

jest.setTimeout(120_000);

async function state(): Promise<State> {
  return (await bench.api<State>('GET', '/api/state')).body;
}

const isoDay = (iso: string, days: number) =>
  new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);

describe('the three-person story', () => {
  let page: Page;
  const sidebar = (): FrameLocator => page.frameLocator('#sidebar-frame');
  const menuItem = (name: string) =>
    page.getByRole('navigation', { name: 'Add-on menu' }).getByRole('button', { name, exact: true });
  const outbox = () => page.getByRole('list', { name: 'Outbox' });

  afterAll(async () => {
    await page?.close();
  });

  /** "Signed in as": the page opens, as that person, the file that was open. */
  async function signIn(email: string): Promise<void> {
    await page.getByLabel('Signed in as').selectOption(email);
    await page.waitForFunction(
      (who) =>
        fetch('/api/state')
          .then((response) => response.json())
          .then((state) => state.user === who),
      email,
    );
  }

  async function openFile(label: string): Promise<void> {
    await page.getByLabel('Open a file').selectOption({ label });
    await page.locator('#file-name', { hasText: label.replace(/^(Sheets|Docs) · /, '') }).waitFor();
  }

  it('secretary, chair and member, each signed in as themselves, from the New meeting to one reminder a week later', async () => {
    // Lars the secretary (signed in first, owner of the workbook), Amina the chair, Noor a member who reads Dutch.
    await bench.api('POST', '/api/reset', {
      locale: 'en',
      people: [
        { email: LARS, name: 'Lars Berg' },
        { email: AMINA, name: 'Amina Diallo' },
        { email: NOOR, name: 'Noor Haddad', locale: 'nl' },
      ],
    });
    const today = (await state()).now;
    page = await browser.newPage();
    await page.goto(bench.url);

    // Lars sets the workbook up from the menu and types the members by pasting them into Members.
    await menuItem('Set up alliance workbook').click();
    await page.locator('#alert').getByRole('button', { name: 'OK' }).click();
    await page.getByRole('tab', { name: 'Members' }).click();
    await page.locator('td[data-cell="A2"]').click();
    await page.locator('td[data-cell="A2"] input').evaluate(
      (input, tsv) => {
        const data = new DataTransfer();
        data.setData('text/plain', tsv);
        input.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
      },
      MEMBERS.map((row) => row.join('\t')).join('\n'),
    );
    await page.locator('td[data-cell="E4"]', { hasText: NOOR }).waitFor();

    // New meeting, today, emailed and on the calendars (both on by default): Jan, without email, is named.
    await menuItem('New meeting').click();
    const form = sidebar();
    await form.getByLabel('Date', { exact: true }).fill(isoDay(today, 0));
    await form.getByLabel('Time', { exact: true }).fill('10:00');
    await form.getByLabel('Place', { exact: true }).fill('Maison des Associations, Bordeaux');
    await form.getByLabel('Host organisation', { exact: true }).fill('Maison des Associations');
    await form
      .getByLabel('Chair', { exact: true })
      .selectOption({ label: 'Amina Diallo (Maison des Associations)' });
    await expect(form.getByLabel('Email the invitation to the members').isChecked()).resolves.toBe(true);
    await expect(form.getByLabel('Add to the calendars').isChecked()).resolves.toBe(true);
    await form.getByRole('button', { name: 'Create meeting' }).click();
    await form.getByText('Meeting 1 is created.').waitFor();
    await form.getByText('Not invited (no email address in Members): Jan Peeters.').waitFor();
    const agendaName = `Agenda – ${isoDay(today, 0)} – Maison des Associations`;
    await outbox().getByText(`From ${LARS} · To ${AMINA},${LARS},${NOOR}`).waitFor();
    const calendar = page.getByRole('list', { name: 'Calendar' });
    await expect(calendar.textContent()).resolves.toContain(`${AMINA}, ${NOOR}`);
    let now = await state();
    const agenda = now.documents.find((document) => document.name === agendaName);
    expect(agenda).toMatchObject({ owner: LARS, editors: [AMINA], viewers: [NOOR] });
    expect(now.mail).toEqual([
      expect.objectContaining({ from: LARS, subject: expect.stringContaining('Invitation') }),
    ]);
    expect(now.mail[0].body).toContain(agenda?.url);
    expect(now.events).toEqual([
      expect.objectContaining({
        calendarOwner: LARS,
        location: 'Maison des Associations, Bordeaux',
        guests: [AMINA, NOOR],
      }),
    ]);

    // Noor, a member: the agenda is shared with her to read, the workbook is not. Generate minutes ("Notulen maken"
    // in her Dutch menu) tells her, in Dutch, that she may only read and whom to ask; nothing fails.
    await openFile(`Docs · ${agendaName}`);
    await signIn(NOOR);
    await menuItem('Notulen maken').click();
    await sidebar()
      .getByText(`U kunt deze agenda alleen bekijken. Vraag ${LARS},`, { exact: false })
      .waitFor();
    await expect(page.getByRole('alert').isHidden()).resolves.toBe(true);

    // Amina, the chair, is told the same in her language; Lars shares the workbook with her by hand.
    await signIn(AMINA);
    await menuItem('Generate minutes').click();
    await sidebar()
      .getByText(`Ask ${LARS} to share the alliance workbook with you as an editor`, { exact: false })
      .waitFor();
    await signIn(LARS);
    const workbook = `Sheets · ${now.spreadsheet.name}`;
    await openFile(workbook);
    await page.getByLabel('Share with').selectOption(AMINA);
    await page.getByLabel('Share as').selectOption('editor');
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await page.getByText(`Shared with ${AMINA} as editor.`).waitFor();
    expect((await state()).spreadsheet.editors).toEqual([AMINA]);

    // Amina generates the minutes in the agenda, with an action for Noor due in three days, and emails them.
    await signIn(AMINA);
    await openFile(`Docs · ${agendaName}`);
    await menuItem('Generate minutes').click();
    const minutes = sidebar();
    const first = minutes.getByRole('group', { name: 'Welcome and introduction', exact: true });
    await first.getByRole('button', { name: 'Add action' }).click();
    await first.getByLabel('Action', { exact: true }).fill('Book the room');
    await first.getByLabel('Owner', { exact: true }).selectOption({ label: 'Noor Haddad — Buurtwerk' });
    await first.getByLabel('Due date', { exact: true }).fill(isoDay(today, 3));
    await expect(minutes.getByLabel('Email the minutes to the members').isChecked()).resolves.toBe(true);
    await minutes.getByRole('button', { name: 'Generate minutes', exact: true }).click();
    await minutes.getByText('The minutes are ready.', { exact: false }).waitFor();
    now = await state();
    const minutesDoc = now.documents.find((document) => document.owner === AMINA);
    expect(minutesDoc).toMatchObject({ editors: [LARS], viewers: [NOOR] });

    // Noor finds her action in the Outbox, as text.
    await signIn(NOOR);
    const toNoor = outbox()
      .getByRole('listitem')
      .filter({ hasText: `From ${AMINA} · To ${NOOR}` });
    await toNoor.first().waitFor();
    await expect(toNoor.count()).resolves.toBe(1);
    await expect(toNoor.locator('pre').textContent()).resolves.toContain('Book the room');
    await expect(toNoor.locator('pre').textContent()).resolves.toContain(minutesDoc?.url);

    // Lars turns the weekly reminders on; +7 days runs them once, and Noor gets exactly one reminder.
    await signIn(LARS);
    await openFile(workbook);
    await menuItem('Reminders…').click();
    await sidebar().getByLabel('Send weekly reminders').check();
    await sidebar().getByRole('button', { name: 'Save' }).click();
    await sidebar().getByText('Reminders are on', { exact: false }).waitFor();
    await page.getByRole('list', { name: 'Triggers' }).getByText(`sendReminders · ${LARS}`).waitFor();
    expect((await state()).triggers).toEqual([
      expect.objectContaining({ handler: 'sendReminders', user: LARS }),
    ]);
    const toNoorBefore = await outbox()
      .getByRole('listitem')
      .filter({ hasText: `To ${NOOR}` })
      .count();
    await page.getByRole('button', { name: '+7 days' }).click();
    await page.getByRole('alert').getByText(`Triggers ran: sendReminders as ${LARS}`).waitFor();
    const reminders = outbox()
      .getByRole('listitem')
      .filter({ hasText: `From ${LARS} · To ${NOOR}` })
      .filter({ hasText: 'Book the room' });
    await reminders.first().waitFor();
    await expect(reminders.count()).resolves.toBe(1);
    await expect(reminders.locator('pre').textContent()).resolves.toMatch(/\d days late/);
    await expect(
      outbox()
        .getByRole('listitem')
        .filter({ hasText: `To ${NOOR}` })
        .count(),
    ).resolves.toBe(toNoorBefore + 1);
  });
});

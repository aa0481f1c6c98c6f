// The workbench's people: POST /api/reset with people, /api/as, /api/share, /api/clock, what GET /api/state adds,
// and the page's "Signed in as", outbox and clock, over a stand-in add-on.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { WorkbenchState } from '../../emulator/workbench/api';
import { launchBrowser, startWorkbench, type TestWorkbench } from './support';

/** Shares, mails, plans and installs a weekly trigger whose run mails its owner. */
const CODE = `
function onOpen() {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Invite', 'invite').addToUi();
}
function invite() {
  var book = SpreadsheetApp.getActiveSpreadsheet();
  book.addEditor('chair@alliance.org');
  MailApp.sendEmail('member@alliance.org', 'Plenary', 'Come on <b>Monday</b>', {
    htmlBody: '<img src=x onerror="document.title=1">Come on <b>Monday</b>', cc: 'chair@alliance.org', name: 'Alliance' });
  CalendarApp.getDefaultCalendar().createEvent('Plenary', new Date('2026-03-09T09:00:00Z'),
    new Date('2026-03-09T11:00:00Z'), { location: 'Town hall', guests: 'member@alliance.org', description: 'Agenda', sendInvites: true });
  ScriptApp.newTrigger('remind').timeBased().onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(9).create();
}
function whoAmI() { return Session.getActiveUser().getEmail(); }
function readBook(id) { return SpreadsheetApp.openById(id).getName(); }
function remind(e) {
  MailApp.sendEmail(Session.getActiveUser().getEmail(), 'Reminder', 'Due this week');
}
`;

/** The stand-in's manifest: the scopes its calls need (https://developers.google.com/apps-script/concepts/scopes). */
const MANIFEST = {
  timeZone: 'Europe/Paris',
  runtimeVersion: 'V8',
  oauthScopes: [
    'https://www.googleapis.com/auth/spreadsheets',
    'https://www.googleapis.com/auth/script.container.ui',
    'https://www.googleapis.com/auth/script.send_mail',
    'https://www.googleapis.com/auth/calendar',
    'https://www.googleapis.com/auth/script.scriptapp',
    'https://www.googleapis.com/auth/userinfo.email',
  ],
};

const PEOPLE = [
  { email: 'amina@alliance.org', name: 'Amina', locale: 'fr' },
  { email: 'chair@alliance.org', name: 'Chair', locale: 'nl' },
  { email: 'member@alliance.org' },
];

let bench: TestWorkbench;
let buildDir: string;

beforeAll(async () => {
  buildDir = mkdtempSync(join(tmpdir(), 'alliance-people-build-'));
  writeFileSync(join(buildDir, 'Code.js'), CODE);
  writeFileSync(join(buildDir, 'appsscript.json'), JSON.stringify(MANIFEST));
  bench = await startWorkbench(buildDir);
});

afterAll(async () => {
  await bench?.stop();
  rmSync(buildDir, { recursive: true, force: true });
});

beforeEach(async () => {
  await bench.api('POST', '/api/reset', { locale: 'en', people: PEOPLE });
});

const state = async () => (await bench.api<WorkbenchState>('GET', '/api/state')).body;
const run = async (fn: string, ...args: unknown[]) =>
  (await bench.api<{ ok: boolean; value?: unknown; error?: string }>('POST', '/api/run', { fn, args })).body;

describe('POST /api/reset with people, and POST /api/as', () => {
  it('signs the first person in, as owner of the new spreadsheet; the rest are people to switch to', async () => {
    const answer = await state();
    expect(answer.user).toBe('amina@alliance.org');
    expect(answer.locale).toBe('fr');
    expect(answer.people).toEqual([
      { email: 'amina@alliance.org', name: 'Amina', locale: 'fr' },
      { email: 'chair@alliance.org', name: 'Chair', locale: 'nl' },
      { email: 'member@alliance.org', name: 'member', locale: 'en' },
    ]);
    expect(answer.spreadsheet).toMatchObject({ owner: 'amina@alliance.org', editors: [], viewers: [] });
    expect(Date.parse(answer.now)).toBeGreaterThan(0);
    expect([answer.mail, answer.events, answer.triggers]).toEqual([[], [], []]);
  });

  it('without people, makes one person of the locale asked, as before', async () => {
    await bench.api('POST', '/api/reset', { locale: 'sv' });
    const answer = await state();
    expect(answer.people).toHaveLength(1);
    expect(answer.locale).toBe('sv');
    expect(answer.spreadsheet?.owner).toBe(answer.user);
  });

  it('refuses people that are not a list of distinct addresses, and an unknown person to sign in', async () => {
    for (const people of [[], [{ email: 'nope' }], [{ email: 'a@x.org' }, { email: 'a@x.org' }], 'a@x.org']) {
      expect((await bench.api('POST', '/api/reset', { people })).status).toBe(400);
    }
    expect((await bench.api('POST', '/api/as', { email: 'stranger@x.org' })).status).toBe(400);
  });

  it('runs and opens as the person signed in, who needs the file shared with them', async () => {
    await bench.api('POST', '/api/as', { email: 'chair@alliance.org' });
    expect((await state()).user).toBe('chair@alliance.org');
    const opened = await bench.api<{ error: string }>('POST', '/api/open', { host: 'sheets' });
    expect(opened.status).toBe(403);
    expect(opened.body.error).toContain('chair@alliance.org has no access');
    expect(
      (await bench.api('POST', '/api/edit', { sheet: 'Sheet1', range: 'A1', values: [['x']] })).status,
    ).toBe(403);
  });
});

describe('POST /api/share', () => {
  it('shares a file by hand; an editor may open and edit it, a viewer only open it', async () => {
    const { spreadsheet } = await state();
    const id = spreadsheet?.id as string;
    expect(
      (await bench.api('POST', '/api/share', { fileId: id, email: 'chair@alliance.org', role: 'editor' }))
        .status,
    ).toBe(200);
    expect(
      (await bench.api('POST', '/api/share', { fileId: id, email: 'member@alliance.org', role: 'viewer' }))
        .status,
    ).toBe(200);
    expect((await state()).spreadsheet).toMatchObject({
      owner: 'amina@alliance.org',
      editors: ['chair@alliance.org'],
      viewers: ['member@alliance.org'],
    });
    await bench.api('POST', '/api/as', { email: 'member@alliance.org' });
    expect((await bench.api('POST', '/api/open', { host: 'sheets' })).status).toBe(200);
    expect(await run('readBook', id)).toEqual({ ok: true, value: 'Untitled spreadsheet' });
    expect(
      (await bench.api('POST', '/api/edit', { sheet: 'Sheet1', range: 'A1', values: [['x']] })).status,
    ).toBe(403);
    const again = await bench.api('POST', '/api/share', {
      fileId: id,
      email: 'member@alliance.org',
      role: 'editor',
    });
    expect(again.status).toBe(403);
  });

  it('refuses a bad role, address or file', async () => {
    const id = (await state()).spreadsheet?.id;
    for (const body of [
      { fileId: id, email: 'chair@alliance.org', role: 'owner' },
      { fileId: id, email: 'chair', role: 'viewer' },
      { fileId: 'nope', email: 'chair@alliance.org', role: 'viewer' },
    ]) {
      expect((await bench.api('POST', '/api/share', body)).status).toBe(400);
    }
  });
});

describe('mail, events, triggers and POST /api/clock', () => {
  it('shows what the add-on sent, planned and installed, and fires the trigger as its owner', async () => {
    await bench.api('POST', '/api/open', { host: 'sheets' });
    expect((await run('invite')).ok).toBe(true);
    const before = await state();
    expect(before.spreadsheet?.editors).toEqual(['chair@alliance.org']);
    expect(before.mail).toEqual([
      {
        from: 'amina@alliance.org',
        to: 'member@alliance.org',
        cc: 'chair@alliance.org',
        subject: 'Plenary',
        body: 'Come on <b>Monday</b>',
        htmlBody: '<img src=x onerror="document.title=1">Come on <b>Monday</b>',
        at: expect.any(String),
      },
    ]);
    expect(before.events).toEqual([
      {
        calendarOwner: 'amina@alliance.org',
        title: 'Plenary',
        start: '2026-03-09T09:00:00.000Z',
        end: '2026-03-09T11:00:00.000Z',
        location: 'Town hall',
        description: 'Agenda',
        guests: ['member@alliance.org'],
      },
    ]);
    expect(before.triggers).toEqual([
      {
        handler: 'remind',
        user: 'amina@alliance.org',
        kind: 'CLOCK',
        schedule: 'weekly on MONDAY at 09:00 (UTC)',
      },
    ]);

    await bench.api('POST', '/api/as', { email: 'chair@alliance.org' });
    expect(await run('whoAmI')).toEqual({ ok: true, value: 'chair@alliance.org' });
    const { status, body } = await bench.api<{ now: string; fired: unknown[] }>('POST', '/api/clock', {
      days: 7,
    });
    expect(status).toBe(200);
    expect(Date.parse(body.now) - Date.parse(before.now)).toBeGreaterThanOrEqual(7 * 24 * 3600 * 1000);
    expect(body.fired).toEqual([{ handler: 'remind', user: 'amina@alliance.org', ok: true }]);
    const after = await state();
    expect(after.user).toBe('chair@alliance.org');
    expect(after.mail.at(-1)).toMatchObject({
      from: 'amina@alliance.org',
      to: 'amina@alliance.org',
      subject: 'Reminder',
    });
    expect((await bench.api('POST', '/api/clock', { days: 0 })).status).toBe(400);
  });

  it('keeps people, sharing, mail, events, triggers and the clock across a restart', async () => {
    await bench.api('POST', '/api/open', { host: 'sheets' });
    await run('invite');
    await bench.api('POST', '/api/clock', { days: 3 });
    await bench.api('POST', '/api/as', { email: 'chair@alliance.org' });
    const before = await state();
    await bench.restart();
    const after = await state();
    const { version: _v, now: beforeNow, ...kept } = before;
    const { version: _w, now: afterNow, ...loaded } = after;
    expect(loaded).toEqual(kept);
    expect(Math.abs(Date.parse(afterNow) - Date.parse(beforeNow))).toBeLessThan(60_000);
  });
});

describe('the page', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('switches who is signed in, shows the outbox as text and moves the clock', async () => {
    await bench.api('POST', '/api/open', { host: 'sheets' });
    await run('invite');
    const page = await browser.newPage();
    try {
      await page.goto(bench.url);
      const outbox = page.getByRole('list', { name: 'Outbox' });
      await outbox.getByText('Plenary').waitFor();
      await expect(outbox.locator('pre').first().textContent()).resolves.toBe('Come on <b>Monday</b>');
      await expect(outbox.locator('img, b').count()).resolves.toBe(0);
      await expect(page.getByRole('list', { name: 'Triggers' }).textContent()).resolves.toContain('remind');

      await page.getByLabel('Signed in as').selectOption('chair@alliance.org');
      await page
        .getByRole('navigation', { name: 'Add-on menu' })
        .getByRole('button', { name: 'Invite' })
        .waitFor();
      await expect(state().then((s) => s.user)).resolves.toBe('chair@alliance.org');

      const today = await page.locator('#today').textContent();
      await page.getByRole('button', { name: '+7 days' }).click();
      await page.getByRole('alert').getByText('remind as amina@alliance.org').waitFor();
      await expect(page.locator('#today').textContent()).resolves.not.toBe(today);
      await outbox.getByText('Reminder').waitFor();
    } finally {
      await page.close();
    }
  });
});

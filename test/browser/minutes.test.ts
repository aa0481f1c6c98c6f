// Generate minutes in the workbench, as the chair does it: the agenda Doc edited by hand, the sidebar by its labels.
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { type TestWorkbench, useWorkbenchAndBrowser } from './support';

const XSS = '<img src=x onerror=alert(1)>';
const AGENDA = 'Agenda – 2027-03-15 – Maison des Associations';
const MINUTES = 'Minutes – 2027-03-15 – Maison des Associations';
const EARLY = 'This meeting is on 15 March 2027, after today. Generate its minutes all the same';

interface State {
  spreadsheet: { sheets: { name: string; values: unknown[][] }[] };
  documents: { id: string; name: string; text: string; tables: string[][][] }[];
}

let bench: TestWorkbench;
let browser: Browser;
let page: Page;

useWorkbenchAndBrowser((started) => {
  ({ bench, browser } = started);
});

afterEach(async () => {
  await page?.close();
});

async function state(): Promise<State> {
  return (await bench.api<State>('GET', '/api/state')).body;
}

const menu = () => page.getByRole('navigation', { name: 'Add-on menu' });

/** How many cells of the Action plan hold exactly that text. */
async function actionCount(text: string): Promise<number> {
  const sheet = (await state()).spreadsheet.sheets.find((candidate) => candidate.name === 'Action plan');
  return (sheet?.values ?? []).flat().filter((value) => value === text).length;
}

/** The secretary sets up the workbook, types the members and makes a meeting with the New meeting sidebar. */
async function meetingMadeBySecretary(): Promise<void> {
  await bench.api('POST', '/api/reset', { locale: 'en' });
  await bench.api('POST', '/api/run', { fn: 'setUpWorkbook', args: [] });
  await bench.api('POST', '/api/edit', {
    sheet: 'Members',
    range: 'A2:B4',
    values: [
      ['Amina Diallo', 'Maison des Associations'],
      ['Lars Berg', 'Röda Korset'],
      [XSS, 'Test'],
    ],
  });
  page = await browser.newPage();
  await page.goto(bench.url);
  await menu().getByRole('button', { name: 'New meeting' }).click();
  const newMeeting = page.frameLocator('#sidebar-frame');
  await newMeeting.getByLabel('Date', { exact: true }).fill('2027-03-15');
  await newMeeting.getByLabel('Place', { exact: true }).fill('Bordeaux');
  await newMeeting.getByLabel('Host organisation', { exact: true }).fill('Maison des Associations');
  await newMeeting.getByRole('button', { name: 'Create meeting' }).click();
  await newMeeting.getByRole('link', { name: AGENDA }).waitFor();
}

jest.setTimeout(120_000);

describe('Generate minutes in the workbench', () => {
  it('reads the agenda as the chair left it, and puts each action in the action plan once, even when generated again', async () => {
    await meetingMadeBySecretary();

    // The chair opens the agenda Doc and adds a row to its table by hand.
    await page.getByLabel('Open a file').selectOption({ label: `Docs · ${AGENDA}` });
    const table = page.locator('table[data-table="0"]');
    await table.getByText('Welcome and introduction').waitFor();
    const rowsBefore = await table.locator('tr').count();
    await page.getByRole('button', { name: 'Add a row' }).click();
    await page.waitForFunction(
      (count) => document.querySelectorAll('table[data-table="0"] tr').length === count + 1,
      rowsBefore,
    );
    await table.locator('tr').last().locator('td.doc-cell').nth(1).click();
    const cell = page.getByLabel(`Table 1, row ${rowsBefore + 1}`);
    await cell.fill('Visit of the new centre');
    await cell.press('Enter');
    await table.getByText('Visit of the new centre').waitFor();

    await menu().getByRole('button', { name: 'Generate minutes' }).click();
    const sidebar: FrameLocator = page.frameLocator('#sidebar-frame');
    const amina = sidebar.getByLabel('Amina Diallo — Maison des Associations', { exact: true });
    await amina.waitFor();

    // A member named like HTML is those characters, nowhere an element.
    await sidebar.getByLabel(`${XSS} — Test`, { exact: true }).waitFor();
    await expect(sidebar.locator('img').count()).resolves.toBe(0);

    await amina.check();
    const visit = sidebar.getByRole('group', { name: 'Visit of the new centre', exact: true });
    await visit.getByLabel('Comment', { exact: true }).fill('The centre opens in May');
    await visit.getByRole('button', { name: 'Add action' }).click();
    await visit.getByLabel('Action', { exact: true }).fill('Book the centre for June');
    await visit.getByLabel('Owner', { exact: true }).selectOption({ label: 'Lars Berg — Röda Korset' });
    await visit.getByLabel('Due date', { exact: true }).fill('2027-06-01');
    // The meeting is on 15 March 2027, after today's clock: the chair confirms generating its minutes now.
    await sidebar.getByLabel(EARLY, { exact: true }).check();
    await sidebar.getByRole('button', { name: 'Generate minutes', exact: true }).click();

    await sidebar
      .getByText('The minutes are ready. Actions of this meeting in the action plan: 1.')
      .waitFor();
    await sidebar.getByRole('link', { name: MINUTES }).first().waitFor();
    const minutes = (await state()).documents.find((doc) => doc.name === MINUTES);
    expect(minutes?.text).toContain('Amina Diallo / Maison des Associations');
    expect(minutes?.text.indexOf('Lars Berg / Röda Korset')).toBeGreaterThan(
      minutes?.text.indexOf('Name/Organisation of those absent') ?? Infinity,
    );
    expect(minutes?.tables[0].find((row) => row[0] === 'Visit of the new centre')?.[1]).toContain(
      'The centre opens in May',
    );
    expect(await actionCount('Book the centre for June')).toBe(1);

    // The form came back with what was just generated: the chair ticks Lars too and generates again.
    await sidebar
      .getByText('Minutes were generated before: you are editing them.', { exact: false })
      .waitFor();
    await expect(visit.getByLabel('Action', { exact: true }).inputValue()).resolves.toBe(
      'Book the centre for June',
    );
    await sidebar.getByLabel('Lars Berg — Röda Korset', { exact: true }).check();
    await sidebar.getByLabel(EARLY, { exact: true }).check();
    await sidebar.getByRole('button', { name: 'Generate minutes', exact: true }).click();
    await sidebar.getByText('The minutes are ready.', { exact: false }).waitFor();
    const again = (await state()).documents.filter((doc) => doc.name === MINUTES);
    expect(again).toHaveLength(1);
    expect(again[0].text.indexOf('Lars Berg / Röda Korset')).toBeLessThan(
      again[0].text.indexOf('Name/Organisation of those absent'),
    );
    expect(await actionCount('Book the centre for June')).toBe(1);
  });

  it('says what to fix when an action has no owner, and writes nothing', async () => {
    await meetingMadeBySecretary();
    await page.getByLabel('Open a file').selectOption({ label: `Docs · ${AGENDA}` });
    await menu().getByRole('button', { name: 'Generate minutes' }).click();
    const sidebar = page.frameLocator('#sidebar-frame');
    const first = sidebar.getByRole('group', { name: 'Welcome and introduction', exact: true });
    await first.getByRole('button', { name: 'Add action' }).click();
    await first.getByLabel('Action', { exact: true }).fill('Send the photos');
    await first.getByLabel('Due date', { exact: true }).fill('2027-04-01');
    await sidebar.getByRole('button', { name: 'Generate minutes', exact: true }).click();
    await sidebar.getByText('Please choose the owner of the action “Send the photos”.').waitFor();
    expect((await state()).documents.map((doc) => doc.name)).not.toContain(MINUTES);
    expect(await actionCount('Send the photos')).toBe(0);
  });
});

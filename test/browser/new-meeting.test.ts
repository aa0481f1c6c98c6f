// New meeting in the workbench, as the secretary does it: the menu, the sidebar's labelled fields, Create meeting.
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { type TestWorkbench, useWorkbenchAndBrowser } from './support';

const XSS = '<img src=x onerror=alert(1)>';

interface State {
  spreadsheet: { sheets: { name: string; values: unknown[][] }[] };
  documents: { id: string; name: string; text: string; tables: string[][][] }[];
}

let bench: TestWorkbench;
let browser: Browser;
let page: Page;
let sidebar: FrameLocator;

useWorkbenchAndBrowser((started) => {
  ({ bench, browser } = started);
});

beforeEach(async () => {
  await bench.api('POST', '/api/reset', { locale: 'en' });
  await bench.api('POST', '/api/run', { fn: 'setUpWorkbook', args: [] });
  // Members as a person types them: name in A, organisation in B, where set-up puts those columns.
  await bench.api('POST', '/api/edit', {
    sheet: 'Members',
    range: 'A2:B3',
    values: [
      ['Amina Diallo', 'Maison des Associations'],
      [XSS, 'Test'],
    ],
  });
  page = await browser.newPage();
  await page.goto(bench.url);
  await page
    .getByRole('navigation', { name: 'Add-on menu' })
    .getByRole('button', { name: 'New meeting' })
    .click();
  sidebar = page.frameLocator('#sidebar-frame');
  await sidebar.getByLabel('Date', { exact: true }).waitFor();
});

afterEach(async () => {
  await page.close();
});

async function state(): Promise<State> {
  return (await bench.api<State>('GET', '/api/state')).body;
}

describe('the New meeting sidebar in the workbench', () => {
  it('creates the Meetings row, the agenda Doc and the invitation Doc from what the secretary filled in', async () => {
    await sidebar.getByLabel('Date', { exact: true }).fill('2027-03-15');
    await sidebar.getByLabel('Time', { exact: true }).fill('10:00');
    await sidebar.getByLabel('Place', { exact: true }).fill('Bordeaux');
    await sidebar.getByLabel('Host organisation', { exact: true }).fill('Maison des Associations');
    await sidebar
      .getByLabel('Chair', { exact: true })
      .selectOption({ label: 'Amina Diallo (Maison des Associations)' });
    await sidebar.getByLabel('Time of item 1', { exact: true }).fill('10:00');
    await sidebar.getByRole('button', { name: 'Remove item 2', exact: true }).click();
    await sidebar.getByRole('button', { name: 'Add item' }).click();
    await sidebar.getByLabel('Item 10', { exact: true }).fill('Visit of the new centre');
    await sidebar.getByLabel('Moderator of item 10', { exact: true }).fill('Amina Diallo');
    await sidebar.getByRole('button', { name: 'Create meeting' }).click();

    await sidebar.getByText('Meeting 1 is created.').waitFor();
    const agendaLink = sidebar.getByRole('link', { name: 'Agenda – 2027-03-15 – Maison des Associations' });
    const invitationLink = sidebar.getByRole('link', {
      name: 'Invitation – 2027-03-15 – Maison des Associations',
    });
    await expect(agendaLink.getAttribute('target')).resolves.toBe('_blank');
    await invitationLink.waitFor();

    const { spreadsheet, documents } = await state();
    const meetings = spreadsheet.sheets.find((sheet) => sheet.name === 'Meetings');
    expect(meetings?.values.slice(1)).toHaveLength(1);
    expect(meetings?.values[1]).toEqual(
      expect.arrayContaining([
        1,
        '2027-03-15',
        '10:00',
        'Bordeaux',
        'Maison des Associations',
        'Amina Diallo',
        'Planned',
      ]),
    );
    const agenda = documents.find((doc) => doc.name === 'Agenda – 2027-03-15 – Maison des Associations');
    expect(agenda?.tables[0][0]).toEqual(['TIME', 'ITEM', 'MODERATOR']);
    expect(agenda?.tables[0][1]).toEqual(['10:00', 'Welcome and introduction', '']);
    expect(agenda?.tables[0].map((row) => row[1])).not.toContain('Minutes of the previous meeting');
    expect(agenda?.tables[0].at(-1)).toEqual(['', 'Visit of the new centre', 'Amina Diallo']);
    const invitation = documents.find(
      (doc) => doc.name === 'Invitation – 2027-03-15 – Maison des Associations',
    );
    expect(invitation?.text).toContain('to be held on 15 March 2027 at 10:00 at Bordeaux.');

    // Following the link in the sidebar opens the Doc in the workbench, as it opens the Doc in Google.
    await agendaLink.click();
    await page
      .locator(
        '#file-view[data-host="docs"] .doc-page[aria-label="Agenda – 2027-03-15 – Maison des Associations"]',
      )
      .waitFor();
  });

  it('shows a member named like HTML as those characters in the Chair list', async () => {
    const options = await sidebar.getByLabel('Chair', { exact: true }).locator('option').allTextContents();
    expect(options).toContain(`${XSS} (Test)`);
    await expect(sidebar.locator('img').count()).resolves.toBe(0);
  });

  it('says what to fix when the date is missing, and writes nothing', async () => {
    await sidebar.getByRole('button', { name: 'Create meeting' }).click();
    await sidebar.getByText('Please give the meeting a date.').waitFor();
    const { spreadsheet, documents } = await state();
    expect(spreadsheet.sheets.find((sheet) => sheet.name === 'Meetings')?.values).toHaveLength(1);
    expect(documents).toEqual([]);
    await expect(sidebar.getByRole('button', { name: 'Create meeting' }).isEnabled()).resolves.toBe(true);
  });
});

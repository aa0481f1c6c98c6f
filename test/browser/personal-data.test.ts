// The Personal data sidebar in the workbench: a member of two meetings who owns actions, found, exported and erased.
import type { Browser, Page } from 'playwright-core';
import type { CreatedMeeting, MinutesForm, NewMeetingForm } from '../../src/domain/api';
import { meetingRequest } from '../support/meeting';
import { type TestWorkbench, useWorkbenchAndBrowser } from './support';

const AMINA = 'Amina Diallo';
const EMAIL = 'amina@example.org';

let bench: TestWorkbench;
let browser: Browser;
let page: Page;

useWorkbenchAndBrowser((started) => {
  ({ bench, browser } = started);
});

interface State {
  spreadsheet: { id: string; sheets: { name: string; values: unknown[][] }[] };
  documents: { id: string; name: string; text: string }[];
}

const state = async () => (await bench.api<State>('GET', '/api/state')).body;

async function run<T>(fn: string, ...args: unknown[]): Promise<T> {
  const { body } = await bench.api<{ ok: boolean; value: T; error?: string }>('POST', '/api/run', {
    fn,
    args,
  });
  if (!body.ok) throw new Error(`${fn}: ${body.error}`);
  return body.value;
}

/** Two meetings chaired by Amina, each with minutes that give her an action; through the HTTP interface, in Dutch. */
beforeAll(async () => {
  await bench.api('POST', '/api/reset', { locale: 'nl' });
  await run('setUpWorkbook');
  await bench.api('POST', '/api/edit', {
    sheet: 'Leden',
    range: 'A2:E3',
    values: [
      [AMINA, 'Maison des Associations', '', '', EMAIL],
      ['Lars Berg', 'Röda Korset', '', '', ''],
    ],
  });
  const workbook = (await state()).spreadsheet.id;
  for (const date of ['2027-03-15', '2027-04-15']) {
    await bench.api('POST', '/api/open', { host: 'sheets' });
    const form = await run<NewMeetingForm>('getNewMeetingForm');
    const created = await run<CreatedMeeting>('createMeeting', meetingRequest(form, { date }));
    const agenda = (await state()).documents.find((doc) => created.agenda.url.includes(doc.id));
    await bench.api('POST', '/api/open', { host: 'docs', documentId: agenda?.id });
    const minutes = await run<MinutesForm>('getMinutesForm');
    const items = structuredClone(minutes.minutes.items);
    items[0].actions.push({ actionId: '', action: `Follow up ${date}`, owner: AMINA, due: '2027-06-01' });
    // The workbench's clock is today's: the chair confirms minutes of a meeting still ahead, as the sidebar asks.
    await run('saveMinutes', {
      present: [AMINA, 'Lars Berg'],
      items,
      basis: minutes.basis,
      confirmEarly: true,
    });
  }
  await bench.api('POST', '/api/open', { host: 'sheets', documentId: workbook });
}, 120_000);

afterAll(async () => {
  await page?.close();
});

jest.setTimeout(120_000);

describe('the Personal data sidebar in the workbench', () => {
  it('finds Amina in the sheets and Docs, exports her data to a Doc, and erases her so a new search finds nothing', async () => {
    page = await browser.newPage();
    await page.goto(bench.url);
    await page
      .getByRole('navigation', { name: 'Add-on menu' })
      .getByRole('button', { name: 'Persoonsgegevens…' })
      .click();
    const sidebar = page.frameLocator('#sidebar-frame');
    const person = sidebar.getByLabel('Naam, e-mail of telefoon', { exact: true });
    await person.fill('A');
    await sidebar.getByRole('button', { name: 'Zoeken' }).click();
    await sidebar.getByText('Typ minstens 3 tekens van de naam, het e-mailadres of de telefoon.').waitFor();
    await person.fill(AMINA);
    await sidebar.getByRole('button', { name: 'Zoeken' }).click();
    await sidebar.getByText(/vermeldingen van Amina Diallo:/).waitFor();
    for (const place of ['Leden', 'Actieplan', 'Vergaderingen'])
      await sidebar
        .getByRole('listitem')
        .filter({ hasText: `${place}:` })
        .waitFor();

    await sidebar.getByRole('button', { name: 'Exporteren naar een document' }).click();
    const exported = sidebar.getByRole('link', { name: /^Persoonsgegevens – Amina Diallo/ });
    await exported.waitFor();
    const exportName = await exported.textContent();

    const erase = sidebar.getByRole('button', { name: 'Wissen' });
    await expect(erase.isDisabled()).resolves.toBe(true);
    await sidebar.getByLabel(/Ik begrijp het/).check();
    await erase.click();
    await sidebar.getByText('Er is niets over Amina Diallo gevonden.').waitFor();
    await sidebar.getByText(/^Amina Diallo is gewist:/).waitFor();

    const after = await state();
    const holding = [
      ...after.spreadsheet.sheets.filter((sheet) => JSON.stringify(sheet.values).includes(AMINA)),
      ...after.documents.filter((doc) => doc.text.includes(AMINA) || doc.text.includes(EMAIL)),
    ].map((place) => place.name);
    expect(holding).toEqual([exportName]);
    const members = after.spreadsheet.sheets.find((sheet) => sheet.name === 'Leden');
    expect(members?.values[1].slice(0, 5)).toEqual(['[gewist]', 'Maison des Associations', '', '', '']);
  });
});

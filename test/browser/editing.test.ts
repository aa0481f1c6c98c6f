// What a person does by hand in the workbench: dropdowns and rejected input in sheets, Docs' tables, links, alerts.
import type { Browser, Page } from 'playwright-core';
import { type TestWorkbench, useWorkbenchAndBrowser } from './support';

interface Sheet {
  values: unknown[][];
  frozenRows: number;
  rules: { type: string; list: string[] | null; allowInvalid: boolean }[];
  validations: number[][];
}

interface Doc {
  id: string;
  name: string;
  text: string;
  tables: string[][][];
  blocks: { kind: string; heading?: string; runs?: { text: string; link: string | null }[] }[];
}

interface State {
  active: { host: string; fileId: string };
  spreadsheet: { url: string; sheets: Sheet[] };
  documents: Doc[];
  alerts: { title: string | null; message: string }[];
  toasts: { title: string | null; message: string }[];
}

let bench: TestWorkbench;
let browser: Browser;

useWorkbenchAndBrowser(
  (started) => {
    ({ bench, browser } = started);
  },
  { fixture: true },
);

beforeEach(async () => {
  await bench.api('POST', '/api/reset', {});
  await bench.api('POST', '/api/open', { host: 'sheets' });
});

const state = async () => (await bench.api<State>('GET', '/api/state')).body;
const run = (fn: string) => bench.api<{ ok: boolean; value: unknown }>('POST', '/api/run', { fn, args: [] });
const type = (range: string, values: unknown[][]) =>
  bench.api<{ error?: string }>('POST', '/api/edit', { sheet: 'Sheet1', range, values });

describe('typing under data validation (https://developers.google.com/apps-script/reference/spreadsheet/data-validation)', () => {
  beforeEach(async () => {
    await run('addDropdown');
  });

  it('reports each cell’s rule and the frozen header', async () => {
    const [sheet] = (await state()).spreadsheet.sheets;
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.rules[sheet.validations[1][1]]).toEqual(
      expect.objectContaining({ type: 'VALUE_IN_LIST', list: ['NGO', 'Police'], allowInvalid: false }),
    );
    expect(sheet.validations[0][1]).toBe(-1);
  });

  it('takes a value on the list and refuses one off it with Sheets’ message, changing nothing', async () => {
    expect((await type('B2', [['Police']])).status).toBe(200);
    const refused = await type('A3:B3', [['Carla', 'Bakery']]);
    expect(refused).toEqual({
      status: 422,
      body: { error: 'Invalid: Input must be an item on the specified list.' },
    });
    expect((await state()).spreadsheet.sheets[0].values).toEqual([
      ['Name', 'Sector', 'Since'],
      ['', 'Police', ''],
    ]);
  });
});

describe('editing a Doc’s tables (https://developers.google.com/apps-script/reference/document/table)', () => {
  let documentId: string;

  beforeEach(async () => {
    documentId = (await run('makeAgenda')).body.value as string;
  });

  const tables = async () => (await state()).documents[0].tables;

  it('shows the body: heading, link and table', async () => {
    const [doc] = (await state()).documents;
    expect(doc.tables).toEqual([
      [
        ['Time', 'Item'],
        ['10:00', 'Welcome'],
      ],
    ]);
    expect(doc.blocks).toContainEqual({
      kind: 'paragraph',
      heading: 'HEADING1',
      runs: [{ text: 'Agenda', link: null }],
    });
    const link = doc.blocks.flatMap((block) => block.runs ?? []).find((run) => run.link);
    expect(link).toEqual({ text: 'Back to the workbook', link: (await state()).spreadsheet.url });
  });

  it('rewrites, adds and removes rows', async () => {
    await bench.api('POST', '/api/edit', {
      documentId,
      table: 0,
      row: 1,
      cells: ['10:05', 'Welcome everyone'],
    });
    await bench.api('POST', '/api/edit', { documentId, table: 0, appendRow: ['10:30', 'Updates'] });
    expect(await tables()).toEqual([
      [
        ['Time', 'Item'],
        ['10:05', 'Welcome everyone'],
        ['10:30', 'Updates'],
      ],
    ]);
    await bench.api('POST', '/api/edit', { documentId, table: 0, removeRow: 1 });
    expect((await tables())[0]).toEqual([
      ['Time', 'Item'],
      ['10:30', 'Updates'],
    ]);
  });

  it('answers 400 for a table or row the Doc does not have', async () => {
    expect((await bench.api('POST', '/api/edit', { documentId, table: 3, removeRow: 0 })).status).toBe(400);
    expect((await bench.api('POST', '/api/edit', { documentId, table: 0, removeRow: 9 })).status).toBe(400);
  });

  it('opens the Doc as the active file, with the menu its onOpen built', async () => {
    const opened = await bench.api<{ menu: { items: unknown[] } }>('POST', '/api/open', {
      host: 'docs',
      documentId,
    });
    expect(opened.status).toBe(200);
    expect(opened.body.menu.items).toContainEqual({ label: 'Open test sidebar', fn: 'openSidebar' });
    expect((await state()).active).toEqual({ host: 'docs', fileId: documentId });
  });
});

describe('the page', () => {
  let page: Page;

  beforeEach(async () => {
    page = await browser.newPage();
    await page.goto(bench.url);
  });

  afterEach(async () => {
    await page.close();
  });

  const cell = (a1: string) => page.locator(`td[data-cell="${a1}"]`);
  const click = (label: string) => page.getByRole('button', { name: label }).click();

  it('offers the list of a dropdown cell and shows the choice', async () => {
    await click('Add a dropdown');
    // The page draws the new rule once the run is answered; a click before that would edit B2 as plain text.
    await page.locator('td.has-list[data-cell="B2"]').waitFor();
    await cell('B2').click();
    await cell('B2').locator('select').waitFor();
    await expect(cell('B2').locator('option').allTextContents()).resolves.toEqual(['', 'NGO', 'Police']);
    await cell('B2').locator('select').selectOption('NGO');
    await page.waitForFunction(() => document.querySelector('td[data-cell="B2"]')?.textContent === 'NGO');
  });

  it('shows why Sheets refuses what was typed, and keeps the cell as it was', async () => {
    await click('Add a dropdown');
    await cell('C2').click();
    await cell('C2').locator('input').fill('someday');
    await cell('C2').locator('input').press('Enter');
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/^Invalid: /);
    await expect(cell('C2').textContent()).resolves.toBe('');
  });

  it('shows an alert as a dialog and a toast', async () => {
    await click('Say hello');
    const dialog = page.getByRole('dialog');
    await expect(dialog.textContent()).resolves.toContain('The add-on says hello.');
    await dialog.getByRole('button', { name: 'OK' }).click();
    await page.locator('.toast').filter({ hasText: 'Saved' }).waitFor();
  });

  it('opens a Doc of the workspace from a link in an alert', async () => {
    await click('Announce an agenda');
    await page.getByRole('dialog').getByRole('link').click();
    await page.locator('#file-view[data-host="docs"] .doc-page[aria-label="Agenda"]').waitFor();
    expect((await state()).active.host).toBe('docs');
  });

  it('opens a Doc of the workspace from a link in a cell, and edits a row of its table', async () => {
    await click('Make an agenda');
    await cell('D2').getByRole('link', { name: 'Agenda' }).click();
    const table = page.locator('.doc-page table');
    await table.getByText('Welcome').click();
    await table.locator('textarea').fill('Welcome and introductions');
    await table.locator('textarea').press('Enter');
    await table.getByText('Welcome and introductions').waitFor();
    expect((await state()).documents[0].tables[0][1]).toEqual(['10:00', 'Welcome and introductions']);
    await page.getByRole('link', { name: 'Back to the workbook' }).click();
    await cell('A1').waitFor();
  });
});

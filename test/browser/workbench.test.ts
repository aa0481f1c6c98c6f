// The workbench page in a real Chromium: the add-on menu, the sheets as tabs, typing into a cell, state kept.
import type { Browser, Page } from 'playwright-core';
import { type TestWorkbench, useWorkbenchAndBrowser } from './support';

let bench: TestWorkbench;
let browser: Browser;
let page: Page;

useWorkbenchAndBrowser((started) => {
  ({ bench, browser } = started);
});

beforeEach(async () => {
  await bench.api('POST', '/api/reset', {});
  page = await browser.newPage();
  await page.goto(bench.url);
});

afterEach(async () => {
  await page.close();
});

const menu = () => page.getByRole('navigation', { name: 'Add-on menu' });
const tabs = () => page.getByRole('tablist', { name: 'Sheets' }).getByRole('tab');
const cell = (a1: string) => page.locator(`td[data-cell="${a1}"]`);

async function typeInto(a1: string, text: string): Promise<void> {
  await cell(a1).click();
  await cell(a1).locator('input').fill(text);
  await cell(a1).locator('input').press('Enter');
}

describe('the workbench page', () => {
  it('shows the add-on menu under Extensions › Alliance Kit', async () => {
    await menu().getByRole('button', { name: 'Set up alliance workbook' }).waitFor();
    await expect(menu().textContent()).resolves.toContain('Extensions › Alliance Kit ›');
  });

  it('shows the empty spreadsheet with its one sheet as a tab', async () => {
    await tabs().first().waitFor();
    await expect(tabs().allTextContents()).resolves.toEqual(['Sheet1']);
    await expect(cell('A1').textContent()).resolves.toBe('');
  });

  it('sets up the alliance workbook from the menu: its sheets appear as tabs', async () => {
    await menu().getByRole('button', { name: 'Set up alliance workbook' }).click();
    await tabs().filter({ hasText: 'Members' }).waitFor();
    await expect(tabs().allTextContents()).resolves.toEqual([
      'Guide',
      'Members',
      'Stakeholders',
      'Sector profile',
      'Communication plan',
      'Action plan',
      'SWOT',
      'Meetings',
      'Dashboard',
    ]);
    const report = page.getByRole('dialog');
    await expect(report.textContent()).resolves.toContain('Members');
    await report.getByRole('button', { name: 'OK' }).click();
    await tabs().filter({ hasText: 'Members' }).click();
    await expect(cell('A1').textContent()).resolves.toBe('Name');
  });

  it('types into a cell: the cell shows what Sheets makes of it', async () => {
    await typeInto('B2', '0012');
    await page.waitForFunction(() => document.querySelector('td[data-cell="B2"]')?.textContent === '12');
    const { body } = await bench.api<{ spreadsheet: { sheets: { values: unknown[][] }[] } }>(
      'GET',
      '/api/state',
    );
    expect(body.spreadsheet.sheets[0].values[1]).toEqual(['', 12]);
  });

  it('keeps what was typed across a restart of the server', async () => {
    await typeInto('A1', 'Alliance of the north');
    await page.waitForFunction(() => document.querySelector('td[data-cell="A1"]')?.textContent !== '');
    await bench.restart();
    await page.goto(bench.url);
    await page.waitForFunction(
      () => document.querySelector('td[data-cell="A1"]')?.textContent === 'Alliance of the north',
    );
  });
});

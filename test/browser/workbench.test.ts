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
  page = await browser.newPage();
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
  beforeEach(async () => {
    await bench.api('POST', '/api/reset', {});
    await page.goto(bench.url);
  });

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

interface SheetState {
  name: string;
  values: unknown[][];
  rows: number;
  filter: {
    range: string;
    criteria: { column: string; condition: { type: string; args: string[] } | null }[];
  } | null;
  hiddenRows: number[];
  invalid: { cell: string; message: string }[];
}

const sheetState = async (name: string) => {
  const { body } = await bench.api<{ spreadsheet: { sheets: SheetState[] } }>('GET', '/api/state');
  const found = body.spreadsheet.sheets.find((sheet) => sheet.name === name);
  if (!found) throw new Error(`No sheet ${name}`);
  return found;
};

const edit = (sheet: string, range: string, values: unknown[][]) =>
  bench.api<{ error?: string }>('POST', '/api/edit', { sheet, range, values });

/** The letter of the column whose header starts with `words`. */
async function columnOf(sheet: string, words: string): Promise<string> {
  const header = (await sheetState(sheet)).values[0] as string[];
  const index = header.findIndex((text) => text.startsWith(words));
  if (index < 0) throw new Error(`No column ${words} in ${header}`);
  return String.fromCharCode(65 + index);
}

async function showSheet(name: string): Promise<void> {
  await tabs().filter({ hasText: name }).click();
  await page.locator(`table.grid[aria-label="${name}"]`).waitFor();
}

describe('the workbench shows what Sheets shows, on a set-up workbook', () => {
  beforeAll(async () => {
    await bench.api('POST', '/api/reset', {});
    await bench.api('POST', '/api/open', { host: 'sheets' });
    await bench.api('POST', '/api/run', { fn: 'setUpWorkbook', args: [] });
    await edit('Members', 'A2:A3', [['Amina Diallo'], ['Jonas Berg']]);
  });

  beforeEach(async () => {
    await page.goto(bench.url);
  });

  it('hides the rows a filter hides: Show actions of… leaves one member’s rows, on the page and in /api/state (https://developers.google.com/apps-script/reference/spreadsheet/sheet#isRowHiddenByFilter(Integer))', async () => {
    const [action, owner] = [
      await columnOf('Action plan', 'Action'),
      await columnOf('Action plan', 'People'),
    ];
    await edit('Action plan', `${action}2:${action}4`, [['Flyer'], ['Workshop'], ['Map']]);
    await edit('Action plan', `${owner}2:${owner}4`, [['Amina Diallo'], ['Jonas Berg'], ['Amina Diallo']]);
    await bench.api('POST', '/api/run', { fn: 'showActionsOf', args: ['Amina Diallo'] });
    const sheet = await sheetState('Action plan');
    // The filter covers the whole sheet: its empty rows fail the condition and are hidden too, as in Sheets.
    expect(sheet.hiddenRows.slice(0, 3)).toEqual([3, 5, 6]);
    expect(sheet.filter?.criteria).toEqual([
      {
        column: owner,
        condition: { type: 'TEXT_EQUAL_TO', args: ['Amina Diallo'] },
        hiddenValues: [],
        visibleValues: [],
      },
    ]);
    await showSheet('Action plan');
    // The page follows the workspace by polling: wait for it to draw the filtered sheet, then read it.
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('table.grid tbody th.row-head')]
          .slice(0, 3)
          .map((head) => head.textContent)
          .join() === '1,2,4',
    );
    await expect(cell(`${action}3`).count()).resolves.toBe(0);
    await bench.api('POST', '/api/run', { fn: 'showActionsOf', args: [''] });
    expect((await sheetState('Action plan')).hiddenRows).toEqual([]);
  });

  it('marks a value a warning-only rule let in as invalid, with Sheets’ message (https://support.google.com/docs/answer/186103)', async () => {
    const owner = await columnOf('Action plan', 'People');
    expect((await edit('Action plan', `${owner}5`, [['Someone else']])).status).toBe(200);
    await showSheet('Action plan');
    await page.locator(`td[data-cell="${owner}5"].invalid`).waitFor();
    // The rule's help text, where it has one; else Sheets' sentence for the criteria.
    await expect(cell(`${owner}5`).getAttribute('title')).resolves.toBe(
      'Invalid: Choose a member from the Members sheet.',
    );
    expect((await sheetState('Action plan')).invalid).toContainEqual({
      cell: `${owner}5`,
      message: 'Choose a member from the Members sheet.',
    });
  });

  it('asks before typing into a header protected with a warning, and changes nothing on Cancel (https://support.google.com/docs/answer/1218656)', async () => {
    await showSheet('Members');
    await typeInto('A1', 'Who');
    const warning = page.getByRole('dialog').filter({ hasText: 'Heads up!' });
    await expect(warning.textContent()).resolves.toContain("shouldn't be changed accidentally");
    await warning.getByRole('button', { name: 'Cancel' }).click();
    await page.waitForFunction(() => document.querySelector('td[data-cell="A1"]')?.textContent === 'Name');
    expect((await sheetState('Members')).values[0][0]).toBe('Name');
    await typeInto('A1', 'Who');
    await warning.getByRole('button', { name: 'OK' }).click();
    await page.waitForFunction(() => document.querySelector('td[data-cell="A1"]')?.textContent === 'Who');
    await edit('Members', 'A1', [['Name']]);
  });

  it('edits the cell clicked, even under text running on from its left neighbour', async () => {
    await edit('Members', 'A6', [['A name long enough to run on over the next cells of the row']]);
    await showSheet('Members');
    const box = await cell('B6').boundingBox();
    if (!box) throw new Error('B6 is not shown');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await cell('B6').locator('input').waitFor();
    await expect(cell('A6').locator('input').count()).resolves.toBe(0);
  });

  it('never hides the row numbers under the frozen header, however the grid scrolls', async () => {
    await showSheet('Action plan');
    await page.locator('.grid-scroll').evaluate((grid) => grid.scrollTo(600, 200));
    const shown = await page.evaluate(() => {
      const head = document.querySelector<HTMLElement>('tr.frozen th.row-head');
      const rect = head?.getBoundingClientRect();
      return (
        rect && document.elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2)?.textContent
      );
    });
    expect(shown).toBe('1');
  });

  it('adds rows as Sheets does when 5,000 pasted rows run past the last one', async () => {
    const action = await columnOf('Action plan', 'Action');
    await showSheet('Action plan');
    await cell(`${action}2`).click();
    const input = cell(`${action}2`).locator('input');
    const before = (await bench.api<{ version: string }>('GET', '/api/version')).body.version;
    await input.evaluate((element) => {
      const lines = Array.from({ length: 5000 }, (_, n) => `Pasted action ${n + 1}\tits problem`).join('\n');
      const data = new DataTransfer();
      data.setData('text/plain', lines);
      element.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    });
    // The set-up sheet has 1,000 rows: the paste adds the 4,001 it runs past. Waits for the server to take it,
    // not for the page to draw 5,000 rows again.
    while ((await bench.api<{ version: string }>('GET', '/api/version')).body.version === before) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const sheet = await sheetState('Action plan');
    expect(sheet.values).toHaveLength(5001);
    expect(sheet.values[5000]).toContain('Pasted action 5000');
  }, 60_000);
});

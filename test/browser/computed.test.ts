// The workbench shows what Sheets would: computed formulas, and the action plan's conditional-format colours.
import type { Browser } from 'playwright-core';
import { type TestWorkbench, useWorkbenchAndBrowser } from './support';

let bench: TestWorkbench;
let browser: Browser;

useWorkbenchAndBrowser((started) => {
  ({ bench, browser } = started);
});

async function run(fn: string): Promise<void> {
  const answer = await bench.api<{ ok: boolean }>('POST', '/api/run', { fn, args: [] });
  expect(answer.body).toMatchObject({ ok: true });
}

describe('computed values and conditional formats in the workbench', () => {
  it('paints an overdue action red and a done one green, and shows the Guide’s progress as a percentage', async () => {
    await bench.api('POST', '/api/reset', { locale: 'en' });
    await bench.api('POST', '/api/open', { host: 'sheets' });
    await run('setUpWorkbook');
    // Action plan: no., action (A–B); due (J), status (O), as set-up lays them out.
    const row = (action: string, due: string, status: string) =>
      Object.assign(
        Array.from({ length: 15 }, () => ''),
        { 0: action.length, 1: action, 9: due, 14: status },
      );
    const edit = await bench.api('POST', '/api/edit', {
      sheet: 'Action plan',
      range: 'A2:O4',
      values: [
        row('Late action', '2020-01-10', 'In progress'),
        row('Finished', '2020-01-10', 'Done'),
        row('Far ahead', '2099-01-10', 'Not started'),
      ],
    });
    expect(edit.status).toBe(200);

    const page = await browser.newPage();
    await page.goto(bench.url);
    const tabs = page.getByRole('tablist', { name: 'Sheets' });
    await tabs.getByRole('tab', { name: 'Action plan' }).click();
    const background = (cell: string) =>
      page.locator(`td[data-cell="${cell}"]`).evaluate((td) => getComputedStyle(td).backgroundColor);
    await page.locator('td[data-cell="B2"]', { hasText: 'Late action' }).waitFor();
    await expect(background('B2')).resolves.toBe('rgb(244, 204, 204)');
    await expect(background('B3')).resolves.toBe('rgb(217, 234, 211)');
    await expect(background('B4')).resolves.not.toMatch(/rgb\((244, 204, 204|217, 234, 211|252, 229, 205)\)/);

    await tabs.getByRole('tab', { name: 'Guide' }).click();
    const progress = page.locator('td', { hasText: /^\d+%$/ });
    await progress.first().waitFor();
    await expect(progress.first().textContent()).resolves.toBe('0%');
    await expect(page.locator('td', { hasText: '#N/A' }).count()).resolves.toBe(0);
    await page.close();
  });
});

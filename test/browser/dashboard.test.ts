// The dashboard in the workbench: a workbook with members, meetings and actions, refreshed, its three charts drawn.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { type TestWorkbench, useWorkbenchAndBrowser } from './support';

let bench: TestWorkbench;
let browser: Browser;

useWorkbenchAndBrowser((started) => {
  ({ bench, browser } = started);
});

const sectors = [
  'Mediators',
  'Public authorities',
  'Social workers',
  'Educators',
  'Migrant and refugee communities',
];
const statuses = ['Not started', 'In progress', 'Done', 'Blocked'];

async function edit(sheet: string, range: string, values: unknown[][]): Promise<void> {
  const answer = await bench.api('POST', '/api/edit', { sheet, range, values });
  expect(answer.status).toBe(200);
}

async function run(fn: string): Promise<void> {
  const answer = await bench.api<{ ok: boolean; error?: string }>('POST', '/api/run', { fn, args: [] });
  expect(answer.body).toMatchObject({ ok: true });
}

describe('the dashboard in the workbench', () => {
  it('shows the counts and draws the three charts; keeps a screenshot', async () => {
    await bench.api('POST', '/api/reset', { locale: 'en' });
    await bench.api('POST', '/api/open', { host: 'sheets' });
    await run('setUpWorkbook');
    // Members: name, organisation, sector (columns A–C as set-up lays them out).
    await edit(
      'Members',
      'A2:C11',
      Array.from({ length: 10 }, (_, i) => [`Member ${i + 1}`, `Organisation ${i + 1}`, sectors[i % 5]]),
    );
    // Action plan: no., action (A–B); owner (H), due (J), status (O).
    const actions = Array.from({ length: 8 }, (_, i) => {
      const row: unknown[] = Array.from({ length: 15 }, () => '');
      Object.assign(row, {
        0: i + 1,
        1: `Action ${i + 1}`,
        7: `Member ${i + 1}`,
        9: i % 3 === 0 ? '2020-01-10' : '2099-01-10',
        14: statuses[i % 4],
      });
      return row;
    });
    await edit('Action plan', 'A2:O9', actions);
    // Stakeholders: name (A), influence (I), interest (J).
    await edit('Stakeholders', 'A2:A3', [['Mairie'], ['Library']]);
    await edit('Stakeholders', 'I2:J3', [
      ['High', 'High'],
      ['Low', 'Medium'],
    ]);
    await run('refreshDashboard');

    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(bench.url);
    await page.getByRole('tablist', { name: 'Sheets' }).getByRole('tab', { name: 'Dashboard' }).click();
    const charts = page.locator('figure.chart');
    await charts.first().waitFor();
    await expect(
      charts.evaluateAll((figures) => figures.map((figure) => figure.getAttribute('data-chart-type'))),
    ).resolves.toEqual(['PIE', 'BAR', 'BUBBLE']);
    await expect(page.locator('figure.chart svg path.slice').count()).resolves.toBe(4);
    await expect(page.locator('figure.chart svg rect.bar').count()).resolves.toBe(7);
    await expect(page.locator('figure.chart svg circle.point').count()).resolves.toBe(2);
    await expect(
      page.locator('td', { hasText: 'Missing: Community networks and organisations' }).count(),
    ).resolves.toBe(1);

    const artifacts = join(__dirname, '..', '..', 'test-artifacts');
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'dashboard.png'), fullPage: true });
    await page.close();
  });
});

// The Alliance profile sidebar in the workbench, as the secretary meets it at the end of the first set-up.
import type { Browser, Page } from 'playwright-core';
import { type TestWorkbench, useWorkbenchAndBrowser } from './support';

const XSS = '<img src=x onerror=alert(1)>';

let bench: TestWorkbench;
let browser: Browser;
let page: Page;

useWorkbenchAndBrowser((started) => {
  ({ bench, browser } = started);
});

// Set-up is the slow part: a hook of its own, so the test's time is the sidebar's.
beforeAll(async () => {
  await bench.api('POST', '/api/reset', { locale: 'fr' });
  await bench.api('POST', '/api/run', { fn: 'setUpWorkbook', args: [] });
});

afterEach(async () => {
  await page.close();
});

describe('the Alliance profile sidebar in the workbench', () => {
  it('opens after the first set-up and from the menu, refuses a mistake beside the form in French, then saves as typed', async () => {
    const opened = await bench.api<{ sidebar: { title: string } | null }>('GET', '/api/state');
    expect(opened.body.sidebar?.title).toBe("Profil de l'Alliance");
    page = await browser.newPage();
    await page.goto(bench.url);
    await page
      .getByRole('navigation', { name: 'Add-on menu' })
      .getByRole('button', { name: "Profil de l'Alliance…" })
      .click();
    const sidebar = page.frameLocator('#sidebar-frame');
    const name = sidebar.getByLabel("Nom de l'Alliance", { exact: true });
    await name.waitFor();
    await expect(name.inputValue()).resolves.toBe('Untitled spreadsheet');
    await name.fill(`Alliance Gironde ${XSS}`);
    await sidebar.getByLabel('Région', { exact: true }).fill('Nouvelle-Aquitaine');
    await sidebar.getByLabel('Vision et objectifs', { exact: true }).fill('Inclusion active des migrants');
    await sidebar.getByLabel('Début du plan de travail', { exact: true }).fill('2027-06-01');
    await sidebar.getByLabel('Fin du plan de travail', { exact: true }).fill('2027-01-01');
    await sidebar.getByRole('button', { name: 'Enregistrer le profil' }).click();
    await sidebar
      .getByText('Le plan de travail doit finir après avoir commencé. Vérifiez les deux dates.')
      .waitFor();
    await sidebar.getByLabel('Fin du plan de travail', { exact: true }).fill('2028-06-30');
    await sidebar.getByRole('button', { name: 'Enregistrer le profil' }).click();
    await sidebar.getByText("Le profil de l'Alliance est enregistré.").waitFor();
    const { body } = await bench.api<{ spreadsheet: { sheets: { name: string; display: string[][] }[] } }>(
      'GET',
      '/api/state',
    );
    const dashboard = body.spreadsheet.sheets.find((sheet) => sheet.name === 'Tableau de bord');
    expect(dashboard?.display[0][0]).toBe(`Tableau de bord de l'Alliance – Alliance Gironde ${XSS}`);
  });
});

// A sidebar in the workbench: shown beside the sheet, google.script.run and google.script.host bridged to the server.
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { type TestWorkbench, useWorkbenchAndBrowser } from './support';

let bench: TestWorkbench;
let browser: Browser;
let page: Page;
let sidebar: FrameLocator;

useWorkbenchAndBrowser(
  (started) => {
    ({ bench, browser } = started);
  },
  { fixture: true },
);

beforeEach(async () => {
  await bench.api('POST', '/api/reset', {});
  page = await browser.newPage();
  await page.goto(bench.url);
  await page.getByRole('button', { name: 'Open test sidebar' }).click();
  sidebar = page.frameLocator('#sidebar-frame');
  await sidebar.locator('#out').waitFor();
});

afterEach(async () => {
  await page.close();
});

async function outputAfter(button: string): Promise<string> {
  await sidebar.locator(button).click();
  await sidebar.locator('#out').filter({ hasNotText: 'nothing yet' }).waitFor();
  return (await sidebar.locator('#out').textContent()) ?? '';
}

describe('a sidebar in the workbench (https://developers.google.com/apps-script/guides/html/reference/run)', () => {
  it('is shown beside the sheet, 300 px wide, under the title the add-on gave it', async () => {
    await expect(page.locator('#sidebar-title').textContent()).resolves.toBe('Test sidebar');
    const box = await page.locator('#sidebar-frame').boundingBox();
    expect(box?.width).toBe(300);
  });

  it('passes arguments and the answer as copies, undefined in arrays becoming null, with the user object', async () => {
    await expect(outputAfter('#echo')).resolves.toBe('ok {"echoed":{"n":1,"list":[1,null]}} from-echo');
  });

  it('calls the failure handler with an Error carrying the server’s message', async () => {
    await expect(outputAfter('#refuse')).resolves.toBe('failed true No way from-refuse');
  });

  describe('holds both ways to the legal values (https://developers.google.com/apps-script/guides/html/communication#parameters_and_return_values)', () => {
    it('fails a call passing a Date', async () => {
      await expect(outputAfter('#date-arg')).resolves.toMatch(
        /^failed true google\.script\.run cannot pass a Date \(argument 1\).* from-echo$/,
      );
    });

    it('fails a call whose server function returns a Date', async () => {
      await expect(outputAfter('#date-returned')).resolves.toMatch(
        /^failed true google\.script\.run cannot pass a Date \(the value returned\).* from-today$/,
      );
    });

    it('fails a call passing a DOM element other than a form', async () => {
      await expect(outputAfter('#element-arg')).resolves.toMatch(
        /^failed true google\.script\.run cannot pass an HTMLParagraphElement \(argument 1, at \.at\).* from-echo$/,
      );
    });

    it('passes a form, as the only argument, as its fields by name', async () => {
      await expect(outputAfter('#form-arg')).resolves.toBe(
        'ok {"echoed":{"name":"Ana","tag":["a","b"]}} from-echo',
      );
      await expect(outputAfter('#form-second')).resolves.toMatch(
        /^failed true .*HTMLFormElement \(argument 2\)/,
      );
    });
  });

  it('shows in the sheet what a server call changed', async () => {
    await sidebar.locator('#remember').click();
    await page.waitForFunction(
      () => document.querySelector('td[data-cell="A1"]')?.textContent === 'typed in the sidebar',
    );
  });

  it('closes with google.script.host.close() (https://developers.google.com/apps-script/guides/html/reference/host#close())', async () => {
    await sidebar.locator('#close').click();
    await page.locator('#sidebar').waitFor({ state: 'hidden' });
    const { body } = await bench.api<{ sidebar: unknown }>('GET', '/api/state');
    expect(body.sidebar).toBeNull();
  });
});

// Contract of the emulated HtmlService: outputs from strings and project files, and printing templates.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHtmlService } from '../../emulator/services/html';
import { Workspace } from '../../emulator/workspace';

function service() {
  const htmlDir = mkdtempSync(join(tmpdir(), 'alliance-html-'));
  writeFileSync(join(htmlDir, 'meeting.html'), '<h1>New meeting</h1>');
  writeFileSync(join(htmlDir, 'greeting.html'), '<p>Hello <?= name ?></p><?!= footer ?>');
  const ws = new Workspace({ htmlDir });
  return { ws, html: createHtmlService(ws) };
}

describe('HtmlService.createHtmlOutputFromFile (https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutputFromFile(String))', () => {
  it("reads the project's HTML file by name, with or without .html", () => {
    const { html } = service();
    expect(html.createHtmlOutputFromFile('meeting').getContent()).toBe('<h1>New meeting</h1>');
    expect(html.createHtmlOutputFromFile('meeting.html').getContent()).toBe('<h1>New meeting</h1>');
  });

  it("throws Google's message for a file the project does not have", () => {
    const { html } = service();
    expect(() => html.createHtmlOutputFromFile('Index')).toThrow('No HTML file named Index was found.');
  });

  it('does not evaluate scriptlets: that takes a template', () => {
    const { html } = service();
    expect(html.createHtmlOutputFromFile('greeting').getContent()).toBe(
      '<p>Hello <?= name ?></p><?!= footer ?>',
    );
  });
});

describe('HtmlOutput (https://developers.google.com/apps-script/reference/html/html-output)', () => {
  it('keeps title, content and meta tags, appending trusted content as is and untrusted content escaped', () => {
    const { ws, html } = service();
    const output = html
      .createHtmlOutput('<p>')
      .append('<b>ok</b>')
      .appendUntrusted('<script>x</script>')
      .setTitle('Minutes')
      .addMetaTag('viewport', 'width=device-width')
      .setSandboxMode(html.SandboxMode.IFRAME)
      .setXFrameOptionsMode(html.XFrameOptionsMode.ALLOWALL);
    expect(output.getContent()).toBe('<p><b>ok</b>&lt;script&gt;x&lt;/script&gt;');
    expect(output.getTitle()).toBe('Minutes');
    const [tag] = output.getMetaTags();
    expect([tag.getName(), tag.getContent()]).toEqual(['viewport', 'width=device-width']);
    expect(ws.calls.byMethod['HtmlOutput.append']).toBe(1);
    expect(ws.calls.byMethod['HtmlService.createHtmlOutput']).toBe(1);
  });
});

describe('HtmlTemplate.evaluate (https://developers.google.com/apps-script/guides/html/templates#scriptlets)', () => {
  it('prints <?= ?> escaped and <?!= ?> as is, from the variables set on the template', () => {
    const { html } = service();
    const template = html.createTemplateFromFile('greeting');
    template.name = '<Ana>';
    template.footer = '<hr>';
    expect(template.evaluate().getContent()).toBe('<p>Hello &lt;Ana&gt;</p><hr>');
  });

  it('runs <? ?> as code', () => {
    const { html } = service();
    const template = html.createTemplate(
      '<ul><? for (const item of items) { ?><li><?= item ?></li><? } ?></ul>',
    );
    template.items = ['Welcome', 'Close'];
    expect(template.evaluate().getContent()).toBe('<ul><li>Welcome</li><li>Close</li></ul>');
  });
});

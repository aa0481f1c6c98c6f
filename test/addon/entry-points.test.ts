// Every function a menu or a sidebar calls must be a real top-level function of build/Code.js.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from '../../src/domain/i18n';
import { type Host, menuFor } from '../../src/domain/menu';
import { openSpreadsheet } from '../support/addon';

const sidebarDir = join(__dirname, '..', '..', 'sidebar');

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourcesUnder(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** The server functions sidebars call: the first argument of every callServer('name', …). */
function serverFunctionsCalledBySidebars(): string[] {
  const names = sourcesUnder(sidebarDir).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/callServer\(\s*'(\w+)'/g)].map((match) => match[1]),
  );
  return [...new Set(names)];
}

describe('build/Code.js top-level functions (https://developers.google.com/apps-script/guides/html/reference/run)', () => {
  const functions = openSpreadsheet().functions();

  it('has onOpen and onInstall', () => {
    expect(functions).toEqual(expect.arrayContaining(['onOpen', 'onInstall']));
  });

  it.each(['sheets', 'docs'] as Host[])('has every %s menu item in every language', (host) => {
    for (const language of LANGUAGES) {
      for (const item of menuFor(host, language).items) {
        if (item) expect(functions).toContain(item.fn);
      }
    }
  });

  it('has every server function a sidebar calls', () => {
    const called = serverFunctionsCalledBySidebars();
    // Every sidebar loads or sends something: an empty list would mean the search above no longer finds the calls.
    expect(called).toEqual(
      expect.arrayContaining(['getNewMeetingForm', 'createMeeting', 'getMinutesForm', 'saveMinutes']),
    );
    for (const name of called) expect(functions).toContain(name);
  });
});

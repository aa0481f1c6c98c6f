// Every sidebar leaves the browser's own form checks out: they speak the browser's language, in bubbles, not the user's.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const sidebars = join(__dirname, '..', '..', 'sidebar');
const sources = readdirSync(sidebars, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
  .map((entry) => ({ name: entry.name, code: readFileSync(join(sidebars, entry.name, 'main.ts'), 'utf8') }));

/** What a sidebar's code asks of the browser's own checks: required fields, typed inputs, forms it would check. */
function browserChecks(code: string): string[] {
  const found = [...code.matchAll(/\brequired: true|type: '(?:date|time|number|email|datetime-local)'/g)].map(
    (match) => match[0],
  );
  const forms = code.match(/element\(\s*'form'/g)?.length ?? 0;
  const unchecked = code.match(/element\(\s*'form',\s*\{\s*novalidate: true\s*\}/g)?.length ?? 0;
  return forms > unchecked ? [...found, 'a form without novalidate'] : found;
}

describe('the sidebars’ forms', () => {
  it.each(sources.map((source) => [source.name, source.code]))(
    '%s asks nothing of the browser’s own checks',
    (_name, code) => {
      expect(browserChecks(code)).toEqual([]);
    },
  );

  it('would see a required field, a date input and a form the browser checks', () => {
    const code = `element('form', {}, element('input', { type: 'date', required: true }))`;
    expect(browserChecks(code)).toEqual(["type: 'date'", 'required: true', 'a form without novalidate']);
  });
});

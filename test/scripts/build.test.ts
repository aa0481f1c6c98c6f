// build/Code.js is what Apps Script's V8 surely runs: a classic script of the build's target edition, no newer built-ins.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { transformSync } from 'esbuild';

const root = join(__dirname, '..', '..');
const code = readFileSync(join(root, 'build', 'Code.js'), 'utf8');
const TARGET = 'es2020';

/** The script as esbuild prints it for an engine of `target`: syntax newer than the target comes out rewritten. */
const printedFor = (source: string, target: string) => transformSync(source, { loader: 'js', target }).code;

/** scripts/built-ins.mjs's verdict on `source` (given on stdin: the bundle is too long for an argument). */
function newerBuiltIns(source: string): string[] {
  const check = `import('./scripts/built-ins.mjs').then((m) => console.log(JSON.stringify(m.newerBuiltIns(require('fs').readFileSync(0, 'utf8')))))`;
  const result = spawnSync(process.execPath, ['-e', check], { cwd: root, encoding: 'utf8', input: source });
  return JSON.parse(result.stdout);
}

describe('build/Code.js (https://developers.google.com/apps-script/guides/v8-runtime)', () => {
  it('parses as a classic script: Apps Script loads no modules and has no top-level await', () => {
    expect(() => new Script(code, { filename: 'Code.js' })).not.toThrow();
    // The same check refuses what a classic script cannot hold.
    expect(() => new Script('export function onOpen() {}')).toThrow("Unexpected token 'export'");
    expect(() => new Script('await Promise.resolve();')).toThrow('await is only valid in async functions');
  });

  it(`uses no syntax newer than its target, ${TARGET}`, () => {
    expect(printedFor(code, TARGET)).toBe(printedFor(code, 'esnext'));
    // Newer syntax is rewritten for the target, so the two differ.
    const newer = 'class Minutes { static count = 0; #items = []; }';
    expect(printedFor(newer, TARGET)).not.toBe(printedFor(newer, 'esnext'));
  });

  it('uses no built-in newer than its target whose presence in Apps Script is undocumented', () => {
    expect(newerBuiltIns(code)).toEqual([]);
    expect(newerBuiltIns('if (Object.hasOwn(tables, key)) rows.at(-1);')).toEqual([
      'Object.hasOwn (ES2022)',
      'Array.prototype.at (ES2022)',
    ]);
  });
});

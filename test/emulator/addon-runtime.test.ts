// Contract of the add-on runtime: a project's files share one fresh scope per execution, and google.script.run's boundary.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAddon } from '../../emulator/addon-runtime';
import { Workspace } from '../../emulator/workspace';

const GUIDE =
  'https://developers.google.com/apps-script/guides/html/communication#parameters_and_return_values';

/** A stand-in project: two files, as `clasp push` would give Apps Script. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'addon-runtime-'));
  writeFileSync(
    join(dir, 'Code.js'),
    `var runs = 0;
     function count() { runs += 1; return runs; }
     function total(items) { return items.reduce(function (sum, item) { return sum + item.n; }, 0) + bonus(); }
     function echo(value) { return value; }
     function today() { return new Date(0); }
     function rows() { return [[1, 'a'], [2, undefined]]; }
     function withHandler() { return { done: function () {} }; }
     function isFromTrigger(e) { return typeof e.authMode.name === 'function'; }
     const notAFunction = 1;`,
  );
  writeFileSync(join(dir, 'Helpers.js'), 'function bonus() { return 10; }');
  writeFileSync(join(dir, 'sidebar.html'), '<p>not a script</p>');
  return dir;
}

describe('Loading the project (https://developers.google.com/apps-script/guides/v8-runtime)', () => {
  const dir = project();

  it('runs every .js file in one shared scope', () => {
    const addon = loadAddon(new Workspace(), dir);
    expect(addon.run('total', [{ n: 1 }, { n: 2 }])).toBe(13);
    expect(addon.functions().sort()).toEqual(
      ['bonus', 'count', 'echo', 'isFromTrigger', 'rows', 'today', 'total', 'withHandler'].sort(),
    );
  });

  it('gives every execution fresh globals: nothing a run changes is there for the next', () => {
    const ws = new Workspace();
    const first = loadAddon(ws, dir);
    expect([first.run('count'), first.run('count')]).toEqual([1, 2]);
    expect(loadAddon(ws, dir).run('count')).toBe(1);
  });

  it('finds only top-level functions of the script, not the globals it was given', () => {
    const addon = loadAddon(new Workspace(), dir);
    for (const name of ['Date', 'SpreadsheetApp', 'notAFunction', 'missing']) {
      expect(() => addon.run(name)).toThrow(`Script function not found: ${name}`);
    }
  });
});

describe(`google.script.run's boundary (${GUIDE})`, () => {
  const addon = loadAddon(new Workspace(), project());

  it('fails a call passing a Date, a function or a circular object, wherever it sits', () => {
    expect(() => addon.run('echo', { meeting: { date: new Date(0) } })).toThrow(
      `google.script.run cannot pass a Date (argument 1, at .meeting.date): legal values are numbers, booleans, strings, null, and objects and arrays made of them (${GUIDE}).`,
    );
    expect(() => addon.run('echo', 'x', [() => 1])).toThrow('cannot pass a Function (argument 2, at [0])');
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => addon.run('echo', loop)).toThrow('cannot pass a circular reference (argument 1, at .self)');
    expect(() => addon.run('echo', new Map())).toThrow('cannot pass a Map (argument 1)');
  });

  it('fails a call whose server function returns a Date or a function', () => {
    expect(() => addon.run('today')).toThrow('google.script.run cannot pass a Date (the value returned)');
    expect(() => addon.run('withHandler')).toThrow('cannot pass a Function (the value returned, at .done)');
  });

  it('hands each side a copy of plain values, undefined array items becoming null', () => {
    const sent = { items: ['a'] };
    const echoed = addon.run<{ items: string[] }>('echo', sent);
    expect(echoed).toEqual(sent);
    expect(echoed).not.toBe(sent);
    const value = addon.run<unknown[][]>('rows');
    expect(value).toEqual([
      [1, 'a'],
      [2, null],
    ]);
    // A copy made outside the script's context: arrays are this realm's arrays.
    expect(value).toBeInstanceOf(Array);
  });

  it('leaves menu clicks and triggers alone: their event object is passed as is', () => {
    const authMode = { name: () => 'LIMITED' };
    expect(() => addon.trigger('isFromTrigger', { authMode })).not.toThrow();
    expect(() => addon.run('isFromTrigger', { authMode })).toThrow('cannot pass a Function');
  });
});

describe('Methods the emulator lacks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'addon-runtime-'));
  writeFileSync(
    join(dir, 'Code.js'),
    `function checkboxes() { SpreadsheetApp.getActiveSheet().getRange('A1:A3').insertCheckboxes(); }
     function paragraphColour() { DocumentApp.create('Agenda').getBody().appendParagraph('Hi').setLineSpacing(2); }
     function invented() { SpreadsheetApp.getActiveSheet().getRange('A1').paintItBlue(); }
     function chained() { return SpreadsheetApp.getActiveSheet().getRange('A1').setValue(3).getValue(); }`,
  );

  function opened(): Workspace {
    const ws = new Workspace();
    ws.open({ host: 'sheets', fileId: ws.createSpreadsheet('Plan').id });
    return ws;
  }

  it('fail naming the class and method of Google’s reference, before any call is counted (https://developers.google.com/apps-script/reference/spreadsheet/range#insertCheckboxes())', () => {
    const ws = opened();
    const addon = loadAddon(ws, dir);
    expect(() => addon.run('checkboxes')).toThrow(
      'Spreadsheet.Range.insertCheckboxes is not emulated (docs/emulator-coverage.md lists what is).',
    );
    expect(ws.calls.byMethod).toEqual({ 'SpreadsheetApp.getActiveSheet': 1, 'Sheet.getRange': 1 });
  });

  it('name the precise Docs element, not the Element a method is declared to return', () => {
    expect(() => loadAddon(opened(), dir).run('paragraphColour')).toThrow(
      'Document.Paragraph.setLineSpacing is not emulated',
    );
  });

  it('leave a method Google lacks too as Apps Script leaves it: not a function', () => {
    expect(() => loadAddon(opened(), dir).run('invented')).toThrow('paintItBlue is not a function');
  });

  it('leave emulated methods as they are, chaining included', () => {
    expect(loadAddon(opened(), dir).run('chained')).toBe(3);
  });
});

// The workbench's HTTP interface as README.md documents it: reset, open, run, edit, state, and 400 on bad input.
import { readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import type { DocumentView } from '../../emulator/workbench/api';
import { LANGUAGES } from '../../src/domain/i18n';
import { menuFor } from '../../src/domain/menu';
import { pngOfSize } from '../support/logo';
import { PROFILE } from '../support/profile';
import { type Api, startWorkbench, type TestWorkbench } from './support';

interface Sheet {
  name: string;
  values: unknown[][];
  formulas: string[][];
  display: string[][];
}

interface State {
  locale: string;
  spreadsheet: { id: string; name: string; sheets: Sheet[] };
  documents: Pick<DocumentView, 'id' | 'name' | 'text' | 'tables' | 'images' | 'blocks'>[];
  calls: number;
}

interface Menu {
  menu: { title: string; items: { label: string; fn: string }[] };
}

let bench: TestWorkbench;

beforeAll(async () => {
  bench = await startWorkbench();
});

afterAll(async () => {
  await bench?.stop();
});

beforeEach(async () => {
  await bench.api('POST', '/api/reset', {});
});

const state = async () => (await bench.api<State>('GET', '/api/state')).body;
const sheet = async (name: string) => (await state()).spreadsheet.sheets.find((each) => each.name === name);

describe('GET /api/state and POST /api/reset', () => {
  it('starts from one empty spreadsheet for a user of locale en', async () => {
    const answer = await state();
    expect(answer.locale).toBe('en');
    expect(answer.spreadsheet.sheets.map((each) => each.name)).toEqual(['Sheet1']);
    expect(answer.spreadsheet.sheets[0].values).toEqual([['']]);
    expect(answer.documents).toEqual([]);
    expect(answer.calls).toBe(0);
  });

  it('resets to a fresh workspace for the locale asked', async () => {
    await bench.api('POST', '/api/edit', { sheet: 'Sheet1', range: 'A1', values: [['kept?']] });
    expect((await bench.api('POST', '/api/reset', { locale: 'fr' })).status).toBe(200);
    const answer = await state();
    expect(answer.locale).toBe('fr');
    expect(answer.spreadsheet.sheets[0].values).toEqual([['']]);
  });
});

describe('POST /api/open', () => {
  it('runs onOpen and answers the add-on menu without separators', async () => {
    const { status, body } = await bench.api<Menu>('POST', '/api/open', { host: 'sheets' });
    expect(status).toBe(200);
    expect(body.menu.title).toBe('Alliance Kit');
    expect(body.menu.items).toContainEqual({ label: 'Set up alliance workbook', fn: 'setUpWorkbook' });
    expect(body.menu.items.every((item) => item.label && item.fn)).toBe(true);
  });

  it.each(LANGUAGES)('builds the menu in the language of a user of locale %s', async (language) => {
    await bench.api('POST', '/api/reset', { locale: language });
    const { body } = await bench.api<Menu>('POST', '/api/open', { host: 'sheets' });
    const expected = menuFor('sheets', language);
    expect(body.menu).toEqual({
      title: expected.title,
      items: expected.items.filter((item) => item !== null),
    });
  });
});

describe('POST /api/run', () => {
  it('runs a top-level function of build/Code.js and counts its service calls', async () => {
    await bench.api('POST', '/api/open', { host: 'sheets' });
    const before = (await state()).calls;
    const { body } = await bench.api<unknown>('POST', '/api/run', { fn: 'onOpen', args: [] });
    expect(body).toEqual({ ok: true, value: null });
    expect((await state()).calls).toBeGreaterThan(before);
  });

  it('runs a menu click ("via": "menu") as Google does: its return value goes nowhere', async () => {
    await bench.api('POST', '/api/open', { host: 'sheets' });
    const { body } = await bench.api<unknown>('POST', '/api/run', { fn: 'onOpen', args: [], via: 'menu' });
    expect(body).toEqual({ ok: true, value: null });
  });

  it('answers ok:false with the message for a function the script does not have', async () => {
    await bench.api('POST', '/api/open', { host: 'sheets' });
    const { body } = await bench.api<unknown>('POST', '/api/run', { fn: 'noSuchFunction', args: [] });
    expect(body).toEqual({ ok: false, error: 'Script function not found: noSuchFunction' });
  });
});

describe('POST /api/edit', () => {
  it('types into cells as a person does, parsed as setValues parses, without counting a call', async () => {
    const { status } = await bench.api('POST', '/api/edit', {
      sheet: 'Sheet1',
      range: 'A1:C2',
      values: [
        ['Name', 'Since', 'Count'],
        ['Amina', '2024-05-01', '12'],
      ],
    });
    expect(status).toBe(200);
    const typed = await sheet('Sheet1');
    expect(typed?.values).toEqual([
      ['Name', 'Since', 'Count'],
      ['Amina', '2024-05-01', 12],
    ]);
    expect((await state()).calls).toBe(0);
  });

  it('keeps a typed formula as a formula', async () => {
    await bench.api('POST', '/api/edit', {
      sheet: 'Sheet1',
      range: 'A1',
      values: [['=HYPERLINK("https://example.org","site")']],
    });
    expect((await sheet('Sheet1'))?.formulas).toEqual([['=HYPERLINK("https://example.org","site")']]);
  });

  it('moves a column so that it ends up where it was dropped', async () => {
    await bench.api('POST', '/api/edit', { sheet: 'Sheet1', range: 'A1:C1', values: [['a', 'b', 'c']] });
    await bench.api('POST', '/api/edit', { sheet: 'Sheet1', moveColumn: [1, 3] });
    expect((await sheet('Sheet1'))?.values).toEqual([['b', 'c', 'a']]);
    await bench.api('POST', '/api/edit', { sheet: 'Sheet1', moveColumn: [3, 1] });
    expect((await sheet('Sheet1'))?.values).toEqual([['a', 'b', 'c']]);
  });

  it('inserts a column before another', async () => {
    await bench.api('POST', '/api/edit', { sheet: 'Sheet1', range: 'A1:B1', values: [['a', 'b']] });
    await bench.api('POST', '/api/edit', { sheet: 'Sheet1', insertColumnBefore: 2 });
    expect((await sheet('Sheet1'))?.values).toEqual([['a', '', 'b']]);
  });
});

describe('POST /api/web', () => {
  it('serves the image the profile gives as its logo, and the charter shows it at its top', async () => {
    const url = 'https://alliance.example/logo.png';
    const base64 = Buffer.from(pngOfSize(240, 120)).toString('base64');
    expect((await bench.api('POST', '/api/web', { url, contentType: 'image/png', base64 })).body).toEqual({
      ok: true,
    });
    await bench.api('POST', '/api/open', { host: 'sheets' });
    await bench.api('POST', '/api/run', { fn: 'setUpWorkbook', args: [] });
    await bench.api('POST', '/api/run', {
      fn: 'saveProfile',
      args: [{ ...PROFILE, logoUrl: url, renameDocuments: false }],
    });
    expect(
      (await bench.api<{ ok: boolean }>('POST', '/api/run', { fn: 'makeCharter', args: [] })).body.ok,
    ).toBe(true);
    const [charter] = (await state()).documents;
    expect(charter.images).toEqual([{ contentType: 'image/png', width: 120, height: 60 }]);
    expect(charter.blocks[0]).toEqual({
      kind: 'image',
      src: `data:image/png;base64,${base64}`,
      width: 120,
      height: 60,
    });
  });
});

describe('bad requests answer 400 with a JSON error', () => {
  const cases: [string, string, unknown][] = [
    ['a body that is not JSON', '/api/edit', '{not json'],
    ['an edit of no known kind', '/api/edit', { sheet: 'Sheet1' }],
    ['a sheet that does not exist', '/api/edit', { sheet: 'Nope', range: 'A1', values: [['x']] }],
    ['values that do not fit the range', '/api/edit', { sheet: 'Sheet1', range: 'A1:B1', values: [['x']] }],
    ['a bad A1 range', '/api/edit', { sheet: 'Sheet1', range: 'A0:?', values: [['x']] }],
    ['a column move that is not [FROM, TO]', '/api/edit', { sheet: 'Sheet1', moveColumn: [1] }],
    ['a column past the sheet', '/api/edit', { sheet: 'Sheet1', insertColumnBefore: 999 }],
    ['a Doc that does not exist', '/api/edit', { documentId: 'nope', table: 0, removeRow: 0 }],
    ['a host that does not exist', '/api/open', { host: 'slides' }],
    ['a document to open that does not exist', '/api/open', { host: 'docs', documentId: 'nope' }],
    ['a function name that is not a name', '/api/run', { fn: 'alert(1)', args: [] }],
    ['arguments that are not an array', '/api/run', { fn: 'onOpen', args: 'x' }],
    ['a "via" other than "menu"', '/api/run', { fn: 'onOpen', args: [], via: 'trigger' }],
    ['a locale that is not a locale', '/api/reset', { locale: 42 }],
    [
      'a web page at an http address',
      '/api/web',
      { url: 'http://a.example/x.png', contentType: 'image/png', base64: '' },
    ],
    ['a web page without a type', '/api/web', { url: 'https://a.example/x.png', base64: '' }],
    [
      'a web page whose bytes are not base64',
      '/api/web',
      { url: 'https://a.example/x.png', contentType: 'image/png', base64: '<>' },
    ],
    [
      'a web page of a status that is none',
      '/api/web',
      { url: 'https://a.example/x.png', contentType: 'image/png', base64: '', status: 42 },
    ],
  ];

  it.each(cases)('%s', async (_, path, body) => {
    const answer: Api<{ error?: string }> = await bench.api('POST', path, body);
    expect(answer.status).toBe(400);
    expect(typeof answer.body.error).toBe('string');
  });

  it('leaves the workspace as it was', async () => {
    await bench.api('POST', '/api/edit', { sheet: 'Sheet1', range: 'A1:B1', values: [['x']] });
    expect((await sheet('Sheet1'))?.values).toEqual([['']]);
  });
});

describe('saved state', () => {
  it('survives a restart of the server', async () => {
    await bench.api('POST', '/api/edit', { sheet: 'Sheet1', range: 'B2', values: [['still here']] });
    await bench.restart();
    expect((await sheet('Sheet1'))?.values[1]).toEqual(['', 'still here']);
  });

  it('journals a typed cell instead of rewriting the whole state, and a stop folds the journal into it', async () => {
    const snapshot = join(bench.stateDir, 'workspace.json');
    const journal = join(bench.stateDir, 'edits.jsonl');
    await state(); // answered once the reset's snapshot is written
    const before = readFileSync(snapshot, 'utf8');
    const typed = await bench.api('POST', '/api/edit', {
      sheet: 'Sheet1',
      range: 'C3:D3',
      values: [['typed', '0012']],
    });
    expect(typed.body).toEqual({ ok: true, display: [['typed', '12']] });
    expect(readFileSync(snapshot, 'utf8')).toBe(before);
    expect(readFileSync(journal, 'utf8').trim().split('\n')).toHaveLength(1);
    await bench.restart();
    expect(readFileSync(journal, 'utf8')).toBe('');
    expect(readFileSync(snapshot, 'utf8')).not.toBe(before);
    expect((await sheet('Sheet1'))?.values[2]).toEqual(['', '', 'typed', 12]);
  });

  it('never replays a journal left over from an older snapshot', async () => {
    await bench.api('POST', '/api/edit', { sheet: 'Sheet1', range: 'A1', values: [['x']] });
    await bench.api('POST', '/api/edit', { sheet: 'Sheet1', insertColumnBefore: 1 });
    await bench.api('POST', '/api/edit', { sheet: 'Sheet1', range: 'A1', values: [['after the insert']] });
    const journal = readFileSync(join(bench.stateDir, 'edits.jsonl'), 'utf8');
    await bench.restart();
    // As if a crash had struck between writing the new snapshot and emptying the journal.
    writeFileSync(join(bench.stateDir, 'edits.jsonl'), journal);
    await bench.restart();
    expect((await sheet('Sheet1'))?.values).toEqual([['after the insert', 'x']]);
  });
});

describe('Sheets’ limits when typing (https://support.google.com/drive/answer/37603)', () => {
  it('refuses a cell of more than 50,000 characters with Sheets’ message, changing nothing', async () => {
    const answer = await bench.api('POST', '/api/edit', {
      sheet: 'Sheet1',
      range: 'A1:B1',
      values: [['short', 'x'.repeat(50_001)]],
    });
    expect(answer).toEqual({
      status: 422,
      body: { error: 'Your input contains more than the maximum of 50000 characters in a single cell.' },
    });
    expect((await sheet('Sheet1'))?.values).toEqual([['']]);
  });

  it('adds the rows a paste runs past, as Sheets does', async () => {
    const values = Array.from({ length: 1200 }, (_, n) => [`row ${n + 1}`]);
    expect(
      (await bench.api('POST', '/api/edit', { sheet: 'Sheet1', range: 'A1:A1200', values })).status,
    ).toBe(200);
    expect((await sheet('Sheet1'))?.values.at(-1)).toEqual(['row 1200']);
  });
});

describe('only its own pages reach the workbench', () => {
  /** A raw request, so that Host, Origin and Content-Type are exactly what another page or a rebound domain sends. */
  function raw(path: string, headers: Record<string, string>, body?: string) {
    const url = new URL(path, bench.url);
    return new Promise<{ status: number; text: string }>((resolve, reject) => {
      const sent = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: body === undefined ? 'GET' : 'POST',
          headers,
        },
        (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => {
            text += chunk.toString();
          });
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
        },
      );
      sent.on('error', reject);
      sent.end(body);
    });
  }
  const own = () => new URL(bench.url).host;
  const typeInA1 = JSON.stringify({ sheet: 'Sheet1', range: 'A1', values: [['written']] });
  const a1 = async () => (await sheet('Sheet1'))?.values[0][0];

  it('answers its own host, with or without its own origin', async () => {
    expect((await raw('/api/state', { host: own() })).status).toBe(200);
    expect((await raw('/', { host: own() })).status).toBe(200);
    const typed = await raw(
      '/api/edit',
      { host: own(), origin: `http://${own()}`, 'content-type': 'application/json; charset=utf-8' },
      typeInA1,
    );
    expect(typed.status).toBe(200);
    expect(await a1()).toBe('written');
  });

  it.each([
    ['a rebound domain on its port', (port: string) => `attacker.example:${port}`],
    ['its address on another port', () => '127.0.0.1:1'],
  ])('refuses a Host that is not its own (%s), page and state alike', async (_, host) => {
    for (const path of ['/', '/api/state', '/sidebar']) {
      const answer = await raw(path, { host: host(new URL(bench.url).port) });
      expect(answer.status).toBe(403);
      expect(answer.text).not.toContain('Sheet1');
    }
  });

  it.each([
    ['another site', 'https://attacker.example'],
    ['a sandboxed or file page', 'null'],
    ['the same host on another port', 'http://127.0.0.1:1'],
  ])('refuses a request from %s and changes nothing', async (_, origin) => {
    const answer = await raw(
      '/api/edit',
      { host: own(), origin, 'content-type': 'application/json' },
      typeInA1,
    );
    expect(answer.status).toBe(403);
    expect((await raw('/api/state', { host: own(), origin })).status).toBe(403);
    expect(await a1()).toBe('');
  });

  it.each([
    ['text/plain, as a cross-origin form or simple fetch sends it', 'text/plain'],
    ['a form', 'application/x-www-form-urlencoded'],
    ['no type at all', ''],
  ])('accepts API calls only as application/json, not %s', async (_, type) => {
    const headers: Record<string, string> = { host: own() };
    if (type) headers['content-type'] = type;
    for (const path of ['/api/edit', '/api/reset', '/api/run']) {
      const answer = await raw(path, headers, path === '/api/edit' ? typeInA1 : '{}');
      expect(answer.status).toBe(415);
    }
    expect(await a1()).toBe('');
  });
});

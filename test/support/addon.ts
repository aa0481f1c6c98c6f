// Loads build/Code.js into a fresh vm context over an emulated workspace, as Apps Script runs it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { type ActiveFile, Workspace, type WorkspaceOptions } from '../../emulator/workspace';

export const buildDir = join(__dirname, '..', '..', 'build');
const code = () => readFileSync(join(buildDir, 'Code.js'), 'utf8');

export interface LoadedAddon {
  ws: Workspace;
  /** Calls a top-level function of build/Code.js, as a menu click or google.script.run does. */
  run<T = unknown>(fn: string, ...args: unknown[]): T;
  /** The names of the top-level functions Apps Script would find. */
  functions(): string[];
}

/** A fresh context for every load: nothing leaks from one test to the next. */
export function loadAddon(ws: Workspace): LoadedAddon {
  const context = createContext({ ...ws.globals(), console });
  runInContext(code(), context, { filename: 'Code.js' });
  return {
    ws,
    run<T>(fn: string, ...args: unknown[]): T {
      const target = context[fn];
      if (typeof target !== 'function') throw new Error(`build/Code.js has no top-level function ${fn}`);
      // JSON round trip: google.script.run passes only plain values, and so do menus.
      return target(...args) as T;
    },
    functions: () => Object.keys(context).filter((name) => typeof context[name] === 'function'),
  };
}

/** A workspace with one empty spreadsheet open, for a user of the given locale. */
export function openSpreadsheet(options: WorkspaceOptions & { name?: string } = {}): LoadedAddon {
  const ws = new Workspace({ htmlDir: buildDir, ...options });
  const model = ws.createSpreadsheet(options.name ?? 'Alliance');
  const active: ActiveFile = { host: 'sheets', fileId: model.id };
  ws.open(active);
  return loadAddon(ws);
}

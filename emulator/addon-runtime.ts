// Runs build/Code.js as Apps Script runs a script: in a fresh global context over an emulated workspace.
import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';
import type { Workspace } from './workspace';

export interface LoadedAddon {
  ws: Workspace;
  /** Calls a top-level function of build/Code.js, as a menu click or google.script.run does. */
  run<T = unknown>(fn: string, ...args: unknown[]): T;
  /** The names of the top-level functions Apps Script would find. */
  functions(): string[];
}

const plain = (value: unknown): unknown =>
  value === undefined ? undefined : JSON.parse(JSON.stringify(value));

/** Fresh globals for every load, as for every Apps Script execution: nothing leaks from one load to the next. */
export function loadAddon(ws: Workspace, codeFile: string): LoadedAddon {
  // The emulator's Dates are made outside the context; sharing Date keeps `instanceof Date` true for the
  // script, as it is for the Dates Apps Script's services return.
  const context = createContext({ ...ws.globals(), console, Date });
  runInContext(readFileSync(codeFile, 'utf8'), context, { filename: 'Code.js' });
  return {
    ws,
    run<T>(fn: string, ...args: unknown[]): T {
      const target = context[fn];
      if (typeof target !== 'function') throw new Error(`build/Code.js has no top-level function ${fn}`);
      // google.script.run passes only plain values (no Dates, no functions), both ways.
      return plain(target(...args.map(plain))) as T;
    },
    functions: () => Object.keys(context).filter((name) => typeof context[name] === 'function'),
  };
}

// Runs the add-on's build/ as Apps Script runs a project: every .js file in one fresh global scope over an emulated
// workspace, for a person or for a trigger as its owner.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, Script } from 'node:vm';
import { scriptGlobals } from './not-emulated';
import { boundaryError, crossed } from './script-run';
import { runExecution } from './services/lock';
import { advanceClock, type Firing } from './services/script';
import type { Workspace } from './workspace';

export interface LoadedAddon {
  ws: Workspace;
  /**
   * A google.script.run call from a sidebar: arguments and the value returned cross Google's boundary, so a prohibited
   * value (a Date, a function...) either way makes the call fail, and each side gets a copy. Each run and trigger is
   * one execution: the locks it still holds at its end are released (runExecution in services/lock.ts).
   */
  run<T = unknown>(fn: string, ...args: unknown[]): T;
  /** A menu click or a trigger (onOpen, onInstall): the function gets its event object as is; what it returns goes nowhere. */
  trigger(fn: string, ...args: unknown[]): void;
  /** The names of the top-level functions Apps Script would find. */
  functions(): string[];
}

/** The project's manifest as far as the runtime reads it (https://developers.google.com/apps-script/manifest). */
export interface Manifest {
  oauthScopes?: string[];
}

function readManifest(buildDir: string): Manifest {
  const file = join(buildDir, 'appsscript.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Manifest) : {};
}

/**
 * The script's Date: the real one (so `instanceof Date` holds for the Dates services return, made outside the
 * context), except that "now" is the workspace's emulated clock.
 */
function clockDate(ws: Workspace): DateConstructor {
  return new Proxy(Date, {
    construct: (target, args, newTarget) =>
      Reflect.construct(target, args.length === 0 ? [ws.now().getTime()] : args, newTarget),
    apply: () => ws.now().toString(),
    get: (target, property) =>
      property === 'now' ? () => ws.now().getTime() : Reflect.get(target, property),
  });
}

/** Each .js file of a build, compiled once while it is unchanged (a rebuild gives it another time or size). */
const compiled = new Map<string, { stamp: string; script: Script }>();

/** The .js files of `buildDir` and its folders, in name order, each compiled once for every load to run. */
function scriptsOf(buildDir: string): Script[] {
  const files = readdirSync(buildDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .sort()
    .map((file) => join(buildDir, file));
  return files.map((file) => {
    const { mtimeMs, size } = statSync(file);
    const stamp = `${mtimeMs}:${size}`;
    let entry = compiled.get(file);
    if (entry?.stamp !== stamp) {
      entry = { stamp, script: new Script(readFileSync(file, 'utf8'), { filename: file }) };
      compiled.set(file, entry);
    }
    return entry.script;
  });
}

/**
 * Loads every .js file of `buildDir` into one fresh vm context, as Apps Script shares one global scope between a
 * project's files (https://developers.google.com/apps-script/guides/v8-runtime). The globals object is made afresh
 * for every load, as every execution starts afresh: nothing leaks from one load to the next. Only the compiled code
 * is shared, which keeps nothing of a run (a context's functions and variables are its own). The manifest
 * (build/appsscript.json unless given) says which scopes the script's calls may use.
 */
export function loadAddon(ws: Workspace, buildDir: string, manifest = readManifest(buildDir)): LoadedAddon {
  // Every call the script makes is held to the manifest's scopes (see Workspace.grantedScopes).
  ws.grantedScopes = manifest.oauthScopes ?? null;
  const globals: Record<string, unknown> = { ...scriptGlobals(ws.globals()), Date: clockDate(ws) };
  const given = new Set(Object.keys(globals));
  // Only top-level `function` and `var` declarations become properties of the context.
  const context = createContext(globals);
  for (const script of scriptsOf(buildDir)) script.runInContext(context);
  const target = (fn: string): ((...args: unknown[]) => unknown) => {
    const found = context[fn];
    if (given.has(fn) || typeof found !== 'function') throw new Error(`Script function not found: ${fn}`);
    return found as (...args: unknown[]) => unknown;
  };
  return {
    ws,
    run<T>(fn: string, ...args: unknown[]): T {
      args.forEach((arg, index) => {
        const error = boundaryError('argument', arg, index);
        if (error) throw error;
      });
      const value = runExecution(ws, () => target(fn)(...args.map(crossed)));
      const error = boundaryError('return', value);
      if (error) throw error;
      return crossed(value) as T;
    },
    trigger(fn: string, ...args: unknown[]): void {
      runExecution(ws, () => target(fn)(...args));
    },
    functions: () =>
      Object.keys(context).filter((name) => !given.has(name) && typeof context[name] === 'function'),
  };
}

/**
 * Moves the emulated clock on and fires the triggers that fall due, each as a fresh load of `buildDir` as the person
 * who made it, with no file open in front of anyone (no Ui, no active document): installable triggers run as their
 * creator (https://developers.google.com/apps-script/guides/triggers/installable#restrictions). Whoever was signed
 * in, with the file they had open, is back afterwards.
 */
export function advanceClockRunning(ws: Workspace, buildDir: string, ms: number): Firing[] {
  const signedIn = ws.email;
  const active = ws.active;
  try {
    return advanceClock(ws, ms, (trigger, event) => {
      ws.email = trigger.user;
      ws.active = null;
      loadAddon(ws, buildDir).trigger(trigger.handler, event);
    });
  } finally {
    ws.email = signedIn;
    ws.active = active;
  }
}

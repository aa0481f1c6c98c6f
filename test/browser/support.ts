// Browser and HTTP tests' harness: the workbench in its own process on a free port, and one headless Chromium.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sparticuz from '@sparticuz/chromium';
import { type Browser, chromium } from 'playwright-core';
import { writeFixtureBuild } from './fixture';

const root = join(__dirname, '..', '..');

export interface TestWorkbench {
  url: string;
  stateDir: string;
  /** Stops the server and starts it again over the same saved state (the address may change). */
  restart(): Promise<void>;
  stop(): Promise<void>;
  /** Calls the HTTP interface; answers the status and the parsed JSON body. */
  api<T = Record<string, unknown>>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Api<T>>;
}

export interface Api<T> {
  status: number;
  body: T;
}

function launch(stateDir: string, buildDir: string): Promise<{ child: ChildProcess; url: string }> {
  if (!existsSync(join(buildDir, 'Code.js'))) {
    throw new Error(
      `No ${buildDir}/Code.js: run "node scripts/build.mjs" (npm test does) before the browser tests`,
    );
  }
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(root, 'emulator', 'workbench', 'server.ts')],
    {
      cwd: root,
      env: { ...process.env, PORT: '0', WORKBENCH_STATE_DIR: stateDir, WORKBENCH_BUILD_DIR: buildDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`The workbench did not start:\n${output}`)), 30000);
    timer.unref();
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /workbench: (http:\/\/\S+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url });
      }
    };
    child.stdout?.on('data', listen);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The workbench exited with ${code}:\n${output}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** A workbench over a fresh temporary state folder, removed by stop(); the add-on's build unless told otherwise. */
export async function startWorkbench(buildDir = join(root, 'build')): Promise<TestWorkbench> {
  const stateDir = mkdtempSync(join(tmpdir(), 'alliance-workbench-'));
  let running = await launch(stateDir, buildDir);
  const bench: TestWorkbench = {
    url: running.url,
    stateDir,
    async restart() {
      await stopChild(running.child);
      running = await launch(stateDir, buildDir);
      bench.url = running.url;
    },
    async stop() {
      await stopChild(running.child);
      rmSync(stateDir, { recursive: true, force: true });
    },
    async api<T>(method: 'GET' | 'POST', path: string, body?: unknown) {
      const response = await fetch(new URL(path, bench.url), {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as T };
    },
  };
  return bench;
}

/** Where @sparticuz/chromium unpacks its binary; test/browser/global-setup.ts unpacks it once before the workers start. */
export function chromiumPath(): Promise<string> {
  return sparticuz.executablePath();
}

/**
 * @sparticuz/chromium's serverless flags, less two kinds: a single process dies with the first page closed, and
 * GL drawn by SwiftShader on the CPU costs the tests a quarter of their time (measured on two files: 41 s → 32 s) for
 * pages that need no GPU.
 */
const SOFTWARE_GL = [
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];
const CHROMIUM_ARGS = [
  ...sparticuz.args.filter((arg) => arg !== '--single-process' && !SOFTWARE_GL.includes(arg)),
  '--disable-gpu',
];

/**
 * Headless Chromium: the one inside @sparticuz/chromium, else Debian's. Another process unpacking the same binary
 * at that moment makes the launch fail with ETXTBSY (the file is still open for writing): that one is tried again.
 */
export async function launchBrowser(attempt = 1): Promise<Browser> {
  try {
    return await chromium.launch({
      executablePath: await chromiumPath(),
      args: CHROMIUM_ARGS,
      headless: true,
    });
  } catch (error) {
    if (/ETXTBSY/.test(String(error)) && attempt < 5) {
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
      return launchBrowser(attempt + 1);
    }
    if (!existsSync('/usr/bin/chromium')) throw error;
    return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true });
  }
}

/**
 * One workbench and one browser for a test file: started before its tests, both stopped after them. With
 * `fixture`, the workbench runs the stand-in add-on of fixture.ts instead of the build.
 */
export function useWorkbenchAndBrowser(
  receive: (started: { bench: TestWorkbench; browser: Browser }) => void,
  options: { fixture?: boolean } = {},
): void {
  let started: { bench: TestWorkbench; browser: Browser } | undefined;
  let fixtureDir: string | undefined;
  beforeAll(async () => {
    fixtureDir = options.fixture ? writeFixtureBuild() : undefined;
    const [bench, browser] = await Promise.all([startWorkbench(fixtureDir), launchBrowser()]);
    started = { bench, browser };
    receive(started);
  });
  afterAll(async () => {
    await started?.browser.close();
    await started?.bench.stop();
    if (fixtureDir) rmSync(fixtureDir, { recursive: true, force: true });
  });
}

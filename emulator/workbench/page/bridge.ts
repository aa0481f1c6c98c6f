// google.script.run and google.script.host for a sidebar served by the workbench, bridged to POST /api/run.
import type { FrameMessage, RunAnswer } from '../api';

type SuccessHandler = (value: unknown, userObject?: unknown) => void;
type FailureHandler = (error: Error, userObject?: unknown) => void;

interface RunnerSettings {
  success: SuccessHandler | null;
  failure: FailureHandler | null;
  userObject: unknown;
}

function tellPage(message: FrameMessage): void {
  if (window.parent !== window) window.parent.postMessage(message, window.location.origin);
}

/**
 * Dates, functions and DOM elements are not legal parameters: the request fails
 * (https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...)).
 */
function prohibitedIn(value: unknown): string | null {
  if (value instanceof Date) return 'Date';
  if (typeof value === 'function') return 'Function';
  if (typeof Node !== 'undefined' && value instanceof Node) return 'DOM element';
  if (Array.isArray(value)) return value.map(prohibitedIn).find((found) => found !== null) ?? null;
  if (value !== null && typeof value === 'object') {
    return (
      Object.values(value)
        .map(prohibitedIn)
        .find((found) => found !== null) ?? null
    );
  }
  return null;
}

async function callServer(fn: string, args: unknown[]): Promise<RunAnswer> {
  const prohibited = prohibitedIn(args);
  if (prohibited) return { ok: false, error: `google.script.run refuses a ${prohibited} as a parameter` };
  try {
    // JSON turns undefined array items into null and copies objects, as google.script.run does.
    const response = await fetch('/api/run', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ fn, args }),
    });
    const answer = (await response.json()) as RunAnswer | { error: string };
    return 'ok' in answer ? answer : { ok: false, error: answer.error };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    tellPage({ type: 'alliance-workbench:changed' });
  }
}

/**
 * Any property names a server function; the with… methods return a runner with that setting, so the
 * shared google.script.run keeps none (https://developers.google.com/apps-script/guides/html/reference/run).
 */
function runner(settings: RunnerSettings): Record<string, unknown> {
  const withSetting = (change: Partial<RunnerSettings>) => runner({ ...settings, ...change });
  const methods: Record<string, unknown> = {
    withSuccessHandler: (success: SuccessHandler | null) => withSetting({ success }),
    withFailureHandler: (failure: FailureHandler | null) => withSetting({ failure }),
    withUserObject: (userObject: unknown) => withSetting({ userObject }),
  };
  return new Proxy(methods, {
    get(target, name) {
      if (typeof name !== 'string') return undefined;
      if (name in target) return target[name];
      return (...args: unknown[]) => {
        void callServer(name, args).then((answer) => {
          if (answer.ok) settings.success?.(answer.value, settings.userObject);
          else if (settings.failure) settings.failure(new Error(answer.error), settings.userObject);
          else console.error(answer.error);
        });
      };
    },
  });
}

const host = {
  /** Closes the sidebar (https://developers.google.com/apps-script/guides/html/reference/host#close()). */
  close(): void {
    tellPage({ type: 'alliance-workbench:close-sidebar' });
  },
  editor: {
    /** Gives the focus back to the editor (https://developers.google.com/apps-script/guides/html/reference/host#editor.focus()). */
    focus(): void {
      window.parent.focus();
    },
  },
};

Object.assign(window, {
  google: { script: { run: runner({ success: null, failure: null, userObject: undefined }), host } },
});

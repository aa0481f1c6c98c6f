// google.script.run and google.script.host for a sidebar served by the workbench, bridged to POST /api/run.
import { boundaryError } from '../../script-run';
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
 * "A form element within the page is also legal as a parameter, but it must be the function's only parameter"
 * (https://developers.google.com/apps-script/guides/html/communication#forms): the server gets its fields by name.
 * Anywhere else a form is a DOM element like any other, and the call fails.
 */
function formFields(form: HTMLFormElement): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const [name, value] of new FormData(form)) {
    if (typeof value !== 'string') continue;
    const before = fields[name];
    fields[name] = before === undefined ? value : [...(Array.isArray(before) ? before : [before]), value];
  }
  return fields;
}

function legalArguments(args: unknown[]): unknown[] {
  if (args.length === 1 && args[0] instanceof HTMLFormElement) return [formFields(args[0])];
  args.forEach((arg, index) => {
    const error = boundaryError('argument', arg, index);
    if (error) throw error;
  });
  return args;
}

async function callServer(fn: string, args: unknown[]): Promise<RunAnswer> {
  try {
    // Legal values only; JSON then copies them as google.script.run does (undefined array items become null).
    const body = JSON.stringify({ fn, args: legalArguments(args) });
    const response = await fetch('/api/run', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
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

// A link to a Doc or a spreadsheet, followed in the sidebar, opens that file; the page opens the workspace's own
// files in the workbench, as following the link in Google opens the file.
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement) || !/\/(document|spreadsheets)\/d\//.test(link.href)) return;
  event.preventDefault();
  tellPage({ type: 'alliance-workbench:open', url: link.href });
});

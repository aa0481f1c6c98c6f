// The one way a sidebar calls the server: google.script.run wrapped in a typed promise.
import type { ServerApi } from '../../src/domain/api';

type Handler = (value: never) => void;

/** The part of google.script.run the sidebars use (https://developers.google.com/apps-script/guides/html/reference/run). */
interface ScriptRun {
  withSuccessHandler(handler: Handler): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

/**
 * Apps Script hands the failure handler an Error whose message may carry the thrown type as a prefix
 * ("Error: …", "Exception: …"); the server already wrote the message for the user, so the prefix goes.
 */
function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^(?:Error|Exception|ScriptError):\s*/, '');
}

/** Calls a server function by name; resolves with its answer, rejects with an Error the sidebar can show as is. */
export function callServer<Name extends keyof ServerApi>(
  name: Name,
  ...args: Parameters<ServerApi[Name]>
): Promise<ReturnType<ServerApi[Name]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler(resolve as Handler)
      .withFailureHandler((error) => reject(new Error(messageOf(error))));
    (runner[name] as (...values: unknown[]) => void)(...args);
  });
}

// Logger for the emulator: keeps the execution's log in memory, where a test can read it with getLog().

import type { ServiceRegistration } from '../service';
import type { Workspace } from '../workspace';

/** How Apps Script prints a logged object: Java's map and list style, e.g. {key=value} (https://developers.google.com/apps-script/reference/base/logger#log(Object)). */
function logText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(logText).join(', ')}]`;
  if (value instanceof Date || value === null || typeof value !== 'object') return String(value);
  const entries = Object.entries(value as Record<string, unknown>);
  return `{${entries.map(([key, item]) => `${key}=${logText(item)}`).join(', ')}}`;
}

/** https://developers.google.com/apps-script/reference/base/logger */
export function createLogger(ws: Workspace): Pick<GoogleAppsScript.Base.Logger, 'log' | 'getLog' | 'clear'> {
  const lines: string[] = [];
  const logger = {
    /**
     * log(data), or log(format, ...values) with each %s replaced by the next value
     * (https://developers.google.com/apps-script/reference/base/logger#log(String,Object...)).
     * An object with a message property logs its message.
     */
    log(data: unknown, ...values: unknown[]): GoogleAppsScript.Base.Logger {
      ws.calls.hit('base', 'Logger.log');
      if (values.length > 0) {
        let next = 0;
        lines.push(
          String(data).replace(/%s/g, (placeholder) =>
            next < values.length ? logText(values[next++]) : placeholder,
          ),
        );
      } else if (data !== null && typeof data === 'object' && 'message' in data) {
        lines.push(String((data as { message: unknown }).message));
      } else {
        lines.push(logText(data));
      }
      return logger as unknown as GoogleAppsScript.Base.Logger;
    },
    /**
     * The messages logged so far in this execution, one a line. Google puts a timestamp before each; the emulator
     * leaves it out so tests can compare (https://developers.google.com/apps-script/reference/base/logger#getLog()).
     */
    getLog(): string {
      ws.calls.hit('base', 'Logger.getLog');
      return lines.map((line) => `${line}\n`).join('');
    },
    clear(): void {
      ws.calls.hit('base', 'Logger.clear');
      lines.length = 0;
    },
  };
  return logger;
}

export const loggerService: ServiceRegistration = {
  name: 'Logger',
  reference: 'base',
  globals: (ws) => ({ Logger: createLogger(ws) }),
};

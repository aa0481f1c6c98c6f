// Logger and console for the emulator: the execution's log in memory (getLog()), and what console wrote, as Cloud Logging keeps it.

import type { ServiceRegistration, ServiceState } from '../service';
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

/** One line console wrote, with the severity Cloud Logging files it under. */
export interface LogEntry {
  severity: 'DEBUG' | 'INFO' | 'WARNING' | 'ERROR';
  message: string;
}

/** Every execution's console lines, oldest first, for as long as the workspace lives (not saved with it). */
export const consoleState: ServiceState<LogEntry[]> = { key: 'console', create: () => [] };

/** An Error prints as its name and message, then its stack, as Cloud Logging shows a logged exception. */
const consoleText = (value: unknown): string =>
  value instanceof Error || Object.prototype.toString.call(value) === '[object Error]'
    ? String((value as Error).stack ?? value)
    : logText(value);

/**
 * The console of Apps Script's V8 runtime: with `"exceptionLogging": "STACKDRIVER"` in the manifest its lines go to
 * Cloud Logging, console.error's as errors (https://developers.google.com/apps-script/guides/logging#cloud_logging).
 * Not a service call: it is not counted.
 */
export function createConsole(ws: Workspace): Pick<Console, 'log' | 'info' | 'warn' | 'error'> {
  const write =
    (severity: LogEntry['severity']) =>
    (...values: unknown[]): void => {
      ws.state(consoleState).push({ severity, message: values.map(consoleText).join(' ') });
    };
  return { log: write('DEBUG'), info: write('INFO'), warn: write('WARNING'), error: write('ERROR') };
}

export const loggerService: ServiceRegistration = {
  name: 'Logger',
  reference: 'base',
  globals: (ws) => ({ Logger: createLogger(ws), console: createConsole(ws) }),
  state: consoleState,
};

// Contract of the emulated Logger and console: messages, %s formats and objects as Apps Script prints them.
import { consoleState, createConsole, createLogger } from '../../emulator/services/logger';
import { Workspace } from '../../emulator/workspace';

describe('Logger (https://developers.google.com/apps-script/reference/base/logger)', () => {
  it('replaces each %s with the next value (https://developers.google.com/apps-script/reference/base/logger#log(String,Object...))', () => {
    const logger = createLogger(new Workspace());
    logger.log('Set-up made %s sheets in %s', 9, 'fr').log('done');
    expect(logger.getLog()).toBe('Set-up made 9 sheets in fr\ndone\n');
  });

  it('prints objects as {key=value} and uses a message property (https://developers.google.com/apps-script/reference/base/logger#log(Object))', () => {
    const logger = createLogger(new Workspace());
    logger.log({ key: 'value' });
    logger.log({ message: 'my log message', data: { key: 'value' } });
    expect(logger.getLog()).toBe('{key=value}\nmy log message\n');
  });

  it('clears the log (https://developers.google.com/apps-script/reference/base/logger#clear())', () => {
    const ws = new Workspace();
    const logger = createLogger(ws);
    logger.log('one');
    logger.clear();
    expect(logger.getLog()).toBe('');
    expect(ws.calls.total).toBe(3);
  });
});

describe('console (https://developers.google.com/apps-script/guides/logging#cloud_logging)', () => {
  it('keeps each line with its Cloud Logging severity, an Error with its stack, and counts no call', () => {
    const ws = new Workspace();
    const console = createConsole(ws);
    console.log('rows', 3);
    console.error(new Error('Sheet missing'));
    const [log, error] = ws.state(consoleState);
    expect(log).toEqual({ severity: 'DEBUG', message: 'rows 3' });
    expect(error.severity).toBe('ERROR');
    expect(error.message).toMatch(/^Error: Sheet missing\n\s+at /);
    expect(ws.calls.total).toBe(0);
  });
});

// Contract of the emulated Logger: messages, %s formats and objects as Apps Script prints them.
import { createLogger } from '../../emulator/services/logger';
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

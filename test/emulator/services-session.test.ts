// Contract of the emulated Session: the user's locale and email and the script's time zone.
import { createSession } from '../../emulator/services/session';
import { Workspace } from '../../emulator/workspace';

describe('Session (https://developers.google.com/apps-script/reference/base/session)', () => {
  it("answers the user's locale as Google gives it (https://developers.google.com/apps-script/reference/base/session#getActiveUserLocale())", () => {
    expect(createSession(new Workspace({ locale: 'en_GB' })).getActiveUserLocale()).toBe('en_GB');
    expect(createSession(new Workspace({ locale: 'fr' })).getActiveUserLocale()).toBe('fr');
  });

  it('answers the active and effective user (https://developers.google.com/apps-script/reference/base/user#getEmail())', () => {
    const session = createSession(new Workspace({ email: 'chair@example.org' }));
    expect(session.getActiveUser().getEmail()).toBe('chair@example.org');
    expect(session.getEffectiveUser().getEmail()).toBe('chair@example.org');
  });

  it("answers the script's time zone (https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone())", () => {
    expect(createSession(new Workspace({ timeZone: 'Europe/Stockholm' })).getScriptTimeZone()).toBe(
      'Europe/Stockholm',
    );
  });

  it('gives a key per user that does not reveal the email (https://developers.google.com/apps-script/reference/base/session#getTemporaryActiveUserKey())', () => {
    const key = (email: string) => createSession(new Workspace({ email })).getTemporaryActiveUserKey();
    expect(key('a@example.org')).toBe(key('a@example.org'));
    expect(key('a@example.org')).not.toBe(key('b@example.org'));
    expect(key('a@example.org')).not.toContain('example');
  });

  it('counts every call', () => {
    const ws = new Workspace();
    createSession(ws).getActiveUser().getEmail();
    expect(ws.calls.byMethod).toEqual({ 'Session.getActiveUser': 1, 'User.getEmail': 1 });
  });
});

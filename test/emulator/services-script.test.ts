// Contract of the emulated ScriptApp: time-driven triggers under the editor add-on rules, and the clock that fires them.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { advanceClockRunning } from '../../emulator/addon-runtime';
import { Workspace } from '../../emulator/workspace';

const SCRIPT = 'https://developers.google.com/apps-script/reference/script';
const DAY = 24 * 60 * 60 * 1000;

/** A stand-in for build/Code.js: each run mails who ran it, when, and what the script saw. */
const CODE = `
function remind(e) {
  var book = SpreadsheetApp.getActiveSpreadsheet();
  MailApp.sendEmail(Session.getActiveUser().getEmail(), 'reminder ' + e.triggerUid,
    JSON.stringify({ now: new Date().toISOString().slice(0, 16), noFile: book === null, hour: e.hour }));
}
function broken() { throw new Error('Nothing to do'); }
function install(fn) {
  ScriptApp.newTrigger(fn).timeBased().onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(9).create();
}
`;

function workspace() {
  const ws = new Workspace({
    timeZone: 'Europe/Paris',
    people: [{ email: 'amina@alliance.org' }, { email: 'chair@alliance.org' }],
  });
  const book = ws.createSpreadsheet('Alliance');
  book.timeZone = 'Europe/Paris';
  ws.sharing.get(book.id)?.editors.push('chair@alliance.org');
  ws.open({ host: 'sheets', fileId: book.id });
  // Wednesday 4 March 2026, 12:00 in Paris.
  ws.setNow(Date.parse('2026-03-04T11:00:00Z'));
  const dir = mkdtempSync(join(tmpdir(), 'alliance-triggers-'));
  writeFileSync(join(dir, 'Code.js'), CODE);
  const code = dir;
  const script = () => ws.globals().ScriptApp as GoogleAppsScript.Script.ScriptApp;
  return { ws, book, code, script };
}

describe(`ScriptApp (${SCRIPT}/script-app)`, () => {
  it(`makes a weekly trigger on a weekday at an hour, in the script's time zone (${SCRIPT}/clock-trigger-builder#onWeekDay(Weekday))`, () => {
    const { ws, script } = workspace();
    const trigger = script()
      .newTrigger('remind')
      .timeBased()
      .onWeekDay(script().WeekDay.MONDAY)
      .atHour(9)
      .create();
    expect(trigger.getHandlerFunction()).toBe('remind');
    expect(String(trigger.getEventType())).toBe('CLOCK');
    expect(
      script()
        .getProjectTriggers()
        .map((t) => t.getUniqueId()),
    ).toEqual([trigger.getUniqueId()]);
    // Monday 9 March, 09:00 in Paris (UTC+1).
    expect(ws.triggers.triggers[0].next).toBe('2026-03-09T08:00:00.000Z');
  });

  it(`allows one time-based trigger per person per document, and nothing more often than hourly (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions)`, () => {
    const { ws, script } = workspace();
    script().newTrigger('remind').timeBased().everyDays(1).atHour(7).create();
    expect(() => script().newTrigger('other').timeBased().everyHours(1).create()).toThrow(
      'This add-on has created too many time-based triggers in this document for this Google user account.',
    );
    expect(() => script().newTrigger('remind').timeBased().everyMinutes(30)).toThrow(
      'The recurrence interval for an Add-on trigger must be at least one hour.',
    );
    expect(() => script().newTrigger('remind').timeBased().everyHours(3)).toThrow('Invalid argument: n');
    ws.signIn('chair@alliance.org');
    script().newTrigger('remind').timeBased().everyHours(1).create();
    expect(script().getProjectTriggers()).toHaveLength(1);
    expect(ws.triggers.triggers).toHaveLength(2);
  });

  it(`deletes only the person's own triggers (${SCRIPT}/script-app#deleteTrigger(Trigger))`, () => {
    const { ws, script } = workspace();
    const mine = script().newTrigger('remind').timeBased().everyDays(1).create();
    ws.signIn('chair@alliance.org');
    expect(() => script().deleteTrigger(mine)).toThrow('Invalid argument: trigger');
    ws.signIn('amina@alliance.org');
    script().deleteTrigger(script().getProjectTriggers()[0]);
    expect(ws.triggers.triggers).toEqual([]);
    script().newTrigger('remind').timeBased().everyDays(1).create();
    expect(ws.triggers.triggers).toHaveLength(1);
  });

  it('fires due triggers as fresh executions as their owner, with the clock at each firing and no file open', () => {
    const { ws, book, code, script } = workspace();
    script().newTrigger('remind').timeBased().onWeekDay(script().WeekDay.MONDAY).atHour(9).create();
    ws.signIn('chair@alliance.org');
    expect(advanceClockRunning(ws, code, 4 * DAY)).toEqual([]);
    expect(advanceClockRunning(ws, code, 8 * DAY)).toEqual([
      { handler: 'remind', user: 'amina@alliance.org', ok: true },
      { handler: 'remind', user: 'amina@alliance.org', ok: true },
    ]);
    expect(ws.mail.outbox.map((mail) => [mail.from, JSON.parse(mail.body)])).toEqual([
      ['amina@alliance.org', { now: '2026-03-09T08:00', noFile: true, hour: 8 }],
      ['amina@alliance.org', { now: '2026-03-16T08:00', noFile: true, hour: 8 }],
    ]);
    expect(ws.email).toBe('chair@alliance.org');
    expect(ws.active).toEqual({ host: 'sheets', fileId: book.id });
    expect(ws.now().getTime()).toBeGreaterThanOrEqual(Date.parse('2026-03-16T11:00:00Z'));
  });

  it('reports a run that fails and goes on with the others', () => {
    const { ws, code, script } = workspace();
    script().newTrigger('broken').timeBased().everyDays(1).atHour(8).create();
    const fired = advanceClockRunning(ws, code, 2 * DAY);
    expect(fired).toEqual([
      { handler: 'broken', user: 'amina@alliance.org', ok: false, error: 'Nothing to do' },
      { handler: 'broken', user: 'amina@alliance.org', ok: false, error: 'Nothing to do' },
    ]);
    expect(ws.triggers.triggers).toHaveLength(1);
  });

  it('gives the add-on a Date whose now is the emulated clock, and saves and loads the triggers and the clock', () => {
    const { ws, code, script } = workspace();
    script()
      .newTrigger('remind')
      .timeBased()
      .everyWeeks(2)
      .onWeekDay(script().WeekDay.MONDAY)
      .atHour(9)
      .create();
    const copy = Workspace.fromJSON(JSON.parse(JSON.stringify(ws.toJSON())));
    expect(copy.triggers).toEqual(ws.triggers);
    expect(Math.abs(copy.now().getTime() - ws.now().getTime())).toBeLessThan(1000);
    expect(advanceClockRunning(copy, code, 14 * DAY).map((f) => f.ok)).toEqual([true]);
    expect(copy.triggers.triggers[0].next).toBe('2026-03-23T08:00:00.000Z');
  });
});

// Contract of interleaved executions: a second execution runs at a service-call boundary of a first, with its own
// person and file, and the locks the suspended first holds are held against it as Google holds them.
import { callsMadeBy, interleave, visibleState } from '../../emulator/interleave';
import { createLockService, LOCK_TIMEOUT_MESSAGE, runExecution } from '../../emulator/services/lock';
import { createSpreadsheetApp } from '../../emulator/spreadsheet';
import { Workspace } from '../../emulator/workspace';

const AMINA = 'amina@example.org';
const LARS = 'lars@example.se';

function workspace() {
  const ws = new Workspace({ people: [{ email: AMINA }, { email: LARS }] });
  const book = ws.createSpreadsheet('Alliance');
  ws.sharing.set(book.id, { owner: AMINA, editors: [LARS], viewers: [] });
  ws.open({ host: 'sheets', fileId: book.id });
  const cell = () => createSpreadsheetApp(ws).openById(book.id).getSheets()[0].getRange('A1');
  return { ws, book, cell };
}

/** An execution that writes 1, 2 then 3 into A1: three calls, each (getRange, setValue) pair counted as two. */
function countToThree(ws: Workspace, cell: () => GoogleAppsScript.Spreadsheet.Range) {
  return () =>
    runExecution(ws, () => {
      for (const value of [1, 2, 3]) cell().setValue(value);
      return 'done';
    });
}

describe('interleave', () => {
  it('runs the second while the first is suspended inside the call after the boundary, before it is carried out', () => {
    const { ws, cell } = workspace();
    const first = countToThree(ws, cell);
    // Each value takes openById, getSheets, getRange and setValue: four calls.
    expect(callsMadeBy(ws, first).calls).toBe(12);
    let seen: unknown;
    const run = interleave(ws, 7, first, () => {
      seen = ws.calls.uncounted(() => cell().getValue());
      return 'second';
    });
    // Seven calls made: the first setValue carried out, the second one's getRange made, its setValue not yet.
    expect(seen).toBe(1);
    expect(run).toMatchObject({ at: 7, during: 'Range.setValue' });
    expect(run.first).toEqual({ ok: true, value: 'done' });
    expect(run.second).toEqual({ ok: true, value: 'second' });
  });

  it('runs the second before the first at boundary 0 and after it past its last call', () => {
    const { ws, cell } = workspace();
    const order: string[] = [];
    const second = () => order.push(`second sees ${ws.calls.uncounted(() => cell().getValue())}`);
    interleave(ws, 0, countToThree(ws, cell), second);
    expect(interleave(ws, 99, countToThree(ws, cell), second)).toMatchObject({ at: 12, during: null });
    expect(order).toEqual(['second sees ', 'second sees 3']);
  });

  it('reports what either execution threw, and runs the second even when the first fails before the boundary', () => {
    const { ws, cell } = workspace();
    const run = interleave(
      ws,
      5,
      () => {
        cell();
        throw new Error('first failed');
      },
      () => {
        throw new Error('second failed');
      },
    );
    expect(run.at).toBe(3);
    expect(run.first).toEqual({ ok: false, error: new Error('first failed') });
    expect(run.second).toEqual({ ok: false, error: new Error('second failed') });
  });

  it('gives the second its own person and file, and gives the first its own back, with its sidebar', () => {
    const { ws, book, cell } = workspace();
    const other = ws.createSpreadsheet('Other');
    ws.sharing.set(other.id, { owner: LARS, editors: [], viewers: [] });
    ws.ui.sidebar = { title: 'New meeting', html: '<p>form</p>' };
    const whoAndWhere = () => {
      const { Session, SpreadsheetApp } = ws.globals() as {
        Session: GoogleAppsScript.Base.Session;
        SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
      };
      return `${Session.getActiveUser().getEmail()} in ${SpreadsheetApp.getActiveSpreadsheet().getName()}`;
    };
    let secondSaw = '';
    const run = interleave(
      ws,
      1,
      () => {
        cell();
        return whoAndWhere();
      },
      () => {
        ws.signIn(LARS);
        ws.open({ host: 'sheets', fileId: other.id });
        secondSaw = whoAndWhere();
      },
    );
    expect(secondSaw).toBe(`${LARS} in Other`);
    expect(run.first).toEqual({ ok: true, value: `${AMINA} in Alliance` });
    expect([ws.email, ws.active?.fileId, ws.ui.sidebar?.title]).toEqual([AMINA, book.id, 'New meeting']);
  });
});

describe('locks across interleaved executions (https://developers.google.com/apps-script/reference/lock/lock)', () => {
  /** A first execution that takes the document lock, writes, and releases it; and a second that tries for it. */
  function lockedWriter(ws: Workspace, cell: () => GoogleAppsScript.Spreadsheet.Range) {
    return () =>
      runExecution(ws, () => {
        const lock = createLockService(ws).getDocumentLock();
        lock.waitLock(10_000);
        cell().setValue('under the lock');
        lock.releaseLock();
      });
  }
  const tryLock = (ws: Workspace) => () =>
    runExecution(ws, () => createLockService(ws).getDocumentLock().tryLock(10_000));

  it('keeps the lock the suspended first holds from the second: tryLock answers false (tryLock(Integer))', () => {
    const { ws, cell } = workspace();
    // Calls: getDocumentLock, waitLock, then four to write, then releaseLock.
    expect(interleave(ws, 2, lockedWriter(ws, cell), tryLock(ws)).second).toEqual({ ok: true, value: false });
    expect(interleave(ws, 6, lockedWriter(ws, cell), tryLock(ws)).second).toEqual({ ok: true, value: false });
  });

  it('lets the second have it before the first takes it and once the first released it', () => {
    const { ws, cell } = workspace();
    expect(interleave(ws, 1, lockedWriter(ws, cell), tryLock(ws)).second).toEqual({ ok: true, value: true });
    expect(interleave(ws, 7, lockedWriter(ws, cell), tryLock(ws)).second).toEqual({ ok: true, value: true });
  });

  it("makes the second's waitLock time out with Google's message (waitLock(Integer))", () => {
    const { ws, cell } = workspace();
    const run = interleave(ws, 3, lockedWriter(ws, cell), () =>
      runExecution(ws, () => createLockService(ws).getDocumentLock().waitLock(30_000)),
    );
    expect(run.second).toEqual({ ok: false, error: new Error(LOCK_TIMEOUT_MESSAGE) });
  });

  it("holds one file's document lock, not another file's, and the script lock for every file (getDocumentLock(), getScriptLock())", () => {
    const { ws, cell } = workspace();
    const other = ws.createSpreadsheet('Other');
    const inOther =
      (take: (locks: GoogleAppsScript.Lock.LockService) => GoogleAppsScript.Lock.Lock) => () => {
        ws.open({ host: 'sheets', fileId: other.id });
        return runExecution(ws, () => take(createLockService(ws)).tryLock(1));
      };
    expect(
      interleave(
        ws,
        3,
        lockedWriter(ws, cell),
        inOther((locks) => locks.getDocumentLock()),
      ).second,
    ).toEqual({ ok: true, value: true });
    const scriptLocked = () =>
      runExecution(ws, () => {
        createLockService(ws).getScriptLock().waitLock(1);
        cell().setValue('x');
      });
    expect(
      interleave(
        ws,
        3,
        scriptLocked,
        inOther((locks) => locks.getScriptLock()),
      ).second,
    ).toEqual({
      ok: true,
      value: false,
    });
  });

  it('releases what an execution still holds when it ends, as a script terminating does (releaseLock())', () => {
    const { ws } = workspace();
    const lock = runExecution(ws, () => {
      const taken = createLockService(ws).getDocumentLock();
      taken.waitLock(1);
      return taken;
    });
    expect(lock.hasLock()).toBe(false);
    expect(tryLock(ws)()).toBe(true);
  });
});

describe('visibleState', () => {
  it('changes with what a person sees in a file, not with what the Ui shows', () => {
    const { ws, cell } = workspace();
    const before = visibleState(ws);
    ws.ui.alerts.push({ message: 'Someone else is updating this file right now.' });
    ws.calls.uncounted(() => cell().setBackground('#ff0000'));
    expect(visibleState(ws)).toBe(before);
    ws.calls.uncounted(() => cell().setValue('typed'));
    expect(visibleState(ws)).not.toBe(before);
  });

  it('changes with a Doc, a property or an email', () => {
    const { ws } = workspace();
    const { PropertiesService, MailApp, DocumentApp } = ws.globals() as {
      PropertiesService: GoogleAppsScript.Properties.PropertiesService;
      MailApp: GoogleAppsScript.Mail.MailApp;
      DocumentApp: GoogleAppsScript.Document.DocumentApp;
    };
    const changes = [
      () => PropertiesService.getDocumentProperties().setProperty('kept', 'yes'),
      () => MailApp.sendEmail(LARS, 'Minutes', 'Here they are'),
      () => DocumentApp.create('Agenda'),
    ];
    for (const change of changes) {
      const before = visibleState(ws);
      change();
      expect(visibleState(ws)).not.toBe(before);
    }
  });
});

// Contract of the emulated LockService: locks another execution can hold, and Google's timeout.
import { createLockService, holdLock, releaseHeldLock } from '../../emulator/services/lock';
import { Workspace } from '../../emulator/workspace';

function service(open = true) {
  const ws = new Workspace();
  if (open) ws.active = { host: 'sheets', fileId: 'file-1' };
  return { ws, locks: createLockService(ws) };
}

describe('Lock (https://developers.google.com/apps-script/reference/lock/lock)', () => {
  it('is had once tryLock succeeds, and no longer after releaseLock (https://developers.google.com/apps-script/reference/lock/lock#hasLock())', () => {
    const { locks } = service();
    const lock = locks.getDocumentLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  it('cannot be had while another execution holds it (https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer))', () => {
    const { ws, locks } = service();
    holdLock(ws, 'document');
    expect(locks.getDocumentLock().tryLock(10000)).toBe(false);
    expect(locks.getScriptLock().tryLock(10000)).toBe(true);
    releaseHeldLock(ws, 'document');
    expect(locks.getDocumentLock().tryLock(10000)).toBe(true);
  });

  it("makes waitLock throw Google's timeout message (https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer))", () => {
    const { ws, locks } = service();
    holdLock(ws, 'script');
    const lock = locks.getScriptLock();
    expect(() => lock.waitLock(30000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    expect(lock.hasLock()).toBe(false);
  });

  it("holds one file's document lock without blocking another file's", () => {
    const { ws, locks } = service();
    holdLock(ws, 'document', 'file-2');
    expect(locks.getDocumentLock().tryLock(1000)).toBe(true);
  });
});

describe('LockService (https://developers.google.com/apps-script/reference/lock/lock-service)', () => {
  it('answers null for the document lock where there is no document (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock())', () => {
    const { locks } = service(false);
    expect(locks.getDocumentLock()).toBeNull();
    expect(locks.getUserLock().tryLock(1)).toBe(true);
  });

  it('counts every call', () => {
    const { ws, locks } = service();
    const lock = locks.getDocumentLock();
    lock.waitLock(1000);
    lock.releaseLock();
    expect(ws.calls.byMethod).toEqual({
      'LockService.getDocumentLock': 1,
      'Lock.waitLock': 1,
      'Lock.releaseLock': 1,
    });
  });
});

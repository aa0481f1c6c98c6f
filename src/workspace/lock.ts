// The locks around writes that others may make at the same time: the document lock, and the script lock's short sections.
import { UserError } from '../domain/errors';

type Lock = GoogleAppsScript.Lock.Lock;

/** How long to wait for another execution to finish before telling the user to try again. */
const WAIT_MS = 10_000;

/** How many times this execution took the document lock or asked to read afresh: a read made before may be out of date. */
let taken = 0;

/** The script lock, when this execution holds it already (it stands in for a missing document lock). */
let scriptLockHeld = false;

export function lockGeneration(): number {
  return taken;
}

/** The tables' next reads read their sheets again: for a write that must see what others wrote since. */
export function readAfresh(): void {
  taken += 1;
}

/** `work` under the lock; `stale` when reads made before it may be out of date under it (the document lock's case). */
function holding<T>(lock: Lock, work: () => T, stale: boolean): T {
  if (!lock.tryLock(WAIT_MS)) throw new UserError('error.busy');
  if (stale) taken += 1;
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

/**
 * Runs `work` holding the document lock. getDocumentLock() returns null outside a container-bound
 * script (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()),
 * so the script lock, wider but still correct, stands in then.
 */
export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (lock) return holding(lock, work, true);
  return scriptSection(work, true);
}

/**
 * Runs a short section holding the script lock. An add-on is one script, so this lock is shared by every user of the
 * add-on in every document ("a code section guarded by a script lock cannot be executed simultaneously regardless of
 * the identity of the user", https://developers.google.com/apps-script/reference/lock/lock-service#getScriptLock()):
 * it is taken only where a workbook and its agenda Docs must agree, around a few calls (a number read and reserved, a
 * row found and written), never around a whole action. Taken once per execution: an inner section runs in the outer.
 * The section reads again, itself, the table it works on (Table.reread): other tables' reads stay good.
 */
export function withScriptLock<T>(work: () => T): T {
  return scriptSection(work, false);
}

function scriptSection<T>(work: () => T, stale: boolean): T {
  if (scriptLockHeld) return work();
  const lock = LockService.getScriptLock();
  scriptLockHeld = true;
  try {
    return holding(lock, work, stale);
  } finally {
    scriptLockHeld = false;
  }
}

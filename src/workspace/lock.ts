// The document lock around writes that others may make at the same time (two secretaries, two chairs).
import { UserError } from '../domain/errors';

/** How long to wait for another execution to finish before telling the user to try again. */
const WAIT_MS = 10_000;

/** How many times this execution took the lock: a read made before the last take may be out of date under it. */
let taken = 0;

export function lockGeneration(): number {
  return taken;
}

/**
 * Runs `work` holding the document lock. getDocumentLock() returns null outside a container-bound
 * script (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()),
 * so the script lock, wider but still correct, stands in then.
 */
export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  if (!lock.tryLock(WAIT_MS)) throw new UserError('error.busy');
  taken += 1;
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

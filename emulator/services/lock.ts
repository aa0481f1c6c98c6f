// LockService for the emulator: script, user and document locks that a test can make another execution hold.
import { invalidArgument, scriptError } from '../core';
import type { ServiceRegistration, ServiceState } from '../service';
import type { Workspace } from '../workspace';

export type LockScope = 'script' | 'user' | 'document';

/**
 * Locks held by other executions, by key ("script", "user:<email>", "document:<fileId>"). The emulator runs one
 * execution at a time, so only a test puts another holder here; this execution's own locks live in its Lock objects
 * and end with it, as Google releases them when the script terminates.
 */
export interface LockState {
  heldBy: Record<string, string>;
}

/** Google's message when waitLock gives up (https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer)). */
export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

function lockKey(ws: Workspace, scope: LockScope, id?: string): string {
  if (scope === 'script') return 'script';
  if (scope === 'user') return `user:${id ?? ws.email}`;
  const fileId = id ?? ws.active?.fileId;
  if (fileId === undefined) throw new Error('No document to lock: open a file or name one');
  return `document:${fileId}`;
}

/** Makes another execution hold a lock (the active file's document lock unless `id` names a file), for a test. */
export function holdLock(ws: Workspace, scope: LockScope, id?: string): void {
  ws.locks.heldBy[lockKey(ws, scope, id)] = 'another execution';
}

export function releaseHeldLock(ws: Workspace, scope: LockScope, id?: string): void {
  delete ws.locks.heldBy[lockKey(ws, scope, id)];
}

function checkTimeout(timeoutInMillis: unknown): void {
  if (typeof timeoutInMillis !== 'number' || !Number.isFinite(timeoutInMillis))
    throw invalidArgument('timeoutInMillis');
}

/** https://developers.google.com/apps-script/reference/lock/lock */
class Lock implements GoogleAppsScript.Lock.Lock {
  private held = false;

  constructor(
    private readonly ws: Workspace,
    private readonly key: string,
  ) {}

  /**
   * Free unless another execution holds it. Google documents nothing about two Lock objects of one execution, so
   * the emulator does not make them wait for each other.
   */
  private acquire(): boolean {
    if (!this.held) this.held = this.ws.locks.heldBy[this.key] === undefined;
    return this.held;
  }

  /**
   * Gives up at once where Google would wait up to the timeout, since nothing can release a lock while the emulator
   * runs this execution (https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)).
   */
  tryLock(timeoutInMillis: number): boolean {
    this.ws.calls.hit('lock', 'Lock.tryLock');
    checkTimeout(timeoutInMillis);
    return this.acquire();
  }

  /** Throws when the lock cannot be had (https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer)). */
  waitLock(timeoutInMillis: number): void {
    this.ws.calls.hit('lock', 'Lock.waitLock');
    checkTimeout(timeoutInMillis);
    if (!this.acquire()) throw scriptError(LOCK_TIMEOUT_MESSAGE);
  }

  /** https://developers.google.com/apps-script/reference/lock/lock#releaseLock() */
  releaseLock(): void {
    this.ws.calls.hit('lock', 'Lock.releaseLock');
    this.held = false;
  }

  /** False until tryLock or waitLock succeeds, and again after releaseLock (https://developers.google.com/apps-script/reference/lock/lock#hasLock()). */
  hasLock(): boolean {
    this.ws.calls.hit('lock', 'Lock.hasLock');
    return this.held;
  }
}

/** https://developers.google.com/apps-script/reference/lock/lock-service */
export function createLockService(ws: Workspace): GoogleAppsScript.Lock.LockService {
  const lock = (key: string) => new Lock(ws, key) as GoogleAppsScript.Lock.Lock;
  return {
    /**
     * Scoped to the open document; null outside one, as from a standalone script or a web app
     * (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()).
     */
    getDocumentLock(): GoogleAppsScript.Lock.Lock {
      ws.calls.hit('lock', 'LockService.getDocumentLock');
      if (!ws.active) return null as unknown as GoogleAppsScript.Lock.Lock;
      return lock(lockKey(ws, 'document'));
    },
    /** https://developers.google.com/apps-script/reference/lock/lock-service#getScriptLock() */
    getScriptLock(): GoogleAppsScript.Lock.Lock {
      ws.calls.hit('lock', 'LockService.getScriptLock');
      return lock(lockKey(ws, 'script'));
    },
    /** https://developers.google.com/apps-script/reference/lock/lock-service#getUserLock() */
    getUserLock(): GoogleAppsScript.Lock.Lock {
      ws.calls.hit('lock', 'LockService.getUserLock');
      return lock(lockKey(ws, 'user'));
    },
  };
}

/** Not saved: other executions' locks end with them. */
export const locksState: ServiceState<LockState> = { key: 'locks', create: () => ({ heldBy: {} }) };

export const lockService: ServiceRegistration = {
  name: 'LockService',
  reference: 'lock',
  globals: (ws) => ({ LockService: createLockService(ws) }),
  state: locksState,
};

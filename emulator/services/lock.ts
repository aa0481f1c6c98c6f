// LockService for the emulator: script, user and document locks, held by an execution until it releases them or ends,
// and locks a test can make another execution hold.
import { invalidArgument, scriptError } from '../core';
import type { ServiceRegistration, ServiceState } from '../service';
import type { Workspace } from '../workspace';

export type LockScope = 'script' | 'user' | 'document';

/**
 * Who holds which lock, by key ("script", "user:<email>", "document:<fileId>"). `heldBy` names holders outside the
 * emulator that a test sets up. `executions` are the executions running now, innermost last: one at a time, unless
 * one runs while another is suspended inside a service call (emulator/interleave.ts). Each holds the Lock objects
 * it acquired and has not released; they end with it, as Google releases a script's locks when it terminates
 * (https://developers.google.com/apps-script/reference/lock/lock#releaseLock()). The first entry stands for
 * whatever runs outside runExecution (a contract test calling the service directly).
 */
export interface LockState {
  heldBy: Record<string, string>;
  executions: Set<Lock>[];
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

/**
 * Runs `work` as one execution of a script: the locks it acquires and does not release are released when it ends,
 * however it ends, as when a script terminates (https://developers.google.com/apps-script/reference/lock/lock#releaseLock()).
 */
export function runExecution<T>(ws: Workspace, work: () => T): T {
  const executions = ws.locks.executions;
  const held = new Set<Lock>();
  executions.push(held);
  try {
    return work();
  } finally {
    for (const lock of held) lock.end();
    executions.splice(executions.indexOf(held), 1);
  }
}

/** https://developers.google.com/apps-script/reference/lock/lock */
class Lock implements GoogleAppsScript.Lock.Lock {
  private held = false;
  /** The execution that got this lock from LockService: a lock belongs to the execution that asked for it. */
  private readonly execution: Set<Lock>;

  constructor(
    private readonly ws: Workspace,
    readonly key: string,
  ) {
    this.execution = ws.locks.executions[ws.locks.executions.length - 1];
  }

  /**
   * Free unless a holder outside the emulator or another running execution holds it. Google documents nothing about
   * two Lock objects of one execution, so the emulator does not make them wait for each other.
   */
  private acquire(): boolean {
    if (this.held) return true;
    const { heldBy, executions } = this.ws.locks;
    const otherHolds = (execution: Set<Lock>) =>
      execution !== this.execution && [...execution].some((lock) => lock.key === this.key);
    this.held = heldBy[this.key] === undefined && !executions.some(otherHolds);
    if (this.held) this.execution.add(this);
    return this.held;
  }

  /** Its execution ended: the lock goes with it. */
  end(): void {
    this.held = false;
    this.execution.delete(this);
  }

  /**
   * Gives up at once where Google would wait up to the timeout, since its holder cannot release it meanwhile: it is
   * outside the emulator, or an execution suspended until this one ends
   * (https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)).
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
    this.end();
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

/** Not saved: executions' locks end with them. */
export const locksState: ServiceState<LockState> = {
  key: 'locks',
  create: () => ({ heldBy: {}, executions: [new Set()] }),
};

export const lockService: ServiceRegistration = {
  name: 'LockService',
  reference: 'lock',
  globals: (ws) => ({ LockService: createLockService(ws) }),
  state: locksState,
};

// Where the workbench keeps the workspace between starts: a whole snapshot, and each hand edit made since as one
// appended line, so typing a cell never rewrites the whole saved state.
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workspace, type WorkspaceState } from '../workspace';
import { applyEdit } from './edits';

/** Past this many journaled edits, the next save writes a snapshot, so a start never replays a long history. */
const JOURNAL_LIMIT = 500;

interface JournalLine {
  /** The snapshot the edit follows: lines left over from an older snapshot are not replayed twice. */
  after: string;
  edit: Record<string, unknown>;
}

export class StateFolder {
  /** The token of the snapshot on disk, '' before the first one. */
  private snapshotToken = '';
  private journaled = 0;

  constructor(
    private readonly dir: string,
    private readonly buildDir: string,
  ) {}

  private get snapshotFile(): string {
    return join(this.dir, 'workspace.json');
  }

  private get journalFile(): string {
    return join(this.dir, 'edits.jsonl');
  }

  /** The saved workspace with the edits journaled since its snapshot applied again, or null when none is saved. */
  load(): Workspace | null {
    if (!existsSync(this.snapshotFile)) return null;
    const state = JSON.parse(readFileSync(this.snapshotFile, 'utf8')) as WorkspaceState;
    let ws: Workspace;
    try {
      ws = Workspace.fromJSON(state, { htmlDir: this.buildDir });
    } catch (error) {
      throw new Error(`${this.snapshotFile}: ${(error as Error).message}`);
    }
    this.snapshotToken = typeof state.journal === 'string' ? state.journal : '';
    const lines = existsSync(this.journalFile) ? readFileSync(this.journalFile, 'utf8').split('\n') : [];
    lines.forEach((text, index) => {
      if (text.trim() === '') return;
      const line = JSON.parse(text) as JournalLine;
      if (line.after !== this.snapshotToken) return;
      try {
        applyEdit(ws, line.edit);
      } catch (error) {
        throw new Error(`${this.journalFile}, line ${index + 1}: ${(error as Error).message}`);
      }
      this.journaled += 1;
    });
    return ws;
  }

  /** Whether an edit can be journaled: there is a snapshot to follow and the journal is not due for one. */
  canJournal(): boolean {
    return this.snapshotToken !== '' && this.journaled < JOURNAL_LIMIT;
  }

  /** One edit, appended: a line of the request's size, written before the edit is answered. */
  journal(edit: Record<string, unknown>): void {
    const line: JournalLine = { after: this.snapshotToken, edit };
    appendFileSync(this.journalFile, `${JSON.stringify(line)}\n`);
    this.journaled += 1;
  }

  /**
   * The whole workspace, written then renamed so a crash never leaves half of one; the journal is emptied after,
   * and a journal a crash left behind names the older snapshot, so it is never replayed on this one.
   */
  snapshot(ws: Workspace): void {
    mkdirSync(this.dir, { recursive: true });
    const token = randomUUID();
    const temporary = `${this.snapshotFile}.tmp`;
    writeFileSync(temporary, JSON.stringify({ ...ws.toJSON(), journal: token }));
    renameSync(temporary, this.snapshotFile);
    this.snapshotToken = token;
    writeFileSync(this.journalFile, '');
    this.journaled = 0;
  }

  /** Whether edits wait in the journal: a stop writes them into a snapshot. */
  hasJournal(): boolean {
    return this.journaled > 0;
  }
}

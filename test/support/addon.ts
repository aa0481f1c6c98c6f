// Loads build/ into a fresh vm context over an emulated workspace, as Apps Script runs it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type LoadedAddon, loadAddon as loadAddonFrom } from '../../emulator/addon-runtime';
import { type ActiveFile, Workspace, type WorkspaceOptions } from '../../emulator/workspace';

export type { LoadedAddon };

export const buildDir = join(__dirname, '..', '..', 'build');

/** A fresh context for every load: nothing leaks from one test to the next. */
export function loadAddon(ws: Workspace): LoadedAddon {
  return loadAddonFrom(ws, buildDir);
}

/** A workspace with one empty spreadsheet open, for a user of the given locale. */
export function openSpreadsheet(options: WorkspaceOptions & { name?: string } = {}): LoadedAddon {
  const ws = new Workspace({ htmlDir: buildDir, ...options });
  const model = ws.createSpreadsheet(options.name ?? 'Alliance');
  const active: ActiveFile = { host: 'sheets', fileId: model.id };
  ws.open(active);
  return loadAddon(ws);
}

/** A built sidebar as the user gets it: the page, its one scriptlet giving <html lang> the user's language. */
export function builtSidebar(name: string, language: string): string {
  return readFileSync(join(buildDir, `${name}.html`), 'utf8').replace('<?= language ?>', language);
}

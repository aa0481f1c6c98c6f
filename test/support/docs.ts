// Reads a Doc the add-on made as a person and the script see it: its text, tables, links and named ranges.
import type { DocumentModel } from '../../emulator/document';
import type { LoadedAddon } from './addon';

export function documentNamed(addon: LoadedAddon, name: string): DocumentModel {
  const found = [...addon.ws.documents.values()].find((model) => model.name === name);
  if (!found)
    throw new Error(`No document named ${name}: ${[...addon.ws.documents.values()].map((m) => m.name)}`);
  return found;
}

export function documentAt(addon: LoadedAddon, url: string): DocumentModel {
  const found = [...addon.ws.documents.values()].find((model) => url.includes(`/d/${model.id}/`));
  if (!found) throw new Error(`No document at ${url}`);
  return found;
}

interface Node {
  type?: string;
  id?: string;
  children?: Node[];
  runs?: { text: string; linkUrl?: string; bold?: boolean }[];
}

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/** Every linked run of the body: its text and where it points. */
export function links(model: DocumentModel): { text: string; url: string }[] {
  const found: { text: string; url: string }[] = [];
  walk(model.body as Node, (node) => {
    for (const run of node.runs ?? []) if (run.linkUrl) found.push({ text: run.text, url: run.linkUrl });
  });
  return found;
}

/** The body's block (paragraph or table) a named range covers, by the range's name. */
export function namedBlock(model: DocumentModel, name: string): { type: string; text: string } | null {
  const range = model.namedRanges.find((candidate) => candidate.name === name);
  const elementId = range?.elements[0]?.elementId;
  const block = (model.body.children as Node[]).find((child) => child.id === elementId);
  if (!block) return null;
  let text = '';
  walk(block, (node) => {
    for (const run of node.runs ?? []) text += run.text;
  });
  return { type: block.type ?? '', text };
}

/** Whether every character of a table's first row is bold. */
export function headerIsBold(model: DocumentModel, table = 0): boolean {
  const tables = (model.body.children as Node[]).filter((child) => child.type === 'TABLE');
  const runs: { bold?: boolean }[] = [];
  walk(tables[table]?.children?.[0] ?? {}, (node) => runs.push(...(node.runs ?? [])));
  return runs.length > 0 && runs.every((run) => run.bold === true);
}

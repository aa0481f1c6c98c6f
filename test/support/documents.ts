// An emulated DocumentApp over a workspace holding only documents, for the Docs contract tests.
import { CallCounter } from '../../emulator/core';
import { createDocumentApp, type DocumentModel, newDocumentModel } from '../../emulator/document';
import type { ActiveFile, Workspace } from '../../emulator/workspace';

export const DOCS_REF = 'https://developers.google.com/apps-script/reference/document';

/** The parts of a Workspace DocumentApp uses; the Docs emulator needs nothing else. */
export function documentWorkspace(): Workspace {
  let next = 0;
  const ws = {
    calls: new CallCounter(),
    documents: new Map<string, DocumentModel>(),
    active: null as ActiveFile | null,
    newId: (prefix: string) => `${prefix}${String(++next).padStart(6, '0')}AllianceKitEmulated`,
  };
  return ws as unknown as Workspace;
}

/** A new Doc, opened by a script in that Doc (the active file). */
export function openNewDocument(name = 'Agenda') {
  const ws = documentWorkspace();
  const model = newDocumentModel(ws.newId('1doc'), name);
  ws.documents.set(model.id, model);
  ws.active = { host: 'docs', fileId: model.id };
  const app = createDocumentApp(ws);
  const doc = app.getActiveDocument();
  const body = doc.getBody();
  ws.calls.reset();
  return { ws, model, app, doc, body };
}

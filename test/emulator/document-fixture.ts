// A workspace with one new Doc open, and its DocumentApp as a script sees it, for the DocumentApp contract tests.
import { createDocumentApp } from '../../emulator/document';
import { Workspace } from '../../emulator/workspace';

export const DOCS_REF = 'https://developers.google.com/apps-script/reference/document';

/** A new Doc, opened by a script in that Doc (the active file); the opening calls are not counted. */
export function openNewDocument(name = 'Agenda') {
  const ws = new Workspace();
  const model = ws.createDocument(name);
  ws.open({ host: 'docs', fileId: model.id });
  const app = createDocumentApp(ws);
  const doc = app.getActiveDocument();
  const body = doc.getBody();
  ws.calls.reset();
  return { ws, model, app, doc, body };
}

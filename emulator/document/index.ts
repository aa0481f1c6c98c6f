// DocumentApp over an emulated workspace: create, open and the active Doc, and the document model for the workbench.
import { invalidArgument, scriptError } from '../core';
import { asPerson } from '../people';
import { SCOPE } from '../scopes';
import type { ServiceRegistration, ServiceState } from '../service';
import { createUi } from '../services/ui';
import type { Workspace } from '../workspace';
import { DocumentFacade } from './document';
import {
  Attribute,
  ElementType,
  GlyphType,
  HorizontalAlignment,
  ParagraphHeading,
  TextAlignment,
  VerticalAlignment,
} from './enums';
import { type DocumentModel, documentModelFromJSON } from './model';

export {
  type DocumentJSON,
  DocumentModel,
  documentModelFromJSON,
  editTable,
  newDocumentModel,
  type TableEdit,
} from './model';

type Document = GoogleAppsScript.Document.Document;

/** https://developers.google.com/apps-script/reference/document/document-app */
export function createDocumentApp(ws: Workspace): GoogleAppsScript.Document.DocumentApp {
  const hit = (method: string) => ws.calls.hit('document', `DocumentApp.${method}`);
  /**
   * A missing Doc, or one not shared with the user, fails naming the id (document-app#openById). The reference page
   * gives no wording; this one is what scripts' execution logs show, e.g. "Document 1qjB… is missing (perhaps it was
   * deleted, or you don't have read access?)".
   */
  const missing = (id: string) =>
    scriptError(`Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`);
  /** As the signed-in person may have it: read-only for a viewer. */
  const open = (model: DocumentModel): Document =>
    asPerson(
      ws,
      model.id,
      new DocumentFacade({ ws, model, state: { closed: false } }) as unknown as Document,
      () => missing(model.id),
    );
  const openExisting = (id: string): Document => {
    const model = ws.documents.get(id);
    if (!model) throw missing(id);
    return open(model);
  };

  const app = {
    Attribute,
    ElementType,
    GlyphType,
    HorizontalAlignment,
    ParagraphHeading,
    TextAlignment,
    VerticalAlignment,

    /**
     * A new Doc in the user's Drive, its body one empty paragraph
     * (https://developers.google.com/apps-script/reference/document/document-app#create(String)).
     * Consumer accounts may create 250 Docs a day (https://developers.google.com/apps-script/guides/services/quotas);
     * the emulator does not enforce it.
     */
    create(name: string): Document {
      hit('create');
      if (typeof name !== 'string') throw invalidArgument('name');
      return open(ws.createDocument(name));
    },

    /** https://developers.google.com/apps-script/reference/document/document-app#openById(String) */
    openById(id: string): Document {
      hit('openById');
      return openExisting(id);
    },

    /** https://developers.google.com/apps-script/reference/document/document-app#openByUrl(String) */
    openByUrl(url: string): Document {
      hit('openByUrl');
      const id = /\/document\/d\/([\w-]+)/.exec(String(url))?.[1];
      if (!id) throw invalidArgument('url');
      return openExisting(id);
    },

    /** The Doc the script's container is; null when the user is not in a Doc (document-app#getActiveDocument). */
    getActiveDocument(): Document {
      hit('getActiveDocument');
      const model = ws.active?.host === 'docs' ? ws.documents.get(ws.active.fileId) : undefined;
      return (model ? open(model) : null) as Document;
    },

    /** Only a script running in a Doc has the Docs editor's Ui (document-app#getUi()). */
    getUi() {
      hit('getUi');
      if (ws.active?.host !== 'docs') throw scriptError('Cannot call DocumentApp.getUi() from this context.');
      return createUi(ws, 'docs');
    },
  };
  return app as unknown as GoogleAppsScript.Document.DocumentApp;
}

/** The workspace's Docs by id, saved as a list of their models. */
export const documentsState: ServiceState<Map<string, DocumentModel>> = {
  key: 'documents',
  create: () => new Map(),
  toJSON: (documents) => [...documents.values()].map((model) => model.toJSON()),
  fromJSON: (json) =>
    new Map(
      (json as unknown[]).map((data) => {
        const model = documentModelFromJSON(data);
        return [model.id, model];
      }),
    ),
};

export const documentService: ServiceRegistration = {
  name: 'DocumentApp',
  reference: 'document',
  scopes: {
    // Every method that reads or changes a Doc, e.g. https://developers.google.com/apps-script/reference/document/body#appendParagraph(String)
    '*': [SCOPE.documentsCurrentOnly, SCOPE.documents],
    // Opening or creating another Doc than the one the add-on runs in (document-app#create(String)).
    'DocumentApp.create': [SCOPE.documents],
    'DocumentApp.openById': [SCOPE.documents],
    'DocumentApp.openByUrl': [SCOPE.documents],
    'DocumentApp.getUi': [],
  },
  globals: (ws) => ({ DocumentApp: createDocumentApp(ws) }),
  state: documentsState,
};

// Writes the documents the add-on makes (agenda, invitation, minutes, charter, briefing) from their DocumentPlan.
import type { DocumentLink } from '../domain/api';
import type { Block, DocumentPlan, WorkbookRef } from '../domain/document';
import type { Sharing } from '../domain/people';
import { noteChange, recordingOnFailure } from './journal';
import { type Logo, placeLogo } from './logo';
import { isNotShared, share } from './reach';

type Document = GoogleAppsScript.Document.Document;
type Body = GoogleAppsScript.Document.Body;
type Element = GoogleAppsScript.Document.Element;

/** The workbook as the documents link back to it. */
export function workbookRef(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): WorkbookRef {
  return { id: spreadsheet.getId(), name: spreadsheet.getName(), url: spreadsheet.getUrl() };
}

type Style = (text: GoogleAppsScript.Document.Text, start: number, endInclusive: number) => void;

/** A paragraph with a style on the characters from `from` up to `to` (exclusive); an empty span stays plain. */
function styledParagraph(body: Body, text: string, from: number, to: number, style: Style): Element {
  const paragraph = body.appendParagraph(text);
  if (to > from) style(paragraph.editAsText(), from, to - 1);
  return paragraph;
}

/** Appends one block with a fixed number of calls, whatever its size: a table is one appendTable. */
function appendBlock(body: Body, block: Block): Element {
  switch (block.kind) {
    case 'title':
    case 'heading':
      return body
        .appendParagraph(block.text)
        .setHeading(
          block.kind === 'title'
            ? DocumentApp.ParagraphHeading.HEADING1
            : DocumentApp.ParagraphHeading.HEADING2,
        );
    case 'paragraph':
      return body.appendParagraph(block.text);
    case 'labelled':
      // "Host organisation: Maison des Associations", the label in bold.
      return styledParagraph(
        body,
        `${block.label} ${block.value}`,
        0,
        block.label.length,
        (text, start, end) => text.setBold(start, end, true),
      );
    case 'link': {
      const before = `${block.label} `;
      return styledParagraph(
        body,
        `${before}${block.text}`,
        before.length,
        before.length + block.text.length,
        (text, start, end) => text.setLinkUrl(start, end, block.url),
      );
    }
    case 'table': {
      const table = body.appendTable([block.header, ...block.rows]);
      table.getRow(0).editAsText().setBold(true);
      return table;
    }
  }
}

/** A named range over the element, so the script can find it again whatever people do around it. */
function nameElement(document: Document, name: string, element: Element): void {
  document.addNamedRange(name, document.newRange().addElement(element).build());
}

/** Makes a new Doc from its plan, shares it when asked, and answers its name and URL. */
export function writeDocument(plan: DocumentPlan, sharing?: Sharing): DocumentLink {
  noteChange({ document: plan.name });
  const document = DocumentApp.create(plan.name);
  const link = fillDocument(document, plan);
  if (sharing) share(document, sharing);
  return link;
}

/**
 * Writes the plan into the Doc made for it by an earlier try (`madeBefore`, its id), or, when there is none or it was
 * deleted since, into a new Doc whose id goes to `keep` the moment it exists (once more if that fails): a run that fails
 * after that point is tried again into the same Doc instead of making another. Shared when asked, every time, so people added since can
 * open it too.
 */
export function writeDocumentOnce(
  plan: DocumentPlan,
  madeBefore: string | undefined,
  keep: (id: string) => void,
  sharing?: Sharing,
  logo?: Logo,
): { document: Document; link: DocumentLink } {
  const existing = madeBefore ? openDocument(madeBefore) : null;
  let document = existing;
  if (!document) {
    noteChange({ document: plan.name });
    const made = DocumentApp.create(plan.name);
    // The one moment a Doc exists that no record names: a failure to record it is met by recording it once more.
    recordingOnFailure(
      () => keep(made.getId()),
      () => keep(made.getId()),
    );
    document = made;
  }
  const link = existing
    ? rewriteDocument(existing, plan, plan.name, logo)
    : fillDocument(document, plan, logo);
  if (sharing) share(document, sharing);
  return { document, link };
}

/**
 * Writes the plan over a Doc the add-on made before, so that its link, its sharing and its place in Drive stay:
 * the old content goes, and its named ranges with it, as they would point at elements no longer there. `name` is
 * the Doc's name after: the plan's, unless the caller keeps the one it has.
 */
export function rewriteDocument(
  document: Document,
  plan: DocumentPlan,
  name = plan.name,
  logo?: Logo,
): DocumentLink {
  noteChange({ document: name });
  for (const range of document.getNamedRanges()) range.remove();
  if (name !== document.getName()) document.setName(name);
  document.getBody().clear();
  return fillDocument(document, { ...plan, name }, logo);
}

/**
 * Apps Script's errors for a file deleted or not shared with the user: "Document <id> is missing (perhaps it was
 * deleted, or you don't have read access?)", or for an id that names nothing "Unexpected error while getting the
 * method or property openById on object SpreadsheetApp.". Any other failure (a scope the manifest lacks...) is not a
 * missing file, and is not hidden as one.
 */
export function isMissingFile(error: unknown): boolean {
  const message = String((error as { message?: unknown } | null)?.message);
  return /is missing \(perhaps it was deleted|Unexpected error while getting the method or property openById/.test(
    message,
  );
}

/** A Doc the add-on made before, or null if it was deleted since or is not shared with the user. */
export function openDocument(id: string): Document | null {
  try {
    return DocumentApp.openById(id);
  } catch (error) {
    if (isMissingFile(error)) return null;
    throw error;
  }
}

/** A Doc to read, or null when it was deleted or is not shared with the person at work: named or skipped instead. */
export function openReadable(id: string): Document | null {
  try {
    return openDocument(id);
  } catch (error) {
    if (isNotShared(error)) return null;
    throw error;
  }
}

/**
 * Writes the plan into a body holding one empty paragraph, as a new or cleared Doc's does; the alliance's logo, when
 * the action has one, goes in that paragraph, at the top.
 */
export function fillDocument(document: Document, plan: DocumentPlan, logo?: Logo): DocumentLink {
  noteChange({ document: plan.name });
  const body = document.getBody();
  for (const block of plan.blocks) {
    const element = appendBlock(body, block);
    for (const name of block.ranges ?? []) nameElement(document, name, element);
  }
  // A new or cleared Doc starts with one empty paragraph: the logo's place, or else gone, the plan's first block
  // being the real start.
  const first = body.getChild(0);
  if (!(logo?.image && placeLogo(first.asParagraph(), logo))) first.removeFromParent();
  return { name: plan.name, url: document.getUrl() };
}

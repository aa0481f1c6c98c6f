// What a document made by the add-on holds, block by block: computed here, written by src/workspace/documents.ts.

/** Names of the named ranges the add-on reads back from a document it made. */
const PREFIX = 'allianceKit';
const WORKBOOK_PREFIX = `${PREFIX}.workbook.`;
/** Between the workbook's id and the email of whom to ask for it: an id holds letters, digits, - and _ only. */
const ASK_SEPARATOR = '/';

/** One piece of a document. `ranges` names a named range to lay over the block, for the script to find it again. */
export type Block = (
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'labelled'; label: string; value: string }
  | { kind: 'link'; label: string; text: string; url: string }
  | { kind: 'table'; header: string[]; rows: string[][] }
) & { ranges?: string[] };

export interface DocumentPlan {
  name: string;
  blocks: Block[];
}

/** The workbook a document belongs to, as it is linked from the document. */
export interface WorkbookRef {
  id: string;
  name: string;
  url: string;
  /**
   * Whom to ask for access (the person who made the document, an editor of the workbook), kept in documents made for
   * others (the agenda) so that someone the workbook is not shared with is told whom to ask: without access, nothing
   * of the workbook can be read.
   */
  askFor?: string;
}

/** One named range carries both, so recording whom to ask costs no call of its own. */
export function workbookRangeName(spreadsheetId: string, askFor = ''): string {
  return `${WORKBOOK_PREFIX}${spreadsheetId}${askFor ? `${ASK_SEPARATOR}${askFor}` : ''}`;
}

function workbookRange(rangeNames: readonly string[]): string[] | null {
  const name = rangeNames.find((candidate) => candidate.startsWith(WORKBOOK_PREFIX));
  return name ? name.slice(WORKBOOK_PREFIX.length).split(ASK_SEPARATOR) : null;
}

/** The workbook's id from the named ranges of a document the add-on made, or null if it has none. */
export function workbookIdFrom(rangeNames: readonly string[]): string | null {
  return workbookRange(rangeNames)?.[0] ?? null;
}

/** Whom to ask for the workbook, from a document's named ranges, or null if the document does not record it. */
export function askForWorkbookFrom(rangeNames: readonly string[]): string | null {
  return workbookRange(rangeNames)?.[1] || null;
}

/** The visible link back to the workbook, which the script can also read back through its named ranges. */
export function workbookLink(label: string, workbook: WorkbookRef): Block {
  return {
    kind: 'link',
    label,
    text: workbook.name,
    url: workbook.url,
    ranges: [workbookRangeName(workbook.id, workbook.askFor)],
  };
}

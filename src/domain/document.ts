// What a document made by the add-on holds, block by block: computed here, written by src/workspace/documents.ts.

/** Names of the named ranges the add-on reads back from a document it made. */
const PREFIX = 'allianceKit';
const WORKBOOK_PREFIX = `${PREFIX}.workbook.`;

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
}

export function workbookRangeName(spreadsheetId: string): string {
  return `${WORKBOOK_PREFIX}${spreadsheetId}`;
}

/** The workbook's id from the named ranges of a document the add-on made, or null if it has none. */
export function workbookIdFrom(rangeNames: readonly string[]): string | null {
  const name = rangeNames.find((candidate) => candidate.startsWith(WORKBOOK_PREFIX));
  return name ? name.slice(WORKBOOK_PREFIX.length) : null;
}

/** The visible link back to the workbook, which the script can also read back through its named range. */
export function workbookLink(label: string, workbook: WorkbookRef): Block {
  return {
    kind: 'link',
    label,
    text: workbook.name,
    url: workbook.url,
    ranges: [workbookRangeName(workbook.id)],
  };
}

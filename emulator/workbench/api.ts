// The workbench's HTTP interface: the shapes of its requests and answers, shared by the server and the page.

export type Host = 'sheets' | 'docs';

export interface MenuView {
  title: string;
  items: { label: string; fn: string }[];
}

export type CellValue = string | number | boolean;

/** A data-validation rule as the page needs it to offer a dropdown or a checkbox and to explain a rejection. */
export interface RuleView {
  /** The criteria type's name, e.g. "VALUE_IN_LIST", "DATE_IS_VALID_DATE", "CHECKBOX". */
  type: string;
  /** The items of a list rule (VALUE_IN_LIST), or of the range a VALUE_IN_RANGE rule points to. */
  list: string[] | null;
  allowInvalid: boolean;
  helpText: string | null;
}

/** A chart the add-on inserted, as the emulated EmbeddedChart recorded it, with the data it draws. */
export interface ChartView {
  id: string;
  /** The chart type's name, e.g. "BAR", "PIE", "COLUMN", "SCATTER". */
  type: string;
  /** The source ranges in A1 notation. */
  ranges: string[];
  /** The display values of the source ranges, in order. */
  data: string[][][];
  options: Record<string, unknown>;
  /** Where the chart is anchored (1-based row and column). */
  row: number;
  column: number;
}

/** A basic filter (https://developers.google.com/apps-script/reference/spreadsheet/filter). */
export interface FilterView {
  /** The filter's range in A1 notation; its first row is the header, never hidden. */
  range: string;
  /** Each filtered column's criteria (https://developers.google.com/apps-script/reference/spreadsheet/filter-criteria). */
  criteria: {
    /** The column's letters, e.g. "H". */
    column: string;
    /** A condition: a BooleanCriteria name (e.g. "TEXT_EQUAL_TO") and its arguments, or null. */
    condition: { type: string; args: string[] } | null;
    hiddenValues: string[];
    visibleValues: string[];
  }[];
}

/** A cell whose content breaks its data-validation rule: Sheets marks it with a red corner. */
export interface InvalidView {
  /** The cell in A1 notation. */
  cell: string;
  /** What Sheets says on hover: the rule's help text, else its own sentence. */
  message: string;
}

/** A protected range or sheet; a person editing a warning-only one is warned first. */
export interface ProtectionView {
  range: string;
  warningOnly: boolean;
  description: string;
}

export interface SheetView {
  name: string;
  /** getValues() of the data range, dates as ISO strings. */
  values: CellValue[][];
  /** getFormulas() of the data range. */
  formulas: string[][];
  /** getDisplayValues() of the data range: what a person sees in each cell. */
  display: string[][];
  /** The address each cell of the data range links to (a HYPERLINK formula or a rich-text link), or null. */
  links: (string | null)[][];
  /** The data range's backgrounds as a person sees them (hex): a conditional format's where one applies, else getBackgrounds(). */
  backgrounds: string[][];
  /** The data range's font colours as a person sees them (hex): a conditional format's, else getFontColors(). */
  fontColors: string[][];
  /** Cells a conditional format makes bold. */
  bold: boolean[][];
  frozenRows: number;
  /** Widths in pixels of the columns the page shows. */
  columnWidths: number[];
  /** The rows and columns the page shows: the data range plus room to type, within the sheet's size. */
  rows: number;
  columns: number;
  /** The rules of `validations`, each once. */
  rules: RuleView[];
  /** For each shown cell, the index in `rules` of its data-validation rule, or -1. */
  validations: number[][];
  /** The shown cells whose content breaks their rule. */
  invalid: InvalidView[];
  protections: ProtectionView[];
  /** The sheet's basic filter, or null. */
  filter: FilterView | null;
  /** The rows (1-based) the filter hides; the page leaves them out, as Sheets does. */
  hiddenRows: number[];
  charts: ChartView[];
}

/** Who a file is shared with: its owner, then editors and viewers (emails). */
export interface SharingView {
  owner: string;
  editors: string[];
  viewers: string[];
}

export interface SpreadsheetView extends SharingView {
  id: string;
  name: string;
  url: string;
  sheets: SheetView[];
}

/** A piece of a paragraph's text, with the link it carries if any. */
export interface TextRun {
  text: string;
  link: string | null;
}

export type BlockView =
  | { kind: 'paragraph'; heading: string; runs: TextRun[] }
  | { kind: 'listItem'; nesting: number; runs: TextRun[] }
  | { kind: 'table'; index: number; rows: string[][] }
  /** A page break, or a horizontal rule when `page` is false. */
  | { kind: 'break'; page: boolean }
  /** An image of a paragraph, drawn from its bytes (a data: URL: the page fetches nothing). */
  | { kind: 'image'; src: string; width: number; height: number };

/** An image of the body, in order, as tests check it. */
export interface ImageView {
  contentType: string;
  width: number;
  height: number;
}

export interface DocumentView extends SharingView {
  id: string;
  name: string;
  url: string;
  /** The body's text, as Body.getText() answers it. */
  text: string;
  /** Every table of the body as rows of cell texts. */
  tables: string[][][];
  /** The body, element by element, for the page to draw. */
  blocks: BlockView[];
  /** The body's images, top to bottom. */
  images: ImageView[];
}

export interface AlertView {
  title: string | null;
  message: string;
}

export interface ToastView {
  title: string | null;
  message: string;
}

/** A person of the workspace, who can be signed in (POST /api/as). */
export interface PersonView {
  email: string;
  name: string;
  locale: string;
}

/** A mail MailApp sent; `body` is the plain text, `htmlBody` the HTML the add-on gave, or null. */
export interface MailView {
  from: string;
  to: string;
  cc: string;
  subject: string;
  body: string;
  htmlBody: string | null;
  /** When it was sent, on the emulated clock (ISO). */
  at: string;
}

/**
 * An event, listed once: calendarOwner is its organizer; it is on each guest's calendar too when the guest is a person
 * of the workspace (emulator/services/calendar.ts). Start and end ISO instants, guests' emails.
 */
export interface EventView {
  calendarOwner: string;
  title: string;
  start: string;
  end: string;
  location: string;
  description: string;
  guests: string[];
}

/** A time-driven trigger: the function it runs, as whom, and when ("weekly on MONDAY at 09:00 (UTC)"). */
export interface TriggerView {
  handler: string;
  user: string;
  kind: string;
  schedule: string;
}

/** What POST /api/clock answers: the new time and each trigger run on the way. */
export interface ClockAnswer {
  now: string;
  fired: { handler: string; user: string; ok: boolean; error?: string }[];
}

export interface WorkbenchState {
  /** Changes whenever anything in the workspace changes; cheap to poll through GET /api/version. */
  version: string;
  /** The signed-in person's locale. */
  locale: string;
  /** The signed-in person's email. */
  user: string;
  people: PersonView[];
  /** The emulated clock (ISO). */
  now: string;
  active: { host: Host; fileId: string } | null;
  menu: MenuView | null;
  spreadsheet: SpreadsheetView | null;
  documents: DocumentView[];
  /** The sidebar the add-on last opened, served at /sidebar; `key` changes each time one is opened. */
  sidebar: { title: string; key: string } | null;
  alerts: AlertView[];
  toasts: ToastView[];
  /** Every mail sent, oldest first. */
  mail: MailView[];
  events: EventView[];
  triggers: TriggerView[];
  /** Service calls the add-on made so far (the person's own edits are not counted). */
  calls: number;
}

export type RunAnswer = { ok: true; value: unknown } | { ok: false; error: string };

export type EditRequest =
  | { sheet: string; range: string; values: (CellValue | null)[][] }
  | { sheet: string; moveColumn: [number, number] }
  | { sheet: string; insertColumnBefore: number }
  | { documentId: string; table: number; row: number; cells: string[] }
  | { documentId: string; table: number; appendRow: string[] }
  | { documentId: string; table: number; removeRow: number };

/** POST /api/edit's answer; typing into cells also answers what the typed cells now show. */
export interface EditAnswer {
  ok: true;
  display?: string[][];
}

/** Messages between the page and the sidebar's iframe. */
export type FrameMessage =
  | { type: 'alliance-workbench:changed' }
  | { type: 'alliance-workbench:close-sidebar' }
  /** A link to a file of the workspace was followed in the sidebar: the page opens that file. */
  | { type: 'alliance-workbench:open'; url: string };

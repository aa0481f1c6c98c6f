// The workbook's tables: each found by its sheet's id and its headers, read in one call, written in batched calls.
import { type CellValue, cellToDomain, domainToCell, type WriteValue } from '../domain/cells';
import { MissingSheetsError, UserError } from '../domain/errors';
import {
  COLUMN_METADATA_KEY,
  type ColumnKey,
  type ColumnSpec,
  columnsByHeader,
  columnsOf,
  columnTag,
  parseColumnTag,
  parseSheetIds,
  SHEETS_METADATA_KEY,
  type SheetIds,
  type SheetKey,
  type TableKey,
} from '../domain/schema';
import { noteChange } from './journal';
import { lockGeneration } from './lock';
import { readRecord } from './records';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface TableRow<K extends TableKey> {
  /** The sheet row, 1-based; row 1 is the header. */
  row: number;
  /** Every column of the table; '' for an empty cell or a column the sheet lacks. Dates as ISO strings. */
  values: Record<ColumnKey<K>, CellValue>;
}

/** What to write into a row: only the columns given are touched. */
export type TableRecord<K extends TableKey> = Partial<Record<ColumnKey<K>, WriteValue>>;

export interface Table<K extends TableKey> {
  readonly key: K;
  readonly sheet: Sheet;
  /** Where each column is now (1-based); a column a person deleted is absent. */
  readonly columns: Partial<Record<ColumnKey<K>, number>>;
  /** The rows with anything in the table's columns, from the read made when the table was opened, or a new one. */
  rows(): TableRow<K>[];
  /** The next rows() reads the sheet again: for a write that must follow what others wrote since. */
  reread(): void;
  /**
   * Adds records after the sheet's last row, one Sheet.appendRow each. appendRow is atomic
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#appendRow(Object)), and the writers of a
   * table cannot all share one lock: Generate minutes runs in the agenda Doc, whose document lock is not the
   * workbook's. A row read then written could be taken by the other writer in between; an appended one cannot.
   * So an append costs one call per record, never per row already in the sheet.
   */
  append(records: TableRecord<K>[]): void;
  /**
   * Changes cells of existing rows, and only them: one write per block of changed cells (a run of adjacent changed
   * columns, over the consecutive rows that change the same run). A cell it does not change is never written, not even
   * with the value read before: a person may have typed into it since, and writing it back would revert them.
   */
  update(changes: { row: number; values: TableRecord<K> }[]): void;
}

export type Tables<K extends TableKey> = { [P in K]: Table<P> };

export interface ColumnLocation {
  value: string;
  sheetId: number;
  column: number;
}

/**
 * The add-on's column metadata, found with one finder over the whole spreadsheet
 * (https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder). Each match costs a few
 * getter calls, so the location is asked only for the tables wanted.
 */
export function readColumnLocations(
  spreadsheet: Spreadsheet,
  wanted: (table: TableKey) => boolean,
): ColumnLocation[] {
  const locations: ColumnLocation[] = [];
  for (const metadata of spreadsheet.createDeveloperMetadataFinder().withKey(COLUMN_METADATA_KEY).find()) {
    const value = metadata.getValue();
    const parsed = parseColumnTag(value);
    if (!parsed || !wanted(parsed.table)) continue;
    const range = metadata.getLocation().getColumn();
    if (range)
      locations.push({ value: value as string, sheetId: range.getGridId(), column: range.getColumn() });
  }
  return locations;
}

/**
 * One read of a sheet's data range. Its values give the header too, so a table costs one read whatever its rows;
 * formulas are read only when wanted. A read made before this execution took the document lock is read again under it.
 */
interface Grid {
  /** null for a table known to be empty, whose formulas are known too. */
  range: GoogleAppsScript.Spreadsheet.Range | null;
  values: unknown[][];
  formulas: string[][] | null;
  generation: number;
}

function readGrid(sheet: Sheet): Grid {
  const range = sheet.getDataRange();
  return { range, values: range.getValues(), formulas: null, generation: lockGeneration() };
}

class SheetTable<K extends TableKey> implements Table<K> {
  private readonly specs: Map<string, ColumnSpec>;

  constructor(
    readonly key: K,
    readonly sheet: Sheet,
    readonly columns: Partial<Record<ColumnKey<K>, number>>,
    private readonly timeZone: string,
    private grid: Grid | null = null,
  ) {
    this.specs = new Map(columnsOf(key).map((spec) => [spec.key, spec]));
  }

  private placed(): [string, number, ColumnSpec][] {
    return Object.entries(this.columns as Record<string, number>).map(([key, column]) => [
      key,
      column,
      this.specs.get(key) as ColumnSpec,
    ]);
  }

  /**
   * The data range as last read, unless a write or the lock came since. Formulas are read with it when asked: they
   * keep links' URLs, and let a batched write keep the formulas of the cells it spans.
   */
  private read(withFormulas: boolean): Grid {
    if (!this.grid || this.grid.generation !== lockGeneration()) this.grid = readGrid(this.sheet);
    if (withFormulas && !this.grid.formulas)
      this.grid.formulas = (this.grid.range ?? this.sheet.getDataRange()).getFormulas();
    return this.grid;
  }

  rows(): TableRow<K>[] {
    const placed = this.placed();
    const { values, formulas } = this.read(placed.some(([, , spec]) => spec.kind === 'link'));
    const rows: TableRow<K>[] = [];
    for (let index = 1; index < values.length; index++) {
      const record: Record<string, CellValue> = Object.fromEntries(
        [...this.specs.keys()].map((key) => [key, '']),
      );
      let filled = false;
      for (const [key, column, spec] of placed) {
        const value = cellToDomain(
          values[index][column - 1],
          formulas?.[index]?.[column - 1] ?? '',
          spec.kind,
          this.timeZone,
        );
        record[key] = value;
        filled ||= value !== '';
      }
      if (filled) rows.push({ row: index + 1, values: record as Record<ColumnKey<K>, CellValue> });
    }
    return rows;
  }

  reread(): void {
    this.grid = null;
  }

  append(records: TableRecord<K>[]): void {
    const placed = this.placed();
    if (placed.length === 0 || records.length === 0) return;
    noteChange({ sheet: this.key });
    const width = Math.max(...placed.map(([, column]) => column));
    for (const record of records) {
      const row: unknown[] = Array.from({ length: width }, () => '');
      for (const [key, column, spec] of placed) {
        if (key in record)
          row[column - 1] = domainToCell(record[key as ColumnKey<K>], spec.kind, this.timeZone);
      }
      this.sheet.appendRow(row);
    }
    this.grid = null;
  }

  update(changes: { row: number; values: TableRecord<K> }[]): void {
    const byRow = new Map<number, Map<number, unknown>>();
    for (const change of changes) {
      if (!Number.isInteger(change.row) || change.row < 2)
        throw new Error(`Row ${change.row} is not a table row`);
      for (const [key, column, spec] of this.placed()) {
        if (!(key in change.values)) continue;
        const cells = byRow.get(change.row) ?? new Map<number, unknown>();
        cells.set(column, domainToCell(change.values[key as ColumnKey<K>], spec.kind, this.timeZone));
        byRow.set(change.row, cells);
      }
    }
    if (byRow.size === 0) return;
    noteChange({ sheet: this.key });
    for (const block of changedBlocks(byRow)) {
      const values = block.rows.map((row) => block.columns.map((column) => byRow.get(row)?.get(column)));
      this.sheet
        .getRange(block.rows[0], block.columns[0], block.rows.length, block.columns.length)
        .setValues(values);
    }
    this.grid = null;
  }
}

/**
 * The changed cells as blocks to write: each row's runs of adjacent columns, a run joined with the same run of the row
 * above. A column of next dates changed on consecutive rows is one write, whatever their number.
 */
function changedBlocks(byRow: Map<number, Map<number, unknown>>): { rows: number[]; columns: number[] }[] {
  const open = new Map<string, { rows: number[]; columns: number[] }>();
  const blocks: { rows: number[]; columns: number[] }[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    for (const columns of columnRuns([...(byRow.get(row) as Map<number, unknown>).keys()])) {
      const key = columns.join(',');
      const block = open.get(key);
      if (block && block.rows[block.rows.length - 1] === row - 1) block.rows.push(row);
      else {
        const started = { rows: [row], columns };
        open.set(key, started);
        blocks.push(started);
      }
    }
  }
  return blocks;
}

/** Sorted column numbers grouped into runs of adjacent columns: [2, 3, 7] → [[2, 3], [7]]. */
function columnRuns(columns: number[]): number[][] {
  const runs: number[][] = [];
  for (const column of [...columns].sort((a, b) => a - b)) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === column - 1) run.push(column);
    else runs.push([column]);
  }
  return runs;
}

/** Each table's sheet: the one holding most of its columns (a copied sheet carries metadata too). */
function placeTable(
  key: TableKey,
  locations: ColumnLocation[],
): { sheetId: number; columns: Record<string, number> } | null {
  const mine = locations
    .map((location) => ({ ...location, parsed: parseColumnTag(location.value) }))
    .filter((location) => location.parsed?.table === key);
  if (mine.length === 0) return null;
  const counts = new Map<number, number>();
  for (const location of mine) counts.set(location.sheetId, (counts.get(location.sheetId) ?? 0) + 1);
  const sheetId = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const columns: Record<string, number> = {};
  for (const location of mine) {
    const column = location.parsed?.column as string;
    if (location.sheetId === sheetId && !(column in columns)) columns[column] = location.column;
  }
  return { sheetId, columns };
}

/** The sheet of each of the nine, as set-up recorded it; empty before the first set-up. */
export function readSheetIds(spreadsheet: Spreadsheet): SheetIds {
  return parseSheetIds(readRecord(spreadsheet, SHEETS_METADATA_KEY));
}

/** The add-on's column metadata on one sheet, without where it is yet: three calls. */
export function findColumnTags(sheet: Sheet): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
  return sheet.createDeveloperMetadataFinder().withKey(COLUMN_METADATA_KEY).find();
}

/** Each column metadata's value and the column it is on now: four calls each. */
export function whereTagsAre(
  found: readonly GoogleAppsScript.Spreadsheet.DeveloperMetadata[],
): { value: string; column: number }[] {
  const tags: { value: string; column: number }[] = [];
  for (const metadata of found) {
    const value = metadata.getValue();
    const range = metadata.getLocation().getColumn();
    if (value !== null && range) tags.push({ value, column: range.getColumn() });
  }
  return tags;
}

/** Where one column's metadata is on a sheet, or null when the column was deleted: seven calls. */
function taggedColumn(sheet: Sheet, table: TableKey, key: string): number | null {
  const [metadata] = sheet
    .createDeveloperMetadataFinder()
    .withKey(COLUMN_METADATA_KEY)
    .withValue(columnTag(table, key))
    .find();
  return metadata?.getLocation().getColumn()?.getColumn() ?? null;
}

/**
 * A table's columns on its sheet. Headers are read first: a column whose header names it, once, in any of the four
 * languages, is there, so moves, translations and inserted columns cost nothing. Only the columns a header does not
 * name alone (renamed, deleted, doubled) ask their metadata, which follows a column wherever it goes: each on its own
 * when few, else all of the sheet's at once. Metadata wins over a header that disagrees with it.
 */
export function locateColumns(
  sheet: Sheet,
  table: TableKey,
  header: readonly unknown[],
): Record<string, number> {
  const { columns, unsure } = columnsByHeader(table, header);
  if (unsure.length === 0) return columns;
  const byHeader = new Set(Object.values(columns));
  if (7 * unsure.length < 3 + 4 * columnsOf(table).length) {
    const tagged = unsure.map((key) => [key, taggedColumn(sheet, table, key)] as const);
    if (tagged.every(([, column]) => column === null || !byHeader.has(column))) {
      for (const [key, column] of tagged) if (column !== null) columns[key] = column;
      return columns;
    }
  }
  const tagged: Record<string, number> = {};
  for (const tag of whereTagsAre(findColumnTags(sheet))) {
    const parsed = parseColumnTag(tag.value);
    if (parsed?.table === table && !(parsed.column in tagged)) tagged[parsed.column] = tag.column;
  }
  const taken = new Set(Object.values(tagged));
  for (const [key, column] of Object.entries(columns)) {
    if (!(key in tagged) && !taken.has(column)) tagged[key] = column;
  }
  return tagged;
}

/** What a caller may already know, so that opening its tables does not ask again. */
export interface Known {
  sheetIds?: SheetIds;
  timeZone?: string;
  /** Sheets the caller holds already, by the key of the sheet set-up made them for. */
  sheets?: Partial<Record<SheetKey, Sheet>>;
}

/**
 * A table on a sheet set-up has just made and given only its header: it has no rows, so there is nothing to read.
 * Under the lock set-up holds; a read after another take of the lock reads the sheet.
 */
export function newTable<K extends TableKey>(
  key: K,
  sheet: Sheet,
  columns: Partial<Record<ColumnKey<K>, number>>,
  timeZone: string,
): Table<K> {
  // Only the header row: rows() reads from the second.
  return new SheetTable(key, sheet, columns, timeZone, {
    range: null,
    values: [[]],
    formulas: [[]],
    generation: lockGeneration(),
  });
}

/** A table whose sheet and columns the caller knows (set-up, which just placed them): its rows are read when asked. */
export function tableAt<K extends TableKey>(
  key: K,
  sheet: Sheet,
  columns: Partial<Record<ColumnKey<K>, number>>,
  timeZone: string,
): Table<K> {
  return new SheetTable(key, sheet, columns, timeZone);
}

/**
 * The tables asked for: each on the sheet set-up recorded, whatever it is called now, its columns wherever they moved.
 * Never a sheet found by its name, which a person may give their own sheet. Every table is looked for before failing,
 * so a failure names all the missing sheets at once; callers open their tables before their first write.
 * Each table's data is read here, once; open them under the lock when their rows are read under it.
 */
export function openTables<K extends TableKey>(
  spreadsheet: Spreadsheet,
  keys: readonly K[],
  known: Known = {},
): Tables<K> {
  const timeZone = known.timeZone ?? spreadsheet.getSpreadsheetTimeZone();
  const ids = known.sheetIds ?? readSheetIds(spreadsheet);
  const tables = {} as Record<string, Table<TableKey>>;
  const unplaced: K[] = [];
  for (const key of keys) {
    const id = ids[key];
    const sheet = known.sheets?.[key] ?? (id === undefined ? null : spreadsheet.getSheetById(id));
    const grid = sheet ? readGrid(sheet) : null;
    const columns = sheet && grid ? locateColumns(sheet, key, grid.values[0] ?? []) : {};
    if (sheet && Object.keys(columns).length > 0)
      tables[key] = new SheetTable(
        key,
        sheet,
        columns as Partial<Record<ColumnKey<K>, number>>,
        timeZone,
        grid,
      );
    else unplaced.push(key);
  }
  // A sheet deleted or emptied since set-up: its table may live on in a copy, found by its columns' metadata.
  if (unplaced.length > 0) {
    const locations = readColumnLocations(spreadsheet, (table) => (unplaced as string[]).includes(table));
    const sheets = new Map(spreadsheet.getSheets().map((sheet) => [sheet.getSheetId(), sheet]));
    const missing: K[] = [];
    for (const key of unplaced) {
      const placed = placeTable(key, locations);
      const sheet = placed && sheets.get(placed.sheetId);
      if (!placed || !sheet) {
        missing.push(key);
        continue;
      }
      tables[key] = new SheetTable(
        key,
        sheet,
        placed.columns as Partial<Record<ColumnKey<K>, number>>,
        timeZone,
      );
    }
    if (missing.length > 0) throw missingSheets(ids, missing);
  }
  return tables as Tables<K>;
}

/** A workbook never set up is told so; one that was is told which of its sheets are gone. */
export function missingSheets(ids: SheetIds, missing: readonly SheetKey[]): UserError {
  return Object.keys(ids).length === 0
    ? new UserError('workbook.error.notSetUp')
    : new MissingSheetsError(missing);
}

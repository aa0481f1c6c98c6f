// Personal data…: finds a person in every sheet and Doc the add-on made, exports it to a Doc, or erases it.
import type {
  PersonalDataExport,
  PersonalDataForm,
  PersonalDataFound,
  PersonalDataLabel,
} from '../domain/api';
import { isDate, isoDateIn } from '../domain/cells';
import { quoted, UserError } from '../domain/errors';
import { type Language, type MessageKey, t } from '../domain/i18n';
import {
  checkPersonQuery,
  ERASURES_METADATA_KEY,
  erasedText,
  erasureMarker,
  erasuresAfter,
  exportDocument,
  type Identity,
  literalPattern,
  mentionsIn,
  occurrences,
  type Place,
  personTerms,
  standsAlone,
  type Term,
} from '../domain/personalData';
import { columnLetter, hyperlinkUrl, SHEET_KEYS, type SheetKey } from '../domain/schema';
import { openReadable, workbookRef, writeDocument } from './documents';
import { noteChange } from './journal';
import { withDocumentLock } from './lock';
import { activeEmail, ownerOf, requireEditor } from './reach';
import { openRecord } from './records';
import { readWorkbookRecords, workbookLanguage } from './settings';
import { locateColumns, missingSheets } from './table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Document = GoogleAppsScript.Document.Document;

const LABELS: readonly PersonalDataLabel[] = [
  'intro',
  'person',
  'find',
  'finding',
  'export',
  'exporting',
  'erase',
  'erasing',
  'confirmErase',
];

export function personalDataForm(language: Language): PersonalDataForm {
  return {
    labels: Object.fromEntries(
      LABELS.map((label) => [label, t(language, `personalData.${label}` satisfies MessageKey)]),
    ) as PersonalDataForm['labels'],
  };
}

/** One of the add-on's sheets as read once: its values, and its formulas, which are the add-on's or a person's. */
interface Grid {
  key: SheetKey;
  sheet: Sheet;
  name: string;
  values: unknown[][];
  formulas: string[][];
}

interface OpenedDocument {
  document: Document;
  name: string;
  url: string;
  text: string;
}

/** Everything the person is mentioned in, read once: the grids and Docs, to export or to erase from. */
interface Scan {
  terms: Term[];
  grids: Grid[];
  documents: OpenedDocument[];
  places: Place[];
  /** Docs the workbook records that the person at work cannot open, by URL. */
  unreadable: string[];
  workbookLanguage: Language;
}

/** Three calls for the grid, one for the name: a sheet costs the same whatever its rows. */
function readGrid(key: SheetKey, sheet: Sheet): Grid {
  const range = sheet.getDataRange();
  return { key, sheet, name: sheet.getName(), values: range.getValues(), formulas: range.getFormulas() };
}

/** The Members and Stakeholders rows as people: a member by their name, a stakeholder by its contact person. */
function identities(grids: readonly Grid[]): Identity[] {
  const found: Identity[] = [];
  for (const grid of grids) {
    if (grid.key !== 'members' && grid.key !== 'stakeholders') continue;
    const columns = locateColumns(grid.sheet, grid.key, grid.values[0] ?? []);
    const cell = (row: unknown[], key: string) =>
      columns[key] === undefined ? '' : String(row[columns[key] - 1] ?? '');
    for (const row of grid.values.slice(1)) {
      found.push({
        name: cell(row, grid.key === 'members' ? 'name' : 'contactPerson'),
        email: cell(row, 'email'),
        phone: cell(row, 'phone'),
      });
    }
  }
  return found;
}

/** A cell a person or the add-on typed as text; formulas (the add-on's links) and numbers hold no one's name. */
function textAt(grid: Grid, row: number, column: number): string | null {
  const value = grid.values[row][column];
  return typeof value === 'string' && value !== '' && grid.formulas[row][column] === '' ? value : null;
}

/** The Docs the workbook records: each meeting's agenda, invitation and minutes, and the charter, briefing and plan. */
function recordedDocumentIds(grids: readonly Grid[], settingsDocuments: readonly string[]): string[] {
  const ids = new Set<string>();
  const meetings = grids.find((grid) => grid.key === 'meetings');
  if (meetings) {
    const columns = locateColumns(meetings.sheet, 'meetings', meetings.values[0] ?? []);
    const links = ['agendaLink', 'invitationLink', 'minutesLink']
      .map((key) => columns[key])
      .filter((column): column is number => column !== undefined);
    for (const row of meetings.formulas.slice(1)) {
      for (const column of links) {
        const id = /\/d\/([\w-]+)/.exec(hyperlinkUrl(row[column - 1] ?? '') ?? '')?.[1];
        if (id) ids.add(id);
      }
    }
  }
  for (const id of settingsDocuments) ids.add(id);
  return [...ids];
}

const documentUrl = (id: string) => `https://docs.google.com/document/d/${id}/edit`;

function shown(value: unknown, timeZone: string): string {
  return isDate(value) ? isoDateIn(value, timeZone) : String(value ?? '');
}

/** Each row that mentions the person, with every cell of it as "header: value", as the export lists it. */
function sheetPlace(grid: Grid, terms: readonly Term[], language: Language, timeZone: string): Place | null {
  const entries: Place['entries'] = [];
  let mentions = 0;
  grid.values.forEach((row, r) => {
    let inRow = 0;
    row.forEach((_, c) => {
      const text = textAt(grid, r, c);
      if (text !== null) inRow += mentionsIn(text, terms).length;
    });
    if (inRow === 0) return;
    mentions += inRow;
    const header = grid.values[0] ?? [];
    const content = row
      .map((value, c) => [r > 0 ? shown(header[c], timeZone) : '', shown(value, timeZone)])
      .filter(([, value]) => value !== '')
      .map(([title, value]) => (title ? `${title}: ${value}` : value))
      .join('\n');
    entries.push({ where: t(language, 'personalData.row', { row: r + 1 }), content });
  });
  return mentions === 0
    ? null
    : { kind: 'sheet', name: grid.name, url: `#gid=${grid.sheet.getSheetId()}`, entries, mentions };
}

function documentPlace(opened: OpenedDocument, terms: readonly Term[], language: Language): Place | null {
  const entries: Place['entries'] = [];
  let mentions = 0;
  opened.text.split('\n').forEach((line, index) => {
    const found = mentionsIn(line, terms).length;
    if (found === 0) return;
    mentions += found;
    entries.push({ where: t(language, 'personalData.line', { line: index + 1 }), content: line });
  });
  return mentions === 0 ? null : { kind: 'document', name: opened.name, url: opened.url, entries, mentions };
}

/**
 * Reads every sheet the add-on made (by the ids set-up recorded, never by name) and every Doc the workbook records,
 * and finds the person in them: a fixed number of calls per sheet and per Doc, whatever the rows.
 */
function scan(spreadsheet: Spreadsheet, query: string): Scan {
  const { settings, sheetIds } = readWorkbookRecords(spreadsheet);
  if (Object.keys(sheetIds).length === 0) throw missingSheets(sheetIds, []);
  const language = workbookLanguage(settings);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const grids: Grid[] = [];
  for (const key of SHEET_KEYS) {
    const id = sheetIds[key];
    const sheet = id === undefined ? null : spreadsheet.getSheetById(id);
    if (sheet) grids.push(readGrid(key, sheet));
  }
  const terms = personTerms(query, identities(grids));
  const documents: OpenedDocument[] = [];
  const unreadable: string[] = [];
  for (const id of recordedDocumentIds(grids, Object.values(settings.documents) as string[])) {
    const document = openReadable(id);
    if (!document) {
      unreadable.push(documentUrl(id));
      continue;
    }
    documents.push({
      document,
      name: document.getName(),
      url: document.getUrl(),
      text: document.getBody().getText(),
    });
  }
  const places = [
    ...grids.map((grid) => sheetPlace(grid, terms, language, timeZone)),
    ...documents.map((opened) => documentPlace(opened, terms, language)),
  ].filter((place): place is Place => place !== null);
  return { terms, grids, documents, places, unreadable, workbookLanguage: language };
}

const total = (places: readonly Place[]) => places.reduce((sum, place) => sum + place.mentions, 0);

function unreadableNote(found: Scan, language: Language): string {
  return found.unreadable.length === 0
    ? ''
    : t(language, 'personalData.unreadable', {
        count: found.unreadable.length,
        documents: found.unreadable.join(', '),
      });
}

/** What the sidebar shows: how many mentions, and where; read-only, so it takes no lock. */
export function findPersonalData(input: unknown, language: Language): PersonalDataFound {
  const person = checkPersonQuery(input);
  const found = scan(SpreadsheetApp.getActiveSpreadsheet(), person);
  const count = total(found.places);
  return {
    total: count,
    summary:
      count === 0
        ? t(language, 'personalData.nothingFound', { person: quoted(person) })
        : t(language, 'personalData.found', { person: quoted(person), count }),
    places: found.places.map((place) => ({
      name: place.name,
      line: t(language, 'personalData.place', { place: place.name, count: place.mentions }),
    })),
    unreadable: unreadableNote(found, language),
  };
}

/**
 * A new Doc listing every row and line that mentions the person, in the workbook's language. DocumentApp.create
 * makes it in the Drive of the person at work, shared with nobody (https://developers.google.com/apps-script/reference/document/document-app#create(String)).
 */
export function exportPersonalData(input: unknown, language: Language): PersonalDataExport {
  const person = checkPersonQuery(input);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const found = scan(spreadsheet, person);
  const plan = exportDocument(
    person,
    found.places,
    {
      workbook: workbookRef(spreadsheet),
      on: isoDateIn(new Date(), spreadsheet.getSpreadsheetTimeZone()),
      by: activeEmail(),
    },
    found.workbookLanguage,
  );
  const note = unreadableNote(found, found.workbookLanguage);
  if (note) plan.blocks.push({ kind: 'paragraph', text: note });
  const document = writeDocument(plan);
  return { message: t(language, 'personalData.exported'), document };
}

/** The Docs that mention the person and that the person at work may not edit: replaceText would fail on them. */
function notEditable(documents: readonly OpenedDocument[]): string[] {
  const me = activeEmail().toLowerCase();
  return documents
    .filter(
      (opened) =>
        me !== '' && !opened.document.getEditors().some((user) => user.getEmail().toLowerCase() === me),
    )
    .map((opened) => opened.url);
}

/** The cells of one sheet that change: those that become one same text in one RangeList call, the others one by one. */
function eraseInGrid(grid: Grid, terms: readonly Term[], marker: string): number {
  const same = new Map<string, string[]>();
  const others: { row: number; column: number; text: string }[] = [];
  grid.values.forEach((row, r) => {
    row.forEach((_, c) => {
      const text = textAt(grid, r, c);
      const erased = text === null ? null : erasedText(text, terms, marker);
      if (erased === null) return;
      if (erased === '' || erased === marker)
        same.set(erased, [...(same.get(erased) ?? []), `${columnLetter(c + 1)}${r + 1}`]);
      else others.push({ row: r + 1, column: c + 1, text: erased });
    });
  });
  const cells = [...same.values()].reduce((sum, list) => sum + list.length, 0) + others.length;
  if (cells === 0) return 0;
  noteChange({ sheet: grid.key });
  // The marker and '' begin with no = + - @, so they stay text; other cells keep the text around the mention, as text.
  for (const [value, notations] of same) grid.sheet.getRangeList(notations).setValue(value);
  for (const cell of others) grid.sheet.getRange(cell.row, cell.column).setValue(`'${cell.text}`);
  return cells;
}

/**
 * Each spelling of the person in the Doc becomes the marker: in one Body.replaceText when every time it is written it
 * stands alone, as it mostly does. Body.replaceText's RE2 has no lookbehind to say "not inside a longer word", so a
 * spelling also written inside another word ("Amina" in "Aminata") is replaced match by match instead, last first so
 * that the offsets found before stay right, and the longer word is left as it is.
 */
function eraseInDocument(opened: OpenedDocument, terms: readonly Term[], marker: string): void {
  noteChange({ document: opened.name });
  const body = opened.document.getBody();
  const mentions = mentionsIn(opened.text, terms);
  const spellings = [...new Set(mentions.map((mention) => mention.text))].sort((a, b) => b.length - a.length);
  for (const spelling of spellings) {
    const pattern = literalPattern(spelling);
    const alone = mentions.filter((mention) => mention.text === spelling).length;
    if (occurrences(opened.text, spelling) === alone) {
      body.replaceText(pattern, marker);
      continue;
    }
    const found: GoogleAppsScript.Document.RangeElement[] = [];
    for (let match = body.findText(pattern); match; match = body.findText(pattern, match)) found.push(match);
    for (const match of found.reverse()) {
      const text = match.getElement().asText();
      const start = match.getStartOffset();
      const end = match.getEndOffsetInclusive();
      if (!standsAlone(text.getText(), start, end + 1)) continue;
      text.deleteText(start, end);
      text.insertText(start, marker);
    }
  }
}

/**
 * Replaces the person's name, email and phone with the marker in every sheet and Doc that mentions them, under the
 * workbook's lock, after checking that every recorded Doc can be opened and every Doc to change can be edited: one
 * that cannot is named and nothing is changed. Docs first, then the sheets, Members and Stakeholders last, so that a
 * retry after a failure still knows the person's email and phone from their row. The erasure is recorded last, with
 * when, who and how much, and nothing of the person.
 */
export function erasePersonalData(input: unknown, language: Language): string {
  const person = checkPersonQuery(input);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  requireEditor(spreadsheet, 'personalData.error.viewer', () => ownerOf(spreadsheet));
  return withDocumentLock(() => {
    const found = scan(spreadsheet, person);
    const mentioning = found.documents.filter((opened) => mentionsIn(opened.text, found.terms).length > 0);
    const refused = [...found.unreadable, ...notEditable(mentioning)];
    if (refused.length > 0) {
      throw new UserError('personalData.error.cannotEdit', {
        count: refused.length,
        documents: refused.join(', '),
        owner: ownerOf(spreadsheet),
      });
    }
    if (found.places.length === 0)
      return t(language, 'personalData.erasedNothing', { person: quoted(person) });
    const marker = erasureMarker(found.workbookLanguage);
    for (const opened of mentioning) eraseInDocument(opened, found.terms, marker);
    const identityLast = (grid: Grid) => (grid.key === 'members' || grid.key === 'stakeholders' ? 1 : 0);
    const grids = [...found.grids].sort((a, b) => identityLast(a) - identityLast(b));
    const cells = grids.reduce((sum, grid) => sum + eraseInGrid(grid, found.terms, marker), 0);
    const log = openRecord(spreadsheet, ERASURES_METADATA_KEY);
    log.write(
      erasuresAfter(log.value, {
        on: new Date().toISOString(),
        by: activeEmail(),
        cells,
        documents: mentioning.length,
      }),
    );
    return t(language, 'personalData.erasedDone', {
      person: quoted(person),
      cells,
      documents: mentioning.length,
    });
  });
}

// A person's data (GDPR articles 15 and 17): who they are in the workbook, where they are mentioned, the export, the erasure.
import type { DocumentLink } from './api';
import { UserError } from './errors';
import { type Language, t } from './i18n';

/** How a person is written down: the words a search looks for and an erasure replaces. */
export interface Term {
  text: string;
  kind: 'name' | 'email' | 'phone';
}

/** A row of Members or Stakeholders as it names a person: the member's name, or the stakeholder's contact person. */
export interface Identity {
  name: string;
  email: string;
  phone: string;
}

/** Shorter words would match inside other people's names and words: "Li" in "Lina", "Ann" in "Anna". */
export const SHORTEST_TERM = 3;
const LONGEST_QUERY = 200;

/** What the sidebar sends: a name, an email or a phone number, checked again here as anything can call the server. */
export function checkPersonQuery(input: unknown): string {
  if (typeof input !== 'string') throw new UserError('personalData.error.badRequest');
  const query = input.normalize('NFC').replace(/\s+/g, ' ').trim();
  // Said beside the sidebar's one field, 'person'.
  if (query.length < SHORTEST_TERM)
    throw new UserError('personalData.error.tooShort', { min: SHORTEST_TERM }, 'person');
  if (query.length > LONGEST_QUERY)
    throw new UserError('personalData.error.tooLong', { max: LONGEST_QUERY }, 'person');
  return query;
}

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * The words that stand for the person: the query itself, and the name, email and phone of every Members or
 * Stakeholders row whose name, email or phone is the query, so a search by name also finds their address written
 * elsewhere. Longest first, so an erasure replaces "Amina Diallo" before a shorter term inside it.
 */
export function personTerms(query: string, identities: readonly Identity[]): Term[] {
  const terms = new Map<string, Term>();
  const add = (text: string, kind: Term['kind']) => {
    const trimmed = text.trim();
    if (trimmed.length >= SHORTEST_TERM && !terms.has(trimmed.toLocaleLowerCase()))
      terms.set(trimmed.toLocaleLowerCase(), { text: trimmed, kind });
  };
  for (const identity of identities) {
    if (![identity.name, identity.email, identity.phone].some((value) => value && same(value, query)))
      continue;
    add(identity.name, 'name');
    add(identity.email, 'email');
    add(identity.phone, 'phone');
  }
  add(query, query.includes('@') ? 'email' : /^[+\d][\d\s().-]*$/.test(query) ? 'phone' : 'name');
  return [...terms.values()].sort((a, b) => b.text.length - a.text.length);
}

const escapeForRegExp = (text: string) => text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

/** A letter or digit: a term only counts where it is not part of a longer word ("Ann" is not in "Annual"). */
const WORD = /[\p{L}\p{N}]/u;

export interface Mention {
  start: number;
  end: number;
  /** The characters as written, in whatever case. */
  text: string;
  term: Term;
}

/** Whether the characters from `start` to `end` (exclusive) stand alone: no letter or digit just before or after. */
export function standsAlone(text: string, start: number, end: number): boolean {
  return !WORD.test(text.charAt(start - 1)) && !WORD.test(text.charAt(end));
}

/** How many times the characters are written in the text, alone or inside a longer word. */
export function occurrences(text: string, characters: string): number {
  let count = 0;
  for (let at = text.indexOf(characters); at >= 0; at = text.indexOf(characters, at + characters.length))
    count += 1;
  return count;
}

/** Every place a term is written in the text, case and accents as written, none overlapping another. */
export function mentionsIn(text: string, terms: readonly Term[]): Mention[] {
  const found: Mention[] = [];
  for (const term of terms) {
    const pattern = new RegExp(escapeForRegExp(term.text), 'giu');
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (!standsAlone(text, start, end)) continue;
      if (found.some((other) => start < other.end && other.start < end)) continue;
      found.push({ start, end, text: match[0], term });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The cell's text after erasure, or null when it does not mention the person. A cell that holds only their email or
 * phone is emptied (the column checks addresses and numbers); a name, or a mention among other words, becomes the
 * marker, so the row shows that something was erased there.
 */
export function erasedText(text: string, terms: readonly Term[], marker: string): string | null {
  const mentions = mentionsIn(text, terms);
  if (mentions.length === 0) return null;
  const only = mentions.length === 1 && mentions[0].text === text.trim() ? mentions[0] : null;
  if (only && only.term.kind !== 'name') return '';
  let result = '';
  let from = 0;
  for (const mention of mentions) {
    result += text.slice(from, mention.start) + marker;
    from = mention.end;
  }
  return result + text.slice(from);
}

/**
 * A pattern for Body.replaceText that matches these characters and nothing else: every character RE2 or JavaScript
 * gives a meaning is escaped (https://developers.google.com/apps-script/reference/document/body#replaceText(String,String)
 * takes a string that RE2 reads as a regular expression).
 */
export function literalPattern(text: string): string {
  return escapeForRegExp(text);
}

/** The erasure marker in the workbook's language: the sheets and Docs it lands in are written in that language. */
export const erasureMarker = (language: Language) => t(language, 'personalData.erased');

/** One place the person is mentioned: a sheet (its rows) or a Doc (its lines). */
export interface Place {
  kind: 'sheet' | 'document';
  name: string;
  url: string;
  /** Each row or line that mentions them: where it is, and what it holds. */
  entries: { where: string; content: string }[];
  mentions: number;
}

/** The Doc an export makes: everything held on the person, place by place, for the person who asked. */
export function exportDocument(
  person: string,
  places: readonly Place[],
  about: { workbook: DocumentLink; on: string; by: string },
  language: Language,
) {
  return {
    name: t(language, 'personalData.export.name', { person, date: about.on }),
    blocks: [
      { kind: 'title' as const, text: t(language, 'personalData.export.title', { person }) },
      {
        kind: 'paragraph' as const,
        text: t(language, 'personalData.export.intro', {
          workbook: about.workbook.name,
          date: about.on,
          by: about.by,
        }),
      },
      ...(places.length === 0
        ? [{ kind: 'paragraph' as const, text: t(language, 'personalData.nothingFound', { person }) }]
        : places.flatMap((place) => [
            { kind: 'heading' as const, text: place.name },
            {
              kind: 'table' as const,
              header: [t(language, 'personalData.export.where'), t(language, 'personalData.export.held')],
              rows: place.entries.map((entry) => [entry.where, entry.content]),
            },
          ])),
    ],
  };
}

/** One erasure as the workbook records it: when, who ran it, and how much changed; nothing about the person. */
export interface Erasure {
  on: string;
  by: string;
  cells: number;
  documents: number;
}

/** The developer metadata key of the erasure log, on the spreadsheet. */
export const ERASURES_METADATA_KEY = 'allianceKit.erasures';

/** Metadata holds 30,000 characters a spreadsheet: the log keeps the latest erasures, about 70 characters each. */
const KEPT_ERASURES = 200;

export function erasuresFromJson(value: string | null): Erasure[] {
  try {
    const parsed = JSON.parse(value ?? '[]') as unknown;
    return Array.isArray(parsed) ? (parsed as Erasure[]) : [];
  } catch {
    return [];
  }
}

export function erasuresAfter(value: string | null, erasure: Erasure): string {
  return JSON.stringify([...erasuresFromJson(value), erasure].slice(-KEPT_ERASURES));
}

/** The latest erasure's date ('' before any), the log's last: what copies the add-on cannot reach are stamped with. */
export function lastErasure(value: string | null): string {
  const log = erasuresFromJson(value);
  const on = log[log.length - 1]?.on;
  return typeof on === 'string' ? on : '';
}

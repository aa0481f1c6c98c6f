// Pure edits of formatted text: runs inside Text elements, and a run of paragraphs seen as one string.
import { scriptError } from '../core';
import type { DocumentModel, ParagraphLike, Run, TextNode, TextStyle } from './model';
import { paragraphText, runsText } from './model';

const STYLE_KEYS: (keyof TextStyle)[] = [
  'bold',
  'italic',
  'underline',
  'strikethrough',
  'fontSize',
  'fontFamily',
  'foregroundColor',
  'backgroundColor',
  'linkUrl',
];

/** A style change: a value sets the style, null removes it (back to the paragraph's default). */
export type StylePatch = { [K in keyof TextStyle]?: TextStyle[K] | null };

function styleOf(run: Run): TextStyle {
  const { text: _text, ...style } = run;
  return style;
}

function sameStyle(a: Run, b: Run): boolean {
  return STYLE_KEYS.every((key) => a[key] === b[key]);
}

/** Merges neighbours of equal style and drops empty runs, so equal text always has equal runs. */
function normalize(runs: Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = merged[merged.length - 1];
    if (last && sameStyle(last, run)) last.text += run.text;
    else merged.push({ ...run });
  }
  return merged;
}

/** Splits runs so that a run starts exactly at each offset given. */
function splitAt(runs: Run[], offsets: number[]): Run[] {
  const result: Run[] = [];
  let base = 0;
  for (const run of runs) {
    let start = 0;
    for (const offset of offsets) {
      const local = offset - base;
      if (local > start && local < run.text.length) {
        result.push({ ...run, text: run.text.slice(start, local) });
        start = local;
      }
    }
    result.push({ ...run, text: run.text.slice(start) });
    base += run.text.length;
  }
  return result;
}

function applyPatch(run: Run, patch: StylePatch): Run {
  const next: Run = { ...run };
  for (const key of STYLE_KEYS) {
    if (!(key in patch)) continue;
    const value = patch[key];
    if (value === null || value === undefined) delete next[key];
    else (next as unknown as Record<string, unknown>)[key] = value;
  }
  return next;
}

export function styleRuns(runs: Run[], start: number, endInclusive: number, patch: StylePatch): Run[] {
  const split = splitAt(runs, [start, endInclusive + 1]);
  let base = 0;
  const styled = split.map((run) => {
    const inside = base >= start && base <= endInclusive;
    base += run.text.length;
    return inside ? applyPatch(run, patch) : run;
  });
  return normalize(styled);
}

/** Inserted text takes the style of the character before it (or after it, at the very start). */
export function insertIntoRuns(runs: Run[], offset: number, text: string): Run[] {
  if (text === '') return runs;
  const split = splitAt(runs, [offset]);
  let base = 0;
  let at = split.length;
  for (let i = 0; i < split.length; i++) {
    if (base === offset) {
      at = i;
      break;
    }
    base += split[i].text.length;
  }
  const neighbour = split[at - 1] ?? split[at];
  const inserted: Run = { ...(neighbour ? styleOf(neighbour) : {}), text };
  return normalize([...split.slice(0, at), inserted, ...split.slice(at)]);
}

export function deleteFromRuns(runs: Run[], start: number, endInclusive: number): Run[] {
  const split = splitAt(runs, [start, endInclusive + 1]);
  let base = 0;
  const kept = split.filter((run) => {
    const inside = base >= start && base <= endInclusive;
    base += run.text.length;
    return !inside;
  });
  return normalize(kept);
}

export function styleAt(runs: Run[], offset: number): TextStyle | null {
  let base = 0;
  for (const run of runs) {
    if (offset < base + run.text.length) return styleOf(run);
    base += run.text.length;
  }
  return null;
}

/**
 * A stretch of paragraphs seen as one string, their texts joined by newlines: what editAsText()
 * gives for a paragraph, a cell or a section, and what a Text element gives for its own runs.
 */
export class TextSpan {
  constructor(
    private readonly model: DocumentModel,
    /** The paragraphs covered; for a lone Text element, a stand-in paragraph holding just it. */
    readonly paragraphs: () => ParagraphLike[],
  ) {}

  text(): string {
    return this.paragraphs().map(paragraphText).join('\n');
  }

  length(): number {
    return this.text().length;
  }

  /** Each Text element covered, with its offset in the span's string. */
  private pieces(): { node: TextNode; base: number; paragraph: number }[] {
    const pieces: { node: TextNode; base: number; paragraph: number }[] = [];
    let base = 0;
    this.paragraphs().forEach((paragraph, index) => {
      for (const child of paragraph.children) {
        if (child.type !== 'TEXT') continue;
        pieces.push({ node: child, base, paragraph: index });
        base += runsText(child.runs).length;
      }
      base += 1;
    });
    return pieces;
  }

  style(start: number, endInclusive: number, patch: StylePatch): void {
    for (const { node, base } of this.pieces()) {
      const length = runsText(node.runs).length;
      const from = Math.max(start - base, 0);
      const to = Math.min(endInclusive - base, length - 1);
      if (from <= to) node.runs = styleRuns(node.runs, from, to, patch);
    }
  }

  styleAt(offset: number): TextStyle | null {
    for (const { node, base } of this.pieces()) {
      if (offset < base) continue;
      const found = styleAt(node.runs, offset - base);
      if (found) return found;
    }
    return null;
  }

  /** One style over every character, null when characters differ (or there are none). */
  uniform<K extends keyof TextStyle>(
    key: K,
    read: (value: TextStyle[K] | undefined) => unknown = (value) => value ?? null,
  ): unknown {
    const values = new Set<unknown>();
    for (const { node } of this.pieces()) for (const run of node.runs) values.add(read(run[key]));
    if (values.size > 1) return 'mixed';
    const [value] = [...values];
    return value ?? null;
  }

  insert(offset: number, text: string): void {
    const paragraphs = this.paragraphs();
    let base = 0;
    for (const paragraph of paragraphs) {
      const length = paragraphText(paragraph).length;
      if (offset <= base + length) {
        insertIntoParagraph(this.model, paragraph, offset - base, text);
        return;
      }
      base += length + 1;
    }
    throw scriptError(`Invalid argument: offset`);
  }

  delete(start: number, endInclusive: number): void {
    for (const { node, base } of this.pieces()) {
      const length = runsText(node.runs).length;
      const from = Math.max(start - base, 0);
      const to = Math.min(endInclusive - base, length - 1);
      if (from <= to) node.runs = deleteFromRuns(node.runs, from, to);
    }
  }
}

function insertIntoParagraph(
  model: DocumentModel,
  paragraph: ParagraphLike,
  offset: number,
  text: string,
): void {
  let base = 0;
  const texts = paragraph.children.filter((child): child is TextNode => child.type === 'TEXT');
  for (const node of texts) {
    const length = runsText(node.runs).length;
    if (offset <= base + length) {
      node.runs = insertIntoRuns(node.runs, offset - base, text);
      return;
    }
    base += length;
  }
  paragraph.children.push(model.newText(text));
}

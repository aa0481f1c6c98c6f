// An email the add-on sends, written from the same blocks as its documents: plain text, and HTML with every text escaped.
import type { Block } from './document';

/** One email: `to` is every recipient, so a group email is one send whatever the number of members. */
export interface Mail {
  to: string[];
  subject: string;
  body: string;
  htmlBody: string;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** User text (names, places, actions) goes into the HTML as text, never as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]);
}

function blockText(block: Block): string {
  switch (block.kind) {
    case 'title':
    case 'heading':
    case 'paragraph':
      return block.text;
    case 'labelled':
      return `${block.label} ${block.value}`;
    case 'link':
      return `${block.label} ${block.text}\n${block.url}`;
    case 'table':
      return block.rows.map((row) => row.filter((cell) => cell !== '').join(' – ')).join('\n');
  }
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'title':
      return `<h1>${escapeHtml(block.text)}</h1>`;
    case 'heading':
      return `<h2>${escapeHtml(block.text)}</h2>`;
    case 'paragraph':
      return `<p>${escapeHtml(block.text).replace(/\n/g, '<br>')}</p>`;
    case 'labelled':
      return `<p><b>${escapeHtml(block.label)}</b> ${escapeHtml(block.value)}</p>`;
    case 'link':
      return `<p>${escapeHtml(block.label)} <a href="${escapeHtml(block.url)}">${escapeHtml(block.text)}</a></p>`;
    case 'table': {
      const cells = (row: string[], tag: string) =>
        `<tr>${row.map((cell) => `<${tag}>${escapeHtml(cell).replace(/\n/g, '<br>')}</${tag}>`).join('')}</tr>`;
      return `<table>${cells(block.header, 'th')}${block.rows.map((row) => cells(row, 'td')).join('')}</table>`;
    }
  }
}

/** The email of these blocks; a title block is left to the subject line. */
export function mailOf(to: readonly string[], subject: string, blocks: readonly Block[]): Mail {
  const content = blocks.filter((block) => block.kind !== 'title');
  return {
    to: [...to],
    subject,
    body: content.map(blockText).join('\n\n'),
    htmlBody: content.map(blockHtml).join('\n'),
  };
}

/** A link as an email shows it: the document's name, linked. */
export function linkBlock(label: string, document: { name: string; url: string }): Block {
  return { kind: 'link', label, text: document.name, url: document.url };
}

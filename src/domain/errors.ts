// An error the user can act on: it carries a catalog key, so it is shown in the user's language.
import type { MessageKey, Params } from './i18n';
import type { SheetKey } from './schema';

/** How much of a person's input a message quotes: enough to recognise it, never a whole page of it. */
const QUOTE_LENGTH = 40;

/**
 * A person's input as a message quotes it: whole when short, else its first 40 characters and "…" (cut between code
 * points, so an emoji is not split). Every message that quotes input goes through it, so no message echoes a page.
 */
export function quoted(input: string): string {
  const characters: string[] = [];
  // Iterating a string walks code points, and stops at the 41st: a million characters cost no more than fifty.
  for (const character of input) {
    if (characters.length === QUOTE_LENGTH) return `${characters.join('')}…`;
    characters.push(character);
  }
  return input;
}

export class UserError extends Error {
  /**
   * `field` names the form field the mistake is in, as a path into the request ("date", "agenda.2.time",
   * "items.0.actions.1.due"): a sidebar shows the message beside that field.
   */
  constructor(
    readonly key: MessageKey,
    readonly params: Params = {},
    readonly field = '',
  ) {
    super(key);
    this.name = 'UserError';
  }
}

/** Sheets of the alliance workbook the add-on recorded and cannot find any more: named in the user's language. */
export class MissingSheetsError extends UserError {
  constructor(readonly sheets: readonly SheetKey[]) {
    super('workbook.error.missingSheets');
    this.name = 'MissingSheetsError';
  }
}

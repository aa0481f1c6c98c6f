// An error the user can act on: it carries a catalog key, so it is shown in the user's language.
import type { MessageKey, Params } from './i18n';
import type { SheetKey } from './schema';

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

// An error the user can act on: it carries a catalog key, so it is shown in the user's language.
import type { MessageKey, Params } from './i18n';

export class UserError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Params = {},
  ) {
    super(key);
    this.name = 'UserError';
  }
}

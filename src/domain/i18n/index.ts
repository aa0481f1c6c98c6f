// The i18n catalog: every user-facing string, in French, English, Dutch and Swedish.
import { actionMessages } from './actions';
import { dashboardMessages } from './dashboard';
import { errorMessages } from './errors';
import { LANGUAGES, type Language, type Messages } from './language';
import { meetingMessages } from './meetings';
import { menuMessages } from './menu';
import { minutesMessages } from './minutes';
import { privacyMessages } from './privacy';
import { profileMessages } from './profile';
import { reachMessages } from './reach';
import { workbookMessages } from './workbook';

export { defineMessages, LANGUAGES, type Language, languageOf } from './language';

// Each feature keeps its messages in its own file; this is the one place that joins them.
const catalogs = [
  menuMessages,
  errorMessages,
  meetingMessages,
  minutesMessages,
  workbookMessages,
  dashboardMessages,
  actionMessages,
  profileMessages,
  reachMessages,
  privacyMessages,
] as const;

type KeyOf<M> = M extends Messages<infer Key> ? Key : never;
export type MessageKey = KeyOf<(typeof catalogs)[number]>;

const merged = Object.fromEntries(
  LANGUAGES.map((language) => [language, Object.assign({}, ...catalogs.map((catalog) => catalog[language]))]),
) as Record<Language, Record<MessageKey, string>>;

export type Params = Record<string, string | number>;

/**
 * The message in that language, with each {name} replaced by its parameter and each plural argument
 * `{name, plural, =0 {…} one {# …} other {# …}}` replaced by the form the language's plural rules pick for it.
 */
export function t(language: Language, key: MessageKey, params: Params = {}): string {
  return withPlurals(merged[language][key], language, params).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

const PLURAL = /\{(\w+),\s*plural,/g;

/**
 * ICU MessageFormat's plural argument, the one part of it the catalog uses: an exact `=n` form first, then the
 * category Intl.PluralRules gives the number in that language (French "one" covers 0 and 1), then `other`.
 */
function withPlurals(message: string, language: Language, params: Params): string {
  let result = '';
  let from = 0;
  PLURAL.lastIndex = 0;
  for (let match = PLURAL.exec(message); match; match = PLURAL.exec(message)) {
    const count = Number(params[match[1]]);
    const forms: Record<string, string> = {};
    let at = match.index + match[0].length;
    for (;;) {
      while (message[at] === ' ') at++;
      if (message[at] === '}' || at >= message.length) break;
      const selector = /^[=\w]+/.exec(message.slice(at))?.[0] ?? '';
      at += selector.length;
      while (message[at] === ' ') at++;
      const begin = at + 1;
      let depth = 0;
      do {
        if (message[at] === '{') depth++;
        else if (message[at] === '}') depth--;
        at++;
      } while (depth > 0 && at < message.length);
      forms[selector] = message.slice(begin, at - 1);
    }
    const form =
      forms[`=${count}`] ?? forms[new Intl.PluralRules(language).select(count)] ?? forms.other ?? '';
    result += message.slice(from, match.index) + form.replace(/#/g, String(count));
    from = at + 1;
    PLURAL.lastIndex = from;
  }
  return result + message.slice(from);
}

/** Every key of the catalog, for the test that holds the four languages to the same keys. */
export function catalogFor(language: Language): Record<MessageKey, string> {
  return merged[language];
}

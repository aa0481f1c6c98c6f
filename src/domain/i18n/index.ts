// The i18n catalog: every user-facing string, in French, English, Dutch and Swedish.
import { actionMessages } from './actions';
import { dashboardMessages } from './dashboard';
import { errorMessages } from './errors';
import { LANGUAGES, type Language, type Messages } from './language';
import { meetingMessages } from './meetings';
import { menuMessages } from './menu';
import { minutesMessages } from './minutes';
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
] as const;

type KeyOf<M> = M extends Messages<infer Key> ? Key : never;
export type MessageKey = KeyOf<(typeof catalogs)[number]>;

const merged = Object.fromEntries(
  LANGUAGES.map((language) => [language, Object.assign({}, ...catalogs.map((catalog) => catalog[language]))]),
) as Record<Language, Record<MessageKey, string>>;

export type Params = Record<string, string | number>;

/** The message in that language, with each {name} replaced by its parameter. */
export function t(language: Language, key: MessageKey, params: Params = {}): string {
  return merged[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Every key of the catalog, for the test that holds the four languages to the same keys. */
export function catalogFor(language: Language): Record<MessageKey, string> {
  return merged[language];
}

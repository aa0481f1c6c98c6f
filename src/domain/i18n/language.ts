// The four languages of the alliance's partner countries, and how a locale maps to one of them.

export const LANGUAGES = ['en', 'fr', 'nl', 'sv'] as const;
export type Language = (typeof LANGUAGES)[number];

/** "fr_FR", "fr-BE", "FR" → "fr"; anything else → English, the fallback the issue asks for. */
export function languageOf(locale: string | null | undefined): Language {
  const code = (locale ?? '').slice(0, 2).toLowerCase();
  return (LANGUAGES as readonly string[]).includes(code) ? (code as Language) : 'en';
}

/** A feature's messages in every language: the type refuses a catalog that misses a key in one of them. */
export type Messages<Key extends string> = Record<Language, Record<Key, string>>;

export function defineMessages<Key extends string>(
  messages: { en: Record<Key, string> } & Record<Exclude<Language, 'en'>, Record<Key, string>>,
): Messages<Key> {
  return messages;
}

// The whole catalog: every message in all four languages, none empty, with the same placeholders everywhere.
import { catalogFor, LANGUAGES, languageOf } from '../../src/domain/i18n';

const english = catalogFor('en');
const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the i18n catalog', () => {
  it.each(LANGUAGES)('has every key in %s, and nothing more', (language) => {
    expect(Object.keys(catalogFor(language)).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(LANGUAGES)('has no empty message in %s', (language) => {
    const empty = Object.entries(catalogFor(language)).filter(([, message]) => message.trim() === '');
    expect(empty).toEqual([]);
  });

  it.each(LANGUAGES.filter((language) => language !== 'en'))(
    'uses the same placeholders in %s as in English',
    (language) => {
      const catalog = catalogFor(language);
      const differing = Object.keys(english).filter(
        (key) =>
          placeholders(catalog[key as keyof typeof catalog]).join() !==
          placeholders(english[key as keyof typeof english]).join(),
      );
      expect(differing).toEqual([]);
    },
  );

  it('falls back to English for a locale that is not one of the four', () => {
    expect(languageOf('de_DE')).toBe('en');
    expect(languageOf('fr_BE')).toBe('fr');
    expect(languageOf(undefined)).toBe('en');
  });
});

// The whole catalog: every message in all four languages, none empty, with the same placeholders everywhere, and
// written as each language writes: one apostrophe, real plurals, one term per concept, the guide's own French.
import { longDate } from '../../src/domain/dates';
import { catalogFor, LANGUAGES, type Language, languageOf, type MessageKey, t } from '../../src/domain/i18n';

const english = catalogFor('en');
const placeholders = (message: string) =>
  [...new Set([...message.matchAll(/\{([a-z]\w*)(?:\}|,\s*plural,)/g)].map((match) => match[1]))].sort();
const messages = (language: Language) => Object.entries(catalogFor(language)) as [MessageKey, string][];

describe('the i18n catalog', () => {
  it.each(LANGUAGES)('has every key in %s, and nothing more', (language) => {
    expect(Object.keys(catalogFor(language)).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(LANGUAGES)('has no empty message in %s', (language) => {
    const empty = messages(language).filter(([, message]) => message.trim() === '');
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

describe('the catalog is written as each language writes', () => {
  // French follows the guide's typewriter apostrophe; the others keep the typographic one.
  const APOSTROPHE: Record<Language, string> = { en: '’', fr: "'", nl: '’', sv: '’' };

  it.each(LANGUAGES)('uses one apostrophe in %s', (language) => {
    const other = APOSTROPHE[language] === "'" ? '’' : "'";
    const mixed = messages(language).filter(([, message]) =>
      new RegExp(`\\p{L}${other}\\p{L}`, 'u').test(message),
    );
    expect(mixed).toEqual([]);
  });

  // "member(s)", "kolom(men)", "intressent(er)": a count is said through Intl.PluralRules instead.
  const BRACKETED = /\p{L}\((s|es|e?n|men|pen|er|ar|mar|or)\)/u;
  // The guide's own header for the action plan's owners, kept word for word.
  const GUIDE_WORDS: Partial<Record<Language, MessageKey[]>> = { fr: ['column.actionPlan.owner'] };

  it.each(LANGUAGES)('has no bracketed plural in %s', (language) => {
    const allowed = GUIDE_WORDS[language] ?? [];
    const bracketed = messages(language).filter(
      ([key, message]) => BRACKETED.test(message) && !allowed.includes(key),
    );
    expect(bracketed).toEqual([]);
  });

  it.each(LANGUAGES)('says every counted message right at zero, one and many in %s', (language) => {
    const plural = messages(language).filter(([, message]) => /\{\w+,\s*plural,/.test(message));
    expect(plural.length).toBeGreaterThan(5);
    for (const [key, message] of plural) {
      for (const count of [0, 1, 2, 7, 1000000]) {
        const params = Object.fromEntries(placeholders(message).map((name) => [name, count]));
        const text = t(language, key, params);
        expect([key, text]).toEqual([key, expect.not.stringMatching(/[{}#]|\(\p{L}+\)/u)]);
      }
    }
  });

  it('picks the plural form of each language: French counts zero as one, English does not', () => {
    expect(t('fr', 'dashboard.charter.missing', { count: 0 })).toBe('0 membre doit encore signer');
    expect(t('fr', 'dashboard.charter.missing', { count: 2 })).toBe('2 membres doivent encore signer');
    expect(t('en', 'dashboard.charter.missing', { count: 1 })).toBe('1 member still to sign');
    expect(t('en', 'dashboard.charter.missing', { count: 0 })).toBe('0 members still to sign');
    expect(t('nl', 'dashboard.charter.missing', { count: 1 })).toBe('1 lid moet nog ondertekenen');
    expect(t('sv', 'dashboard.charter.missing', { count: 3 })).toBe('3 medlemmar har ännu inte undertecknat');
  });

  // One word per concept across menu, sheets, dashboard and documents: the alternatives must not appear.
  const TERMS: Record<Language, { concept: string; term: RegExp; not: RegExp }[]> = {
    en: [
      { concept: 'charter', term: /charter/i, not: /statute/i },
      { concept: 'dashboard', term: /dashboard/i, not: /overview/i },
    ],
    fr: [
      { concept: 'charter', term: /charte/i, not: /\bcharter\b/i },
      { concept: 'dashboard', term: /tableau de bord/i, not: /dashboard/i },
    ],
    nl: [
      { concept: 'charter', term: /handvest/i, not: /charter/i },
      { concept: 'dashboard', term: /overzicht/i, not: /dashboard/i },
    ],
    sv: [
      { concept: 'charter', term: /stadga/i, not: /charter/i },
      { concept: 'dashboard', term: /översikt/i, not: /dashboard|instrumentpanel/i },
    ],
  };

  it.each(LANGUAGES)('uses one term per concept in %s', (language) => {
    for (const { concept, term, not } of TERMS[language]) {
      const menu = concept === 'charter' ? 'menu.makeCharter' : 'menu.refreshDashboard';
      expect([concept, t(language, menu)]).toEqual([concept, expect.stringMatching(term)]);
      const twoWays = messages(language).filter(([, message]) => not.test(message));
      expect([concept, twoWays]).toEqual([concept, []]);
    }
  });

  it('writes dates as each language does, the first of the month too', () => {
    expect(longDate('2027-10-01', 'fr')).toBe('1er octobre 2027');
    expect(longDate('2027-10-02', 'fr')).toBe('2 octobre 2027');
    expect(longDate('2027-10-01', 'en')).toBe('1 October 2027');
    expect(longDate('2027-10-01', 'nl')).toBe('1 oktober 2027');
    expect(longDate('2027-10-01', 'sv')).toBe('1 oktober 2027');
  });

  it.each([
    ['column.actionPlan.action', 'Action à mener'],
    ['column.members.authorityToCommit', 'Autorité nécessaire pour être impliqués'],
    ['agenda.communication', 'Communication ; événement ; réseautage'],
    ['dashboard.section.alliance', "Qui fait partie de l'Alliance"],
    ['column.members.authorityFrom', 'Dans la négative, qui doit les en investir ?'],
    [
      'guide.task.media',
      "Prenez des photographies lors de la première réunion, publiez des mises à jour régulières dans les médias concernant la formation de l'Alliance et ses projets à venir sur la médiation communautaire",
    ],
    [
      'guide.task.profilePage',
      'Créez un bref profil de votre Alliance Régionale concernant son développement ; affichez-le sur votre site web pour partager les pratiques échangées',
    ],
    [
      'guide.task.politicians',
      "Les succès de l'Alliance doivent être régulièrement présentés aux responsables politiques",
    ],
    [
      'guide.task.subCommittee',
      "Avoir un groupe / comité à part et focalisé sur la viabilité afin que les autres puissent se concentrer sur les résultats souhaités par l'Alliance",
    ],
    [
      'briefing.commitment',
      "Engagement proposé - participer à 4 - 5 réunions sur une période de 18 mois et contribution active au développement de Plans d'Actions Régionaux.",
    ],
    [
      'minutes.default.previousMinutes',
      "Toutes les personnes présentes ont approuvé le compte-rendu et aucune modification n'a été apportée",
    ],
    [
      'minutes.default.welcome',
      "L'organisme d'accueil a souhaité la bienvenue à tous les participants à la réunion et a présenté ceux qui sont nouveaux dans le groupe",
    ],
  ] as [MessageKey, string][])('says %s in the guide’s own French', (key, words) => {
    expect(t('fr', key)).toBe(words);
  });

  it('writes the Alliance with its capital in French, as the guide does', () => {
    const lower = messages('fr').filter(
      ([key, message]) => /l'alliance/.test(message) && key !== 'charter.respect',
    );
    expect(lower).toEqual([]);
  });
});

// The privacy notice and the Marketplace listings stay true to the manifest, the menus and the listing form's limits.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, t } from '../../src/domain/i18n';

const root = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const scopesIn = (text: string) => new Set(text.match(/https:\/\/www\.googleapis\.com\/auth\/[\w.]+/g) ?? []);

/** The text under each "## Heading" of a listing file. */
function sections(text: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const part of text.split(/^## /m).slice(1)) {
    const [heading, ...body] = part.split('\n');
    found[heading.trim()] = body.join('\n').trim();
  }
  return found;
}

describe('docs/privacy.md', () => {
  const privacy = read('docs/privacy.md');

  it('explains exactly the scopes the manifest asks for', () => {
    const manifest = JSON.parse(read('appsscript.json')) as { oauthScopes: string[] };
    expect(scopesIn(privacy)).toEqual(new Set(manifest.oauthScopes));
  });

  it('says what the add-on reads and writes, what leaves the account, and how to export and erase', () => {
    const headings = Object.keys(sections(privacy));
    expect(headings).toEqual(
      expect.arrayContaining([
        'What the add-on reads',
        'What the add-on writes',
        'What leaves your Google account',
        'Permissions (OAuth scopes) and why',
        'How to see, export and erase the data',
      ]),
    );
  });

  it('is linked from the README, with the listings', () => {
    const readme = read('README.md');
    expect(readme).toContain('(docs/privacy.md)');
    for (const language of LANGUAGES) expect(readme).toContain(`(docs/listing/${language}.md)`);
  });
});

/*
 * The Marketplace SDK's store listing form: an app name of at most 50 characters, a short description of at most
 * 200 and a detailed description of at most 16,000 (https://developers.google.com/workspace/marketplace/create-listing).
 */
describe.each(LANGUAGES)('docs/listing/%s.md', (language) => {
  const listing = sections(read(`docs/listing/${language}.md`));

  it('fits the listing form', () => {
    expect(listing['App name'].length).toBeGreaterThan(0);
    expect(listing['App name'].length).toBeLessThanOrEqual(50);
    expect(listing['Short description'].length).toBeLessThanOrEqual(200);
    expect(listing['Detailed description'].length).toBeLessThanOrEqual(16000);
    expect(listing['Privacy policy']).toContain('privacy.md');
  });

  it('names the menu items as the add-on shows them in that language', () => {
    for (const key of [
      'menu.setUpWorkbook',
      'menu.newMeeting',
      'menu.generateMinutes',
      'menu.personalData',
    ] as const) {
      expect(listing['Detailed description']).toContain(t(language, key));
    }
  });
});

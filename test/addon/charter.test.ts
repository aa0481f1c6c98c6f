// Make charter and Briefing document: Docs from the Guide's examples, filled with what the workbook knows.
import { createSpreadsheetApp } from '../../emulator/spreadsheet';
import type { MadeDocument } from '../../src/domain/api';
import { LANGUAGES, t } from '../../src/domain/i18n';
import {
  SETTINGS_METADATA_KEY,
  settingsFromJson,
  settingsToJson,
  type WorkbookSettings,
} from '../../src/domain/settings';
import { type LoadedAddon, openSpreadsheet } from '../support/addon';
import { documentAt, headerIsBold, links, namedBlock } from '../support/docs';
import { appendRows, expectMenuSidebar, setUpAlliance } from '../support/workbook';

const XSS = '<img src=x onerror=alert(1)>';

/** What a person gives as the workbook's settings, kept in the workbook's metadata (not counted). */
function setSettings(addon: LoadedAddon, settings: Partial<WorkbookSettings>): void {
  addon.ws.calls.uncounted(() => {
    const book = createSpreadsheetApp(addon.ws).openById(addon.ws.active?.fileId as string);
    const [record] = book.createDeveloperMetadataFinder().withKey(SETTINGS_METADATA_KEY).find();
    record.setValue(settingsToJson(settingsFromJson(record.getValue()), settings));
  });
}

describe('Make charter (https://developers.google.com/apps-script/reference/document/body#appendTable(String))', () => {
  it.each(LANGUAGES)('is in the Sheets menu in %s and opens its sidebar', (language) => {
    expectMenuSidebar(language, 'menu.makeCharter', 'openCharter', 'charter.title');
  });

  it('carries the alliance’s vision and a row per member to sign, and says where signatures are recorded', () => {
    const addon = setUpAlliance('fr');
    setSettings(addon, {
      allianceName: 'Alliance Gironde',
      vision: 'Une inclusion active des migrants et réfugiés dans la région',
    });
    appendRows(addon, 'members', [
      {
        name: 'Amina Diallo',
        organisation: 'Maison des Associations',
        email: 'amina@example.org',
        preferredChannel: 'WhatsApp',
        individualMember: 'Non',
        charterSignedOn: new Date('2027-01-20T00:00:00Z'),
      },
      { name: XSS, organisation: '', individualMember: 'Oui' },
    ]);
    const made = addon.run<MadeDocument>('makeCharter');
    expect(made.message).toBe(
      'La charte est prête. Partagez-la pour signature, puis inscrivez chaque date de signature dans Membres.',
    );
    expect(made.document.name).toBe('Charte – Alliance Gironde');
    const charter = documentAt(addon, made.document.url);
    const text = charter.plainText();
    expect(text).toContain(
      "En tant que membre de Alliance Gironde, je m'engage à assister aux réunions, à diffuser des informations et à soutenir les objectifs de l'Alliance.",
    );
    expect(text).toContain(
      "Je suis conscient que l'Alliance s'engage à :\nUne inclusion active des migrants et réfugiés dans la région",
    );
    expect(text).toContain('dans la colonne « Charte signée le » de la feuille Membres');
    expect(charter.tables()).toEqual([
      [
        [
          'Nom',
          'Date',
          'Organisation',
          'Membre individuel',
          'Adresse électronique / forme de communication préférée',
        ],
        ['Amina Diallo', '20 janvier 2027', 'Maison des Associations', '', 'amina@example.org / WhatsApp'],
        [XSS, '', '', 'Oui', ''],
      ],
    ]);
    expect(headerIsBold(charter)).toBe(true);
    const spreadsheetId = addon.ws.active?.fileId as string;
    expect(links(charter)).toEqual([
      { text: 'Alliance Gironde', url: `https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit` },
    ]);
    expect(namedBlock(charter, `allianceKit.workbook.${spreadsheetId}`)?.type).toBe('PARAGRAPH');
  });

  it('keeps the Guide’s placeholder for the vision until one is set, and names the Doc after the workbook', () => {
    const addon = setUpAlliance('en', 'North Alliance');
    const made = addon.run<MadeDocument>('makeCharter');
    expect(made.document.name).toBe('Charter – North Alliance');
    expect(documentAt(addon, made.document.url).plainText()).toContain(
      '(Insert the vision and aims of the Alliance)',
    );
  });

  it('tells the user to set up the workbook first, in their language, and makes no Doc', () => {
    const addon = openSpreadsheet({ locale: 'nl' });
    expect(() => addon.run('makeCharter')).toThrow(t('nl', 'workbook.error.notSetUp'));
    expect(addon.ws.documents.size).toBe(0);
  });
});

describe('Briefing document', () => {
  it.each(LANGUAGES)('is in the Sheets menu in %s and opens its sidebar', (language) => {
    expectMenuSidebar(language, 'menu.briefingDocument', 'openBriefingDocument', 'briefing.title');
  });

  it('asks ÉTAPE 1’s questions as headings with room to answer, and states the commitment', () => {
    const addon = setUpAlliance('fr');
    const made = addon.run<MadeDocument>('makeBriefingDocument');
    expect(made.document.name).toBe('Document de briefing – Alliance Gironde');
    const text = documentAt(addon, made.document.url).plainText();
    expect(text).toContain(
      'Pourquoi pensez-vous que la médiation communautaire peut répondre avec succès à ces défis ?\n(Votre réponse)',
    );
    expect(text.match(/\(Votre réponse\)/g)).toHaveLength(5);
    expect(text).toContain('Raison 1 : \nRaison 2 : \nRaison 3 : \nRaison 4 : \nRaison 5 : ');
    expect(text).toContain('participer à 4 - 5 réunions sur une période de 18 mois');
  });
});

// Set up alliance workbook, run from build/Code.js over the emulator: the sheets, the second run, a person's edits.
import { holdLock } from '../../emulator/services/lock';
import { createSpreadsheetApp } from '../../emulator/spreadsheet';
import { ProtectionType } from '../../emulator/spreadsheet/enums';
import { LANGUAGES, type Language, t } from '../../src/domain/i18n';
import { columnHeader, columnsOf, SHEET_KEYS, sheetTitle, type TableKey } from '../../src/domain/schema';
import { type LoadedAddon, openSpreadsheet } from '../support/addon';
import { SETUP_CALL_BUDGET } from '../support/budgets';
import { setUpAgainCalls } from '../support/workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The spreadsheet as a person sees it: reading it is not one of the add-on's calls. */
function look<T>(addon: LoadedAddon, read: (spreadsheet: Spreadsheet) => T): T {
  return addon.ws.calls.uncounted(() => {
    const fileId = addon.ws.active?.fileId as string;
    return read(createSpreadsheetApp(addon.ws).openById(fileId));
  });
}

const sheetNames = (addon: LoadedAddon) =>
  look(addon, (book) => book.getSheets().map((sheet) => sheet.getName()));

function headerRow(addon: LoadedAddon, name: string): string[] {
  return look(addon, (book) => {
    const sheet = book.getSheetByName(name) as GoogleAppsScript.Spreadsheet.Sheet;
    return sheet.getRange(1, 1, 1, sheet.getLastColumn()).getDisplayValues()[0];
  });
}

function valuesOf(addon: LoadedAddon, name: string): unknown[][] {
  return look(addon, (book) =>
    (book.getSheetByName(name) as GoogleAppsScript.Spreadsheet.Sheet).getDataRange().getValues(),
  );
}

const lastAlert = (addon: LoadedAddon) => addon.ws.ui.alerts[addon.ws.ui.alerts.length - 1];
const headersOf = (language: Language, table: TableKey) =>
  columnsOf(table).map((column) => columnHeader(language, table, column.key));
const tables = SHEET_KEYS.filter((key) => key !== 'swot' && key !== 'dashboard') as TableKey[];
const LOCALES: Record<Language, string> = { en: 'en_GB', fr: 'fr_FR', nl: 'nl_NL', sv: 'sv_SE' };

function setUp(locale: string): LoadedAddon {
  const addon = openSpreadsheet({ locale });
  addon.run('setUpWorkbook');
  return addon;
}

describe('the Sheets menu (https://developers.google.com/apps-script/reference/base/ui#createAddonMenu())', () => {
  it.each(LANGUAGES)('offers Set up alliance workbook in %s', (language) => {
    const addon = openSpreadsheet({ locale: LOCALES[language] });
    addon.run('onOpen');
    const menu = addon.ws.ui.menus.find((entry) => entry.addon);
    expect(menu?.items).toContainEqual({ label: t(language, 'menu.setUpWorkbook'), fn: 'setUpWorkbook' });
  });

  it('says "Set up alliance workbook" in English', () => {
    const addon = openSpreadsheet({ locale: 'en_US' });
    addon.run('onOpen');
    expect(addon.ws.ui.menus[0].items).toContainEqual({
      label: 'Set up alliance workbook',
      fn: 'setUpWorkbook',
    });
  });
});

describe('Set up alliance workbook', () => {
  it.each(LANGUAGES)('makes the nine sheets with their columns in %s', (language) => {
    const addon = setUp(LOCALES[language]);
    expect(sheetNames(addon)).toEqual(SHEET_KEYS.map((key) => sheetTitle(language, key)));
    for (const table of tables) {
      expect(headerRow(addon, sheetTitle(language, table)).slice(0, columnsOf(table).length)).toEqual(
        headersOf(language, table),
      );
    }
    expect(lastAlert(addon).message).toContain(
      t(language, 'setup.createdSheet', { sheet: sheetTitle(language, 'members') }),
    );
  });

  it('words the French action plan and communication plan as the Guide does', () => {
    const addon = setUp('fr');
    expect(headerRow(addon, "Plan d'action").slice(0, 7)).toEqual([
      'Numéro',
      'Action à mener',
      'Problème local à résoudre',
      "Description de l'action",
      'Budget estimé',
      'Ressources/Financements possibles',
      'Autorité/Partenaire responsable',
    ]);
    expect(headerRow(addon, 'Plan de communication').slice(0, 5)).toEqual([
      'Partie prenante / Groupe de parties prenantes',
      'Objectifs (actions souhaitées)',
      'Contenu du message',
      'Livraison (Méthodes / Lieu)',
      'Quand (fréquence)',
    ]);
  });

  it('freezes and protects the header rows with a warning only', () => {
    const addon = setUp('en');
    look(addon, (book) => {
      for (const table of tables) {
        const sheet = book.getSheetByName(sheetTitle('en', table)) as GoogleAppsScript.Spreadsheet.Sheet;
        expect(sheet.getFrozenRows()).toBe(1);
        const protections = sheet.getProtections(
          ProtectionType.RANGE as unknown as GoogleAppsScript.Spreadsheet.ProtectionType,
        );
        const header = protections.map((p) => [
          p.getRange().getRow(),
          p.getRange().getNumRows(),
          p.isWarningOnly(),
        ]);
        expect(header).toEqual([[1, 1, true]]);
      }
    });
  });

  it('offers the status list and colours overdue, due-soon and done actions', () => {
    const addon = setUp('fr');
    look(addon, (book) => {
      const sheet = book.getSheetByName("Plan d'action") as GoogleAppsScript.Spreadsheet.Sheet;
      const rule = sheet.getRange('O2').getDataValidation();
      expect(rule?.getCriteriaValues()[0]).toEqual(['Pas commencée', 'En cours', 'Terminée', 'Bloquée']);
      const colours = sheet
        .getConditionalFormatRules()
        .map((r) => [
          r.getBooleanCondition()?.getCriteriaValues()[0],
          r.getBooleanCondition()?.getBackground(),
        ]);
      expect(colours).toEqual([
        ['=$O2="Terminée"', '#d9ead3'],
        ['=AND(ISNUMBER($J2),$J2<TODAY(),$O2<>"Terminée")', '#f4cccc'],
        ['=AND(ISNUMBER($J2),$J2>=TODAY(),$J2<=TODAY()+14,$O2<>"Terminée")', '#fce5cd'],
      ]);
    });
  });

  it('draws the SWOT as a 2×2 grid and the Guide as the six steps with progress', () => {
    const addon = setUp('fr');
    const swot = valuesOf(addon, 'Analyse SWOT');
    expect(swot[0]).toEqual(['Faits internes', 'FORCES', 'FAIBLESSES']);
    expect(swot[3]).toEqual(['Faits externes', 'OPPORTUNITÉS', 'MENACES']);
    expect(String(swot[1][1])).toContain('Quels sont les avantages de votre communauté ?');
    const guide = valuesOf(addon, 'Guide');
    expect(guide[1].slice(0, 5)).toEqual([
      "ÉTAPE 1 – Portée de l'Alliance",
      'Définir la région géographique : où se situent les limites géographiques de votre Alliance ?',
      'À faire',
      '',
      'region',
    ]);
    expect(new Set(guide.slice(1).map((row) => row[0])).size).toBe(6);
    expect(guide.some((row) => row.includes('Membres'))).toBe(true);
    expect(guide[0][6]).toBe('Progression');
  });

  it('run again changes nothing and says so', () => {
    const addon = setUp('nl');
    const before = JSON.stringify(addon.ws.spreadsheets.get(addon.ws.active?.fileId as string)?.toJSON());
    addon.run('setUpWorkbook');
    expect(JSON.stringify(addon.ws.spreadsheets.get(addon.ws.active?.fileId as string)?.toJSON())).toBe(
      before,
    );
    expect(lastAlert(addon).message).toBe(t('nl', 'setup.nothingToDo'));
  });

  it("keeps the workbook's language when someone with another locale runs it again", () => {
    const addon = setUp('sv');
    addon.ws.locale = 'fr';
    addon.run('setUpWorkbook');
    expect(sheetNames(addon)).toEqual(SHEET_KEYS.map((key) => sheetTitle('sv', key)));
    expect(lastAlert(addon).message).toBe(t('fr', 'setup.nothingToDo'));
  });

  it('falls back to English for a locale that is not one of the four', () => {
    const addon = setUp('de_DE');
    expect(sheetNames(addon)).toEqual(SHEET_KEYS.map((key) => sheetTitle('en', key)));
    expect(lastAlert(addon).title).toBe('Alliance workbook');
  });
});

describe("Set up alliance workbook after a person's edits", () => {
  it('loses and doubles nothing after a typed row, a moved column, a renamed header and an inserted column', () => {
    const addon = setUp('en');
    look(addon, (book) => {
      const sheet = book.getSheetByName('Action plan') as GoogleAppsScript.Spreadsheet.Sheet;
      sheet
        .getRange(2, 1, 1, 17)
        .setValues([
          [
            1,
            '=IMPORTXML("x")',
            '',
            '',
            500,
            '',
            '',
            'Amina',
            new Date('2027-01-04'),
            new Date('2027-02-01'),
            '',
            '',
            '',
            '',
            'Done',
            '',
            'a-1',
          ],
        ]);
      sheet.moveColumns(sheet.getRange('J1'), 1); // "due" becomes column A
      sheet.getRange('B1').setValue('Nr (ours)'); // renames "No."
      sheet.insertColumnBefore(3); // a column of the person's own, with a note in it
      sheet.getRange('C1:C2').setValues([['Notes'], ['call Lars']]);
    });
    const before = valuesOf(addon, 'Action plan');
    addon.run('setUpWorkbook');
    expect(valuesOf(addon, 'Action plan')).toEqual(before);
    expect(sheetNames(addon)).toHaveLength(9);
    expect(lastAlert(addon).message).toBe(t('en', 'setup.nothingToDo'));
  });

  it('adopts an existing "Members" sheet whose headers it knows, keeps its content and adds the columns after it', () => {
    const addon = openSpreadsheet({ locale: 'en' });
    look(addon, (book) => {
      const sheet = book.getSheets()[0];
      sheet.setName('Members');
      sheet.getRange('A1:C3').setValues([
        ['Team', 'Notes', 'Name'],
        ['Communications', 'meets on Mondays', 'Amina Diallo'],
        ['=1+1', 'kept', 'Lars Berg'],
      ]);
    });
    addon.run('setUpWorkbook');
    const members = valuesOf(addon, 'Members');
    expect(members.slice(0, 3).map((row) => row.slice(0, 3))).toEqual([
      ['Team', 'Notes', 'Name'],
      ['Communications', 'meets on Mondays', 'Amina Diallo'],
      [2, 'kept', 'Lars Berg'],
    ]);
    expect(look(addon, (book) => book.getSheetByName('Members')?.getRange('A3').getFormula())).toBe('=1+1');
    expect(lastAlert(addon).message).toContain(
      'The sheet “Members” already had other content: it is kept as it was, and the alliance’s columns were added after it, from column D.',
    );
    expect(sheetNames(addon)).toHaveLength(9);
  });

  it.each([
    ['en', 'Members'],
    ['en', 'Membres'],
    ['fr', 'Dashboard'],
    ['nl', 'SWOT'],
  ])('in a %s workbook, never writes a sheet of a person titled "%s" but makes its own', (locale, title) => {
    const addon = openSpreadsheet({ locale });
    const mine = [
      ['Team', 'Notes'],
      ['Communications', 'meets on Mondays'],
    ];
    look(addon, (book) => {
      const sheet = book.getSheets()[0];
      sheet.setName(title);
      sheet.getRange('A1:B2').setValues(mine);
    });
    addon.run('setUpWorkbook');
    const alerts = addon.ws.ui.alerts.length;
    addon.run('refreshDashboard');
    expect(addon.ws.ui.alerts).toHaveLength(alerts);
    expect(valuesOf(addon, title)).toEqual(mine);
    expect(sheetNames(addon)).toHaveLength(10);
  });

  it('shows an error as an alert in the user language, never as a stack trace', () => {
    const addon = openSpreadsheet({ locale: 'fr' });
    holdLock(addon.ws, 'document');
    addon.run('setUpWorkbook');
    expect(lastAlert(addon).message).toBe(t('fr', 'error.busy'));
  });
});

describe('the budget of set-up (https://developers.google.com/apps-script/guides/support/best-practices#use_batch_operations)', () => {
  it('stays the same with 5,000 stakeholder rows as with none, within the budget', () => {
    const empty = setUpAgainCalls(setUp('en'), 0);
    expect(setUpAgainCalls(setUp('en'), 5000)).toBe(empty);
    expect(empty).toBeLessThanOrEqual(SETUP_CALL_BUDGET.again);
  });

  it('keeps the first set-up within the budget, its Dashboard drawn with its three charts', () => {
    const addon = openSpreadsheet({ locale: 'en' });
    addon.run('setUpWorkbook');
    expect(addon.ws.calls.total).toBeLessThanOrEqual(SETUP_CALL_BUDGET.firstRun);
    const dashboard = look(addon, (book) => {
      const sheet = book.getSheetByName('Dashboard') as GoogleAppsScript.Spreadsheet.Sheet;
      const title = sheet.getRange('A1');
      return {
        title: [title.getDisplayValue(), title.getFontWeight()],
        members: sheet
          .getDataRange()
          .getDisplayValues()
          .find((row) => row[0] === 'Members')
          ?.slice(0, 2),
        charts: sheet.getCharts().map((chart) => chart.getRanges()[0].getA1Notation()),
      };
    });
    expect(dashboard).toEqual({
      title: ['Alliance dashboard – Alliance', 'bold'],
      members: ['Members', '0'],
      charts: ['N3:O8', 'N10:O17', 'N19:R28'],
    });
  });
});

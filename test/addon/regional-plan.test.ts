// Regional action plan (ÉTAPE 4, "Publiez et signez"): the Doc made from the workbook, and the Action plan's Priority.
import type { MadeDocument } from '../../src/domain/api';
import { LANGUAGES, t } from '../../src/domain/i18n';
import { columnHeader, listLabels } from '../../src/domain/schema';
import type { LoadedAddon } from '../support/addon';
import { WORKBOOK_DOCUMENT_CALL_BUDGET } from '../support/budgets';
import { documentAt } from '../support/docs';
import { PROFILE } from '../support/profile';
import { appendRows, expectMenuSidebar, readRows, setUpAlliance } from '../support/workbook';

function sheetNamed(addon: LoadedAddon, name: string): GoogleAppsScript.Spreadsheet.Sheet {
  const app = addon.ws.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const sheet = app.getActiveSpreadsheet().getSheetByName(name);
  if (!sheet) throw new Error(`No sheet ${name}`);
  return sheet;
}

/** A French alliance whose secretary filled in the profile, members, the sector profile, the SWOT and the actions. */
function filledAlliance(actions = 3): LoadedAddon {
  const addon = setUpAlliance('fr');
  addon.run('saveProfile', { ...PROFILE, renameDocuments: false });
  appendRows(addon, 'members', [
    { name: 'Amina Diallo', organisation: 'Maison des Associations' },
    { name: 'Lars Berg', organisation: 'Röda Korset' },
  ]);
  appendRows(addon, 'sectorProfile', [
    { existingSupport: 'Service d’interprétariat', gap: 'Rien dans les écoles' },
  ]);
  const priorities = ['Basse', 'Haute', ''];
  appendRows(
    addon,
    'actionPlan',
    Array.from({ length: actions }, (_, n) => ({
      action: n < 3 ? ['Site web', 'Former 20 médiateurs', 'Dépliant'][n] : `Action ${n}`,
      owner: 'Amina Diallo',
      budget: 1500,
      successMeasure: '20 médiateurs formés',
      priority: priorities[n % 3],
    })),
  );
  addon.ws.calls.uncounted(() => {
    const swot = sheetNamed(addon, 'Analyse SWOT');
    swot.getRange('B3:C3').setValues([['La confiance des communautés', 'Peu de temps']]);
    swot.getRange('B6').setValue('Un appel à projets régional');
  });
  return addon;
}

describe('Regional action plan', () => {
  it.each(LANGUAGES)('is in the Sheets menu in %s and opens its sidebar', (language) => {
    expectMenuSidebar(language, 'menu.regionalPlan', 'openRegionalPlan', 'regionalPlan.title');
  });

  it('names the alliance and its vision, shows the findings, the SWOT, the priority actions first and a signature table', () => {
    const addon = filledAlliance();
    const made = addon.run<MadeDocument>('makeRegionalPlan');
    expect(made).toMatchObject({
      message: t('fr', 'regionalPlan.ready'),
      document: { name: "Plan d'action régional – Alliance Gironde" },
      updated: false,
    });
    const plan = documentAt(addon, made.document.url);
    const text = plan.plainText();
    expect(text).toContain(
      "Plan d'Action de l'Alliance Régionale Alliance Gironde\nAlliance Gironde – Nouvelle-Aquitaine\nPlan de travail du 1er janvier 2027 au 30 juin 2028\nNotre vision\nInclusion active des migrants\nMédiation dans chaque quartier",
    );
    const [findings, internal, external, actions, signatures] = plan.tables();
    expect(findings[1]).toEqual(['Service d’interprétariat', '', '', '', 'Rien dans les écoles']);
    expect(internal[1]).toEqual(['La confiance des communautés', 'Peu de temps']);
    expect(external[1]).toEqual(['Un appel à projets régional', '']);
    expect(actions.slice(1).map((row) => row.slice(0, 4))).toEqual([
      ['Haute', 'Former 20 médiateurs', 'Amina Diallo', '1500'],
      ['Basse', 'Site web', 'Amina Diallo', '1500'],
      ['', 'Dépliant', 'Amina Diallo', '1500'],
    ]);
    expect(actions[1][6]).toBe('20 médiateurs formés');
    expect(signatures).toEqual([
      ['Nom', 'Organisation', 'Signature', 'Date'],
      ['Amina Diallo', 'Maison des Associations', '', ''],
      ['Lars Berg', 'Röda Korset', '', ''],
    ]);
  });

  it('made again updates the same Doc and says so, within its budget whatever the number of actions', () => {
    const counts = [10, 300].map((rows) => {
      const addon = filledAlliance(rows);
      const first = addon.run<MadeDocument>('makeRegionalPlan');
      addon.ws.calls.reset();
      const again = addon.run<MadeDocument>('makeRegionalPlan');
      expect(again).toMatchObject({ document: first.document, updated: true });
      expect(again.message).toBe(`${t('fr', 'document.updated')} ${t('fr', 'regionalPlan.ready')}`);
      expect(documentAt(addon, first.document.url).tables()[3]).toHaveLength(rows + 1);
      return addon.ws.calls.snapshot().total;
    });
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBeLessThanOrEqual(WORKBOOK_DOCUMENT_CALL_BUDGET);
  });
});

describe('the Action plan’s Priority column', () => {
  it.each(LANGUAGES)('has a dropdown of the guide’s priorities in %s', (language) => {
    const addon = setUpAlliance(language);
    const header = columnHeader(language, 'actionPlan', 'priority');
    const sheet = sheetNamed(addon, t(language, 'sheet.actionPlan'));
    const column = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].indexOf(header) + 1;
    expect(column).toBeGreaterThan(0);
    const rule = sheet.getRange(2, column).getDataValidation();
    expect(rule?.getCriteriaValues()[0]).toEqual(listLabels(language, 'priority'));
  });

  it('is added by a set-up run again to a workbook made before it, after the last column, touching nothing there', () => {
    const addon = setUpAlliance('en');
    appendRows(addon, 'actionPlan', [{ action: 'Train mediators', owner: 'Amina Diallo', budget: 1500 }]);
    const sheet = sheetNamed(addon, 'Action plan');
    addon.ws.calls.uncounted(() => {
      const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
      sheet.deleteColumn(header.indexOf('Priority') + 1);
    });
    const before = addon.ws.calls.uncounted(() => sheet.getDataRange().getValues());
    addon.run('setUpWorkbook');
    const after = addon.ws.calls.uncounted(() => sheet.getDataRange().getValues());
    expect(after.map((row) => row.slice(0, -1))).toEqual(before);
    expect(after[0].at(-1)).toBe('Priority');
    expect(readRows(addon, 'actionPlan', ['action', 'priority'])).toEqual([
      { values: { action: 'Train mediators', priority: '' }, formulas: { action: '', priority: '' } },
    ]);
  });
});

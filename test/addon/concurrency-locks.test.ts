// No lost update: every writer of the workbook takes its lock with the reads it depends on, action and meeting numbers stay unique from both sides.
import { holdLock } from '../../emulator/services/lock';
import { t } from '../../src/domain/i18n';
import type { LoadedAddon } from '../support/addon';
import { appendRows, setUpAlliance } from '../support/workbook';

/** What the files hold: the workbook's sheets and the Docs, as a person would find them. */
function files(addon: LoadedAddon): unknown {
  const { spreadsheets, documents } = addon.ws.toJSON() as unknown as Record<string, unknown>;
  return { spreadsheets, documents };
}

const lastAlert = (addon: LoadedAddon) => addon.ws.ui.alerts[addon.ws.ui.alerts.length - 1]?.message;

describe('a Sheets action while another execution holds the workbook’s document lock (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock())', () => {
  const addon = setUpAlliance('fr');
  appendRows(addon, 'members', [{ name: 'Amina Diallo', organisation: 'Maison des Associations' }]);
  appendRows(addon, 'stakeholders', [{ stakeholder: 'Mairie de Bordeaux', address: '1 place Pey-Berland' }]);
  appendRows(addon, 'actionPlan', [{ number: 1, action: 'Réserver la salle', owner: 'Amina Diallo' }]);
  const busy = t('fr', 'error.busy');

  it.each([
    ['Export stakeholders for My Maps', 'exportStakeholdersForMyMaps'],
    ['Refresh dashboard', 'refreshDashboard'],
  ])('%s refuses in the user’s language and writes nothing', (_, fn) => {
    holdLock(addon.ws, 'document');
    const before = files(addon);
    addon.run(fn);
    expect(lastAlert(addon)).toBe(busy);
    expect(files(addon)).toEqual(before);
  });

  it('Show actions of… refuses in the user’s language and writes nothing', () => {
    holdLock(addon.ws, 'document');
    const before = files(addon);
    expect(() => addon.run('showActionsOf', 'Amina Diallo')).toThrow(busy);
    expect(files(addon)).toEqual(before);
  });
});

// Where the workbook's settings live, and what set-up writes on a first run and on a run again.
import { createSpreadsheetApp } from '../../emulator/spreadsheet';
import { t } from '../../src/domain/i18n';
import { SETTINGS_METADATA_KEY } from '../../src/domain/settings';
import { type LoadedAddon, openSpreadsheet } from '../support/addon';

/** The workbook's spreadsheet-level metadata values by key, read without counting. */
function workbookRecords(addon: LoadedAddon): Record<string, string | null> {
  return addon.ws.calls.uncounted(() => {
    const book = createSpreadsheetApp(addon.ws).openById(addon.ws.active?.fileId as string);
    return Object.fromEntries(
      book.getDeveloperMetadata().map((record) => [record.getKey(), record.getValue()]),
    );
  });
}

describe('the workbook’s settings (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#addDeveloperMetadata(String,String))', () => {
  it('are kept in the workbook itself, with the language of the first set-up, and no document property', () => {
    const addon = openSpreadsheet({ locale: 'nl', name: 'Alliantie Gent' });
    addon.run('setUpWorkbook');
    const settings = JSON.parse(workbookRecords(addon)[SETTINGS_METADATA_KEY] as string);
    expect(settings).toMatchObject({ language: 'nl', allianceName: 'Alliantie Gent' });
    expect(addon.ws.properties.document[addon.ws.active?.fileId as string] ?? {}).toEqual({});
  });

  it('a set-up run again writes nothing, draws no dashboard and says so', () => {
    const addon = openSpreadsheet({ locale: 'en' });
    addon.run('setUpWorkbook');
    const records = workbookRecords(addon);
    addon.ws.calls.reset();
    addon.run('setUpWorkbook');
    const { byMethod } = addon.ws.calls.snapshot();
    const writes = Object.keys(byMethod).filter((method) =>
      /^(Range\.set|Sheet\.(clear|insert|set)|DeveloperMetadata\.set|.*addDeveloperMetadata)/.test(method),
    );
    expect(writes).toEqual([]);
    expect(workbookRecords(addon)).toEqual(records);
    expect(addon.ws.ui.alerts.at(-1)?.message).toBe(t('en', 'setup.nothingToDo'));
  });
});

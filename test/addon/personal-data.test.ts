// Personal data…: a member who attended two meetings and owns actions, found, exported and erased in every language.
import type {
  CreatedMeeting,
  MinutesForm,
  NewMeetingForm,
  PersonalDataExport,
  PersonalDataFound,
} from '../../src/domain/api';
import { LANGUAGES, type Language, t } from '../../src/domain/i18n';
import { menuFor } from '../../src/domain/menu';
import { builtSidebar, type LoadedAddon, loadAddon } from '../support/addon';
import { PERSONAL_DATA_CALL_BUDGET } from '../support/budgets';
import { documentAt } from '../support/docs';
import { meetingRequest } from '../support/meeting';
import { appendRows, readRows, setUpAlliance } from '../support/workbook';

const AMINA = { name: 'Amina Diallo', email: 'amina.diallo@example.org', phone: '+33 6 12 34 56 78' };
const TERMS = [AMINA.name, AMINA.email, AMINA.phone];

function open(addon: LoadedAddon, host: 'docs' | 'sheets', fileId: string): LoadedAddon {
  addon.ws.open({ host, fileId });
  return loadAddon(addon.ws);
}

const workbookId = (addon: LoadedAddon) => [...addon.ws.spreadsheets.keys()][0];

/** New meeting on that date, then, in the evening, the chair's minutes: who came, and one action for Amina. */
function meetingWithMinutes(addon: LoadedAddon, date: string, present: string[], action: string): void {
  const secretary = open(addon, 'sheets', workbookId(addon));
  const form = secretary.run<NewMeetingForm>('getNewMeetingForm');
  const created = secretary.run<CreatedMeeting>(
    'createMeeting',
    meetingRequest(form, { date, chair: AMINA.name }),
  );
  secretary.ws.setNow(Date.parse(`${date}T18:00:00Z`));
  const chair = open(secretary, 'docs', documentAt(secretary, created.agenda.url).id);
  const minutes = chair.run<MinutesForm>('getMinutesForm');
  const items = structuredClone(minutes.minutes.items);
  items[0].comment = `${AMINA.name} opened the meeting.`;
  items[0].actions.push({ actionId: '', action, owner: AMINA.name, due: '2027-06-01' });
  chair.run('saveMinutes', { present, items, basis: minutes.basis });
}

/** A set-up workbook where Amina is a member, a stakeholder's contact, attended two meetings and owns three actions. */
function alliance(language: Language): LoadedAddon {
  const addon = setUpAlliance(language);
  appendRows(addon, 'members', [
    { name: AMINA.name, organisation: 'Maison des Associations', email: AMINA.email, phone: AMINA.phone },
    { name: 'Lars Berg', organisation: 'Röda Korset', email: 'lars@example.org' },
    { name: 'Aminata Sow', organisation: 'Cités Unies', email: 'aminata@example.org' },
  ]);
  appendRows(addon, 'stakeholders', [
    { stakeholder: 'Centre social', contactPerson: AMINA.name, email: AMINA.email },
    { stakeholder: 'Mairie', contactPerson: 'Lars Berg' },
  ]);
  appendRows(addon, 'actionPlan', [{ number: 1, action: 'Map the associations', owner: AMINA.name }]);
  meetingWithMinutes(addon, '2027-03-15', [AMINA.name, 'Lars Berg'], 'Book the room');
  meetingWithMinutes(addon, '2027-04-15', [AMINA.name, 'Aminata Sow'], 'Write to the mayor');
  return open(addon, 'sheets', workbookId(addon));
}

/** Every sheet and Doc whose text holds any of the terms, read straight from the emulated workspace. */
function placesHolding(addon: LoadedAddon, terms: readonly string[]): string[] {
  const holds = (text: string) => terms.some((term) => text.includes(term));
  const book = [...addon.ws.spreadsheets.values()][0];
  const state = JSON.parse(JSON.stringify(book.toJSON())) as { sheets: { name: string }[] };
  const sheets = state.sheets.filter((sheet) => holds(JSON.stringify(sheet))).map((sheet) => sheet.name);
  const documents = [...addon.ws.documents.values()]
    .filter((model) => holds(model.plainText()))
    .map((model) => model.name);
  return [...sheets, ...documents].sort();
}

const placeNames = (found: PersonalDataFound) => found.places.map((place) => place.name).sort();

function stateWithoutCalls(addon: LoadedAddon): string {
  const { calls: _calls, ...rest } = addon.ws.toJSON() as unknown as Record<string, unknown>;
  return JSON.stringify(rest);
}

describe('Personal data… menu item', () => {
  it.each(LANGUAGES)('is in the Sheets menu in %s and opens its sidebar', (language) => {
    expect(menuFor('sheets', language).items).toContainEqual({
      label: t(language, 'menu.personalData'),
      fn: 'openPersonalData',
    });
    const addon = setUpAlliance(language);
    addon.run('openPersonalData');
    expect(addon.ws.ui.sidebar?.title).toBe(t(language, 'personalData.title'));
    expect(addon.ws.ui.sidebar?.html).toBe(builtSidebar('personalData', language));
  });
});

describe('a member who attended two meetings and owns actions', () => {
  it.each(LANGUAGES)('is found everywhere, exported, and erased in %s', (language) => {
    const secretary = alliance(language);
    const expected = placesHolding(secretary, TERMS);
    // The oracle itself: Members, Stakeholders, the Action plan, Meetings and both minutes Docs at least.
    expect(expected.length).toBeGreaterThanOrEqual(6);

    secretary.ws.calls.reset();
    const found = secretary.run<PersonalDataFound>('findPersonalData', AMINA.name);
    expect(secretary.ws.calls.total).toBeLessThanOrEqual(PERSONAL_DATA_CALL_BUDGET.find);
    expect(found.summary).toBe(t(language, 'personalData.found', { person: AMINA.name, count: found.total }));
    expect(placeNames(found)).toEqual(expected);
    // Aminata is not Amina: a name inside another is not a mention.
    expect(secretary.run<PersonalDataFound>('findPersonalData', 'Aminata Sow').places.length).toBeGreaterThan(
      0,
    );

    const exported = secretary.run<PersonalDataExport>('exportPersonalData', AMINA.email);
    const exportDoc = documentAt(secretary, exported.document.url);
    expect(exported.message).toBe(t(language, 'personalData.exported'));
    for (const place of expected) expect(exportDoc.plainText()).toContain(place);
    for (const term of TERMS) expect(exportDoc.plainText()).toContain(term);
    expect(secretary.ws.sharing.get(exportDoc.id)).toMatchObject({ editors: [], viewers: [] });

    // A minutes Doc the secretary cannot open: the erasure is refused, naming it, and nothing changes.
    const minutesDoc = [...secretary.ws.documents.values()].find(
      (model) =>
        model.id !== exportDoc.id && model.plainText().includes(AMINA.name) && model.tables().length > 1,
    );
    if (!minutesDoc) throw new Error('No minutes Doc mentions Amina');
    const sharing = secretary.ws.sharing.get(minutesDoc.id);
    secretary.ws.sharing.set(minutesDoc.id, { owner: 'someone@example.org', editors: [], viewers: [] });
    const before = stateWithoutCalls(secretary);
    expect(() => secretary.run('erasePersonalData', AMINA.name)).toThrow(minutesDoc.id);
    expect(stateWithoutCalls(secretary)).toBe(before);
    if (sharing) secretary.ws.sharing.set(minutesDoc.id, sharing);

    secretary.ws.calls.reset();
    const erased = secretary.run<string>('erasePersonalData', AMINA.name);
    expect(secretary.ws.calls.total).toBeLessThanOrEqual(PERSONAL_DATA_CALL_BUDGET.erase);
    expect(erased).toContain(AMINA.name);
    // The second search finds nothing, by name, email or phone, and neither does a look at every cell and Doc but
    // the export, which is the person's copy.
    for (const term of TERMS)
      expect(secretary.run<PersonalDataFound>('findPersonalData', term).total).toBe(0);
    expect(placesHolding(secretary, TERMS)).toEqual([exportDoc.name]);
    const marker = t(language, 'personalData.erased');
    expect(readRows(secretary, 'members', ['name', 'email', 'phone', 'organisation'])[0].values).toEqual({
      name: marker,
      email: '',
      phone: '',
      organisation: 'Maison des Associations',
    });
    expect(readRows(secretary, 'actionPlan', ['owner']).map((row) => row.values.owner)).toEqual([
      marker,
      marker,
      marker,
    ]);
    expect(readRows(secretary, 'members', ['name'])[2].values.name).toBe('Aminata Sow');

    const book = [...secretary.ws.spreadsheets.values()][0];
    const log = secretary.ws.calls.uncounted(() =>
      (secretary.ws.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
        .openById(book.id)
        .getDeveloperMetadata()
        .find((metadata) => metadata.getKey() === 'allianceKit.erasures')
        ?.getValue(),
    );
    const entries = JSON.parse(log ?? '[]');
    expect(entries).toEqual([
      {
        on: expect.any(String),
        by: secretary.ws.email,
        cells: expect.any(Number),
        documents: expect.any(Number),
      },
    ]);
    for (const term of TERMS) expect(log).not.toContain(term);
  });
});

describe('a name written inside a longer one', () => {
  it('is erased where it stands alone, and the longer name is left whole, in the sheets and the Docs', () => {
    const secretary = alliance('en');
    expect(secretary.run<string>('erasePersonalData', 'Amina')).toContain('Amina');
    expect(placesHolding(secretary, ['Amina Diallo', 'Amina '])).toEqual([]);
    const aminata = placesHolding(secretary, ['Aminata Sow']);
    expect(aminata).toContain('Minutes – 2027-04-15 – Maison des Associations');
    expect(aminata).toContain('Members');
    expect(placesHolding(secretary, ['[erased] Diallo'])).toContain(
      'Minutes – 2027-03-15 – Maison des Associations',
    );
  });
});

describe('a person who may only view the workbook', () => {
  it('is refused the erasure, told whom to ask, and nothing changes', () => {
    const addon = setUpAlliance('fr');
    appendRows(addon, 'members', [{ name: AMINA.name, email: AMINA.email }]);
    const book = workbookId(addon);
    addon.ws.sharing.set(book, { owner: 'lars@example.org', editors: [], viewers: [addon.ws.email] });
    const before = stateWithoutCalls(addon);
    expect(() => addon.run('erasePersonalData', AMINA.name)).toThrow(
      t('fr', 'personalData.error.viewer', { owner: 'lars@example.org' }),
    );
    expect(stateWithoutCalls(addon)).toBe(before);
  });
});

describe('the request, checked on the server', () => {
  it('refuses what is not a name, or too short, or too long, quoting none of it', () => {
    const addon = setUpAlliance('en');
    expect(() => addon.run('findPersonalData', { name: 'x' })).toThrow(
      t('en', 'personalData.error.badRequest'),
    );
    expect(() => addon.run('findPersonalData', ' A ')).toThrow(
      t('en', 'personalData.error.tooShort', { min: 3 }),
    );
    expect(() => addon.run('erasePersonalData', 'x'.repeat(1_000_000))).toThrow(
      t('en', 'personalData.error.tooLong', { max: 200 }),
    );
  });
});

// Alliance profile as the secretary uses it, and the documents made from a workbook with a profile, in four languages.

import type {
  CreatedMeeting,
  GeneratedMinutes,
  MadeDocument,
  MinutesForm,
  NewMeetingForm,
  ProfileForm,
} from '../../src/domain/api';
import { LANGUAGES, type Language, t } from '../../src/domain/i18n';
import { type LoadedAddon, loadAddon, openSpreadsheet } from '../support/addon';
import { PROFILE_CALL_BUDGET, WORKBOOK_DOCUMENT_CALL_BUDGET } from '../support/budgets';
import { documentAt } from '../support/docs';
import { meetingRequest } from '../support/meeting';
import { PROFILE } from '../support/profile';
import { appendRows, expectMenuSidebar, setUpAlliance } from '../support/workbook';

const VISION = 'Inclusion active des migrants Médiation dans chaque quartier';

/** The secretary fills in the profile form and saves it. */
function saveProfile(addon: LoadedAddon, changes = {}, renameDocuments = false): string {
  return addon.run<string>('saveProfile', { ...PROFILE, ...changes, renameDocuments });
}

/** The Dashboard sheet's text, line by line. */
function dashboardText(addon: LoadedAddon, language: Language): string {
  return addon.ws.calls.uncounted(() => {
    const app = addon.ws.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const sheet = app.getActiveSpreadsheet().getSheetByName(t(language, 'sheet.dashboard'));
    return (sheet?.getDataRange().getDisplayValues() ?? []).map((row) => row.join(' ').trim()).join('\n');
  });
}

/** Opens the agenda Doc as the chair does and generates minutes with everybody present. */
function minutesOf(addon: LoadedAddon, agendaUrl: string): GeneratedMinutes {
  addon.ws.setNow(Date.parse('2027-03-15T18:00:00Z'));
  addon.ws.open({ host: 'docs', fileId: documentAt(addon, agendaUrl).id });
  const chair = loadAddon(addon.ws);
  const form = chair.run<MinutesForm>('getMinutesForm');
  return chair.run<GeneratedMinutes>('saveMinutes', {
    present: form.members.map((member) => member.name),
    items: form.minutes.items,
    basis: form.basis,
  });
}

describe('Alliance profile', () => {
  it.each(LANGUAGES)('is in the Sheets menu in %s and opens its form', (language) => {
    const addon = expectMenuSidebar(language, 'menu.allianceProfile', 'openAllianceProfile', 'profile.title');
    const form = addon.run<ProfileForm>('getProfileForm');
    expect(form.labels.region).toBe(t(language, 'profile.region'));
    expect(form.profile).toMatchObject({ allianceName: 'Alliance Gironde', region: '', workPlanEnd: '' });
  });

  it('is the first set-up’s last step, and not a step of a set-up run again', () => {
    const addon = openSpreadsheet({ locale: 'sv', name: 'Alliansen Malmö' });
    addon.run('setUpWorkbook');
    expect(addon.ws.ui.sidebar?.title).toBe(t('sv', 'profile.title'));
    addon.ws.ui.sidebar = null;
    addon.run('setUpWorkbook');
    expect(addon.ws.ui.sidebar).toBeNull();
  });

  it('is saved in the workbook, names the dashboard and counts the days to the work plan’s end', () => {
    const addon = setUpAlliance('fr');
    expect(saveProfile(addon)).toBe("Le profil de l'Alliance est enregistré.");
    expect(addon.run<ProfileForm>('getProfileForm').profile).toEqual(PROFILE);
    const text = dashboardText(addon, 'fr');
    expect(text).toContain('Alliance Gironde');
    // The review is due 180 days before 30 June 2028: 2 January 2028.
    const days = Math.round(
      (Date.parse('2028-01-02') - Date.parse(new Date().toISOString().slice(0, 10))) / 864e5,
    );
    expect(text).toContain(
      `Analyse de viabilité avant le 2 janvier 2028 Dans ${days} jours : six mois avant la fin du plan de travail, le 30 juin 2028`,
    );
  });

  it.each(LANGUAGES)('refuses a profile with a mistake, in %s, and keeps the one saved', (language) => {
    const addon = setUpAlliance(language);
    saveProfile(addon);
    const refused = [
      [{ allianceName: ' ' }, t(language, 'profile.error.noName')],
      [{ workPlanEnd: '2026-12-31' }, t(language, 'profile.error.endBeforeStart')],
      [
        { workPlanStart: '12/31/2026' },
        t(language, 'profile.error.badDate', {
          value: '12/31/2026',
          field: t(language, 'profile.workPlanStart'),
        }),
      ],
      [
        { logoUrl: 'javascript:alert(1)' },
        t(language, 'profile.error.badLogo', { value: 'javascript:alert(1)' }),
      ],
    ] as const;
    for (const [changes, message] of refused) expect(() => saveProfile(addon, changes)).toThrow(message);
    expect(addon.run<ProfileForm>('getProfileForm').profile).toEqual(PROFILE);
  });

  it('renames the documents made before only when the user asks', () => {
    const addon = setUpAlliance('en');
    saveProfile(addon);
    const charter = addon.run<MadeDocument>('makeCharter');
    expect(addon.run<ProfileForm>('getProfileForm').documents).toEqual([charter.document]);
    saveProfile(addon, { allianceName: 'Alliance Bordeaux' });
    expect(documentAt(addon, charter.document.url).name).toBe('Charter – Alliance Gironde');
    expect(saveProfile(addon, { allianceName: 'Alliance Bordeaux Métropole' }, true)).toBe(
      'The alliance profile is saved. Documents renamed: 1.',
    );
    expect(documentAt(addon, charter.document.url).name).toBe('Charter – Alliance Bordeaux Métropole');
  });
});

describe('Documents made again are the same documents', () => {
  it.each([
    ['makeCharter', 'charter.ready'],
    ['makeBriefingDocument', 'briefing.ready'],
  ] as const)('%s updates the Doc it made before and says so; a new one only when asked', (fn, ready) => {
    const addon = setUpAlliance('nl');
    const first = addon.run<MadeDocument>(fn);
    expect(first).toMatchObject({ message: t('nl', ready), updated: false });
    saveProfile(addon, { region: 'Oost-Vlaanderen' });
    const again = addon.run<MadeDocument>(fn, { fresh: false });
    expect(again).toEqual({
      message: `${t('nl', 'document.updated')} ${t('nl', ready)}`,
      document: first.document,
      updated: true,
      makeNew: t('nl', 'document.makeNew'),
    });
    expect(addon.ws.documents.size).toBe(1);
    expect(documentAt(addon, first.document.url).plainText()).toContain('Alliance Gironde – Oost-Vlaanderen');
    const fresh = addon.run<MadeDocument>(fn, { fresh: true });
    expect(fresh.document.url).not.toBe(first.document.url);
    expect(addon.run<MadeDocument>(fn).document).toEqual(fresh.document);
    expect(addon.ws.documents.size).toBe(2);
  });

  it('makes a new Doc when the one made before was deleted', () => {
    const addon = setUpAlliance('en');
    const first = addon.run<MadeDocument>('makeCharter');
    addon.ws.documents.delete(documentAt(addon, first.document.url).id);
    const again = addon.run<MadeDocument>('makeCharter');
    expect(again.updated).toBe(false);
    expect(again.document.url).not.toBe(first.document.url);
  });
});

describe('the calls of the profile and of the workbook’s Docs', () => {
  it('stay within their budgets and do not grow with the rows', () => {
    const counts = [10, 300].map((rows) => {
      const addon = setUpAlliance('en');
      appendRows(
        addon,
        'members',
        Array.from({ length: rows }, (_, n) => ({ name: `Member ${n}`, organisation: `Org ${n}` })),
      );
      addon.run('makeCharter');
      const count = (fn: string, ...args: unknown[]) => {
        addon.ws.calls.reset();
        addon.run(fn, ...args);
        return addon.ws.calls.snapshot().total;
      };
      return {
        save: count('saveProfile', { ...PROFILE, renameDocuments: true }),
        form: count('getProfileForm'),
        charter: count('makeCharter'),
      };
    });
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[0].save).toBeLessThanOrEqual(PROFILE_CALL_BUDGET.save);
    expect(counts[0].form).toBeLessThanOrEqual(PROFILE_CALL_BUDGET.form);
    expect(counts[0].charter).toBeLessThanOrEqual(WORKBOOK_DOCUMENT_CALL_BUDGET);
  });
});

describe('a workbook with a profile', () => {
  it.each(LANGUAGES)(
    'makes a charter, an agenda, an invitation and minutes naming the alliance, in %s',
    (language) => {
      const addon = setUpAlliance(language);
      appendRows(addon, 'members', [{ name: 'Amina Diallo', organisation: 'Maison des Associations' }]);
      saveProfile(addon);
      const alliance = 'Alliance Gironde – Nouvelle-Aquitaine';
      const vision = `${t(language, 'profile.visionLabel')} ${VISION}`;
      const charter = documentAt(addon, addon.run<MadeDocument>('makeCharter').document.url).plainText();
      expect(charter).toContain(alliance);
      expect(charter).toContain('Inclusion active des migrants\nMédiation dans chaque quartier');
      const form = addon.run<NewMeetingForm>('getNewMeetingForm');
      const meeting = addon.run<CreatedMeeting>('createMeeting', meetingRequest(form));
      const invitation = documentAt(addon, meeting.invitation.url).plainText();
      for (const text of [documentAt(addon, meeting.agenda.url).plainText(), invitation]) {
        expect(text).toContain(alliance);
        expect(text).toContain(vision);
      }
      expect(invitation).toContain(PROFILE.secretaryContact);
      const minutes = documentAt(addon, minutesOf(addon, meeting.agenda.url).document.url).plainText();
      expect(minutes).toContain(`${alliance}\n${vision}`);
    },
  );
});

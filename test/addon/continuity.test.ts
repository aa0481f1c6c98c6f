// Meetings in a row: the next agenda carries the last minutes for approval, the minutes record the approval, the
// next date and new members; a cancelled meeting is skipped; dates out of time are refused or confirmed.
import type {
  CreatedMeeting,
  GeneratedMinutes,
  MinutesForm,
  MinutesRequest,
  NewMeetingForm,
} from '../../src/domain/api';
import { longDate } from '../../src/domain/dates';
import { LANGUAGES, type Language, t } from '../../src/domain/i18n';
import { listLabel } from '../../src/domain/schema';
import { type LoadedAddon, loadAddon } from '../support/addon';
import { documentAt, links } from '../support/docs';
import { appendRows, readRows, setUpAlliance, typeCell } from '../support/workbook';

/** An execution in that file, on that day (the emulated clock), as a person opening it then. */
function openOn(addon: LoadedAddon, host: 'docs' | 'sheets', fileId: string, when: string): LoadedAddon {
  addon.ws.setNow(Date.parse(when));
  addon.ws.open({ host, fileId });
  return loadAddon(addon.ws);
}

const workbookOf = (addon: LoadedAddon) => [...addon.ws.spreadsheets.keys()][0];

const MEETING_COLUMNS = ['number', 'date', 'status', 'nextMeeting', 'minutesLink'];

/** The Meetings rows, read with the workbook open (a test's read, not counted). */
function meetingRows(addon: LoadedAddon) {
  addon.ws.open({ host: 'sheets', fileId: workbookOf(addon) });
  return readRows(addon, 'meetings', MEETING_COLUMNS);
}

function newMeeting(secretary: LoadedAddon, date: string): CreatedMeeting {
  const form = secretary.run<NewMeetingForm>('getNewMeetingForm');
  return secretary.run<CreatedMeeting>('createMeeting', {
    date,
    time: '10:00',
    place: 'Bordeaux',
    host: 'Maison des Associations',
    chair: 'Amina Diallo',
    agenda: form.agenda,
  });
}

/** The chair, on the evening of the meeting, ticks who came and sends the form with the continuity fields given. */
function minutes(
  addon: LoadedAddon,
  meeting: CreatedMeeting,
  evening: string,
  present: string[],
  continuity: Partial<MinutesRequest> = {},
): { form: MinutesForm; generated: GeneratedMinutes; chair: LoadedAddon } {
  const chair = openOn(addon, 'docs', documentAt(addon, meeting.agenda.url).id, evening);
  const form = chair.run<MinutesForm>('getMinutesForm');
  const generated = chair.run<GeneratedMinutes>('saveMinutes', {
    present,
    items: form.minutes.items,
    basis: form.basis,
    ...continuity,
  });
  return { form, generated, chair };
}

function alliance(language: Language): LoadedAddon {
  const addon = setUpAlliance(language);
  appendRows(addon, 'members', [
    { name: 'Amina Diallo', organisation: 'Maison des Associations' },
    { name: 'Lars Berg', organisation: 'Röda Korset' },
  ]);
  return addon;
}

describe('two meetings in a row', () => {
  it.each(LANGUAGES)(
    'the second agenda carries the first minutes, whose approval shows on the first row, in %s',
    (language) => {
      const addon = alliance(language);
      addon.ws.setNow(Date.parse('2027-03-01T09:00:00Z'));
      const first = newMeeting(addon, '2027-03-15');
      const firstMinutes = minutes(addon, first, '2027-03-15T18:00:00Z', ['Amina Diallo'], {
        nextMeeting: '2027-06-10',
      });
      expect(firstMinutes.form.continuity.previous).toBeNull();
      const june = longDate('2027-06-10', language);
      expect(firstMinutes.generated.nextMeeting).toEqual({
        date: '2027-06-10',
        offer: t(language, 'continuity.createNext', { date: june }),
      });
      const firstText = documentAt(addon, firstMinutes.generated.document.url).plainText();
      expect(firstText).toContain(`${t(language, 'continuity.nextLabel')} ${june}`);

      // The chair adds the next meeting's row; the secretary's New meeting for that date fills it, not a second one.
      expect(firstMinutes.chair.run<string>('addNextMeeting', '2027-06-10')).toBe(
        t(language, 'continuity.nextCreated', { number: 2, date: june }),
      );
      const secretary = openOn(addon, 'sheets', workbookOf(addon), '2027-05-20T09:00:00Z');
      appendRows(secretary, 'members', [{ name: 'Marie Dupont', organisation: 'Croix-Rouge' }]);
      const second = newMeeting(secretary, '2027-06-10');
      expect(second.number).toBe(2);
      expect(meetingRows(addon)).toHaveLength(2);
      const agenda = documentAt(addon, second.agenda.url);
      const firstName = t(language, 'continuity.previousMinutes', {
        number: 1,
        date: longDate('2027-03-15', language),
      });
      expect(agenda.plainText()).toContain(`${t(language, 'continuity.forApproval')} ${firstName}`);
      expect(links(agenda)).toContainEqual({ text: firstName, url: firstMinutes.generated.document.url });

      // At the second meeting the chair approves the first minutes: the first row shows it; Marie is welcomed.
      const secondMinutes = minutes(addon, second, '2027-06-10T18:00:00Z', ['Amina Diallo', 'Marie Dupont'], {
        previousApproved: true,
      });
      expect(secondMinutes.form.continuity).toMatchObject({ previous: firstName, previousApproved: false });
      const rows = meetingRows(addon);
      expect(rows[0].values.status).toBe(listLabel(language, 'meetingStatus', 'minutesApproved'));
      expect(rows[1].values.status).toBe(listLabel(language, 'meetingStatus', 'held'));
      const text = documentAt(addon, secondMinutes.generated.document.url).plainText();
      expect(text).toContain(
        `${t(language, 'continuity.previousLabel', { minutes: firstName })} ${t(language, 'continuity.approved')}`,
      );
      expect(text).toContain(t(language, 'continuity.newMembers', { names: 'Marie Dupont' }));
      expect(text).not.toContain(t(language, 'continuity.newMembers', { names: 'Amina Diallo' }));
    },
  );

  it('skips a cancelled meeting: the next agenda carries the minutes of the last meeting held', () => {
    const addon = alliance('en');
    addon.ws.setNow(Date.parse('2027-03-01T09:00:00Z'));
    const first = newMeeting(addon, '2027-03-15');
    const held = minutes(addon, first, '2027-03-15T18:00:00Z', ['Amina Diallo']).generated;
    const secretary = openOn(addon, 'sheets', workbookOf(addon), '2027-03-20T09:00:00Z');
    newMeeting(secretary, '2027-04-15');
    typeCell(secretary, 'meetings', 1, 'status', 'Cancelled');
    typeCell(secretary, 'meetings', 1, 'minutesLink', 'https://docs.google.com/document/d/elsewhere/edit');
    const third = newMeeting(secretary, '2027-05-15');
    expect(links(documentAt(addon, third.agenda.url))).toContainEqual({
      text: 'Minutes of meeting 1 (15 March 2027)',
      url: held.document.url,
    });
  });
});

describe('meetings in time', () => {
  it.each(LANGUAGES)(
    'a meeting date more than a year back or ten years ahead is refused in %s',
    (language) => {
      const addon = alliance(language);
      addon.ws.setNow(Date.parse('2027-03-01T09:00:00Z'));
      expect(() => newMeeting(addon, '2026-02-28')).toThrow(
        t(language, 'continuity.error.tooEarly', { value: '2026-02-28' }),
      );
      expect(() => newMeeting(addon, '2037-03-02')).toThrow(
        t(language, 'continuity.error.tooLate', { value: '2037-03-02' }),
      );
      expect(meetingRows(addon)).toEqual([]);
      expect(newMeeting(addon, '2026-03-01').number).toBe(1);
    },
  );

  it.each(LANGUAGES)('minutes before the meeting’s date ask the chair to confirm, in %s', (language) => {
    const addon = alliance(language);
    addon.ws.setNow(Date.parse('2027-03-01T09:00:00Z'));
    const meeting = newMeeting(addon, '2027-03-15');
    const chair = openOn(addon, 'docs', documentAt(addon, meeting.agenda.url).id, '2027-03-10T09:00:00Z');
    const form = chair.run<MinutesForm>('getMinutesForm');
    expect(form.continuity.early).toBe(true);
    const date = longDate('2027-03-15', language);
    expect(form.continuity.labels.early).toBe(t(language, 'continuity.early', { date }));
    const request = { present: [], items: form.minutes.items, basis: null };
    expect(() => chair.run('saveMinutes', request)).toThrow(t(language, 'continuity.error.early', { date }));
    expect(addon.ws.documents.size).toBe(2);
    chair.run('saveMinutes', { ...request, confirmEarly: true });
    expect(addon.ws.documents.size).toBe(3);
  });
});

// Erase and the minutes Generate minutes keeps in each agenda Doc, out of reach of a script in Sheets: cleaned at first use.
import { editTable } from '../../emulator/document';
import type { GeneratedMinutes, MinutesForm } from '../../src/domain/api';
import { t } from '../../src/domain/i18n';
import type { LoadedAddon } from '../support/addon';
import { MINUTES_CALL_BUDGET } from '../support/budgets';
import { documentAt } from '../support/docs';
import { alliance, asChair, asSecretary, filledIn, newMeeting } from '../support/minutes';
import { appendRows, readRows, setUpAlliance } from '../support/workbook';

const AMINA = { name: 'Amina Diallo', email: 'amina.diallo@example.org', phone: '+33 6 12 34 56 78' };
const TERMS = [AMINA.name, AMINA.email, AMINA.phone];
const CONSENT = new Date('2027-01-05');
const MARKER = t('en', 'personalData.erased');

const holdsAny = (text: string) => TERMS.filter((term) => text.includes(term));

/** The agenda Doc's document properties as the emulator stores them: where the minutes' record lives. */
const agendaStore = (addon: LoadedAddon, agendaUrl: string) =>
  JSON.stringify(addon.ws.properties.document[documentAt(addon, agendaUrl).id] ?? {});

/**
 * A meeting whose minutes name Amina: she chaired, attended, owns an action and is named in a comment with her
 * address and phone; the minutes were emailed, so the record also keeps whom they were sent to. Then she is erased.
 */
function erasedAfterMinutes() {
  const secretary = setUpAlliance('en');
  appendRows(secretary, 'members', [
    { ...AMINA, organisation: 'Maison des Associations', consentRecordedOn: CONSENT },
    { name: 'Lars Berg', organisation: 'Röda Korset', email: 'lars@example.org', consentRecordedOn: CONSENT },
  ]);
  const meeting = newMeeting(secretary);
  const chair = asChair(secretary, meeting.agenda.url);
  const first = chair.run<MinutesForm>('getMinutesForm');
  const minutes = chair.run<GeneratedMinutes>('saveMinutes', {
    ...filledIn(first, [AMINA.name, 'Lars Berg'], (items) => {
      items[0].comment = `${AMINA.name} opened.\nWrite to ${AMINA.email} or ${AMINA.phone}.`;
      items[0].actions.push({ actionId: '', action: 'Book the room', owner: AMINA.name, due: '2027-04-01' });
      items[1].actions.push({
        actionId: '',
        action: 'Write to the mayor',
        owner: 'Lars Berg',
        due: '2027-04-02',
      });
    }),
    email: true,
  });
  const formBefore = JSON.stringify(
    asChair(secretary, meeting.agenda.url).run<MinutesForm>('getMinutesForm'),
  );
  const storeBefore = agendaStore(secretary, meeting.agenda.url);
  asSecretary(secretary).run('erasePersonalData', AMINA.name);
  return {
    secretary,
    meeting,
    minutes,
    form: JSON.parse(formBefore) as MinutesForm,
    formBefore,
    storeBefore,
  };
}

describe('a member erased after a meeting whose minutes name her', () => {
  const { secretary, meeting, minutes, formBefore, storeBefore } = erasedAfterMinutes();

  it('was in the form and the agenda Doc’s record before the erasure (the oracle)', () => {
    expect(holdsAny(formBefore)).toEqual(TERMS);
    expect(holdsAny(storeBefore)).toEqual(TERMS);
    // Erase cannot reach the agenda Doc's properties from Sheets: the record still holds her until minutes are opened.
    expect(agendaStore(secretary, meeting.agenda.url)).toBe(storeBefore);
  });

  it('is gone from the form and the record as soon as the chair opens Generate minutes', () => {
    const again = asChair(secretary, meeting.agenda.url);
    const form = again.run<MinutesForm>('getMinutesForm');
    expect(again.ws.calls.total).toBeLessThanOrEqual(MINUTES_CALL_BUDGET);
    // The minutes Doc's item table read at once (Table.getText), not cell by cell.
    expect(again.ws.calls.snapshot().byMethod['Table.getCell']).toBeUndefined();
    expect(holdsAny(JSON.stringify(form))).toEqual([]);
    expect(holdsAny(agendaStore(secretary, meeting.agenda.url))).toEqual([]);
    // What is not hers stays: the comment's other words, the actions from their rows, Lars's attendance.
    expect(form.minutes.present).toEqual(['Lars Berg']);
    expect(form.minutes.items[0].comment).toBe(`${MARKER} opened.\nWrite to ${MARKER} or ${MARKER}.`);
    expect(form.minutes.items[0].actions).toMatchObject([{ action: 'Book the room', owner: MARKER }]);
    expect(form.minutes.items[1].actions).toMatchObject([
      { action: 'Write to the mayor', owner: 'Lars Berg' },
    ]);
    expect(form.mailed).toBe(true);

    // Opened again, the cleaned record is read as it is: nothing written, the minutes Doc not opened.
    const cleaned = agendaStore(secretary, meeting.agenda.url);
    const third = asChair(secretary, meeting.agenda.url);
    third.run<MinutesForm>('getMinutesForm');
    const { byMethod } = third.ws.calls.snapshot();
    expect(byMethod['Properties.setProperties']).toBeUndefined();
    expect(byMethod['DocumentApp.openById']).toBeUndefined();
    expect(agendaStore(secretary, meeting.agenda.url)).toBe(cleaned);
  });

  it('is not written back by a regeneration, in the minutes Doc, the Action plan or Meetings', () => {
    const again = asChair(secretary, meeting.agenda.url);
    const form = again.run<MinutesForm>('getMinutesForm');
    // The chair gives her action to Lars: an owner must be a member, and the marker is none.
    const request = filledIn(form, form.minutes.present, (items) => {
      items[0].actions[0].owner = 'Lars Berg';
    });
    again.run<GeneratedMinutes>('saveMinutes', request);
    expect(holdsAny(documentAt(secretary, minutes.document.url).plainText())).toEqual([]);
    expect(holdsAny(agendaStore(secretary, meeting.agenda.url))).toEqual([]);
    const actions = readRows(asSecretary(secretary), 'actionPlan', ['action', 'owner']).map(
      (row) => row.values,
    );
    expect(actions).toEqual([
      { action: 'Book the room', owner: 'Lars Berg' },
      { action: 'Write to the mayor', owner: 'Lars Berg' },
    ]);
    const row = readRows(asSecretary(secretary), 'meetings', ['present', 'absent'])[0].values;
    expect(holdsAny(JSON.stringify(row))).toEqual([]);
    expect(row.present).toBe('Lars Berg');
  });
});

describe('a minutes Doc whose item table the chair edited by hand', () => {
  it('is read cell by cell when its lines no longer add up, and the record is cleaned all the same', () => {
    const { secretary, meeting, minutes, form } = erasedAfterMinutes();
    const document = documentAt(secretary, minutes.document.url);
    const table = document.tables().findIndex((rows) => rows[0][0] === t('en', 'agenda.item'));
    const row = document.tables()[table][2];
    editTable(document, { table, row: 2, cells: [row[0], row[1], `${row[2]}\nDone.\nLate.`] });
    const chair = asChair(secretary, meeting.agenda.url);
    const shown = chair.run<MinutesForm>('getMinutesForm');
    expect(chair.ws.calls.snapshot().byMethod['Table.getCell']).toBeGreaterThan(0);
    expect(holdsAny(agendaStore(secretary, meeting.agenda.url))).toEqual([]);
    expect(shown.minutes.items.map((item) => item.item)).toEqual(form.minutes.items.map((item) => item.item));
    expect(shown.minutes.items[0].comment).toBe(`${MARKER} opened.\nWrite to ${MARKER} or ${MARKER}.`);
  });
});

describe('minutes generated from a form loaded before the erasure', () => {
  it('are generated from the cleaned record: what the chair left as loaded takes its cleaned value', () => {
    const { secretary, meeting, minutes, form } = erasedAfterMinutes();
    // The chair's sidebar was open during the erasure; she is no member now, so her action needs another owner.
    const request = filledIn(form, form.minutes.present, (items) => {
      items[0].actions[0].owner = 'Lars Berg';
    });
    const chair = asChair(secretary, meeting.agenda.url);
    chair.run<GeneratedMinutes>('saveMinutes', request);
    expect(chair.ws.calls.total).toBeLessThanOrEqual(MINUTES_CALL_BUDGET);
    expect(holdsAny(documentAt(secretary, minutes.document.url).plainText())).toEqual([]);
    expect(holdsAny(agendaStore(secretary, meeting.agenda.url))).toEqual([]);
    const shown = asChair(secretary, meeting.agenda.url).run<MinutesForm>('getMinutesForm');
    expect(shown.minutes.present).toEqual(['Lars Berg']);
    expect(shown.minutes.items[0].comment).toBe(`${MARKER} opened.\nWrite to ${MARKER} or ${MARKER}.`);
  });
});

describe('a record written after the latest erasure', () => {
  it('is read as it is, with no write and no Doc opened, two calls more than with no erasure at all', () => {
    const secretary = alliance('en');
    const meeting = newMeeting(secretary);
    const chair = asChair(secretary, meeting.agenda.url);
    const form = chair.run<MinutesForm>('getMinutesForm');
    chair.run(
      'saveMinutes',
      filledIn(form, ['Lars Berg'], (items) => {
        items[0].comment = 'Lars opened.';
      }),
    );
    const load = () => {
      const opened = asChair(secretary, meeting.agenda.url);
      const shown = opened.run<MinutesForm>('getMinutesForm');
      return { shown, calls: opened.ws.calls.snapshot() };
    };
    const plain = load();

    // An erasure of someone else, then the minutes generated again: the record is stamped with that erasure.
    appendRows(asSecretary(secretary), 'stakeholders', [
      { stakeholder: 'Mairie', contactPerson: 'Sven Olsson' },
    ]);
    asSecretary(secretary).run('erasePersonalData', 'Sven Olsson');
    const regenerated = asChair(secretary, meeting.agenda.url);
    const loaded = regenerated.run<MinutesForm>('getMinutesForm');
    regenerated.run('saveMinutes', { ...loaded.minutes, basis: loaded.basis });
    const store = agendaStore(secretary, meeting.agenda.url);

    const after = load();
    expect(after.shown.minutes).toEqual(plain.shown.minutes);
    expect(agendaStore(secretary, meeting.agenda.url)).toBe(store);
    expect(after.calls.byMethod['Properties.setProperties']).toBeUndefined();
    expect(after.calls.byMethod['DocumentApp.openById']).toBeUndefined();
    // The erasure log, read with the sheets' ids: its key, among the spreadsheet's metadata, and its value.
    expect(after.calls.total).toBe(plain.calls.total + 2);
  });
});

// No lost update: every writer of the workbook takes its lock with the reads it depends on, action and meeting numbers stay unique from both sides.
import { holdLock } from '../../emulator/services/lock';
import type { AddActionRequest, MinutesForm, MinutesRequest, NewMeetingForm } from '../../src/domain/api';
import { t } from '../../src/domain/i18n';
import { type LoadedAddon, loadAddon } from '../support/addon';
import { documentAt } from '../support/docs';
import { meetingRequest } from '../support/meeting';
import { alliance, asChair, asSecretary, filledIn, newMeeting, workbookId } from '../support/minutes';
import { appendRows, readRows, setUpAlliance, typeCell } from '../support/workbook';

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

/** Runs `work` once, as another person or execution would, right before this execution's first call of `method`. */
function beforeCall(addon: LoadedAddon, method: string, work: () => void): void {
  const authorize = addon.ws.calls.authorize;
  addon.ws.calls.authorize = (service, called) => {
    if (called === method) {
      addon.ws.calls.authorize = authorize;
      work();
    }
    authorize?.(service, called);
  };
}

/**
 * Another execution, in the workbook or the agenda Doc, while this one waits inside a call: the file it has open is
 * back afterwards. Its locks are its own, as Google's are per execution.
 */
function elsewhere<T>(
  addon: LoadedAddon,
  host: 'sheets' | 'docs',
  fileId: string,
  work: (other: LoadedAddon) => T,
): T {
  const { active } = addon.ws;
  addon.ws.active = { host, fileId };
  try {
    return work(loadAddon(addon.ws));
  } finally {
    addon.ws.active = active;
  }
}

const actionRequest = (action: string): AddActionRequest => ({
  action,
  owner: 'Amina Diallo',
  start: '',
  due: '2027-04-01',
  budget: '',
  status: 'notStarted',
});

/** Generate minutes agreeing these actions, owned by Lars Berg, under the agenda's first item. */
function minutesWith(chair: LoadedAddon, actions: string[]): MinutesRequest {
  return filledIn(chair.run<MinutesForm>('getMinutesForm'), ['Amina Diallo'], (items) => {
    for (const action of actions)
      items[0].actions.push({ actionId: '', action, owner: 'Lars Berg', due: '2027-04-01' });
  });
}

describe('Generate minutes, from the agenda Doc, and what people do in the workbook meanwhile', () => {
  it.each([
    ['while the minutes Doc is written', 'Body.clear'],
    ['right before the action plan is written', 'Range.setValues'],
  ])('keeps a member’s edit made %s', (_, boundary) => {
    const secretary = alliance('en');
    const created = newMeeting(secretary);
    const book = workbookId(secretary);
    asChair(secretary, created.agenda.url).run(
      'saveMinutes',
      minutesWith(asChair(secretary, created.agenda.url), [
        'Book the room',
        'Write to the mayor',
        'Print flyers',
      ]),
    );
    const chair = asChair(secretary, created.agenda.url);
    const again = filledIn(chair.run<MinutesForm>('getMinutesForm'), ['Amina Diallo'], (items) => {
      items[0].actions[0].action = 'Book the big room';
      items[0].actions[2].action = 'Print 500 flyers';
    });
    beforeCall(chair, boundary, () =>
      elsewhere(chair, 'sheets', book, (member) => {
        typeCell(member, 'actionPlan', 1, 'action', 'Write to the mayor and the prefect');
        typeCell(member, 'actionPlan', 0, 'description', 'Marie called the venue');
      }),
    );
    chair.run('saveMinutes', again);

    const rows = readRows(asSecretary(secretary), 'actionPlan', ['action', 'description']);
    expect(rows.map((row) => row.values)).toEqual([
      { action: 'Book the big room', description: 'Marie called the venue' },
      { action: 'Write to the mayor and the prefect', description: '' },
      { action: 'Print 500 flyers', description: '' },
    ]);
  });

  it('gives an action added in Sheets while the minutes add theirs a number of its own', () => {
    const secretary = alliance('en');
    const created = newMeeting(secretary);
    const book = workbookId(secretary);
    const chair = asChair(secretary, created.agenda.url);
    const request = minutesWith(chair, ['Book the room', 'Write to the mayor']);
    beforeCall(chair, 'Sheet.appendRow', () =>
      elsewhere(chair, 'sheets', book, (member) => member.run('addAction', actionRequest('Rent chairs'))),
    );
    chair.run('saveMinutes', request);
    const numbers = readRows(asSecretary(secretary), 'actionPlan', ['number']).map(
      (row) => row.values.number,
    );
    expect(numbers).toHaveLength(3);
    expect(new Set(numbers).size).toBe(3);
  });

  it('asks to try again, having written nothing, while another execution numbers actions under the script lock (https://developers.google.com/apps-script/reference/lock/lock-service#getScriptLock())', () => {
    const secretary = alliance('fr');
    const created = newMeeting(secretary);
    const chair = asChair(secretary, created.agenda.url);
    const request = minutesWith(chair, ['Réserver la salle']);
    holdLock(secretary.ws, 'script');
    const before = files(secretary);
    expect(() => chair.run('saveMinutes', request)).toThrow(t('fr', 'error.busy'));
    expect(() => asSecretary(secretary).run('addAction', actionRequest('Louer des chaises'))).toThrow(
      t('fr', 'error.busy'),
    );
    expect(files(secretary)).toEqual(before);
  });

  it('gives the minutes’ actions numbers of their own while Add action appends its row', () => {
    const secretary = alliance('en');
    const created = newMeeting(secretary);
    const agendaId = documentAt(secretary, created.agenda.url).id;
    const request = minutesWith(asChair(secretary, created.agenda.url), [
      'Book the room',
      'Write to the mayor',
    ]);
    const member = asSecretary(secretary);
    beforeCall(member, 'Sheet.appendRow', () =>
      elsewhere(member, 'docs', agendaId, (chair) => chair.run('saveMinutes', request)),
    );
    member.run('addAction', actionRequest('Rent chairs'));
    const numbers = readRows(asSecretary(secretary), 'actionPlan', ['number']).map(
      (row) => row.values.number,
    );
    expect(numbers).toHaveLength(3);
    expect(new Set(numbers).size).toBe(3);
  });
});

describe('the next meeting’s row, offered by Generate minutes in the agenda Doc, while New meeting runs in Sheets', () => {
  it('gets a number of its own, and New meeting’s row keeps its own', () => {
    const secretary = alliance('en');
    const created = newMeeting(secretary);
    const agendaId = documentAt(secretary, created.agenda.url).id;
    const member = asSecretary(secretary);
    const form = member.run<NewMeetingForm>('getNewMeetingForm');
    beforeCall(member, 'DocumentApp.create', () =>
      elsewhere(member, 'docs', agendaId, (chair) => chair.run('addNextMeeting', '2027-04-12')),
    );
    member.run('createMeeting', meetingRequest(form, { date: '2027-05-10' }));
    const rows = readRows(asSecretary(secretary), 'meetings', ['number', 'date']);
    expect(rows.map((row) => row.values.number)).toHaveLength(3);
    expect(new Set(rows.map((row) => row.values.number)).size).toBe(3);
  });
});

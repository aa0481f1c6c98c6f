// The alliance as three people: New meeting shares, emails and schedules; minutes are shared and emailed once;
// reminders go weekly to owners of actions due; people without edit access are told whom to ask.
import { advanceClockRunning } from '../../emulator/addon-runtime';
import { share } from '../../emulator/people';
import type {
  CreatedMeeting,
  GeneratedMinutes,
  MinutesForm,
  MinutesRequest,
  NewMeetingForm,
  NewMeetingRequest,
  RemindersForm,
} from '../../src/domain/api';
import { buildDir, builtSidebar, type LoadedAddon, loadAddon, openSpreadsheet } from '../support/addon';
import { REMINDERS_CALL_BUDGET } from '../support/budgets';
import { documentAt } from '../support/docs';
import { meetingRequest } from '../support/meeting';
import { appendRows, readRows, typeCell } from '../support/workbook';

const LARS = 'lars@example.se';
const AMINA = 'amina@example.org';
const NOOR = 'noor@example.nl';
const PEOPLE = [
  { email: LARS, name: 'Lars Berg', locale: 'en' },
  { email: AMINA, name: 'Amina Diallo', locale: 'fr' },
  { email: NOOR, name: 'Noor Haddad', locale: 'nl' },
];
const DAY = 86_400_000;

/** Lars, the secretary, sets up the workbook on Monday 15 March 2027 and types the four members. */
/** Members records when each member consented to be emailed: no email leaves before. */
const consented = { consentRecordedOn: new Date('2027-01-05') };

/** Noor's consent date cleared in Members (Noor is the third member). */
function withoutNoorsConsent(addon: LoadedAddon): void {
  typeCell(addon, 'members', 2, 'consentRecordedOn', '');
}

function alliance(locale = 'en'): LoadedAddon {
  const addon = openSpreadsheet({
    people: PEOPLE.map((p) => ({ ...p, locale: p.email === LARS ? locale : p.locale })),
    name: 'Alliance Gironde',
  });
  addon.ws.setNow(Date.parse('2027-03-15T08:00:00Z'));
  addon.run('setUpWorkbook');
  const fr = locale === 'fr';
  appendRows(addon, 'members', [
    {
      ...consented,
      name: 'Amina Diallo',
      organisation: 'MDA',
      role: fr ? 'Présidence' : 'Chair',
      email: AMINA,
    },
    {
      ...consented,
      name: 'Lars Berg',
      organisation: 'Röda Korset',
      role: fr ? 'Secrétariat' : 'Secretary',
      email: LARS,
    },
    {
      ...consented,
      name: 'Noor Haddad',
      organisation: 'Buurtwerk',
      role: fr ? 'Membre' : 'Member',
      email: NOOR,
    },
    { name: 'Jan Peeters', organisation: 'Stad Gent', role: fr ? 'Membre' : 'Member' },
  ]);
  addon.ws.calls.reset();
  return addon;
}

function workbookId(addon: LoadedAddon): string {
  return [...addon.ws.spreadsheets.keys()][0];
}

/** A fresh execution by that person in that file, as when they open it in their browser. */
function as(addon: LoadedAddon, email: string, host: 'sheets' | 'docs', fileId: string): LoadedAddon {
  addon.ws.signIn(email);
  addon.ws.open({ host, fileId });
  return loadAddon(addon.ws);
}

function newMeeting(addon: LoadedAddon, changes: Partial<NewMeetingRequest> = {}): CreatedMeeting {
  const form = addon.run<NewMeetingForm>('getNewMeetingForm');
  return addon.run<CreatedMeeting>(
    'createMeeting',
    meetingRequest(form, {
      date: '2027-03-22',
      place: 'Maison des Associations, Bordeaux',
      host: 'MDA',
      email: true,
      calendar: true,
      ...changes,
    }),
  );
}

const sharingOf = (addon: LoadedAddon, url: string) => addon.ws.sharing.get(documentAt(addon, url).id);

describe('New meeting reaches the members', () => {
  it('neither emails nor invites by calendar a member whose consent is not recorded, names them, and still shares', () => {
    const addon = alliance();
    withoutNoorsConsent(addon);
    expect(addon.run<NewMeetingForm>('getNewMeetingForm').reachNote).toBe(
      'Cannot be invited (no email address in Members): Jan Peeters. Not invited (no consent recorded in Members): Noor Haddad.',
    );
    const created = newMeeting(addon);
    expect(addon.ws.mail.outbox.map((mail) => mail.to)).toEqual([`${AMINA},${LARS}`]);
    expect(addon.ws.calendar.events.map((event) => event.guests)).toEqual([[AMINA]]);
    expect(created.reached).toContain('Not invited (no consent recorded in Members): Noor Haddad.');
    expect(sharingOf(addon, created.invitation.url)?.viewers).toEqual([AMINA, NOOR]);
  });

  it('offers to email and add to the calendars, on, and names who cannot be invited', () => {
    const form = alliance().run<NewMeetingForm>('getNewMeetingForm');
    expect(form.canInvite).toBe(true);
    expect(form.labels).toMatchObject({
      emailInvitation: 'Email the invitation to the members',
      addToCalendar: 'Add to the calendars',
    });
    expect(form.reachNote).toBe('Cannot be invited (no email address in Members): Jan Peeters.');
  });

  it('shares the agenda (chair and secretary edit, members read) and the invitation, emails it and adds the event', () => {
    const addon = alliance();
    const created = newMeeting(addon);
    expect(sharingOf(addon, created.agenda.url)).toEqual({ owner: LARS, editors: [AMINA], viewers: [NOOR] });
    expect(sharingOf(addon, created.invitation.url)).toEqual({
      owner: LARS,
      editors: [],
      viewers: [AMINA, NOOR],
    });

    expect(addon.ws.mail.outbox).toHaveLength(1);
    const [mail] = addon.ws.mail.outbox;
    expect(mail).toMatchObject({
      from: LARS,
      fromName: 'Lars Berg',
      replyTo: LARS,
      to: `${AMINA},${LARS},${NOOR}`,
      subject: 'Invitation: Regional Alliance meeting on 22 March 2027',
    });
    expect(mail.body).toContain(
      'We cordially invite you to take part in our Regional Alliance meeting, to be held on 22 March 2027 at 10:00 at Maison des Associations, Bordeaux.',
    );
    expect(mail.body).toContain(created.agenda.url);
    expect(mail.body).toContain(created.invitation.url);

    expect(addon.ws.calendar.events).toEqual([
      expect.objectContaining({
        calendarOwner: LARS,
        title: 'Regional Alliance meeting – MDA',
        start: '2027-03-22T10:00:00.000Z',
        end: '2027-03-22T12:00:00.000Z',
        location: 'Maison des Associations, Bordeaux',
        guests: [AMINA, NOOR],
        sendInvites: true,
      }),
    ]);
    expect(addon.ws.calendar.events[0].description).toContain(created.agenda.url);
    expect(created.reached).toEqual([
      'The invitation was emailed to 3 members.',
      'The meeting is in your calendar; 2 members were invited by Google Calendar.',
      'Not invited (no email address in Members): Jan Peeters.',
    ]);
  });

  it('writes the email in the workbook’s language', () => {
    const addon = alliance('fr');
    newMeeting(addon);
    expect(addon.ws.mail.outbox[0].subject).toBe(
      "Invitation : réunion de l'Alliance Régionale le 22 mars 2027",
    );
    expect(addon.ws.calendar.events[0].title).toBe("Réunion de l'Alliance Régionale – MDA");
  });

  it('sends and schedules nothing when the choices are off, and says a meeting without a time is not in the calendars', () => {
    const addon = alliance();
    newMeeting(addon, { email: false, calendar: false });
    expect(addon.ws.mail.outbox).toEqual([]);
    expect(addon.ws.calendar.events).toEqual([]);
    const created = newMeeting(addon, { email: false, time: '' });
    expect(addon.ws.calendar.events).toEqual([]);
    expect(created.reached[0]).toBe('Not added to the calendars: the meeting has no time yet.');
  });

  it('creates nothing when the day’s email quota cannot carry the invitation', () => {
    const addon = alliance();
    addon.ws.mail.outbox.push(
      ...Array.from({ length: 98 }, () => ({
        from: LARS,
        fromName: 'Lars Berg',
        to: NOOR,
        cc: '',
        bcc: '',
        replyTo: '',
        subject: 's',
        body: 'b',
        htmlBody: null,
        at: addon.ws.now().toISOString(),
      })),
    );
    const documents = addon.ws.documents.size;
    const meetings = readRows(addon, 'meetings', ['number']).length;
    expect(() => newMeeting(addon)).toThrow(
      'Google lets your account send 2 more emails today, and this needs 3. Nothing was created or sent',
    );
    expect(addon.ws.documents.size).toBe(documents);
    expect(readRows(addon, 'meetings', ['number'])).toHaveLength(meetings);
    expect(addon.ws.calendar.events).toEqual([]);
  });
});

/** Lars makes the meeting; Amina, the chair, opens the agenda in her own browser. */
function meetingForChair(): { addon: LoadedAddon; created: CreatedMeeting } {
  const addon = alliance();
  const created = newMeeting(addon, { email: false, calendar: false });
  // The chair writes the minutes in the evening of the meeting (22 March 2027), not before it.
  addon.ws.setNow(Date.parse('2027-03-22T18:00:00Z'));
  return { addon, created };
}

function minutesRequest(form: MinutesForm, changes: Partial<MinutesRequest> = {}): MinutesRequest {
  const items = structuredClone(form.minutes.items);
  items[0].actions.push({ actionId: '', action: 'Book the room', owner: 'Noor Haddad', due: '2027-03-25' });
  items[0].actions.push({
    actionId: '',
    action: 'Call the town hall',
    owner: 'Jan Peeters',
    due: '2027-04-30',
  });
  return { present: ['Amina Diallo', 'Noor Haddad'], items, basis: form.basis, email: true, ...changes };
}

describe('People without access are told whom to ask', () => {
  it('tells a chair the workbook is not shared with, in her language, naming its owner', () => {
    const { addon, created } = meetingForChair();
    const chair = as(addon, AMINA, 'docs', documentAt(addon, created.agenda.url).id);
    expect(() => chair.run('getMinutesForm')).toThrow(
      `Demandez à ${LARS} de partager le classeur de l'Alliance avec vous en tant qu'éditeur`,
    );
  });

  it('tells a chair who may only view the workbook that the minutes need edit access, before anything is made', () => {
    const { addon, created } = meetingForChair();
    share(addon.ws, workbookId(addon), AMINA, 'viewer');
    const chair = as(addon, AMINA, 'docs', documentAt(addon, created.agenda.url).id);
    const form = chair.run<MinutesForm>('getMinutesForm');
    const documents = addon.ws.documents.size;
    expect(() => chair.run('saveMinutes', minutesRequest(form))).toThrow(`Demandez à ${LARS} de le partager`);
    expect(addon.ws.documents.size).toBe(documents);
  });

  it('tells a member who may only view the agenda whom to ask', () => {
    const { addon, created } = meetingForChair();
    const member = as(addon, NOOR, 'docs', documentAt(addon, created.agenda.url).id);
    expect(() => member.run('getMinutesForm')).toThrow(
      `U kunt deze agenda alleen bekijken. Vraag ${LARS}, ${AMINA} om hem met u te delen als bewerker.`,
    );
  });

  it('tells a viewer who tries to add an action that they need edit access', () => {
    const addon = alliance();
    share(addon.ws, workbookId(addon), NOOR, 'viewer');
    const member = as(addon, NOOR, 'sheets', workbookId(addon));
    const message = `U kunt de werkmap van de alliantie alleen bekijken, en een actie toevoegen vraagt bewerkrechten. Vraag ${LARS} om hem met u te delen als bewerker.`;
    expect(() => member.run('getAddActionForm')).toThrow(message);
    expect(() =>
      member.run('addAction', {
        action: 'x',
        owner: '',
        start: '',
        due: '',
        budget: '',
        status: 'notStarted',
      }),
    ).toThrow(message);
    addon.ws.signIn(LARS);
    expect(readRows(addon, 'actionPlan', ['action'])).toEqual([]);
  });
});

describe('Generate minutes reaches the members', () => {
  function chairWithAccess() {
    const { addon, created } = meetingForChair();
    share(addon.ws, workbookId(addon), AMINA, 'editor');
    const chair = as(addon, AMINA, 'docs', documentAt(addon, created.agenda.url).id);
    return { addon, chair };
  }

  it('emails no member whose consent is not recorded, an owner of new actions neither, and names them', () => {
    const { addon, created } = meetingForChair();
    withoutNoorsConsent(addon);
    share(addon.ws, workbookId(addon), AMINA, 'editor');
    const chair = as(addon, AMINA, 'docs', documentAt(addon, created.agenda.url).id);
    const generated = chair.run<GeneratedMinutes>('saveMinutes', minutesRequest(chair.run('getMinutesForm')));
    expect(addon.ws.mail.outbox.map((mail) => mail.to)).toEqual([`${AMINA},${LARS}`]);
    expect(generated.message).toContain(
      'Sans e-mail (pas de consentement enregistré dans Membres) : Noor Haddad.',
    );
  });

  it('shares the minutes like the agenda and emails each owner their new actions, the others the link', () => {
    const { addon, chair } = chairWithAccess();
    const form = chair.run<MinutesForm>('getMinutesForm');
    expect(form.mailed).toBe(false);
    expect(form.labels.emailMinutes).toBe('Envoyer le compte-rendu aux membres par e-mail');
    const generated = chair.run<GeneratedMinutes>('saveMinutes', minutesRequest(form));
    expect(sharingOf(addon, generated.document.url)).toEqual({
      owner: AMINA,
      editors: [LARS],
      viewers: [NOOR],
    });
    const outbox = addon.ws.mail.outbox;
    expect(outbox.map((mail) => [mail.from, mail.to])).toEqual([
      [AMINA, NOOR],
      [AMINA, `${AMINA},${LARS}`],
    ]);
    expect(outbox[0].body).toContain('Book the room – 25 March 2027');
    expect(outbox[0].body).toContain(generated.document.url);
    expect(outbox[1].body).not.toContain('Book the room');
    expect(generated.message).toContain('E-mails envoyés à 3 personnes.');
    expect(generated.message).toContain("Sans e-mail (pas d'adresse dans Membres) : Jan Peeters.");
  });

  it('sends nothing twice when generating again, unless asked', () => {
    const { addon, chair } = chairWithAccess();
    chair.run('saveMinutes', minutesRequest(chair.run<MinutesForm>('getMinutesForm')));
    const again = chair.run<MinutesForm>('getMinutesForm');
    expect(again.mailed).toBe(true);
    const regenerated = chair.run<GeneratedMinutes>('saveMinutes', {
      ...again.minutes,
      basis: again.basis,
      email: true,
    });
    expect(addon.ws.mail.outbox).toHaveLength(2);
    expect(regenerated.message).toContain('Aucun e-mail envoyé');
    const third = chair.run<MinutesForm>('getMinutesForm');
    chair.run('saveMinutes', { ...third.minutes, basis: third.basis, email: true, resend: true });
    expect(addon.ws.mail.outbox).toHaveLength(4);
  });
});

describe('Reminders…', () => {
  /** Actions typed on Monday 15 March 2027: one overdue, one due in 14 days, one later, one done, one without email. */
  function withActions(addon: LoadedAddon): void {
    appendRows(addon, 'actionPlan', [
      {
        number: 1,
        action: 'Book the room',
        owner: 'Noor Haddad',
        due: new Date('2027-03-10'),
        status: 'Not started',
      },
      {
        number: 2,
        action: 'Print flyers',
        owner: 'Noor Haddad',
        due: new Date('2027-03-29'),
        status: 'In progress',
      },
      {
        number: 3,
        action: 'Write the report',
        owner: 'Amina Diallo',
        due: new Date('2027-06-30'),
        status: 'Not started',
      },
      { number: 4, action: 'Old task', owner: 'Amina Diallo', due: new Date('2027-03-01'), status: 'Done' },
      {
        number: 5,
        action: 'Call the town hall',
        owner: 'Jan Peeters',
        due: new Date('2027-03-01'),
        status: 'Not started',
      },
    ]);
  }

  it('is in the Sheets menu and opens its sidebar in the user’s language', () => {
    const addon = alliance();
    addon.run('onOpen');
    expect(addon.ws.ui.menus[0].items).toContainEqual(
      expect.objectContaining({ label: 'Reminders…', fn: 'openReminders' }),
    );
    addon.run('openReminders');
    expect(addon.ws.ui.sidebar?.title).toBe('Reminders');
    expect(addon.ws.ui.sidebar?.html).toBe(builtSidebar('reminders', 'en'));
    const form = addon.run<RemindersForm>('getRemindersForm');
    expect(form).toMatchObject({ on: false, weekday: 'MONDAY', hour: 9 });
    expect(form.weekdays[0]).toEqual({ value: 'MONDAY', label: 'Monday' });
  });

  it('installs one weekly trigger, emails each owner with actions due once a week, never twice a day, and stops when off', () => {
    const addon = alliance();
    withActions(addon);
    expect(addon.run('saveReminders', { on: true, weekday: 'TUESDAY', hour: 7 })).toBe(
      'Reminders are on: every Tuesday around 7:00.',
    );
    addon.run('saveReminders', { on: true, weekday: 'MONDAY', hour: 9 });
    expect(addon.ws.triggers.triggers).toEqual([
      expect.objectContaining({
        handler: 'sendReminders',
        user: LARS,
        schedule: expect.objectContaining({ weekDay: 'MONDAY', hour: 9 }),
      }),
    ]);
    expect(addon.run<RemindersForm>('getRemindersForm')).toMatchObject({
      on: true,
      weekday: 'MONDAY',
      hour: 9,
    });

    // Monday 15 March, 9:00: the first run.
    const fired = advanceClockRunning(addon.ws, buildDir, 2 * 3_600_000);
    expect(fired).toEqual([{ handler: 'sendReminders', user: LARS, ok: true }]);
    expect(addon.ws.mail.outbox).toHaveLength(1);
    const [mail] = addon.ws.mail.outbox;
    expect(mail).toMatchObject({ from: LARS, to: NOOR, subject: 'Actions due – Alliance Gironde' });
    expect(mail.body).toContain('Book the room – 10 March 2027 – 5 days late');
    expect(mail.body).toContain('Print flyers – 29 March 2027 – due in 14 days');
    expect(mail.body).toContain('#gid=');

    // The same run again the same day sends nothing.
    const trigger = addon.ws.triggers.triggers[0];
    loadAddon(addon.ws).trigger('sendReminders', { triggerUid: trigger.id });
    expect(addon.ws.mail.outbox).toHaveLength(1);

    // A week later: one reminder again.
    expect(advanceClockRunning(addon.ws, buildDir, 7 * DAY)).toHaveLength(1);
    expect(addon.ws.mail.outbox).toHaveLength(2);

    expect(
      as(addon, LARS, 'sheets', workbookId(addon)).run('saveReminders', {
        on: false,
        weekday: 'MONDAY',
        hour: 9,
      }),
    ).toBe('Reminders are off.');
    expect(addon.ws.triggers.triggers).toEqual([]);
  });

  it('reminds no owner whose consent is not recorded', () => {
    const addon = alliance();
    withActions(addon);
    withoutNoorsConsent(addon);
    addon.run('saveReminders', { on: true, weekday: 'MONDAY', hour: 9 });
    expect(advanceClockRunning(addon.ws, buildDir, 2 * 3_600_000)).toEqual([
      { handler: 'sendReminders', user: LARS, ok: true },
    ]);
    expect(addon.ws.mail.outbox).toEqual([]);
  });

  it('lists the members without email on the dashboard as cannot be reminded', () => {
    const addon = alliance();
    addon.run('refreshDashboard');
    const state = addon.ws.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const values = addon.ws.calls.uncounted(
      () => state.getActiveSpreadsheet().getSheetByName('Dashboard')?.getDataRange().getDisplayValues() ?? [],
    );
    expect(values).toContainEqual(
      expect.arrayContaining(['Cannot be reminded (no email)', '1', 'Jan Peeters']),
    );
  });

  it(`runs within ${REMINDERS_CALL_BUDGET} calls, the same over 10 and 5,000 action rows`, () => {
    const addon = alliance();
    const actions = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => ({
        number: from + i,
        action: `Action ${from + i}`,
        owner: ['Amina Diallo', 'Lars Berg', 'Noor Haddad'][i % 3],
        due: new Date(i % 2 ? '2027-03-01' : '2027-12-01'),
        status: 'In progress',
      }));
    appendRows(addon, 'actionPlan', actions(1, 10));
    addon.run('saveReminders', { on: true, weekday: 'MONDAY', hour: 9 });
    const callsOfRun = () => {
      addon.ws.calls.reset();
      expect(advanceClockRunning(addon.ws, buildDir, 7 * DAY)).toEqual([
        { handler: 'sendReminders', user: LARS, ok: true },
      ]);
      return addon.ws.calls.total;
    };
    callsOfRun(); // The first run also writes the record of whom reminders reached, which later runs update.
    const small = callsOfRun();
    appendRows(addon, 'actionPlan', actions(11, 4990));
    expect(callsOfRun()).toBe(small);
    expect(small).toBeLessThanOrEqual(REMINDERS_CALL_BUDGET);
    expect(addon.ws.mail.outbox).toHaveLength(9);
  });
});

// Contract of the emulated MailApp and CalendarApp: an outbox within Google's daily quota, events on each person's calendar.
import { Workspace } from '../../emulator/workspace';

const MAIL = 'https://developers.google.com/apps-script/reference/mail/mail-app';
const CALENDAR = 'https://developers.google.com/apps-script/reference/calendar/calendar';

function workspace() {
  const ws = new Workspace({
    people: [
      { email: 'amina@alliance.org', name: 'Amina Diallo' },
      { email: 'chair@alliance.org', name: 'Chair' },
      { email: 'member@alliance.org', name: 'Member' },
    ],
  });
  const apps = () => {
    const globals = ws.globals();
    return {
      mail: globals.MailApp as GoogleAppsScript.Mail.MailApp,
      calendar: globals.CalendarApp as GoogleAppsScript.Calendar.CalendarApp,
    };
  };
  return { ws, apps };
}

describe(`MailApp (${MAIL})`, () => {
  it(`sends each documented form into the outbox, from the person at work (${MAIL}#sendEmail(String,String,String,Object))`, () => {
    const { ws, apps } = workspace();
    const { mail } = apps();
    mail.sendEmail('a@x.org', 'Plain', 'Body one');
    mail.sendEmail('b@x.org', 'Rich', 'Body two', {
      htmlBody: '<b>Body two</b>',
      name: 'Alliance Kit',
      replyTo: 'secretariat@alliance.org',
      cc: 'c@x.org, d@x.org',
    });
    mail.sendEmail('e@x.org', 'reply@x.org', 'Four strings', 'Body three');
    mail.sendEmail({ to: 'f@x.org', subject: 'Object', body: 'Body four', bcc: 'g@x.org' });
    const outbox = ws.mail.outbox;
    expect(outbox.map((m) => [m.to, m.subject, m.body])).toEqual([
      ['a@x.org', 'Plain', 'Body one'],
      ['b@x.org', 'Rich', 'Body two'],
      ['e@x.org', 'Four strings', 'Body three'],
      ['f@x.org', 'Object', 'Body four'],
    ]);
    expect(outbox[0]).toMatchObject({ from: 'amina@alliance.org', fromName: 'Amina Diallo', htmlBody: null });
    expect(outbox[1]).toMatchObject({
      fromName: 'Alliance Kit',
      replyTo: 'secretariat@alliance.org',
      cc: 'c@x.org, d@x.org',
      htmlBody: '<b>Body two</b>',
    });
    expect(outbox[2].replyTo).toBe('reply@x.org');
    expect(Date.parse(outbox[0].at)).toBeLessThanOrEqual(ws.now().getTime());
  });

  it(`counts every recipient against 100 a day and refuses a mail past it, sending nothing (${MAIL}#getRemainingDailyQuota())`, () => {
    const { ws, apps } = workspace();
    const { mail } = apps();
    expect(mail.getRemainingDailyQuota()).toBe(100);
    mail.sendEmail('a@x.org', 'One', 'Body', { cc: 'b@x.org', bcc: 'c@x.org' });
    expect(mail.getRemainingDailyQuota()).toBe(97);
    for (let i = 0; i < 96; i++) mail.sendEmail(`p${i}@x.org`, 'Many', 'Body');
    expect(mail.getRemainingDailyQuota()).toBe(1);
    expect(() => mail.sendEmail('a@x.org', 'Two', 'Body', { cc: 'b@x.org' })).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect(ws.mail.outbox).toHaveLength(97);
    ws.signIn('chair@alliance.org');
    expect(apps().mail.getRemainingDailyQuota()).toBe(100);
    ws.signIn('amina@alliance.org');
    ws.setNow(ws.now().getTime() + 24 * 60 * 60 * 1000 + 1000);
    expect(apps().mail.getRemainingDailyQuota()).toBe(100);
  });

  it('refuses a mail with no recipient, a bad address or arguments of no documented form', () => {
    const { ws, apps } = workspace();
    const { mail } = apps();
    expect(() => mail.sendEmail({ subject: 'x', body: 'y' })).toThrow('Failed to send email: no recipient');
    expect(() => mail.sendEmail('not an address', 'x', 'y')).toThrow('Invalid email: not an address');
    expect(() => (mail.sendEmail as (...args: unknown[]) => void)('a@x.org', 'x')).toThrow(
      "The parameters (String,String) don't match the method signature for MailApp.sendEmail.",
    );
    expect(ws.mail.outbox).toEqual([]);
  });
});

describe(`CalendarApp (${CALENDAR})`, () => {
  const start = new Date('2026-03-10T14:00:00Z');
  const end = new Date('2026-03-10T16:00:00Z');

  it(`creates an event on the person's default calendar and reads it back (${CALENDAR}#createEvent(String,Date,Date,Object))`, () => {
    const { ws, apps } = workspace();
    const calendar = apps().calendar.getDefaultCalendar();
    expect(calendar.getId()).toBe('amina@alliance.org');
    const event = calendar.createEvent('Plenary', start, end, {
      description: 'Agenda: https://docs.google.com/document/d/x/edit',
      location: 'Town hall',
      guests: 'chair@alliance.org, m@x.org',
      sendInvites: true,
    });
    expect(event.getTitle()).toBe('Plenary');
    expect(event.getStartTime().toISOString()).toBe(start.toISOString());
    expect(event.getEndTime().toISOString()).toBe(end.toISOString());
    expect(event.getLocation()).toBe('Town hall');
    expect(event.getDescription()).toContain('Agenda');
    expect(event.getGuestList().map((guest) => guest.getEmail())).toEqual(['chair@alliance.org', 'm@x.org']);
    const found = calendar.getEvents(new Date('2026-03-10T00:00:00Z'), new Date('2026-03-11T00:00:00Z'));
    expect(found.map((e) => e.getId())).toEqual([event.getId()]);
    expect(calendar.getEventById(event.getId())?.getTitle()).toBe('Plenary');
    expect(ws.calendar.events[0]).toMatchObject({ calendarOwner: 'amina@alliance.org', sendInvites: true });
    expect(event.isOwnedByMe()).toBe(true);
    ws.signIn('member@alliance.org');
    expect(apps().calendar.getDefaultCalendar().getEventById(event.getId())).toBeNull();
  });

  it(`puts the event on each guest's own calendar, with or without invitations, as the organizer's one event (${CALENDAR}#getEvents(Date,Date))`, () => {
    const { ws, apps } = workspace();
    const day = [new Date('2026-03-10T00:00:00Z'), new Date('2026-03-11T00:00:00Z')] as const;
    const mailed = apps().calendar.createEvent('Plenary', start, end, {
      guests: 'chair@alliance.org,m@x.org',
      sendInvites: true,
    });
    const quiet = apps().calendar.createEvent('Bureau', start, end, { guests: 'chair@alliance.org' });
    ws.signIn('chair@alliance.org');
    const chairs = apps().calendar.getDefaultCalendar();
    const seen = chairs.getEvents(...day);
    expect(seen.map((event) => [event.getId(), event.getTitle(), event.isOwnedByMe()])).toEqual([
      [mailed.getId(), 'Plenary', false],
      [quiet.getId(), 'Bureau', false],
    ]);
    expect(seen[0].getLocation()).toBe(mailed.getLocation());
    expect(
      chairs
        .getEventById(quiet.getId())
        ?.getGuestList()
        .map((guest) => guest.getEmail()),
    ).toEqual(['chair@alliance.org']);
    expect(ws.calendar.events).toHaveLength(2);

    // A guest removes it from her calendar only; the organizer's removes it from every one.
    seen[1].deleteEvent();
    expect(chairs.getEvents(...day).map((event) => event.getTitle())).toEqual(['Plenary']);
    ws.signIn('amina@alliance.org');
    const own = apps()
      .calendar.getDefaultCalendar()
      .getEvents(...day);
    expect(own.map((event) => event.getTitle())).toEqual(['Plenary', 'Bureau']);
    expect(own[1].getGuestList().map((guest) => guest.getEmail())).toEqual(['chair@alliance.org']);
    own[0].deleteEvent();
    ws.signIn('chair@alliance.org');
    expect(
      apps()
        .calendar.getDefaultCalendar()
        .getEvents(...day),
    ).toEqual([]);
  });

  it('has no description or location unless given, and refuses an end before the start or a bad guest', () => {
    const { ws, apps } = workspace();
    const calendar = apps().calendar.getDefaultCalendar();
    const event = calendar.createEvent('Short', start, start);
    expect([event.getDescription(), event.getLocation(), event.getGuestList()]).toEqual(['', '', []]);
    expect(() => calendar.createEvent('Wrong', end, start)).toThrow(
      'Event start date must be before event end date.',
    );
    expect(() => calendar.createEvent('Wrong', start, end, { guests: 'nobody' })).toThrow(
      'Invalid email: nobody',
    );
    expect(() =>
      (calendar.createEvent as (...args: unknown[]) => unknown)('Wrong', '2026-03-10', end),
    ).toThrow("don't match the method signature for Calendar.createEvent");
    expect(ws.calendar.events).toHaveLength(1);
  });

  it('saves and loads the outbox and the events', () => {
    const { ws, apps } = workspace();
    apps().mail.sendEmail('a@x.org', 'Saved', 'Body');
    apps().calendar.getDefaultCalendar().createEvent('Saved', start, end, { guests: 'a@x.org' });
    const copy = Workspace.fromJSON(JSON.parse(JSON.stringify(ws.toJSON())));
    expect(copy.mail).toEqual(ws.mail);
    expect(copy.calendar).toEqual(ws.calendar);
    expect(copy.clockOffset).toBe(ws.clockOffset);
  });
});

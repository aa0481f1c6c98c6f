// Reaching the members: who is shared what, the invitation and minutes emails, reminders, and the dashboard's list.
import { dashboardReport } from '../../src/domain/dashboard';
import { dashboardSheet } from '../../src/domain/dashboardSheet';
import { t } from '../../src/domain/i18n';
import { invitationEmail } from '../../src/domain/invitation';
import { escapeHtml } from '../../src/domain/mail';
import type { MemberDetails } from '../../src/domain/meeting';
import { minutesMails } from '../../src/domain/minutesMail';
import { invitationSharing, meetingDocumentSharing, reachOf } from '../../src/domain/people';
import {
  type ActionToRemind,
  checkScheduleRequest,
  reminderEmail,
  remindersDue,
  scheduleFromJson,
  sentAfter,
} from '../../src/domain/reminders';
import { PROFILE } from '../support/profile';

const member = (name: string, role: string, email: string, consent = true): MemberDetails => ({
  name,
  organisation: `${name} org`,
  role,
  email,
  consent,
});

const MEMBERS = [
  member('Amina Diallo', 'chair', 'amina@example.org'),
  member('Lars Berg', 'secretary', 'lars@example.se'),
  member('Noor Haddad', 'member', 'noor@example.nl'),
  member('Jan Peeters', 'member', ''),
  member('Eva Lind', 'member', 'not an address'),
];

describe('reachOf', () => {
  it('names the members without a usable address, in sheet order, and keeps one entry per address', () => {
    const { reachable, unreachable } = reachOf([
      ...MEMBERS,
      member('Noor again', 'member', 'NOOR@example.nl'),
    ]);
    expect(reachable.map((m) => m.email)).toEqual([
      'amina@example.org',
      'lars@example.se',
      'noor@example.nl',
    ]);
    expect(unreachable).toEqual(['Jan Peeters', 'Eva Lind']);
  });

  it('leaves out of an email, and names, the members whose consent is not recorded; sharing needs none', () => {
    const members = [...MEMBERS, member('Sara Ek', 'member', 'sara@example.se', false)];
    expect(reachOf(members, true)).toEqual({
      reachable: reachOf(MEMBERS).reachable,
      unreachable: ['Jan Peeters', 'Eva Lind'],
      noConsent: ['Sara Ek'],
    });
    expect(reachOf(members).reachable.map((m) => m.email)).toContain('sara@example.se');
    expect(invitationSharing(members, 'lars@example.se').viewers).toContain('sara@example.se');
  });
});

describe('sharing of the meeting documents', () => {
  it('lets the meeting’s chair and the secretary edit the agenda, every other member read it, and leaves out the owner', () => {
    expect(meetingDocumentSharing(MEMBERS, 'Noor Haddad', 'lars@example.se')).toEqual({
      editors: ['noor@example.nl'],
      viewers: ['amina@example.org'],
    });
  });

  it('takes the members whose role is chair while the meeting has no chair', () => {
    expect(meetingDocumentSharing(MEMBERS, '', 'someone@example.org')).toEqual({
      editors: ['amina@example.org', 'lars@example.se'],
      viewers: ['noor@example.nl'],
    });
  });

  it('lets every member with an email read the invitation', () => {
    expect(invitationSharing(MEMBERS, 'lars@example.se')).toEqual({
      editors: [],
      viewers: ['amina@example.org', 'noor@example.nl'],
    });
  });
});

const documents = {
  agenda: { name: 'Agenda – 2027-03-15 – MDA', url: 'https://docs.google.com/document/d/a1/edit' },
  invitation: { name: 'Invitation – 2027-03-15 – MDA', url: 'https://docs.google.com/document/d/i1/edit' },
};
const workbook = { id: 'ss1', name: 'Alliance', url: 'https://docs.google.com/spreadsheets/d/ss1/edit' };

describe('invitationEmail', () => {
  const meeting = {
    meetingId: 'm1',
    date: '2027-03-15',
    time: '10:00',
    place: '<b>Bordeaux</b>',
    host: 'MDA',
    chair: 'Amina Diallo',
    agenda: [{ time: '10:00', item: 'Accueil', moderator: '' }],
  };

  it('is the guide’s invitation in the workbook’s language, with both links, signed by the secretary', () => {
    const mail = invitationEmail(
      meeting,
      MEMBERS[1],
      ['amina@example.org'],
      documents,
      workbook,
      PROFILE,
      'fr',
    );
    expect(mail.to).toEqual(['amina@example.org']);
    expect(mail.subject).toBe("Invitation : réunion de l'Alliance Régionale le 15 mars 2027");
    expect(mail.body).toContain(
      "Nous vous invitons cordialement à participer à notre Réunion de l'Alliance Régionale qui se tiendra le 15 mars 2027 à 10:00 à <b>Bordeaux</b>.",
    );
    expect(mail.body).toContain(`Ordre du jour : ${documents.agenda.name}\n${documents.agenda.url}`);
    expect(mail.body).toContain(`Invitation : ${documents.invitation.name}\n${documents.invitation.url}`);
    expect(mail.body).toContain('Sincèrement vôtre,\n\nLars Berg, Lars Berg org');
    // User text is escaped in the HTML: the place shows as typed, it is no markup.
    expect(mail.htmlBody).toContain('&lt;b&gt;Bordeaux&lt;/b&gt;');
    expect(mail.htmlBody).not.toContain('<b>Bordeaux');
    expect(mail.htmlBody).toContain(`<a href="${documents.agenda.url}">`);
  });

  it('escapes quotes in what goes into an attribute', () => {
    expect(escapeHtml('"x" onclick=\'y\' & <z>')).toBe('&quot;x&quot; onclick=&#39;y&#39; &amp; &lt;z&gt;');
  });
});

describe('minutesMails', () => {
  const minutes = { name: 'Minutes – 2027-03-15 – MDA', url: 'https://docs.google.com/document/d/m1/edit' };
  const actions = [
    { actionId: 'm1-1', action: 'Book the room', owner: 'Noor Haddad', due: '2027-04-01' },
    { actionId: 'm1-2', action: 'Call the town hall', owner: 'Jan Peeters', due: '' },
    { actionId: 'm1-3', action: 'Print flyers', owner: 'Noor Haddad', due: '' },
  ];

  it('sends each owner their new actions with due dates, the others the link, and names who has no email', () => {
    const plan = minutesMails(minutes, actions, MEMBERS, null, false, 'en');
    expect(plan.mails.map((mail) => mail.to)).toEqual([
      ['noor@example.nl'],
      ['amina@example.org', 'lars@example.se'],
    ]);
    expect(plan.mails[0].body).toContain('Your new actions');
    expect(plan.mails[0].body).toContain('Book the room – 1 April 2027');
    expect(plan.mails[0].body).toContain('Print flyers – (no due date)');
    expect(plan.mails[0].body).toContain(minutes.url);
    expect(plan.mails[1].body).not.toContain('Book the room');
    expect(plan.unreachableOwners).toEqual(['Jan Peeters']);
    expect(plan.unreachable).toEqual(['Jan Peeters', 'Eva Lind']);
  });

  it('sends nothing twice: generating again mails only a new action’s owner, unless asked to send again', () => {
    const first = minutesMails(minutes, actions, MEMBERS, null, false, 'en');
    const again = minutesMails(minutes, actions, MEMBERS, first.mailed, false, 'en');
    expect(again.mails).toEqual([]);
    const added = [
      ...actions,
      { actionId: 'm1-4', action: 'Write the report', owner: 'Amina Diallo', due: '' },
    ];
    const next = minutesMails(minutes, added, MEMBERS, first.mailed, false, 'en');
    expect(next.mails.map((mail) => mail.to)).toEqual([['amina@example.org']]);
    expect(next.mails[0].body).toContain('Write the report');
    expect(next.mails[0].body).not.toContain('Book the room');
    const resent = minutesMails(minutes, added, MEMBERS, next.mailed, true, 'en');
    expect(resent.mails.flatMap((mail) => mail.to).sort()).toEqual([
      'amina@example.org',
      'lars@example.se',
      'noor@example.nl',
    ]);
  });

  it('mails no one whose consent is not recorded, an owner of new actions neither, and names them', () => {
    const members = MEMBERS.map((m) => (m.name === 'Noor Haddad' ? { ...m, consent: false } : m));
    const plan = minutesMails(minutes, actions, members, null, false, 'en');
    expect(plan.mails.flatMap((mail) => mail.to)).not.toContain('noor@example.nl');
    expect(plan.mails.map((mail) => mail.to)).toEqual([['amina@example.org', 'lars@example.se']]);
    expect(plan.noConsent).toEqual(['Noor Haddad']);
    expect(plan.unreachableOwners).toEqual(['Jan Peeters']);
  });
});

describe('remindersDue', () => {
  const today = '2027-03-15';
  const row = (action: string, owner: string, due: string, status = 'Not started'): ActionToRemind => ({
    action,
    owner,
    due,
    status,
  });
  const actions = [
    row('Late', 'Noor Haddad', '2027-03-10'),
    row('Due in 14 days', 'Noor Haddad', '2027-03-29'),
    row('Due in 15 days', 'Amina Diallo', '2027-03-30'),
    row('Done late', 'Amina Diallo', '2027-03-01', 'Done'),
    row('No date', 'Amina Diallo', ''),
    row('Late without email', 'Jan Peeters', '2027-03-01'),
    row('Due today', 'lars berg', '2027-03-15'),
  ];

  it('reminds each owner once of what is overdue or due within 14 days; owners with nothing due get nothing', () => {
    const { reminders, unreachable } = remindersDue(actions, MEMBERS, today, { on: '', to: [] });
    expect(reminders).toEqual([
      {
        owner: 'Noor Haddad',
        email: 'noor@example.nl',
        actions: [
          { action: 'Late', due: '2027-03-10', daysLate: 5 },
          { action: 'Due in 14 days', due: '2027-03-29', daysLate: -14 },
        ],
      },
      {
        owner: 'Lars Berg',
        email: 'lars@example.se',
        actions: [{ action: 'Due today', due: today, daysLate: 0 }],
      },
    ]);
    expect(unreachable).toEqual(['Jan Peeters']);
  });

  it('reminds no owner whose consent is not recorded, and names them apart', () => {
    const members = MEMBERS.map((m) => (m.name === 'Noor Haddad' ? { ...m, consent: false } : m));
    const { reminders, unreachable, noConsent } = remindersDue(actions, members, today, { on: '', to: [] });
    expect(reminders.map((reminder) => reminder.owner)).toEqual(['Lars Berg']);
    expect(noConsent).toEqual(['Noor Haddad']);
    expect(unreachable).toEqual(['Jan Peeters']);
  });

  it('never reminds the same owner twice on the same day, and does again the next week', () => {
    const first = remindersDue(actions, MEMBERS, today, { on: '', to: [] });
    const sent = sentAfter({ on: '', to: [] }, today, first.reminders);
    expect(remindersDue(actions, MEMBERS, today, sent).reminders).toEqual([]);
    const nextWeek = remindersDue(actions, MEMBERS, '2027-03-22', sent).reminders;
    expect(nextWeek.map((reminder) => reminder.owner)).toEqual(['Noor Haddad', 'Amina Diallo', 'Lars Berg']);
  });

  it('writes the email in the workbook’s language: action, due date, days late, and the Action plan linked', () => {
    const [reminder] = remindersDue(actions, MEMBERS, today, { on: '', to: [] }).reminders;
    const plan = { name: 'Plan d’action', url: 'https://docs.google.com/spreadsheets/d/ss1/edit#gid=7' };
    const mail = reminderEmail(reminder, plan, 'Alliance Gironde', 'fr');
    expect(mail.to).toEqual(['noor@example.nl']);
    expect(mail.subject).toBe('Actions à échéance – Alliance Gironde');
    expect(mail.body).toContain('Late – 10 mars 2027 – 5 jours de retard');
    expect(mail.body).toContain('Due in 14 days – 29 mars 2027 – échéance dans 14 jours');
    expect(mail.body).toContain(plan.url);
  });
});

describe('the reminder schedule', () => {
  it('reads a broken record as off on Monday at 9', () => {
    expect(scheduleFromJson('{oops')).toEqual({ on: false, weekday: 'MONDAY', hour: 9, by: '' });
  });

  it.each([
    [{ on: true, weekday: 'FUNDAY', hour: 9 }],
    [{ on: true, weekday: 'MONDAY', hour: 24 }],
    [{ on: 'yes', weekday: 'MONDAY', hour: 9 }],
    [null],
  ])('refuses a form it cannot trust: %j', (form) => {
    expect(() => checkScheduleRequest(form)).toThrow('reminders.error.badRequest');
  });
});

describe('the dashboard’s members who cannot be reminded', () => {
  it('lists the members without an email address', () => {
    const report = dashboardReport({
      today: '2027-03-15',
      workPlanEnd: null,
      members: [
        { row: 2, values: { name: 'Amina', email: 'amina@example.org' } },
        { row: 3, values: { name: 'Jan', email: '' } },
      ],
      stakeholders: [],
      actions: [],
      meetings: [],
      guide: [],
    });
    expect(report.cannotBeReminded).toEqual(['Jan']);
    const line = dashboardSheet(report, 'en').values.find(
      (cells) => cells[0] === 'Cannot be reminded (no email)',
    );
    expect(line?.slice(0, 3)).toEqual(['Cannot be reminded (no email)', 1, 'Jan']);
  });
});

describe('the dashboard’s people without consent', () => {
  const report = (members: { name: string; consentRecordedOn: string }[]) =>
    dashboardReport({
      today: '2027-03-15',
      workPlanEnd: null,
      members: members.map((values, index) => ({ row: index + 2, values })),
      stakeholders: [
        {
          row: 2,
          values: { stakeholder: 'Mairie', contactPerson: 'Eva Lind', consentRecordedOn: '2027-01-05' },
        },
        { row: 3, values: { stakeholder: 'Centre social', contactPerson: '', consentRecordedOn: '' } },
      ],
      actions: [],
      meetings: [],
      guide: [],
    });
  const line = (people: { name: string; consentRecordedOn: string }[], language: 'en' | 'fr') =>
    dashboardSheet(report(people), language)
      .values.find((cells) => cells[0] === t(language, 'dashboard.withoutConsent'))
      ?.slice(1, 3);

  it('counts members and contact persons without a consent date, and reads right at zero, one and many', () => {
    const signed = { name: 'Amina', consentRecordedOn: '2027-01-05' };
    expect(line([signed], 'en')).toEqual([0, 'everyone’s consent is recorded']);
    expect(line([signed, { name: 'Jan', consentRecordedOn: '' }], 'en')).toEqual([
      1,
      '1 person is not emailed until their consent is recorded: Jan',
    ]);
    expect(
      line(
        [
          { name: 'Jan', consentRecordedOn: '' },
          { name: 'Noor', consentRecordedOn: '' },
        ],
        'fr',
      ),
    ).toEqual([
      2,
      "2 personnes ne reçoivent pas d'e-mail tant que leur consentement n'est pas enregistré : Jan, Noor",
    ]);
    expect(report([{ name: 'Jan', consentRecordedOn: '' }]).withoutConsent).toEqual(['Jan']);
  });
});

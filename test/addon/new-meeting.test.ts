// New meeting as the secretary uses it: the sidebar's form, Create meeting, the Meetings row and the two Docs.
import { holdLock } from '../../emulator/services/lock';
import { consoleState } from '../../emulator/services/logger';
import type { CreatedMeeting, NewMeetingForm, NewMeetingRequest } from '../../src/domain/api';
import { LANGUAGES, t } from '../../src/domain/i18n';
import { menuFor } from '../../src/domain/menu';
import { builtSidebar, openSpreadsheet } from '../support/addon';
import { NEW_MEETING_CALL_BUDGET } from '../support/budgets';
import { documentAt, headerIsBold, links, namedBlock } from '../support/docs';
import { meetingRequest } from '../support/meeting';
import { appendRows, readRows, setUpAlliance } from '../support/workbook';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const XSS = '<img src=x onerror=alert(1)>';
const FORMULA = '=IMPORTXML("https://example.org","//a")';

function withMembers(locale = 'en') {
  const addon = setUpAlliance(locale);
  appendRows(addon, 'members', [
    {
      name: 'Amina Diallo',
      organisation: 'Maison des Associations',
      role: locale === 'fr' ? 'Présidence' : 'Chair',
    },
    { name: 'Lars Berg', organisation: 'Röda Korset', role: locale === 'fr' ? 'Secrétariat' : 'Secretary' },
  ]);
  return addon;
}

const request = meetingRequest;

const meetingColumns = [
  'number',
  'date',
  'time',
  'place',
  'host',
  'chair',
  'agendaLink',
  'invitationLink',
  'status',
  'meetingId',
];

describe('New meeting menu item (https://developers.google.com/apps-script/reference/base/ui#showSidebar(Object))', () => {
  it.each(LANGUAGES)('is in the Sheets menu in %s and opens the New meeting sidebar', (language) => {
    expect(menuFor('sheets', language).items).toContainEqual({
      label: t(language, 'menu.newMeeting'),
      fn: 'newMeeting',
    });
    const addon = setUpAlliance(language);
    addon.run('newMeeting');
    expect(addon.ws.ui.sidebar?.title).toBe(t(language, 'newMeeting.title'));
    expect(addon.ws.ui.sidebar?.html).toBe(builtSidebar('newMeeting', language));
  });
});

describe('getNewMeetingForm', () => {
  it('offers the members, in the user’s language, and the Guide’s standard agenda', () => {
    const form = withMembers('en').run<NewMeetingForm>('getNewMeetingForm');
    expect(form.labels).toMatchObject({
      date: 'Date',
      time: 'Time',
      place: 'Place',
      host: 'Host organisation',
      chair: 'Chair',
      create: 'Create meeting',
    });
    expect(form.members).toEqual([
      { name: 'Amina Diallo', organisation: 'Maison des Associations' },
      { name: 'Lars Berg', organisation: 'Röda Korset' },
    ]);
    expect(form.agenda.map((item) => item.item)).toEqual([
      'Welcome and introduction',
      'Minutes of the previous meeting',
      'Updates on project activities since the last meeting',
      'Communication; events; networking',
      'Knowledge sharing',
      'Feedback on training',
      'Review of the action plan',
      'Any other business',
      'Date, time and place of the next meeting',
      'Close and thanks',
    ]);
  });

  it('adds one follow-up line per owner of open actions, naming the overdue ones, and none for a done one', () => {
    const addon = withMembers('fr');
    appendRows(addon, 'actionPlan', [
      {
        action: 'Cartographier les aides',
        owner: 'Amina Diallo',
        due: day('2020-02-01'),
        status: 'En cours',
      },
      { action: 'Imprimer les dépliants', owner: 'Lars Berg', due: day('2020-01-10'), status: 'Terminée' },
      { action: 'Contacter la mairie', owner: 'Lars Berg', due: day('2099-05-01'), status: 'Non commencée' },
      { action: 'Réserver la salle', owner: 'Amina Diallo', due: day('2099-05-01'), status: 'Non commencée' },
    ]);
    const followUps = addon
      .run<NewMeetingForm>('getNewMeetingForm')
      .agenda.filter((item) => item.item.startsWith('Suivi'));
    expect(followUps).toEqual([
      {
        time: '',
        item: 'Suivi – Amina Diallo : 2 actions à mener ; en retard : Cartographier les aides',
        moderator: 'Amina Diallo',
      },
      { time: '', item: 'Suivi – Lars Berg : 1 action à mener', moderator: 'Lars Berg' },
    ]);
  });

  it('speaks the user’s language in the sidebar and writes the agenda in the workbook’s', () => {
    const addon = withMembers('fr');
    addon.ws.locale = 'sv';
    const form = addon.run<NewMeetingForm>('getNewMeetingForm');
    expect(form.labels).toMatchObject({ date: 'Datum', host: 'Värdorganisation', create: 'Skapa möte' });
    expect(form.agenda[0].item).toBe('Accueil et Introduction');
    expect(() => addon.run('createMeeting', request(form, { date: '' }))).toThrow('Ange mötets datum.');
  });

  it('tells the user to set up the workbook first when it is not set up', () => {
    const addon = openSpreadsheet({ locale: 'fr' });
    expect(() => addon.run('getNewMeetingForm')).toThrow(t('fr', 'workbook.error.notSetUp'));
  });

  it('logs each error it turns into a message with console.error, for Cloud Logging (https://developers.google.com/apps-script/guides/logging#cloud_logging)', () => {
    const addon = openSpreadsheet({ locale: 'fr' });
    addon.run('refreshDashboard');
    expect(() => addon.run('getNewMeetingForm')).toThrow(t('fr', 'workbook.error.notSetUp'));
    const notSetUp = t('fr', 'workbook.error.notSetUp');
    expect(addon.ws.ui.alerts.map((alert) => alert.message)).toEqual([notSetUp]);
    expect(addon.ws.state(consoleState)).toEqual([
      { severity: 'ERROR', message: expect.stringContaining('UserError: workbook.error.notSetUp') },
      { severity: 'ERROR', message: expect.stringContaining('UserError: workbook.error.notSetUp') },
    ]);
  });

  it('hands a member named like HTML to the sidebar as plain data', () => {
    const addon = setUpAlliance('en');
    appendRows(addon, 'members', [{ name: XSS, organisation: 'Test' }]);
    expect(addon.run<NewMeetingForm>('getNewMeetingForm').members).toEqual([
      { name: XSS, organisation: 'Test' },
    ]);
  });
});

describe('createMeeting', () => {
  it('fails, writing nothing, when the sidebar sends a Date: google.script.run refuses it (https://developers.google.com/apps-script/guides/html/communication#parameters_and_return_values)', () => {
    const addon = withMembers('en');
    const form = addon.run<NewMeetingForm>('getNewMeetingForm');
    const dated = { ...request(form), date: day('2027-03-15') } as unknown as NewMeetingRequest;
    expect(() => addon.run('createMeeting', dated)).toThrow(
      'google.script.run cannot pass a Date (argument 1, at .date)',
    );
    expect(readRows(addon, 'meetings', meetingColumns)).toEqual([]);
    expect(addon.ws.documents.size).toBe(0);
  });

  it('adds one planned Meetings row per meeting, numbered one after the other, linking its two Docs', () => {
    const addon = withMembers('en');
    const form = addon.run<NewMeetingForm>('getNewMeetingForm');
    const first = addon.run<CreatedMeeting>('createMeeting', request(form));
    const second = addon.run<CreatedMeeting>(
      'createMeeting',
      request(form, { date: '2027-06-10', time: '', host: '' }),
    );
    expect([first.number, second.number]).toEqual([1, 2]);
    expect(first.meetingId).not.toBe(second.meetingId);
    const rows = readRows(addon, 'meetings', meetingColumns);
    expect(rows.map((row) => row.values)).toEqual([
      {
        number: 1,
        date: day('2027-03-15'),
        time: '10:00',
        place: 'Bordeaux',
        host: 'Maison des Associations',
        chair: 'Amina Diallo',
        agendaLink: 'Agenda – 2027-03-15 – Maison des Associations',
        invitationLink: 'Invitation – 2027-03-15 – Maison des Associations',
        status: 'Planned',
        meetingId: first.meetingId,
      },
      expect.objectContaining({
        number: 2,
        date: day('2027-06-10'),
        agendaLink: 'Agenda – 2027-06-10',
        meetingId: second.meetingId,
      }),
    ]);
    expect(rows[0].formulas.agendaLink).toBe(`=HYPERLINK("${first.agenda.url}","${first.agenda.name}")`);
    expect(rows[0].formulas.invitationLink).toBe(
      `=HYPERLINK("${first.invitation.url}","${first.invitation.name}")`,
    );
    expect(addon.ws.documents.size).toBe(4);
  });

  it('makes the agenda Doc as the Guide lays it out, with the standard items and the follow-ups', () => {
    const addon = withMembers('fr');
    appendRows(addon, 'actionPlan', [
      { action: 'Contacter la mairie', owner: 'Lars Berg', due: day('2099-05-01'), status: 'Non commencée' },
    ]);
    const form = addon.run<NewMeetingForm>('getNewMeetingForm');
    const created = addon.run<CreatedMeeting>('createMeeting', request(form));
    const agenda = documentAt(addon, created.agenda.url);
    expect(agenda.name).toBe('Ordre du jour – 2027-03-15 – Maison des Associations');
    expect(agenda.plainText().split('\n').slice(0, 5)).toEqual([
      'Ordre du jour',
      'Alliance Gironde',
      'Maison des Associations',
      'Bordeaux',
      '15 mars 2027, 10:00',
    ]);
    expect(agenda.tables()).toEqual([
      [
        ['HEURE', 'OBJET', 'MODÉRATEUR'],
        ['', 'Accueil et Introduction', ''],
        ['', 'Compte-rendu de la réunion précédente', ''],
        ['', 'Mises à jour des activités du projet depuis la dernière réunion', ''],
        ['', 'Communication ; événement ; réseautage', ''],
        ['', 'Partage de connaissance', ''],
        ['', 'Retour sur les formations', ''],
        ['', "Retour sur le plan d'action", ''],
        ['', 'Suivi – Lars Berg : 1 action à mener', 'Lars Berg'],
        ['', 'Autres questions', ''],
        ['', 'Date, heure, lieu de la prochaine réunion', ''],
        ['', 'Conclusion et remerciement', ''],
      ],
    ]);
    expect(headerIsBold(agenda)).toBe(true);
  });

  it('links each Doc back to the workbook, visibly and through named ranges the script reads back (https://developers.google.com/apps-script/reference/document/named-range)', () => {
    const addon = withMembers('en');
    const created = addon.run<CreatedMeeting>(
      'createMeeting',
      request(addon.run<NewMeetingForm>('getNewMeetingForm')),
    );
    const spreadsheet = [...addon.ws.spreadsheets.values()][0];
    const workbookUrl = `https://docs.google.com/spreadsheets/d/${spreadsheet.id}/edit`;
    const agenda = documentAt(addon, created.agenda.url);
    const invitation = documentAt(addon, created.invitation.url);
    for (const document of [agenda, invitation]) {
      expect(links(document)).toEqual([{ text: 'Alliance Gironde', url: workbookUrl }]);
      // With who made it, whom a chair without access to the workbook is told to ask.
      expect(namedBlock(document, `allianceKit.workbook.${spreadsheet.id}/${addon.ws.email}`)).toEqual({
        type: 'PARAGRAPH',
        text: 'Alliance workbook: Alliance Gironde',
      });
    }
    // The agenda table's range names the meeting too.
    expect(namedBlock(agenda, `allianceKit.agenda.${created.meetingId}`)?.type).toBe('TABLE');
  });

  it('fills the Guide’s invitation with the date, time, place, programme and the secretary’s signature', () => {
    const addon = withMembers('en');
    const created = addon.run<CreatedMeeting>(
      'createMeeting',
      request(addon.run<NewMeetingForm>('getNewMeetingForm')),
    );
    const invitation = documentAt(addon, created.invitation.url);
    expect(invitation.name).toBe('Invitation – 2027-03-15 – Maison des Associations');
    const text = invitation.plainText();
    expect(text).toContain(
      'We cordially invite you to take part in our Regional Alliance meeting, to be held on 15 March 2027 at 10:00 at Bordeaux.',
    );
    expect(text).toContain('Host organisation: Maison des Associations');
    expect(text).toContain('Programme');
    expect(text).toContain('Thank you in advance for your commitment');
    expect(text).toMatch(/Yours sincerely,\nLars Berg, Röda Korset\nSecretary of the alliance/);
    expect(invitation.tables()[0][0]).toEqual(['TIME', 'ITEM']);
    expect(invitation.tables()[0]).toContainEqual(['', 'Welcome and introduction']);
  });

  it('writes user text as text: a formula-looking host stays those characters, in the sheet and in the Doc', () => {
    const addon = withMembers('en');
    const form = addon.run<NewMeetingForm>('getNewMeetingForm');
    const created = addon.run<CreatedMeeting>(
      'createMeeting',
      request(form, { host: FORMULA, agenda: [{ time: '', item: FORMULA, moderator: XSS }] }),
    );
    const [row] = readRows(addon, 'meetings', ['host']);
    expect(row.values.host).toBe(FORMULA);
    expect(row.formulas.host).toBe('');
    expect(documentAt(addon, created.agenda.url).tables()[0][1]).toEqual(['', FORMULA, XSS]);
  });

  describe.each([
    ['no date', { date: '' }, 'Please give the meeting a date.', 'Veuillez indiquer la date de la réunion.'],
    [
      'a date that is not a date',
      { date: '03/15/2027' },
      '“03/15/2027” is not a date. Please choose a date such as 15/03/2027.',
      "« 03/15/2027 » n'est pas une date. Veuillez choisir une date, par exemple 15/03/2027.",
    ],
    [
      'an empty agenda',
      { agenda: [{ time: '10:00', item: '  ', moderator: '' }] },
      'The agenda is empty. Please add at least one item.',
      "L'ordre du jour est vide. Veuillez ajouter au moins un point.",
    ],
    [
      'a place longer than a cell holds (https://support.google.com/drive/answer/37603)',
      { place: 'z'.repeat(50_001) },
      `The text beginning “${'z'.repeat(40)}…” has 50001 characters; a cell of Google Sheets holds at most 50,000. Please shorten it. Nothing was changed.`,
      `Le texte commençant par « ${'z'.repeat(40)}… » compte 50001 caractères ; une cellule de Google Sheets en contient au plus 50 000. Veuillez le raccourcir. Rien n'a été modifié.`,
    ],
  ])('with %s', (_case, changes, english, french) => {
    it.each([
      ['en', english],
      ['fr', french],
    ])('tells a %s user what to fix and writes nothing', (locale, message) => {
      const addon = withMembers(locale);
      const form = addon.run<NewMeetingForm>('getNewMeetingForm');
      expect(() => addon.run('createMeeting', request(form, changes))).toThrow(message);
      expect(readRows(addon, 'meetings', ['number'])).toEqual([]);
      expect(addon.ws.documents.size).toBe(0);
    });
  });

  it('says the file is busy when another execution holds the document lock, and writes nothing (https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer))', () => {
    const addon = withMembers('fr');
    const form = addon.run<NewMeetingForm>('getNewMeetingForm');
    holdLock(addon.ws, 'document');
    expect(() => addon.run('createMeeting', request(form))).toThrow(
      "Quelqu'un d'autre met ce fichier à jour en ce moment. Veuillez réessayer dans un instant.",
    );
    expect(readRows(addon, 'meetings', ['number'])).toEqual([]);
    expect(addon.ws.documents.size).toBe(0);
  });
});

describe('New meeting’s budget of service calls', () => {
  /**
   * The calls of loading the form, and of creating the meeting (sharing its Docs, emailing the invitation and adding
   * the event), over an action plan of that many rows.
   */
  function callsWith(actionRows: number): { form: number; create: number } {
    const addon = withMembers('en');
    appendRows(addon, 'members', [
      { name: 'Noor Haddad', email: 'noor@example.nl', consentRecordedOn: new Date('2027-01-05') },
    ]);
    appendRows(
      addon,
      'actionPlan',
      Array.from({ length: actionRows }, (_, index) => ({
        number: index + 1,
        action: `Action ${index + 1}`,
        owner: 'Lars Berg',
        due: day('2027-01-10'),
        // Most of a long action plan is done; a few actions stay open and become follow-ups.
        status: index % 500 === 0 ? 'In progress' : 'Done',
      })),
    );
    addon.ws.calls.reset();
    const form = addon.run<NewMeetingForm>('getNewMeetingForm');
    const loading = addon.ws.calls.total;
    addon.ws.calls.reset();
    // With a request id, as the sidebar sends it: each step is recorded under it.
    addon.run('createMeeting', request(form, { email: true, calendar: true, requestId: 'budget-request' }));
    expect(addon.ws.mail.outbox).toHaveLength(1);
    expect(addon.ws.calendar.events).toHaveLength(1);
    return { form: loading, create: addon.ws.calls.total };
  }

  it(`is the same with 10 and with 5,000 action rows, and within ${NEW_MEETING_CALL_BUDGET.create} calls to create`, () => {
    const small = callsWith(10);
    expect(callsWith(5000)).toEqual(small);
    expect(small.form).toBeLessThanOrEqual(NEW_MEETING_CALL_BUDGET.form);
    expect(small.create).toBeLessThanOrEqual(NEW_MEETING_CALL_BUDGET.create);
  });
});

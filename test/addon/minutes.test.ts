// Generate minutes as the chair uses it, in the agenda Doc New meeting made: the form, the minutes Doc, the action rows.
import { editTable } from '../../emulator/document';
import { holdLock } from '../../emulator/services/lock';
import type {
  AgendaItem,
  GeneratedMinutes,
  MinutesForm,
  MinutesItem,
  NewMeetingForm,
} from '../../src/domain/api';
import { LANGUAGES, t } from '../../src/domain/i18n';
import { listLabel } from '../../src/domain/schema';
import { builtSidebar, type LoadedAddon } from '../support/addon';
import { MINUTES_CALL_BUDGET } from '../support/budgets';
import { documentAt, links } from '../support/docs';
import {
  alliance,
  asChair,
  asSecretary,
  filledIn,
  itemNamed,
  newMeeting,
  open,
  workbookId,
} from '../support/minutes';
import { appendRows, readRows, typeCell } from '../support/workbook';

const FORMULA = '=IMPORTXML("https://example.org","//a")';
const ACTION_COLUMNS = ['number', 'action', 'owner', 'due', 'status', 'source', 'actionId', 'description'];

const isoOf = (value: unknown) => new Date(value as string).toISOString().slice(0, 10);

describe('Generate minutes menu item (https://developers.google.com/apps-script/reference/base/ui#showSidebar(Object))', () => {
  it.each(LANGUAGES)('is in the Docs menu in %s and opens the Generate minutes sidebar', (language) => {
    const secretary = alliance(language);
    const chair = asChair(secretary, newMeeting(secretary).agenda.url);
    chair.run('onOpen');
    expect(chair.ws.ui.menus[0].items).toContainEqual({
      label: t(language, 'menu.generateMinutes'),
      fn: 'generateMinutes',
    });
    chair.run('generateMinutes');
    expect(chair.ws.ui.sidebar?.title).toBe(t(language, 'minutes.title'));
    expect(chair.ws.ui.sidebar?.html).toBe(builtSidebar('minutes', language));
  });
});

describe('the round trip: set up → members → New meeting → agenda edited → Generate minutes → action plan', () => {
  it.each(LANGUAGES)('works in %s', (language) => {
    const secretary = alliance(language);
    const created = newMeeting(secretary);
    const agenda = documentAt(secretary, created.agenda.url);
    const proposed = agenda
      .tables()[0]
      .slice(1)
      .map((row) => row[1]);

    // The chair edits the agenda table by hand: the first item goes, the second is reworded, one is added.
    editTable(agenda, { table: 0, removeRow: 1 });
    editTable(agenda, { table: 0, row: 1, cells: ['', 'Reworded by the chair', ''] });
    editTable(agenda, { table: 0, appendRow: ['11:30', 'Added by hand', 'Lars Berg'] });

    const chair = asChair(secretary, created.agenda.url);
    const form = chair.run<MinutesForm>('getMinutesForm');
    expect(form.labels).toMatchObject({
      comment: t(language, 'minutes.comment'),
      addAction: t(language, 'minutes.addAction'),
      action: t(language, 'minutes.action'),
      owner: t(language, 'minutes.owner'),
      due: t(language, 'minutes.due'),
      generate: t(language, 'minutes.generate'),
    });
    expect(form.members).toEqual([
      { id: 'Amina Diallo', name: 'Amina Diallo', organisation: 'Maison des Associations' },
      { id: 'Lars Berg', name: 'Lars Berg', organisation: 'Röda Korset' },
      { id: 'Marie Dupont', name: 'Marie Dupont', organisation: '' },
    ]);
    expect(form.minutes.items.map((item) => item.item)).toEqual([
      'Reworded by the chair',
      ...proposed.slice(2),
      'Added by hand',
    ]);
    expect(form.basis).toBeNull();

    const first = chair.run<GeneratedMinutes>(
      'saveMinutes',
      filledIn(form, ['Amina Diallo', 'Lars Berg'], (items) => {
        itemNamed(items, 'Added by hand').comment = 'The room is free in May';
        itemNamed(items, 'Added by hand').actions.push({
          actionId: '',
          action: 'Book the room for May',
          owner: 'Lars Berg',
          due: '2027-04-01',
        });
        itemNamed(items, 'Reworded by the chair').actions.push({
          actionId: '',
          action: FORMULA,
          owner: 'Amina Diallo',
          due: '2027-05-01',
        });
      }),
    );
    expect(first.message).toBe(t(language, 'minutes.generated', { count: 2 }));

    // The minutes Doc, as the Guide's "Exemple de compte-rendu de réunion".
    const minutes = documentAt(secretary, first.document.url);
    expect(minutes.name).toBe(`${t(language, 'minutes.name')} – 2027-03-15 – Maison des Associations`);
    const text = minutes.plainText();
    const order = [
      t(language, 'minutes.heading'),
      'Maison des Associations',
      'Bordeaux',
      t(language, 'minutes.present'),
      'Amina Diallo / Maison des Associations',
      'Lars Berg / Röda Korset',
      t(language, 'minutes.absent'),
      'Marie Dupont',
    ].map((line) => text.indexOf(line));
    expect(
      order.every((position, index) => position >= 0 && (index === 0 || position > order[index - 1])),
    ).toBe(true);
    const [table, actionList] = minutes.tables();
    expect(table[0]).toEqual([
      t(language, 'agenda.item'),
      t(language, 'minutes.commentColumn'),
      t(language, 'minutes.completionColumn'),
    ]);
    expect(table.find((row) => row[0] === 'Added by hand')?.[1]).toBe(
      `The room is free in May\n${t(language, 'minutes.actionLine', { action: 'Book the room for May', owner: 'Lars Berg' })}`,
    );
    expect(actionList.slice(1).map((row) => row.slice(0, 2))).toEqual([
      [FORMULA, 'Amina Diallo'],
      ['Book the room for May', 'Lars Berg'],
    ]);
    expect(links(minutes)).toContainEqual({
      text: 'Alliance Gironde',
      url: expect.stringContaining(workbookId(secretary)),
    });

    // Every action in the action plan, once, its user text as text, not started, the minutes as its source.
    let sheets = asSecretary(secretary);
    const rows = readRows(sheets, 'actionPlan', ACTION_COLUMNS);
    expect(
      rows.map((row) => [row.values.action, row.values.owner, isoOf(row.values.due), row.values.status]),
    ).toEqual([
      [FORMULA, 'Amina Diallo', '2027-05-01', listLabel(language, 'actionStatus', 'notStarted')],
      ['Book the room for May', 'Lars Berg', '2027-04-01', listLabel(language, 'actionStatus', 'notStarted')],
    ]);
    expect(rows[0].formulas.action).toBe('');
    expect(rows.map((row) => row.values.number)).toEqual([1, 2]);
    expect(rows.every((row) => row.formulas.source.includes(first.document.url))).toBe(true);
    expect(rows.map((row) => row.values.actionId)).toEqual([
      expect.stringMatching(/-A1$/),
      expect.stringMatching(/-A2$/),
    ]);

    // The Meetings row: minutes linked, who came and who did not, held.
    const [meeting] = readRows(sheets, 'meetings', ['minutesLink', 'present', 'absent', 'status']);
    expect(meeting.formulas.minutesLink).toContain(first.document.url);
    expect(meeting.values).toMatchObject({
      present: 'Amina Diallo, Lars Berg',
      absent: 'Marie Dupont',
      status: listLabel(language, 'meetingStatus', 'held'),
    });

    // A member works on their action: status, due date and a note.
    typeCell(sheets, 'actionPlan', 1, 'status', listLabel(language, 'actionStatus', 'inProgress'));
    typeCell(sheets, 'actionPlan', 1, 'due', new Date(Date.UTC(2027, 5, 30)));
    typeCell(sheets, 'actionPlan', 1, 'description', 'Asked the caretaker');

    // The chair generates again, from a form that starts from the first minutes.
    const again = asChair(secretary, created.agenda.url).run<MinutesForm>('getMinutesForm');
    expect(again.document).toEqual(first.document);
    expect(again.basis?.revision).toBe(1);
    expect(again.minutes.present).toEqual(['Amina Diallo', 'Lars Berg']);
    expect(itemNamed(again.minutes.items, 'Added by hand')).toMatchObject({
      comment: 'The room is free in May',
      actions: [{ actionId: rows[1].values.actionId, action: 'Book the room for May', owner: 'Lars Berg' }],
    });
    const second = asChair(secretary, created.agenda.url).run<GeneratedMinutes>(
      'saveMinutes',
      filledIn(again, ['Amina Diallo', 'Marie Dupont'], (items) => {
        const booking = itemNamed(items, 'Added by hand').actions[0];
        booking.action = 'Book the big room for May';
        booking.due = '2027-04-15';
        itemNamed(items, 'Reworded by the chair').actions.push({
          actionId: '',
          action: 'Invite the mayor',
          owner: 'Marie Dupont',
          due: '2027-06-01',
        });
      }),
    );
    expect(second.document).toEqual(first.document);
    expect(secretary.ws.documents.size).toBe(3);
    expect(documentAt(secretary, second.document.url).plainText()).toContain('Invite the mayor');

    sheets = asSecretary(secretary);
    const after = readRows(sheets, 'actionPlan', ACTION_COLUMNS);
    expect(after.map((row) => [row.values.action, row.values.status, isoOf(row.values.due)])).toEqual([
      [FORMULA, listLabel(language, 'actionStatus', 'notStarted'), '2027-05-01'],
      // The chair's new words land; the member's status, date and note stay.
      ['Book the big room for May', listLabel(language, 'actionStatus', 'inProgress'), '2027-06-30'],
      ['Invite the mayor', listLabel(language, 'actionStatus', 'notStarted'), '2027-06-01'],
    ]);
    expect(after[1].values.description).toBe('Asked the caretaker');
    expect(after[2].values.number).toBe(3);
    expect(readRows(sheets, 'meetings', ['present', 'absent'])[0].values).toEqual({
      present: 'Amina Diallo, Marie Dupont',
      absent: 'Lars Berg',
    });

    // The next New meeting proposes one follow-up line per owner of open actions, each moderated by that owner.
    const next = sheets.run<NewMeetingForm>('getNewMeetingForm').agenda;
    expect(next.filter((item) => item.moderator !== '').map((item) => item.moderator)).toEqual([
      'Amina Diallo',
      'Lars Berg',
      'Marie Dupont',
    ]);
  });
});

describe('minutes of an agenda with follow-up lines', () => {
  it('keep each owner’s line with its comment and its actions, in the agenda’s order', () => {
    const secretary = alliance('en');
    appendRows(secretary, 'actionPlan', [
      {
        action: 'Map local support',
        owner: 'Lars Berg',
        due: new Date(Date.UTC(2026, 0, 10)),
        status: 'In progress',
      },
      {
        action: 'Ask the town hall',
        owner: 'Lars Berg',
        due: new Date(Date.UTC(2099, 0, 10)),
        status: 'Not started',
      },
      { action: 'Print leaflets', owner: 'Marie Dupont', status: 'Not started' },
    ]);
    const created = newMeeting(secretary);
    const chair = asChair(secretary, created.agenda.url);
    const form = chair.run<MinutesForm>('getMinutesForm');
    const lars = 'Follow-up – Lars Berg: 2 open actions; overdue: Map local support';
    expect(form.minutes.items.map((item) => item.item).slice(6, 10)).toEqual([
      'Review of the action plan',
      lars,
      'Follow-up – Marie Dupont: 1 open action',
      'Any other business',
    ]);
    const generated = chair.run<GeneratedMinutes>(
      'saveMinutes',
      filledIn(form, ['Lars Berg', 'Marie Dupont'], (items) => {
        itemNamed(items, lars).comment = 'The map is half done';
        itemNamed(items, lars).actions.push({
          actionId: '',
          action: 'Finish the map',
          owner: 'Lars Berg',
          due: '2027-04-01',
        });
      }),
    );
    const [table] = documentAt(secretary, generated.document.url).tables();
    const line = table.findIndex((row) => row[0] === lars);
    expect(table[line - 1][0]).toBe('Review of the action plan');
    expect(table[line][1]).toBe(
      `The map is half done\n${t('en', 'minutes.actionLine', { action: 'Finish the map', owner: 'Lars Berg' })}`,
    );
    expect(table[line + 1]).toEqual([
      'Follow-up – Marie Dupont: 1 open action',
      expect.any(String),
      expect.any(String),
    ]);
  });
});

describe('the agenda table as the chair left it', () => {
  it('reads an item the chair wrote on two lines of its cell, and a header in another language', () => {
    const secretary = alliance('en');
    const created = newMeeting(secretary);
    const agenda = documentAt(secretary, created.agenda.url);
    editTable(agenda, { table: 0, row: 0, cells: ['HEURE', 'OBJET', 'MODÉRATEUR'] });
    editTable(agenda, { table: 0, row: 2, cells: ['', 'Budget\nfor 2027', ''] });
    const form = asChair(secretary, created.agenda.url).run<MinutesForm>('getMinutesForm');
    expect(form.minutes.items[1].item).toBe('Budget for 2027');
    expect(form.minutes.items).toHaveLength(agenda.tables()[0].length - 1);
  });
});

describe('two chairs generating the same minutes at once', () => {
  it('lose and double nothing: the second keeps what the first wrote', () => {
    const secretary = alliance('en');
    const created = newMeeting(secretary);
    const formA = asChair(secretary, created.agenda.url).run<MinutesForm>('getMinutesForm');
    const formB = asChair(secretary, created.agenda.url).run<MinutesForm>('getMinutesForm');
    const [welcome, previous] = formA.minutes.items.map((item) => item.item);
    const action = (words: string, owner: string) => ({
      actionId: '',
      action: words,
      owner,
      due: '2027-04-01',
    });

    asChair(secretary, created.agenda.url).run(
      'saveMinutes',
      filledIn(formA, ['Amina Diallo'], (items) => {
        itemNamed(items, welcome).comment = 'Written by chair A';
        itemNamed(items, welcome).actions.push(action('From chair A', 'Lars Berg'));
      }),
    );
    const last = asChair(secretary, created.agenda.url).run<GeneratedMinutes>(
      'saveMinutes',
      filledIn(formB, ['Amina Diallo', 'Lars Berg'], (items) => {
        itemNamed(items, previous).comment = 'Written by chair B';
        itemNamed(items, welcome).actions.push(
          action('From chair A', 'Lars Berg'),
          action('From chair B', 'Amina Diallo'),
        );
      }),
    );

    const text = documentAt(secretary, last.document.url).plainText();
    expect(text).toContain('Written by chair A');
    expect(text).toContain('Written by chair B');
    const actions = readRows(asSecretary(secretary), 'actionPlan', ['action']).map(
      (row) => row.values.action,
    );
    expect(actions).toEqual(['From chair A', 'From chair B']);
    expect(secretary.ws.documents.size).toBe(3);
  });
});

describe('bad input: a message that says what to fix, in the user’s language, and nothing written', () => {
  function meetingInFrench() {
    const secretary = alliance('fr');
    const created = newMeeting(secretary);
    return { secretary, created, chair: asChair(secretary, created.agenda.url) };
  }

  function expectNothingWritten(secretary: LoadedAddon): void {
    expect(secretary.ws.documents.size).toBe(2);
    const sheets = asSecretary(secretary);
    expect(readRows(sheets, 'actionPlan', ['action'])).toEqual([]);
    expect(readRows(sheets, 'meetings', ['minutesLink', 'present'])[0].values).toEqual({
      minutesLink: '',
      present: '',
    });
  }

  it.each([
    [
      { action: 'Réserver la salle', owner: '', due: '2027-04-01' },
      "Veuillez choisir le responsable de l'action « Réserver la salle ».",
    ],
    [
      { action: 'Réserver la salle', owner: 'Lars Berg', due: '' },
      "Veuillez donner une date de réalisation à l'action « Réserver la salle ».",
    ],
    [
      { action: 'Réserver la salle', owner: 'Lars Berg', due: '04/15/2027' },
      "« 04/15/2027 » n'est pas une date. Veuillez choisir une date de réalisation pour « Réserver la salle », par exemple 15/03/2027.",
    ],
    [
      { action: 'Réserver la salle', owner: 'Quelqu’un', due: '2027-04-01' },
      "« Quelqu’un » n'est pas membre de l'Alliance. Veuillez choisir le responsable de « Réserver la salle » dans la liste.",
    ],
  ])('refuses the action %j', (action, message) => {
    const { secretary, chair } = meetingInFrench();
    const form = chair.run<MinutesForm>('getMinutesForm');
    const request = filledIn(form, ['Amina Diallo'], (items) =>
      items[0].actions.push({ actionId: '', ...action }),
    );
    expect(() => chair.run('saveMinutes', request)).toThrow(message);
    expectNothingWritten(secretary);
  });

  it.each([
    [
      'a comment',
      (item: MinutesItem) => {
        item.comment = 'y'.repeat(50_001);
      },
    ],
    [
      'an action',
      (item: MinutesItem) => {
        item.actions.push({
          actionId: '',
          action: 'y'.repeat(50_001),
          owner: 'Lars Berg',
          due: '2027-04-01',
        });
      },
    ],
  ])('refuses %s longer than a cell holds (https://support.google.com/drive/answer/37603)', (_what, fill) => {
    const { secretary, chair } = meetingInFrench();
    const form = chair.run<MinutesForm>('getMinutesForm');
    const request = filledIn(form, ['Amina Diallo'], (items) => fill(items[0]));
    expect(() => chair.run('saveMinutes', request)).toThrow(
      `Le texte commençant par « ${'y'.repeat(40)}… » compte 50001 caractères ; une cellule de Google Sheets en contient au plus 50 000. Veuillez le raccourcir. Rien n'a été modifié.`,
    );
    expectNothingWritten(secretary);
  });

  it('refuses a form that is not one', () => {
    const { secretary, chair } = meetingInFrench();
    expect(() => chair.run('saveMinutes', { present: 'all', items: [] })).toThrow(
      t('fr', 'minutes.error.badRequest'),
    );
    expectNothingWritten(secretary);
  });

  it('says so in a Doc that is not an agenda of Alliance Kit', () => {
    const secretary = alliance('fr');
    const plain = secretary.ws.createDocument('Notes');
    const chair = open(secretary, 'docs', plain.id);
    expect(() => chair.run('getMinutesForm')).toThrow(t('fr', 'minutes.error.notAgenda'));
    expect(() => chair.run('saveMinutes', { present: [], items: [], basis: null })).toThrow(
      t('fr', 'minutes.error.notAgenda'),
    );
  });

  it('says so in an agenda Doc whose table was deleted', () => {
    const { secretary, created, chair } = meetingInFrench();
    secretary.ws.calls.uncounted(() => {
      const app = secretary.ws.globals().DocumentApp as GoogleAppsScript.Document.DocumentApp;
      app.openByUrl(created.agenda.url).getBody().getTables()[0].removeFromParent();
    });
    expect(() => chair.run('getMinutesForm')).toThrow(t('fr', 'minutes.error.noAgendaTable'));
  });

  it('says so when the chair emptied the agenda table', () => {
    const { secretary, created, chair } = meetingInFrench();
    const agenda = documentAt(secretary, created.agenda.url);
    while (agenda.tables()[0].length > 1) editTable(agenda, { table: 0, removeRow: 1 });
    expect(() => chair.run('getMinutesForm')).toThrow(t('fr', 'minutes.error.emptyAgenda'));
  });

  it('says what to do, and whom to ask, when the workbook was deleted or is not shared with the user', () => {
    const { secretary, chair } = meetingInFrench();
    const form = chair.run<MinutesForm>('getMinutesForm');
    secretary.ws.spreadsheets.delete(workbookId(secretary));
    const message = t('fr', 'access.workbook', { owner: secretary.ws.email });
    expect(() => chair.run('getMinutesForm')).toThrow(message);
    expect(() =>
      chair.run(
        'saveMinutes',
        filledIn(form, [], () => undefined),
      ),
    ).toThrow(message);
    expect(secretary.ws.documents.size).toBe(2);
  });

  it('says so when the meeting’s row is gone from the Meetings sheet', () => {
    const { secretary, created } = meetingInFrench();
    typeCell(asSecretary(secretary), 'meetings', 0, 'meetingId', '');
    expect(() => asChair(secretary, created.agenda.url).run('getMinutesForm')).toThrow(
      t('fr', 'minutes.error.noMeeting'),
    );
  });

  it('asks to try again while another generation holds the agenda Doc’s lock', () => {
    const { secretary, chair } = meetingInFrench();
    const form = chair.run<MinutesForm>('getMinutesForm');
    holdLock(chair.ws, 'document');
    expect(() =>
      chair.run(
        'saveMinutes',
        filledIn(form, ['Amina Diallo'], () => undefined),
      ),
    ).toThrow(t('fr', 'error.busy'));
    expectNothingWritten(secretary);
  });

  it('keeps a comment or an action that looks like a formula as text', () => {
    const secretary = alliance('en');
    const created = newMeeting(secretary);
    const chair = asChair(secretary, created.agenda.url);
    const form = chair.run<MinutesForm>('getMinutesForm');
    const done = chair.run<GeneratedMinutes>(
      'saveMinutes',
      filledIn(form, [], (items) => {
        items[0].comment = FORMULA;
        items[0].actions.push({ actionId: '', action: FORMULA, owner: 'Lars Berg', due: '2027-04-01' });
      }),
    );
    expect(documentAt(secretary, done.document.url).tables()[0][1][1]).toContain(FORMULA);
    const [row] = readRows(asSecretary(secretary), 'actionPlan', ['action']);
    expect(row).toEqual({ values: { action: FORMULA }, formulas: { action: '' } });
  });
});

describe('Generate minutes’ budget of service calls', () => {
  const items: AgendaItem[] = Array.from({ length: 30 }, (_, n) => ({
    time: '',
    item: `Item ${n + 1}`,
    moderator: '',
  }));

  /**
   * The calls of loading the form, of generating 30 items with 60 actions, and of generating again, over an action
   * plan of that many rows. Adding rows to a sheet with no empty row left costs one Sheet.insertRowsAfter, whatever
   * the sheet's length (a 5,000-row plan typed in has none spare, a new one has ~1,000): counted apart.
   */
  function callsWith(actionRows: number): { steps: number[]; inserts: number } {
    const secretary = alliance('en');
    appendRows(
      secretary,
      'actionPlan',
      Array.from({ length: actionRows }, (_, index) => ({
        number: index + 1,
        action: `Action ${index + 1}`,
        owner: 'Lars Berg',
        status: 'Done',
        actionId: `older-A${index + 1}`,
      })),
    );
    const created = newMeeting(secretary, items);
    let inserts = 0;
    const counted = (addon: LoadedAddon, work: () => unknown): number => {
      addon.ws.calls.reset();
      work();
      const { total, byMethod } = addon.ws.calls.snapshot();
      inserts += byMethod['Sheet.insertRowsAfter'] ?? 0;
      return total - (byMethod['Sheet.insertRowsAfter'] ?? 0);
    };
    const chair = asChair(secretary, created.agenda.url);
    let form = chair.run<MinutesForm>('getMinutesForm');
    const loading = counted(chair, () => {
      form = chair.run<MinutesForm>('getMinutesForm');
    });
    const request = filledIn(form, ['Amina Diallo', 'Lars Berg'], (all) => {
      all.forEach((item, n) => {
        item.comment = `Comment ${n + 1}`;
        for (const k of [1, 2]) {
          item.actions.push({
            actionId: '',
            action: `Action ${n + 1}.${k}`,
            owner: 'Lars Berg',
            due: '2027-04-01',
          });
        }
      });
    });
    const generating = counted(chair, () => chair.run('saveMinutes', request));
    const again = asChair(secretary, created.agenda.url);
    const second = again.run<MinutesForm>('getMinutesForm');
    const regenerating = counted(again, () =>
      again.run('saveMinutes', { ...second.minutes, basis: second.basis }),
    );
    expect(readRows(asSecretary(secretary), 'actionPlan', ['action'])).toHaveLength(actionRows + 60);
    return { steps: [loading, generating, regenerating], inserts };
  }

  it(`is the same with 10 and with 5,000 action rows, and within ${MINUTES_CALL_BUDGET} calls for each step`, () => {
    const small = callsWith(10);
    const large = callsWith(5000);
    expect(large.steps).toEqual(small.steps);
    expect(large.inserts).toBeLessThanOrEqual(1);
    for (const calls of small.steps) expect(calls).toBeLessThanOrEqual(MINUTES_CALL_BUDGET);
  });
});

describe('Generate minutes and the workbook’s settings (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openById(String))', () => {
  /** Every value of the workbook's Dashboard sheet, as displayed. */
  function dashboardText(addon: LoadedAddon): string[] {
    return addon.ws.calls.uncounted(() => {
      const app = addon.ws.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
      const book = app.openById(workbookId(addon));
      const sheet = book.getSheetByName(t('fr', 'sheet.dashboard')) as GoogleAppsScript.Spreadsheet.Sheet;
      return sheet.getDataRange().getDisplayValues().flat();
    });
  }

  it('writes the workbook’s language for an English chair who reworded the agenda’s header, and refreshes the dashboard', () => {
    const secretary = alliance('fr');
    const created = newMeeting(secretary, [{ time: '', item: 'Budget', moderator: '' }]);
    const agenda = documentAt(secretary, created.agenda.url);
    editTable(agenda, { table: 0, row: 0, cells: ['Time', 'Item', 'Moderator'] });
    const before = dashboardText(secretary);

    secretary.ws.locale = 'en';
    const chair = asChair(secretary, created.agenda.url);
    const form = chair.run<MinutesForm>('getMinutesForm');
    const generated = chair.run<GeneratedMinutes>(
      'saveMinutes',
      filledIn(form, ['Amina Diallo'], (items) => {
        items[0].actions.push({
          actionId: '',
          action: 'Book the room',
          owner: 'Lars Berg',
          due: '2027-04-01',
        });
      }),
    );
    expect(generated.message).toBe(t('en', 'minutes.generated', { count: 1 }));
    secretary.ws.locale = 'fr';
    const [action] = readRows(asSecretary(secretary), 'actionPlan', ['status']);
    expect(action.values.status).toBe(listLabel('fr', 'actionStatus', 'notStarted'));
    const [meeting] = readRows(asSecretary(secretary), 'meetings', ['status']);
    expect(meeting.values.status).toBe(listLabel('fr', 'meetingStatus', 'held'));
    expect(dashboardText(secretary)).not.toEqual(before);
  });
});

describe('minutes of any real size (https://developers.google.com/apps-script/guides/services/quotas#current_limitations)', () => {
  it('generates and regenerates 40 items with 2,000-character comments and 100 actions, its record within the property quotas', () => {
    const secretary = alliance('fr');
    const agenda = Array.from({ length: 40 }, (_, n) => ({
      time: '',
      item: `Point ${n + 1}`,
      moderator: '',
    }));
    const created = newMeeting(secretary, agenda);
    const chair = asChair(secretary, created.agenda.url);
    // Multi-byte text: the 9 KB limit counts bytes, and an emoji takes four.
    const comment = (n: number) =>
      `${Array.from(`${n} ${'Évaluation partagée 🤝 '.repeat(200)}`)
        .slice(0, 1999)
        .join('')}.`;
    const request = filledIn(chair.run<MinutesForm>('getMinutesForm'), ['Amina Diallo'], (items) => {
      items.forEach((item, n) => {
        item.comment = comment(n);
        for (let k = 0; k < (n < 20 ? 3 : 2); k++) {
          item.actions.push({
            actionId: '',
            action: `Action ${n}.${k}`,
            owner: 'Lars Berg',
            due: '2027-04-01',
          });
        }
      });
    });
    expect(request.items.flatMap((item) => item.actions)).toHaveLength(100);
    chair.run('saveMinutes', request);

    const again = asChair(secretary, created.agenda.url);
    const form = again.run<MinutesForm>('getMinutesForm');
    expect(form.minutes.items.map((item) => item.comment)).toEqual(agenda.map((_, n) => comment(n)));
    const generated = again.run<GeneratedMinutes>('saveMinutes', { ...form.minutes, basis: form.basis });

    const actions = readRows(asSecretary(secretary), 'actionPlan', ['actionId']);
    expect(actions).toHaveLength(100);
    expect(new Set(actions.map((row) => row.values.actionId)).size).toBe(100);
    // The agenda, the invitation and one minutes Doc, which holds every comment.
    expect(secretary.ws.documents.size).toBe(3);
    const text = JSON.stringify(documentAt(secretary, generated.document.url));
    for (const n of [0, 39]) expect(text).toContain(comment(n));
    const store = secretary.ws.properties.document[documentAt(secretary, created.agenda.url).id];
    const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
    for (const value of Object.values(store)) expect(bytes(value)).toBeLessThanOrEqual(9 * 1024);
    const total = Object.entries(store).reduce((sum, [key, value]) => sum + bytes(key) + bytes(value), 0);
    expect(total).toBeLessThanOrEqual(500 * 1024);
  });
});

describe('a failure part-way, then a retry (https://developers.google.com/apps-script/guides/support/troubleshooting#common_errors)', () => {
  /** Google failing one service call, as "Service error" does: the nth call of that method throws. */
  function failOnce(addon: LoadedAddon, method: string, nth: number): void {
    const authorize = addon.ws.calls.authorize;
    let seen = 0;
    addon.ws.calls.authorize = (service, called) => {
      authorize?.(service, called);
      if (called === method && ++seen === nth) {
        addon.ws.calls.authorize = authorize;
        throw new Error('Service error: Spreadsheets');
      }
    };
  }

  function meetingWithRequest() {
    const secretary = alliance('en');
    const created = newMeeting(secretary);
    const chair = asChair(secretary, created.agenda.url);
    const request = filledIn(chair.run<MinutesForm>('getMinutesForm'), ['Amina Diallo'], (items) => {
      items[0].comment = 'Agreed';
      for (const action of ['Book the room', 'Write to the mayor', 'Print the flyers']) {
        items[0].actions.push({ actionId: '', action, owner: 'Lars Berg', due: '2027-04-01' });
      }
    });
    return { secretary, created, chair, request };
  }

  it.each([
    ['the second action row', 'Sheet.appendRow', 2],
    ['the Meetings row', 'Range.setValues', 1],
    ['the stored record, its last write', 'Properties.setProperties', 1],
  ])(
    'after a failure at %s, says what was changed, and the retry makes one Doc and one row per action',
    (_, method, nth) => {
      const { secretary, created, chair, request } = meetingWithRequest();
      failOnce(chair, method, nth);
      let message = '';
      try {
        chair.run('saveMinutes', request);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toContain('Service error: Spreadsheets');
      expect(message).toContain('Before it stopped, it had already changed');
      expect(message).not.toContain('Nothing was changed');

      asChair(secretary, created.agenda.url).run('saveMinutes', request);
      expect(secretary.ws.documents.size).toBe(3);
      const actions = readRows(asSecretary(secretary), 'actionPlan', ['action']).map(
        (row) => row.values.action,
      );
      expect(actions).toEqual(['Book the room', 'Write to the mayor', 'Print the flyers']);
    },
  );

  it('refuses minutes the agenda cannot keep before writing anything, and says nothing was changed', () => {
    const { secretary, created, chair, request } = meetingWithRequest();
    const agendaId = documentAt(secretary, created.agenda.url).id;
    secretary.ws.properties.document[agendaId] = { filler: 'x'.repeat(500 * 1024 - 200) };
    expect(() => chair.run('saveMinutes', request)).toThrow(t('en', 'minutes.error.tooLarge'));
    expect(secretary.ws.documents.size).toBe(2);
    expect(readRows(asSecretary(secretary), 'actionPlan', ['action'])).toEqual([]);
  });
});

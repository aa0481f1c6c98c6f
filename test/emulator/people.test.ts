// Contract of the workspace's people: who is at work, who may open and edit each file, and the sharing methods.
import { Workspace } from '../../emulator/workspace';

const SHEETS = 'https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet';
const DOCS = 'https://developers.google.com/apps-script/reference/document/document';

const PEOPLE = [
  { email: 'amina@alliance.org', name: 'Amina', locale: 'fr' },
  { email: 'chair@alliance.org', name: 'Chair', locale: 'nl' },
  { email: 'member@alliance.org', name: 'Member', locale: 'sv' },
];

/** The secretary owns a workbook and an agenda Doc; scripts run as whoever is signed in. */
function alliance(options: { sharingDomain?: string } = {}) {
  const ws = new Workspace({ people: PEOPLE, ...options });
  const book = ws.createSpreadsheet('Alliance');
  const agenda = ws.createDocument('Agenda');
  const apps = () => {
    const globals = ws.globals();
    return {
      sheets: globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
      docs: globals.DocumentApp as GoogleAppsScript.Document.DocumentApp,
      session: globals.Session as GoogleAppsScript.Base.Session,
    };
  };
  return { ws, bookId: book.id, agendaId: agenda.id, apps };
}

const emails = (users: GoogleAppsScript.Base.User[]) => users.map((user) => user.getEmail());

describe('People and sharing', () => {
  it('gives the person at work as active and effective user, with their locale (https://developers.google.com/apps-script/reference/base/session#getActiveUser())', () => {
    const { ws, apps } = alliance();
    expect(apps().session.getActiveUser().getEmail()).toBe('amina@alliance.org');
    expect(apps().session.getActiveUserLocale()).toBe('fr');
    ws.signIn('chair@alliance.org');
    expect(apps().session.getEffectiveUser().getEmail()).toBe('chair@alliance.org');
    expect(apps().session.getActiveUserLocale()).toBe('nl');
    expect(() => ws.signIn('stranger@example.org')).toThrow('not one of the workspace');
  });

  it(`makes the creator the owner and an editor (${SHEETS}#getOwner(), ${SHEETS}#getEditors())`, () => {
    const { apps, bookId } = alliance();
    const book = apps().sheets.openById(bookId);
    expect(book.getOwner()?.getEmail()).toBe('amina@alliance.org');
    expect(emails(book.getEditors())).toEqual(['amina@alliance.org']);
    expect(book.getViewers()).toEqual([]);
    const made = apps().docs.create('Minutes');
    expect(emails(made.getEditors())).toEqual(['amina@alliance.org']);
  });

  it("refuses a file not shared with the person, with each service's error (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openById(String))", () => {
    const { ws, apps, bookId, agendaId } = alliance();
    ws.signIn('chair@alliance.org');
    expect(() => apps().sheets.openById(bookId)).toThrow(
      'You do not have permission to access the requested document.',
    );
    expect(() => apps().sheets.openByUrl(`https://docs.google.com/spreadsheets/d/${bookId}/edit`)).toThrow(
      'You do not have permission to access the requested document.',
    );
    expect(() => apps().docs.openById(agendaId)).toThrow(
      `Document ${agendaId} is missing (perhaps it was deleted, or you don't have read access?)`,
    );
    expect(() => ws.open({ host: 'sheets', fileId: bookId })).toThrow('has no access');
  });

  it(`lets an editor read and write, and a viewer only read (${SHEETS}#addViewer(String))`, () => {
    const { ws, apps, bookId, agendaId } = alliance();
    apps().sheets.openById(bookId).addEditor('chair@alliance.org').addViewer('member@alliance.org');
    apps().docs.openById(agendaId).addViewer('member@alliance.org');

    ws.signIn('chair@alliance.org');
    apps().sheets.openById(bookId).getSheets()[0].getRange('A1').setValue('by the chair');

    ws.signIn('member@alliance.org');
    const book = apps().sheets.openById(bookId);
    const sheet = book.getSheetByName('Sheet1');
    expect(sheet?.getRange('A1').getValue()).toBe('by the chair');
    expect(() => sheet?.getRange('A1').setValue('by a viewer')).toThrow(
      'You do not have permission to perform that action.',
    );
    expect(() => book.insertSheet('Mine')).toThrow('You do not have permission to perform that action.');
    expect(() => book.addEditor('member@alliance.org')).toThrow('You do not have permission');
    const body = apps().docs.openById(agendaId).getBody();
    expect(body.getText()).toBe('');
    expect(() => body.appendParagraph('by a viewer')).toThrow(
      'You do not have permission to perform that action.',
    );
    expect(() => body.editAsText().insertText(0, 'x')).toThrow('You do not have permission');

    ws.signIn('amina@alliance.org');
    expect(
      apps()
        .sheets.openById(bookId)
        .getSheets()
        .map((s) => s.getName()),
    ).toEqual(['Sheet1']);
    expect(apps().sheets.openById(bookId).getSheets()[0].getRange('A1').getValue()).toBe('by the chair');
  });

  it(`promotes a viewer to editor, and addViewer leaves an editor an editor (${DOCS}#addEditor(String), ${DOCS}#addViewer(String))`, () => {
    const { apps, agendaId } = alliance();
    const doc = apps().docs.openById(agendaId);
    doc.addViewers(['chair@alliance.org', 'member@alliance.org']);
    expect(emails(doc.getViewers())).toEqual(['chair@alliance.org', 'member@alliance.org']);
    doc.addEditor('chair@alliance.org');
    doc.addViewer('chair@alliance.org');
    expect(emails(doc.getEditors())).toEqual(['amina@alliance.org', 'chair@alliance.org']);
    expect(emails(doc.getViewers())).toEqual(['member@alliance.org']);
    doc.addEditors(['member@alliance.org']);
    expect(doc.getViewers()).toEqual([]);
  });

  it(`takes a User as well as an address, and removes as documented (${SHEETS}#removeEditor(User), ${SHEETS}#removeViewer(String))`, () => {
    const { apps, bookId } = alliance();
    const book = apps().sheets.openById(bookId);
    const owner = book.getOwner() as GoogleAppsScript.Base.User;
    book.addEditor('chair@alliance.org').addViewer('member@alliance.org');
    const chair = book.getEditors()[1];
    book.removeEditor(chair);
    book.removeViewer('chair@alliance.org');
    expect(emails(book.getEditors())).toEqual(['amina@alliance.org']);
    book.removeViewer('member@alliance.org');
    expect(book.getViewers()).toEqual([]);
    book.removeEditor(owner);
    expect(book.getOwner()?.getEmail()).toBe('amina@alliance.org');
    expect(emails(book.getEditors())).toEqual(['amina@alliance.org']);
  });

  it('refuses an address that is not one, and one outside a domain that keeps its files inside, changing nothing', () => {
    const { apps, agendaId } = alliance({ sharingDomain: 'alliance.org' });
    const doc = apps().docs.openById(agendaId);
    expect(() => doc.addEditor('not an address')).toThrow('Invalid email: not an address');
    expect(() => doc.addViewer('someone@gmail.com')).toThrow(
      'Sorry, an item cannot be shared outside of alliance.org.',
    );
    expect(() => doc.addViewers(['member@alliance.org', 'someone@gmail.com'])).toThrow(
      'outside of alliance.org',
    );
    expect(doc.getViewers()).toEqual([]);
  });

  it('gives no class a sharing method Google does not document: a Document has no getOwner', () => {
    const { apps, agendaId, bookId } = alliance();
    expect((apps().docs.openById(agendaId) as unknown as Record<string, unknown>).getOwner).toBeUndefined();
    const sheet = apps().sheets.openById(bookId).getSheets()[0] as unknown as Record<string, unknown>;
    expect(sheet.addEditor).toBeUndefined();
  });

  it('keeps user properties per person (https://developers.google.com/apps-script/reference/properties/properties-service#getUserProperties())', () => {
    const { ws } = alliance();
    const props = () =>
      (ws.globals().PropertiesService as GoogleAppsScript.Properties.PropertiesService).getUserProperties();
    props().setProperty('reminders', 'on');
    ws.signIn('chair@alliance.org');
    expect(props().getProperty('reminders')).toBeNull();
  });

  it("saves and loads the people, who is signed in and every file's sharing", () => {
    const { ws, apps, bookId } = alliance({ sharingDomain: 'alliance.org' });
    apps().sheets.openById(bookId).addViewer('member@alliance.org');
    ws.signIn('member@alliance.org');
    const copy = Workspace.fromJSON(JSON.parse(JSON.stringify(ws.toJSON())));
    expect(copy.toJSON()).toEqual(ws.toJSON());
    expect(copy.email).toBe('member@alliance.org');
    expect(copy.locale).toBe('sv');
    expect(copy.sharing.get(bookId)).toEqual({
      owner: 'amina@alliance.org',
      editors: [],
      viewers: ['member@alliance.org'],
    });
  });

  it('refuses a state saved before people, naming both versions', () => {
    const state = JSON.parse(JSON.stringify(new Workspace().toJSON()));
    state.version = 1;
    expect(() => Workspace.fromJSON(state)).toThrow(
      'Saved emulator state has version 1, this emulator reads version 2',
    );
  });
});

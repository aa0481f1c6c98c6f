// Contract of the emulated editor Ui: menus, sidebar, dialogs, alerts and prompts as Google documents them.
import { createHtmlService } from '../../emulator/services/html';
import { createUi } from '../../emulator/services/ui';
import { Workspace } from '../../emulator/workspace';

function editor(options: { addonName?: string } = {}) {
  const ws = new Workspace(options);
  return { ws, ui: createUi(ws, 'sheets'), html: createHtmlService(ws) };
}

describe('Ui.createAddonMenu (https://developers.google.com/apps-script/reference/base/ui#createAddonMenu())', () => {
  it("is titled with the add-on's name and records items, separators and submenus once added to the Ui", () => {
    const { ws, ui } = editor();
    const more = ui.createMenu('More').addItem('Charter', 'openCharter');
    ui.createAddonMenu()
      .addItem('Set up alliance workbook', 'setUpWorkbook')
      .addSeparator()
      .addSubMenu(more)
      .addToUi();
    expect(ws.ui.menus).toEqual([
      {
        title: 'Alliance Kit',
        addon: true,
        items: [
          { label: 'Set up alliance workbook', fn: 'setUpWorkbook' },
          { separator: true },
          { submenu: { title: 'More', addon: false, items: [{ label: 'Charter', fn: 'openCharter' }] } },
        ],
      },
    ]);
  });

  it('shows nothing until addToUi (https://developers.google.com/apps-script/reference/base/menu#addToUi())', () => {
    const { ws, ui } = editor();
    ui.createAddonMenu().addItem('New meeting', 'newMeeting');
    expect(ws.ui.menus).toEqual([]);
  });

  it('replaces the add-on menu when onOpen builds it again, and takes the name from the workspace', () => {
    const { ws, ui } = editor({ addonName: 'Test deployment' });
    ui.createAddonMenu().addItem('Old', 'old').addToUi();
    ui.createAddonMenu().addItem('New', 'fresh').addToUi();
    expect(ws.ui.menus).toEqual([
      { title: 'Test deployment', addon: true, items: [{ label: 'New', fn: 'fresh' }] },
    ]);
  });

  it('counts every call on the Ui and its menus', () => {
    const { ws, ui } = editor();
    ui.createAddonMenu().addItem('A', 'a').addSeparator().addToUi();
    expect(ws.calls.byMethod).toEqual({
      'Ui.createAddonMenu': 1,
      'Menu.addItem': 1,
      'Menu.addSeparator': 1,
      'Menu.addToUi': 1,
    });
  });
});

describe('Ui.showSidebar (https://developers.google.com/apps-script/reference/base/ui#showSidebar(Object))', () => {
  it("shows the output's title and HTML, one sidebar at a time", () => {
    const { ws, ui, html } = editor();
    ui.showSidebar(html.createHtmlOutput('<p>First</p>').setTitle('New meeting'));
    ui.showSidebar(html.createHtmlOutput('<p>Second</p>').setTitle('Generate minutes'));
    expect(ws.ui.sidebar).toEqual({ title: 'Generate minutes', html: '<p>Second</p>' });
  });

  it('refuses what is not an HtmlOutput', () => {
    const { ui } = editor();
    expect(() => ui.showSidebar('<p>raw</p>' as unknown as GoogleAppsScript.HTML.HtmlOutput)).toThrow(
      'Invalid argument: userInterface',
    );
  });
});

describe('Ui.showModalDialog and showModelessDialog (https://developers.google.com/apps-script/reference/base/ui#showModalDialog(Object,String))', () => {
  it('records the dialog with its title, HTML and size', () => {
    const { ws, ui, html } = editor();
    ui.showModalDialog(html.createHtmlOutput('<p>Sure?</p>').setWidth(400).setHeight(200), 'Confirm');
    ui.showModelessDialog(html.createHtmlOutput('<p>Help</p>'), 'Help');
    expect(ws.ui.dialogs).toEqual([
      { title: 'Confirm', html: '<p>Sure?</p>', modal: true, width: 400, height: 200 },
      { title: 'Help', html: '<p>Help</p>', modal: false, width: null, height: null },
    ]);
  });
});

describe('Ui.alert (https://developers.google.com/apps-script/reference/base/ui#alert(String,String,ButtonSet))', () => {
  it('records the three forms and answers OK for an information message', () => {
    const { ws, ui } = editor();
    expect(ui.alert('Saved')).toBe(ui.Button.OK);
    ui.alert('Delete?', ui.ButtonSet.YES_NO);
    ui.alert('Set-up', 'Workbook ready', ui.ButtonSet.OK);
    expect(ws.ui.alerts).toEqual([
      { message: 'Saved', buttons: 'OK' },
      { message: 'Delete?', buttons: 'YES_NO' },
      { title: 'Set-up', message: 'Workbook ready', buttons: 'OK' },
    ]);
  });

  it('answers the queued clicks in order (https://developers.google.com/apps-script/reference/base/button)', () => {
    const { ws, ui } = editor();
    ws.ui.alertResponses.push('NO', 'CLOSE');
    expect(ui.alert('Delete?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert('Delete?', ui.ButtonSet.YES_NO)).toBe(ui.Button.CLOSE);
    expect(ui.alert('Delete?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    expect(ws.ui.alertResponses).toEqual([]);
  });
});

describe('Ui.prompt (https://developers.google.com/apps-script/reference/base/ui#prompt(String,String,ButtonSet))', () => {
  it('answers what the person typed and the button they clicked (https://developers.google.com/apps-script/reference/base/prompt-response)', () => {
    const { ws, ui } = editor();
    ws.ui.promptResponses = [{ button: 'OK', text: 'Ghent' }];
    const answer = ui.prompt('Place', 'Where is the meeting?', ui.ButtonSet.OK_CANCEL);
    expect(answer.getResponseText()).toBe('Ghent');
    expect(answer.getSelectedButton()).toBe(ui.Button.OK);
    const unanswered = ui.prompt('Name?');
    expect([unanswered.getResponseText(), unanswered.getSelectedButton()]).toEqual(['', ui.Button.OK]);
    expect(ws.ui.alerts[0]).toEqual({
      title: 'Place',
      message: 'Where is the meeting?',
      buttons: 'OK_CANCEL',
      asksForText: true,
    });
  });
});

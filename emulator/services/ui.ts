// The editor Ui of Sheets and Docs for the emulator: menus, sidebar, dialogs and alerts, recorded for tests and the workbench.
import { enumOf, gasEnum, invalidArgument } from '../core';
import { SCOPE } from '../scopes';
import type { ServiceRegistration, ServiceState } from '../service';
import type { Host, Workspace } from '../workspace';
import { HtmlOutput } from './html';

/** https://developers.google.com/apps-script/reference/base/button */
export const Button = enumOf(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);

/** https://developers.google.com/apps-script/reference/base/button-set */
export const ButtonSet = enumOf(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);

type ButtonName = keyof typeof Button;
type ButtonSetName = keyof typeof ButtonSet;

const BUTTONS_OF: Record<ButtonSetName, ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

/** The title the add-on menu shows when no name is given: the add-on's name, as in Extensions › Alliance Kit. */
export const DEFAULT_ADDON_NAME = 'Alliance Kit';

export type MenuEntry = { label: string; fn: string } | { separator: true } | { submenu: MenuState };

export interface MenuState {
  title: string;
  /** The add-on menu lives under Extensions; other menus sit in the menu bar. */
  addon: boolean;
  items: MenuEntry[];
}

export interface DialogState {
  title: string;
  html: string;
  modal: boolean;
  width: number | null;
  height: number | null;
}

export interface AlertState {
  title?: string;
  message: string;
  buttons?: string;
  /** Set for Ui.prompt, which also asks for a line of text. */
  asksForText?: true;
}

export interface UiState {
  /** What addToUi() put in the editor since the file was opened; one entry per title. */
  menus: MenuState[];
  sidebar: { title: string; html: string } | null;
  dialogs: DialogState[];
  /** Every alert and prompt shown, in order. */
  alerts: AlertState[];
  toasts: { message: string; title?: string; timeoutSeconds?: number }[];
  /** What the person clicks in the next alerts, as Button names ("YES", "CANCEL", ...), used up in order. */
  alertResponses: string[];
  /** What the person types and clicks in the next prompts, used up in order. */
  promptResponses?: { button: string; text: string }[];
}

/** The editor's menus, sidebar and dialogs, which a script reaches through SpreadsheetApp.getUi() or DocumentApp.getUi(). */
export const uiState: ServiceState<UiState> = {
  key: 'ui',
  create: () => ({ menus: [], sidebar: null, dialogs: [], alerts: [], toasts: [], alertResponses: [] }),
  toJSON: (ui) => structuredClone(ui),
  fromJSON: (json) => structuredClone(json as UiState),
};

/**
 * The person answering a dialog: the next queued answer, else the first button of the set (OK for an information
 * message), as someone pressing Enter would.
 */
function clickedButton(queued: string | undefined, buttons: ButtonSetName): GoogleAppsScript.Base.Button {
  const name = queued ?? BUTTONS_OF[buttons][0];
  if (!Object.hasOwn(Button, name)) throw new Error(`Not a Button name in the queued responses: ${name}`);
  return gasEnum(Button[name as ButtonName]);
}

/** Reads (prompt), (prompt, buttons) or (title, prompt, buttons), Google's three forms of alert and prompt. */
function dialogArguments(args: unknown[]): { title?: string; message: string; buttons: ButtonSetName } {
  if (args.length >= 3)
    return { title: String(args[0]), message: String(args[1]), buttons: buttonSetName(args[2]) };
  return { message: String(args[0]), buttons: args.length === 2 ? buttonSetName(args[1]) : 'OK' };
}

function buttonSetName(value: unknown): ButtonSetName {
  const name = String(value);
  if (!Object.hasOwn(ButtonSet, name)) throw invalidArgument('buttons');
  return name as ButtonSetName;
}

/** https://developers.google.com/apps-script/reference/base/menu */
class Menu
  implements Pick<GoogleAppsScript.Base.Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'>
{
  readonly state: MenuState;

  constructor(
    private readonly ws: Workspace,
    title: string,
    addon: boolean,
  ) {
    this.state = { title, addon, items: [] };
  }

  private chain(method: string): GoogleAppsScript.Base.Menu {
    this.ws.calls.hit('base', `Menu.${method}`);
    return this as unknown as GoogleAppsScript.Base.Menu;
  }

  /** The function runs by its name when the item is clicked (https://developers.google.com/apps-script/reference/base/menu#addItem(String,String)). */
  addItem(caption: string, functionName: string): GoogleAppsScript.Base.Menu {
    this.state.items.push({ label: String(caption), fn: String(functionName) });
    return this.chain('addItem');
  }

  addSeparator(): GoogleAppsScript.Base.Menu {
    this.state.items.push({ separator: true });
    return this.chain('addSeparator');
  }

  /** https://developers.google.com/apps-script/reference/base/menu#addSubMenu(Menu) */
  addSubMenu(menu: GoogleAppsScript.Base.Menu): GoogleAppsScript.Base.Menu {
    if (!(menu instanceof Menu)) throw invalidArgument('menu');
    this.state.items.push({ submenu: structuredClone(menu.state) });
    return this.chain('addSubMenu');
  }

  /**
   * Puts the menu in the editor; adding it again, as onOpen does on every open, replaces the one of the same title
   * (https://developers.google.com/apps-script/reference/base/menu#addToUi()).
   */
  addToUi(): void {
    this.ws.calls.hit('base', 'Menu.addToUi');
    const menu = structuredClone(this.state);
    const index = this.ws.ui.menus.findIndex(
      (shown) => shown.title === menu.title && shown.addon === menu.addon,
    );
    if (index >= 0) this.ws.ui.menus[index] = menu;
    else this.ws.ui.menus.push(menu);
  }
}

function outputView(output: unknown): ReturnType<HtmlOutput['view']> {
  if (!(output instanceof HtmlOutput)) throw invalidArgument('userInterface');
  return output.view();
}

/** https://developers.google.com/apps-script/reference/base/prompt-response */
class PromptResponse implements GoogleAppsScript.Base.PromptResponse {
  constructor(
    private readonly ws: Workspace,
    private readonly text: string,
    private readonly button: GoogleAppsScript.Base.Button,
  ) {}

  getResponseText(): string {
    this.ws.calls.hit('base', 'PromptResponse.getResponseText');
    return this.text;
  }

  getSelectedButton(): GoogleAppsScript.Base.Button {
    this.ws.calls.hit('base', 'PromptResponse.getSelectedButton');
    return this.button;
  }
}

type UiPart = Pick<
  GoogleAppsScript.Base.Ui,
  | 'Button'
  | 'ButtonSet'
  | 'alert'
  | 'prompt'
  | 'createAddonMenu'
  | 'createMenu'
  | 'showSidebar'
  | 'showModalDialog'
  | 'showModelessDialog'
>;

/**
 * The Ui of the editor in front of the user (https://developers.google.com/apps-script/reference/base/ui). Only a
 * script running in that editor may have it: SpreadsheetApp.getUi() and DocumentApp.getUi() check that before
 * calling this. Sheets and Docs offer the same Ui.
 */
export function createUi(ws: Workspace, _host: Host): UiPart {
  const hit = (method: string) => ws.calls.hit('base', `Ui.${method}`);
  const ui = {
    Button,
    ButtonSet,
    /**
     * The add-on's own menu under Extensions, titled with the add-on's name: the Marketplace listing's name, or the
     * script project's name for a test deployment (https://developers.google.com/apps-script/reference/base/ui#createAddonMenu()).
     * The emulator takes it from the workspace's `addonName`.
     */
    createAddonMenu(): GoogleAppsScript.Base.Menu {
      hit('createAddonMenu');
      return new Menu(ws, ws.addonName, true) as unknown as GoogleAppsScript.Base.Menu;
    },
    /** A menu of the editor's menu bar (https://developers.google.com/apps-script/reference/base/ui#createMenu(String)). */
    createMenu(caption: string): GoogleAppsScript.Base.Menu {
      hit('createMenu');
      return new Menu(ws, String(caption), false) as unknown as GoogleAppsScript.Base.Menu;
    },
    /**
     * One sidebar at a time: a new one replaces the open one; its title is the output's
     * (https://developers.google.com/apps-script/reference/base/ui#showSidebar(Object)).
     */
    showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
      hit('showSidebar');
      const { title, html } = outputView(userInterface);
      ws.ui.sidebar = { title, html };
    },
    /** https://developers.google.com/apps-script/reference/base/ui#showModalDialog(Object,String) */
    showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
      hit('showModalDialog');
      const { html, width, height } = outputView(userInterface);
      ws.ui.dialogs.push({ title: String(title), html, modal: true, width, height });
    },
    /** https://developers.google.com/apps-script/reference/base/ui#showModelessDialog(Object,String) */
    showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
      hit('showModelessDialog');
      const { html, width, height } = outputView(userInterface);
      ws.ui.dialogs.push({ title: String(title), html, modal: false, width, height });
    },
    /**
     * Shows a message and waits for a button; answers the Button clicked
     * (https://developers.google.com/apps-script/reference/base/ui#alert(String,String,ButtonSet)).
     */
    alert(...args: unknown[]): GoogleAppsScript.Base.Button {
      hit('alert');
      const { title, message, buttons } = dialogArguments(args);
      ws.ui.alerts.push({ ...(title === undefined ? {} : { title }), message, buttons });
      return clickedButton(ws.ui.alertResponses.shift(), buttons);
    },
    /** https://developers.google.com/apps-script/reference/base/ui#prompt(String,String,ButtonSet) */
    prompt(...args: unknown[]): GoogleAppsScript.Base.PromptResponse {
      hit('prompt');
      const { title, message, buttons } = dialogArguments(args);
      ws.ui.alerts.push({ ...(title === undefined ? {} : { title }), message, buttons, asksForText: true });
      const answer = ws.ui.promptResponses?.shift();
      return new PromptResponse(ws, answer?.text ?? '', clickedButton(answer?.button, buttons));
    },
  };
  return ui as unknown as UiPart;
}

/** Ui has no global of its own; it is registered for its state. */
export const uiService: ServiceRegistration = {
  name: 'Ui',
  reference: 'base',
  state: uiState,
  // Showing HTML needs the container's UI scope (https://developers.google.com/apps-script/reference/base/ui#showSidebar(Object));
  // alerts, prompts and menus need none.
  scopes: {
    'Ui.showSidebar': [SCOPE.containerUi],
    'Ui.showModalDialog': [SCOPE.containerUi],
    'Ui.showModelessDialog': [SCOPE.containerUi],
  },
};

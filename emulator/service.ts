// What an emulated service tells the workspace about itself: its globals, the state it keeps and that state's saved form.
import type { ScopeTable } from './scopes';
import type { Workspace } from './workspace';

/**
 * State a service keeps in the workspace, made on first use through `ws.state(slot)`. With toJSON and fromJSON it
 * is saved in the workspace's JSON under `key` (.workbench/workspace.json); a saved workspace without that key,
 * written before the service existed, starts with a fresh state. Without them it lives as long as the workspace.
 */
export interface ServiceState<S> {
  /** The state's key in the saved JSON; unique among services. */
  readonly key: string;
  create(ws: Workspace): S;
  toJSON?(state: S): unknown;
  /** Reads what toJSON wrote; when that form changes, raise WORKSPACE_STATE_VERSION in workspace.ts. */
  fromJSON?(json: unknown, ws: Workspace): S;
}

/**
 * One emulated Apps Script service, as moto registers one AWS backend: a new service writes one of these beside its
 * code (its globals, state, and the scopes its methods require) and adds it to SERVICES in registry.ts; the workspace
 * lists no service.
 */
export interface ServiceRegistration {
  /** The service's name in Google's reference, e.g. "SpreadsheetApp". */
  readonly name: string;
  /**
   * The `<service>` of its reference pages, https://developers.google.com/apps-script/reference/<service>/…
   * ("spreadsheet", "document", "base"...): its methods count their calls with `ws.calls.hit(reference, method)`.
   */
  readonly reference: string;
  /**
   * The scopes its methods require, copied from each method's reference page (see ScopeTable in scopes.ts). A call
   * whose scopes the manifest lacks fails with Apps Script's permission error; a method left out requires none.
   */
  readonly scopes?: ScopeTable;
  /** The globals a script sees, bound to the workspace: called for every execution, so made fresh each time. */
  globals?(ws: Workspace): Record<string, unknown>;
  readonly state?: ServiceState<unknown>;
}

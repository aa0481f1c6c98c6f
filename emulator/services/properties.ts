// PropertiesService for the emulator: script, user and document stores of strings, with Google's size quotas.
import { scriptError } from '../core';
import type { ServiceRegistration, ServiceState } from '../service';
import type { Workspace } from '../workspace';

export interface PropertiesState {
  script: Record<string, string>;
  /** One store per person, by email: a user's properties are theirs alone, across documents. */
  user: Record<string, Record<string, string>>;
  /** One store per file, by file id: shared by every user of that file. */
  document: Record<string, Record<string, string>>;
}

type GasProperties = GoogleAppsScript.Properties.Properties;

/** Quotas for Google Services: "Properties value size 9 KB / val", "Properties total storage 500 KB / property store" (https://developers.google.com/apps-script/guides/services/quotas#current_limitations). */
export const PROPERTY_VALUE_LIMIT_BYTES = 9 * 1024;
export const PROPERTY_STORE_LIMIT_BYTES = 500 * 1024;

/**
 * Google's message when a property write would break the storage quota. Google documents no other wording for an
 * oversized value, so the emulator gives this one for both limits.
 */
const QUOTA_MESSAGE =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** The quota counts keys and values (https://developers.google.com/apps-script/guides/services/quotas#current_limitations). */
function storeBytes(store: Record<string, string>): number {
  return Object.entries(store).reduce((total, [key, value]) => total + bytes(key) + bytes(value), 0);
}

/** https://developers.google.com/apps-script/reference/properties/properties */
class Properties
  implements
    Pick<
      GasProperties,
      | 'getProperty'
      | 'setProperty'
      | 'setProperties'
      | 'getProperties'
      | 'getKeys'
      | 'deleteProperty'
      | 'deleteAllProperties'
    >
{
  constructor(
    private readonly ws: Workspace,
    private readonly store: () => Record<string, string>,
  ) {}

  private chain(method: string): GasProperties {
    this.ws.calls.hit('properties', `Properties.${method}`);
    return this as unknown as GasProperties;
  }

  /** Writes all or nothing, as Google refuses a write past the quota without storing part of it. */
  private write(changes: Record<string, string>, deleteAllOthers: boolean): void {
    const next = { ...(deleteAllOthers ? {} : this.store()), ...changes };
    const tooLarge = Object.values(changes).some((value) => bytes(value) > PROPERTY_VALUE_LIMIT_BYTES);
    if (tooLarge || storeBytes(next) > PROPERTY_STORE_LIMIT_BYTES) throw scriptError(QUOTA_MESSAGE);
    const store = this.store();
    for (const key of Object.keys(store)) delete store[key];
    Object.assign(store, next);
  }

  /** null when there is no such key (https://developers.google.com/apps-script/reference/properties/properties#getProperty(String)). */
  getProperty(key: string): string | null {
    this.ws.calls.hit('properties', 'Properties.getProperty');
    return Object.hasOwn(this.store(), String(key)) ? this.store()[String(key)] : null;
  }

  /** Stored as a string, whatever its type (https://developers.google.com/apps-script/guides/properties#data_format). */
  setProperty(key: string, value: string): GasProperties {
    this.write({ [String(key)]: String(value) }, false);
    return this.chain('setProperty');
  }

  /** https://developers.google.com/apps-script/reference/properties/properties#setProperties(Object,Boolean) */
  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): GasProperties {
    const changes = Object.fromEntries(
      Object.entries(properties).map(([key, value]) => [key, String(value)]),
    );
    this.write(changes, Boolean(deleteAllOthers));
    return this.chain('setProperties');
  }

  /** A copy, not a live view (https://developers.google.com/apps-script/guides/properties#modifying_data). */
  getProperties(): { [key: string]: string } {
    this.ws.calls.hit('properties', 'Properties.getProperties');
    return { ...this.store() };
  }

  getKeys(): string[] {
    this.ws.calls.hit('properties', 'Properties.getKeys');
    return Object.keys(this.store());
  }

  deleteProperty(key: string): GasProperties {
    delete this.store()[String(key)];
    return this.chain('deleteProperty');
  }

  deleteAllProperties(): GasProperties {
    const store = this.store();
    for (const key of Object.keys(store)) delete store[key];
    return this.chain('deleteAllProperties');
  }
}

/** https://developers.google.com/apps-script/reference/properties/properties-service */
export function createPropertiesService(ws: Workspace): GoogleAppsScript.Properties.PropertiesService {
  const properties = (store: () => Record<string, string>) =>
    new Properties(ws, store) as unknown as GasProperties;
  return {
    getScriptProperties(): GasProperties {
      ws.calls.hit('properties', 'PropertiesService.getScriptProperties');
      return properties(() => ws.properties.script);
    },
    /** The current user's store, in this script only (https://developers.google.com/apps-script/reference/properties/properties-service#getUserProperties()). */
    getUserProperties(): GasProperties {
      ws.calls.hit('properties', 'PropertiesService.getUserProperties');
      const email = ws.email;
      return properties(() => {
        ws.properties.user[email] ??= {};
        return ws.properties.user[email];
      });
    },
    /**
     * The open file's store, shared by all its users; null where there is no document, e.g. a script not bound to
     * a file and not running as an add-on (https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties()).
     */
    getDocumentProperties(): GasProperties {
      ws.calls.hit('properties', 'PropertiesService.getDocumentProperties');
      const fileId = ws.active?.fileId;
      if (fileId === undefined) return null as unknown as GasProperties;
      return properties(() => {
        ws.properties.document[fileId] ??= {};
        return ws.properties.document[fileId];
      });
    },
  };
}

export const propertiesState: ServiceState<PropertiesState> = {
  key: 'properties',
  create: () => ({ script: {}, user: {}, document: {} }),
  toJSON: (properties) => structuredClone(properties),
  fromJSON: (json) => structuredClone(json as PropertiesState),
};

export const propertiesService: ServiceRegistration = {
  name: 'PropertiesService',
  reference: 'properties',
  globals: (ws) => ({ PropertiesService: createPropertiesService(ws) }),
  state: propertiesState,
};

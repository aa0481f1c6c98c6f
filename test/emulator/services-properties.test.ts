// Contract of the emulated PropertiesService: three stores of strings, document stores per file, Google's quotas.
import { createPropertiesService } from '../../emulator/services/properties';
import { Workspace } from '../../emulator/workspace';

function service(fileId: string | null = 'file-1') {
  const ws = new Workspace();
  if (fileId) ws.active = { host: 'sheets', fileId };
  return { ws, properties: createPropertiesService(ws) };
}

describe('Properties (https://developers.google.com/apps-script/reference/properties/properties)', () => {
  it('answers null for a missing key and stores every value as a string (https://developers.google.com/apps-script/guides/properties#data_format)', () => {
    const { properties } = service();
    const store = properties.getScriptProperties();
    expect(store.getProperty('language')).toBeNull();
    store.setProperty('rows', 12 as unknown as string);
    store.setProperty('approved', true as unknown as string);
    expect(store.getProperty('rows')).toBe('12');
    expect(store.getProperties()).toEqual({ rows: '12', approved: 'true' });
  });

  it('hands out copies, not live views (https://developers.google.com/apps-script/guides/properties#modifying_data)', () => {
    const { properties } = service();
    const store = properties.getUserProperties();
    store.setProperty('language', 'fr');
    const copy = store.getProperties();
    copy.language = 'nl';
    expect(store.getProperty('language')).toBe('fr');
  });

  it('sets many at once, optionally deleting all others (https://developers.google.com/apps-script/reference/properties/properties#setProperties(Object,Boolean))', () => {
    const { properties } = service();
    const store = properties.getScriptProperties();
    store.setProperties({ a: '1', b: '2' });
    store.setProperties({ c: '3' });
    expect(store.getKeys().sort()).toEqual(['a', 'b', 'c']);
    store.setProperties({ d: '4' }, true);
    expect(store.getProperties()).toEqual({ d: '4' });
  });

  it('deletes one or all (https://developers.google.com/apps-script/reference/properties/properties#deleteProperty(String))', () => {
    const { properties } = service();
    const store = properties.getScriptProperties().setProperties({ a: '1', b: '2' });
    store.deleteProperty('a');
    expect(store.getKeys()).toEqual(['b']);
    store.deleteAllProperties();
    expect(store.getKeys()).toEqual([]);
  });

  it('refuses a value over 9 KB and a store over 500 KB, storing nothing (https://developers.google.com/apps-script/guides/services/quotas#current_limitations)', () => {
    const { properties } = service();
    const store = properties.getScriptProperties();
    const quota =
      'You have exceeded the property storage quota. Please remove some properties and try again.';
    expect(() => store.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow(quota);
    store.setProperty('fits', 'x'.repeat(9 * 1024));
    const many = Object.fromEntries(Array.from({ length: 56 }, (_, i) => [`k${i}`, 'x'.repeat(9 * 1024)]));
    expect(() => store.setProperties(many)).toThrow(quota);
    expect(store.getKeys()).toEqual(['fits']);
  });
});

describe('PropertiesService (https://developers.google.com/apps-script/reference/properties/properties-service)', () => {
  it('keeps script, user and document stores apart', () => {
    const { ws, properties } = service();
    properties.getScriptProperties().setProperty('k', 'script');
    properties.getUserProperties().setProperty('k', 'user');
    properties.getDocumentProperties().setProperty('k', 'document');
    expect(ws.properties).toEqual({
      script: { k: 'script' },
      user: { [ws.email]: { k: 'user' } },
      document: { 'file-1': { k: 'document' } },
    });
  });

  it('gives each file its own document store', () => {
    const { ws, properties } = service();
    properties.getDocumentProperties().setProperty('language', 'fr');
    ws.active = { host: 'docs', fileId: 'file-2' };
    expect(properties.getDocumentProperties().getProperty('language')).toBeNull();
  });

  it('answers null for document properties where there is no document (https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties())', () => {
    const { properties } = service(null);
    expect(properties.getDocumentProperties()).toBeNull();
  });

  it('counts every call', () => {
    const { ws, properties } = service();
    const store = properties.getDocumentProperties();
    store.getProperty('a');
    store.setProperty('a', 'b');
    expect(ws.calls.total).toBe(3);
  });
});

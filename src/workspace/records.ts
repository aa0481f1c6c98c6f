// Small JSON values the add-on keeps in the workbook's own developer metadata, so they travel with the workbook.

/*
 * Developer metadata is meant for small values: the Sheets API's metadata guide
 * (https://developers.google.com/sheets/api/guides/metadata) says it is no data store and caps the metadata of a
 * spreadsheet, and of each sheet, at 30,000 characters. The add-on keeps a few short records there.
 */

/** The spreadsheet or a sheet: both hold metadata and search their own. */
interface Holder {
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
  addDeveloperMetadata(key: string, value: string): unknown;
}

export interface StoredRecord {
  /** null while nothing was written. */
  readonly value: string | null;
  /** One call, none when the value is the same. */
  write(value: string): void;
}

/** The record under that key, in four calls whatever the workbook holds. */
export function openRecord(holder: Holder, key: string): StoredRecord {
  const [metadata] = holder.createDeveloperMetadataFinder().withKey(key).find();
  const value = metadata ? metadata.getValue() : null;
  return {
    value,
    write(next) {
      if (next === value) return;
      if (metadata) metadata.setValue(next);
      else holder.addDeveloperMetadata(key, next);
    },
  };
}

export function readRecord(holder: Holder, key: string): string | null {
  return openRecord(holder, key).value;
}

// Small JSON values the add-on keeps in the workbook's own developer metadata, so they travel with the workbook.

/*
 * Developer metadata is meant for small values: the Sheets API's metadata guide
 * (https://developers.google.com/sheets/api/guides/metadata) says it is no data store and caps the metadata of a
 * spreadsheet, and of each sheet, at 30,000 characters. The add-on keeps a few short records there.
 */

type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

/**
 * The spreadsheet or a sheet: both hold metadata of their own, which getDeveloperMetadata() lists without the metadata
 * of their rows and columns (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getDeveloperMetadata()).
 */
interface Holder {
  getDeveloperMetadata(): DeveloperMetadata[];
  addDeveloperMetadata(key: string, value: string): unknown;
}

export interface StoredRecord {
  /** null while nothing was written. */
  readonly value: string | null;
  /** One call, none when the value is the same. */
  write(value: string): void;
}

/**
 * The records under these keys, read together: one call for the holder's own metadata, one per metadata for its key
 * and one per record found for its value. The add-on keeps two records on the spreadsheet and one on a sheet, so this
 * costs less than a finder (three calls, then the value) per key.
 */
export function openRecords<Key extends string>(
  holder: Holder,
  keys: readonly Key[],
): Record<Key, StoredRecord> {
  const found = new Map<string, DeveloperMetadata>();
  for (const metadata of holder.getDeveloperMetadata()) {
    const key = metadata.getKey();
    if ((keys as readonly string[]).includes(key) && !found.has(key)) found.set(key, metadata);
  }
  const records = {} as Record<Key, StoredRecord>;
  for (const key of keys) {
    const metadata = found.get(key);
    const value = metadata ? metadata.getValue() : null;
    records[key] = {
      value,
      write(next) {
        if (next === value) return;
        if (metadata) metadata.setValue(next);
        else holder.addDeveloperMetadata(key, next);
      },
    };
  }
  return records;
}

export function openRecord(holder: Holder, key: string): StoredRecord {
  return openRecords(holder, [key])[key];
}

export function readRecord(holder: Holder, key: string): string | null {
  return openRecord(holder, key).value;
}

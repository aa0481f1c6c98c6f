// The mapping exercise (ÉTAPE 3): stakeholders laid out as Google My Maps imports a CSV, one place per row.
import type { CellValue } from './cells';
import type { SheetRow } from './dashboard';
import { type Language, t } from './i18n';
import { listLabel, listValueOf } from './schema';

const text = (value: CellValue | undefined) => (value === undefined ? '' : String(value).trim());

/**
 * A cell of a file meant for download, made inert as OWASP advises for CSV injection
 * (https://owasp.org/www-community/attacks/CSV_Injection): a value starting with = + - @, a tab or a carriage return
 * gets a leading apostrophe, so the spreadsheet program that opens the CSV shows it as text instead of running it.
 */
export function neutralizedForCsv(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** The export sheet carries this sheet-level developer metadata: the add-on knows it by that, never by its name. */
export const MY_MAPS_METADATA_KEY = 'allianceKit.myMapsExport';

/**
 * The export's rows: a header My Maps offers as column names, then one row per stakeholder with an address (My Maps
 * places pins by address, so a row without one could not be mapped). Lists are shown in the workbook's language;
 * every cell is neutralized for the CSV the person downloads.
 */
export function myMapsExport(
  stakeholders: readonly SheetRow[],
  language: Language,
): { values: string[][]; withoutAddress: number } {
  const header = (['name', 'address', 'category', 'influence', 'contact'] as const).map((column) =>
    t(language, `myMaps.${column}`),
  );
  const values = [header];
  let withoutAddress = 0;
  for (const { values: row } of stakeholders) {
    const name = text(row.stakeholder);
    const address = text(row.address);
    if (name === '' && address === '') continue;
    if (address === '') {
      withoutAddress += 1;
      continue;
    }
    const category = listValueOf('sector', text(row.category));
    const influence = listValueOf('level', text(row.influence));
    const cells = [
      name,
      address,
      category ? listLabel(language, 'sector', category) : text(row.category),
      influence ? listLabel(language, 'level', influence) : text(row.influence),
      [row.contactPerson, row.email, row.phone].map(text).filter(Boolean).join(' · '),
    ];
    values.push(cells.map(neutralizedForCsv));
  }
  return { values, withoutAddress };
}

// The Charter and the Briefing document, made from the seed's examples with what the workbook knows.
import type { MadeDocument } from '../domain/api';
import { briefingDocument } from '../domain/briefing';
import { type CharterMember, charterDocument } from '../domain/charter';
import { type Language, t } from '../domain/i18n';
import { columnHeader, listValueOf } from '../domain/schema';
import { workbookRef, writeDocument } from './documents';
import { readSettings, workbookLanguage } from './settings';
import { openTables, type TableRow } from './table';

function charterMembers(rows: readonly TableRow<'members'>[]): CharterMember[] {
  return rows.map(({ values }) => ({
    name: String(values.name).trim(),
    organisation: String(values.organisation).trim(),
    email: String(values.email).trim(),
    preferredChannel: String(values.preferredChannel).trim(),
    individualMember: listValueOf('yesNo', values.individualMember) === 'yes',
    charterSignedOn: typeof values.charterSignedOn === 'string' ? values.charterSignedOn : '',
  }));
}

/** The charter with the alliance's vision and a row per member to sign; signatures are then dated in Members. */
export function writeCharter(userLanguage: Language): MadeDocument {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const settings = readSettings(spreadsheet);
  const language = workbookLanguage(settings);
  const { members } = openTables(spreadsheet, ['members']);
  const document = writeDocument(
    charterDocument(
      {
        alliance: settings.allianceName || spreadsheet.getName(),
        vision: settings.vision,
        members: charterMembers(members.rows()),
        signedOnColumn: columnHeader(language, 'members', 'charterSignedOn'),
        membersSheet: members.sheet.getName(),
        workbook: workbookRef(spreadsheet),
      },
      language,
    ),
  );
  return { message: t(userLanguage, 'charter.ready'), document };
}

/** ÉTAPE 1's briefing outline, to answer before contacting organisations. */
export function writeBriefingDocument(userLanguage: Language): MadeDocument {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const settings = readSettings(spreadsheet);
  const alliance = settings.allianceName || spreadsheet.getName();
  const document = writeDocument(
    briefingDocument(alliance, workbookRef(spreadsheet), workbookLanguage(settings)),
  );
  return { message: t(userLanguage, 'briefing.ready'), document };
}

// The workbook's own Docs (charter, briefing document, regional action plan): made once, then updated in place.
import type { MadeDocument } from '../domain/api';
import { briefingDocument } from '../domain/briefing';
import { type CharterMember, charterDocument } from '../domain/charter';
import type { DocumentPlan } from '../domain/document';
import { type Language, type MessageKey, t } from '../domain/i18n';
import { columnHeader, listValueOf } from '../domain/schema';
import type { WorkbookDocument } from '../domain/settings';
import { fillDocument, openDocument, rewriteDocument, workbookRef } from './documents';
import { withDocumentLock } from './lock';
import { type AllianceWorkbook, allianceWorkbook, saveSettings } from './settings';
import { openTables, type TableRow } from './table';

/**
 * Writes the workbook's Doc of that kind over the one made before, found by the id the settings keep, so its link,
 * sharing and name stay (a new alliance name renames it only when the profile form is asked to). `fresh`, or a Doc
 * deleted since, makes a new one, which the workbook keeps from then on.
 */
function keepDocument(
  workbook: AllianceWorkbook,
  kind: WorkbookDocument,
  plan: DocumentPlan,
  fresh: boolean,
  userLanguage: Language,
  ready: MessageKey,
): MadeDocument {
  return withDocumentLock(() => {
    const id = fresh ? undefined : workbook.settings.documents[kind];
    const existing = id ? openDocument(id) : null;
    const makeNew = t(userLanguage, 'document.makeNew');
    if (existing) {
      const document = rewriteDocument(existing, plan, existing.getName());
      const message = `${t(userLanguage, 'document.updated')} ${t(userLanguage, ready)}`;
      return { message, document, updated: true, makeNew };
    }
    const created = DocumentApp.create(plan.name);
    const document = fillDocument(created, plan);
    saveSettings(workbook.spreadsheet, {
      documents: { ...workbook.settings.documents, [kind]: created.getId() },
    });
    return { message: t(userLanguage, ready), document, updated: false, makeNew };
  });
}

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
export function writeCharter(userLanguage: Language, fresh = false): MadeDocument {
  const workbook = allianceWorkbook();
  const { spreadsheet, language } = workbook;
  const { members } = openTables(spreadsheet, ['members']);
  const plan = charterDocument(
    {
      profile: workbook.profile,
      members: charterMembers(members.rows()),
      signedOnColumn: columnHeader(language, 'members', 'charterSignedOn'),
      membersSheet: members.sheet.getName(),
      workbook: workbookRef(spreadsheet),
    },
    language,
  );
  return keepDocument(workbook, 'charter', plan, fresh, userLanguage, 'charter.ready');
}

/** ÉTAPE 1's briefing outline, to answer before contacting organisations. */
export function writeBriefingDocument(userLanguage: Language, fresh = false): MadeDocument {
  const workbook = allianceWorkbook();
  const plan = briefingDocument(workbook.profile, workbookRef(workbook.spreadsheet), workbook.language);
  return keepDocument(workbook, 'briefing', plan, fresh, userLanguage, 'briefing.ready');
}

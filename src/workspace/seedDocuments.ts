// The workbook's own Docs (charter, briefing document, regional action plan): made once, then updated in place.
import type { MadeDocument } from '../domain/api';
import { briefingDocument } from '../domain/briefing';
import { type CharterMember, charterDocument } from '../domain/charter';
import type { DocumentPlan } from '../domain/document';
import { type Language, type MessageKey, t } from '../domain/i18n';
import {
  type PlanAction,
  regionalPlanDocument,
  type SectorFinding,
  swotAnswers,
} from '../domain/regionalPlan';
import { columnHeader, listValueOf, sheetOfTitle } from '../domain/schema';
import type { WorkbookDocument } from '../domain/settings';
import { fillDocument, openDocument, rewriteDocument, workbookRef } from './documents';
import { withDocumentLock } from './lock';
import { fetchLogo } from './logo';
import { type AllianceWorkbook, allianceWorkbook, saveSettings } from './settings';
import { openTables, readSheetIds, type TableRow } from './table';

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
  // Fetched before the lock is taken, so a slow address does not hold others up.
  const logo = fetchLogo(workbook.profile.logoUrl);
  // Asked after the Doc is written: Docs may refuse bytes the address gave as an image.
  const noLogo = () => (logo.failed ? [t(userLanguage, 'document.noLogo')] : []);
  return withDocumentLock(() => {
    const id = fresh ? undefined : workbook.settings.documents[kind];
    const existing = id ? openDocument(id) : null;
    const makeNew = t(userLanguage, 'document.makeNew');
    if (existing) {
      const document = rewriteDocument(existing, plan, existing.getName(), logo);
      const message = [t(userLanguage, 'document.updated'), t(userLanguage, ready), ...noLogo()].join(' ');
      return { message, document, updated: true, makeNew };
    }
    const created = DocumentApp.create(plan.name);
    const document = fillDocument(created, plan, logo);
    saveSettings(workbook.spreadsheet, {
      documents: { ...workbook.settings.documents, [kind]: created.getId() },
    });
    return { message: [t(userLanguage, ready), ...noLogo()].join(' '), document, updated: false, makeNew };
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

const text = (value: unknown) => String(value ?? '').trim();

function planActions(rows: readonly TableRow<'actionPlan'>[]): PlanAction[] {
  return rows
    .filter(({ values }) => text(values.action) !== '')
    .map(({ values }) => ({
      action: text(values.action),
      owner: text(values.owner),
      budget: text(values.budget),
      start: typeof values.start === 'string' ? values.start : '',
      due: typeof values.due === 'string' ? values.due : '',
      successMeasure: text(values.successMeasure),
      priority: listValueOf('priority', values.priority),
    }));
}

function sectorFindings(rows: readonly TableRow<'sectorProfile'>[]): SectorFinding[] {
  return rows.map(({ values }) => ({
    existingSupport: text(values.existingSupport),
    objectives: text(values.objectives),
    initiator: text(values.initiator),
    obstacles: text(values.obstacles),
    gap: text(values.gap),
  }));
}

/** The SWOT sheet's cells as shown, in one read: by its recorded id, else by its title in any language. */
function swotGrid(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): string[][] {
  const id = readSheetIds(spreadsheet).swot;
  const sheet =
    (id === undefined ? null : spreadsheet.getSheetById(id)) ??
    spreadsheet.getSheets().find((candidate) => sheetOfTitle(candidate.getName()) === 'swot');
  return sheet ? sheet.getDataRange().getDisplayValues() : [];
}

/** ÉTAPE 4's regional action plan, to publish and have every member sign. */
export function writeRegionalPlan(userLanguage: Language, fresh = false): MadeDocument {
  const workbook = allianceWorkbook();
  const { spreadsheet, language } = workbook;
  const tables = openTables(spreadsheet, ['members', 'sectorProfile', 'actionPlan']);
  const plan = regionalPlanDocument(
    {
      profile: workbook.profile,
      findings: sectorFindings(tables.sectorProfile.rows()),
      swot: swotAnswers(swotGrid(spreadsheet)),
      actions: planActions(tables.actionPlan.rows()),
      members: charterMembers(tables.members.rows()).filter((member) => member.name !== ''),
      workbook: workbookRef(spreadsheet),
      sheets: {
        sectorProfile: tables.sectorProfile.sheet.getName(),
        actionPlan: tables.actionPlan.sheet.getName(),
      },
    },
    language,
  );
  return keepDocument(workbook, 'regionalPlan', plan, fresh, userLanguage, 'regionalPlan.ready');
}

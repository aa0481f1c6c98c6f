// Alliance profile: the form its sidebar loads, and saving it into the workbook's settings.
import type { DocumentLink, ProfileForm } from '../domain/api';
import { type Language, t } from '../domain/i18n';
import { checkProfile, profileLabels, workbookDocumentName } from '../domain/profile';
import { WORKBOOK_DOCUMENTS, type WorkbookDocument } from '../domain/settings';
import { updateDashboard } from './dashboard';
import { openDocument } from './documents';
import { withDocumentLock } from './lock';
import { type AllianceWorkbook, allianceWorkbook, saveSettings } from './settings';

type Document = GoogleAppsScript.Document.Document;

/** The Docs the workbook keeps (charter, briefing, regional action plan) that still exist, by kind. */
function keptDocuments(context: AllianceWorkbook): [WorkbookDocument, Document][] {
  return WORKBOOK_DOCUMENTS.flatMap((kind): [WorkbookDocument, Document][] => {
    const id = context.settings.documents[kind];
    const document = id ? openDocument(id) : null;
    return document ? [[kind, document]] : [];
  });
}

/** What the profile sidebar shows: its words in the user's language, the profile as saved, the Docs it names. */
export function profileForm(language: Language): ProfileForm {
  const context = allianceWorkbook();
  const documents: DocumentLink[] = keptDocuments(context).map(([, document]) => ({
    name: document.getName(),
    url: document.getUrl(),
  }));
  const labels = profileLabels(language);
  labels.renameDocuments = t(language, 'profile.renameDocuments', {
    documents: documents.map((document) => document.name).join(', '),
  });
  return { labels, profile: context.profile, documents };
}

/**
 * Checks the profile before anything is written, saves it, renames the Docs made before only when the user asked,
 * then refreshes the dashboard, whose title and sustainability review come from the profile.
 */
export function saveAllianceProfile(input: unknown, language: Language): string {
  const profile = checkProfile(input, language);
  const rename = (input as { renameDocuments?: unknown }).renameDocuments === true;
  const renamed = withDocumentLock(() => {
    const context = allianceWorkbook();
    saveSettings(context.spreadsheet, profile);
    if (!rename || profile.allianceName === context.profile.allianceName) return 0;
    const documents = keptDocuments(context);
    for (const [kind, document] of documents)
      document.setName(workbookDocumentName(kind, profile.allianceName, context.language));
    return documents.length;
  });
  updateDashboard();
  const saved = t(language, 'profile.saved');
  return renamed > 0 ? `${saved} ${t(language, 'profile.renamed', { count: renamed })}` : saved;
}

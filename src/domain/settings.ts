// The workbook's settings as the domain sees them, and how they are kept: one JSON value in the workbook's metadata.
import { LANGUAGES, type Language } from './i18n';

export interface WorkbookSettings {
  /** Chosen at the first set-up (the user's locale) and kept after, so the sheets keep one language. */
  language: Language | null;
  allianceName: string;
  region: string;
  vision: string;
  /** ISO dates `YYYY-MM-DD`, or '' while not set. */
  workPlanStart: string;
  workPlanEnd: string;
  /** How to reach the alliance's secretary, as the invitations give it. */
  secretaryContact: string;
  /** An image address for the documents' letterhead, or ''. */
  logoUrl: string;
  /** The Docs the add-on made once per workbook (charter, briefing, regional action plan), by kind: Doc ids. */
  documents: Partial<Record<WorkbookDocument, string>>;
  /**
   * The language the Dashboard's charts carry their words in (titles, axes), recorded at set-up: a refresh keeps the
   * charts, so it relabels them when the workbook's language is no longer this one. Unset: the workbook's language.
   */
  chartsLanguage: Language | null;
  /** The shape of the set-up that last made the sheets right (SETUP_SHAPE), '' before: set-up run again compares it. */
  setupShape: string;
}

/** The Docs a workbook has one of: made again, they are updated, not made anew. */
export const WORKBOOK_DOCUMENTS = ['charter', 'briefing', 'regionalPlan'] as const;
export type WorkbookDocument = (typeof WORKBOOK_DOCUMENTS)[number];

/** Spreadsheet-level developer metadata: it belongs to the workbook, so a script running in a Doc reads it too. */
export const SETTINGS_METADATA_KEY = 'allianceKit.settings';

/** The alliance's profile: what the profile form edits, all text. */
export const PROFILE_FIELDS = [
  'allianceName',
  'region',
  'vision',
  'workPlanStart',
  'workPlanEnd',
  'secretaryContact',
  'logoUrl',
] as const;

function documentIds(value: unknown): WorkbookSettings['documents'] {
  if (typeof value !== 'object' || value === null) return {};
  const stored = value as Record<string, unknown>;
  return Object.fromEntries(
    WORKBOOK_DOCUMENTS.filter((kind) => typeof stored[kind] === 'string' && stored[kind] !== '').map(
      (kind) => [kind, stored[kind] as string],
    ),
  );
}

/** The settings in a metadata value; a field missing or of the wrong type reads as unset. */
export function settingsFromJson(value: string | null): WorkbookSettings {
  let stored: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(value ?? '{}');
    if (typeof parsed === 'object' && parsed !== null) stored = parsed as Record<string, unknown>;
  } catch {
    // A value a person or another tool broke reads as no settings; set-up writes them again.
  }
  const text = (field: (typeof PROFILE_FIELDS)[number]) =>
    typeof stored[field] === 'string' ? (stored[field] as string) : '';
  // A language that is not one of the four is treated as unset, so the workbook falls back to a supported one.
  const language = (value: unknown) =>
    (LANGUAGES as readonly unknown[]).includes(value) ? (value as Language) : null;
  return {
    language: language(stored.language),
    ...(Object.fromEntries(PROFILE_FIELDS.map((field) => [field, text(field)])) as Record<
      (typeof PROFILE_FIELDS)[number],
      string
    >),
    documents: documentIds(stored.documents),
    chartsLanguage: language(stored.chartsLanguage),
    setupShape: typeof stored.setupShape === 'string' ? stored.setupShape : '',
  };
}

/** The metadata value once the changes are made; the settings not given keep their values. */
export function settingsToJson(current: WorkbookSettings, changes: Partial<WorkbookSettings>): string {
  const next: Record<string, unknown> = { ...current };
  for (const [field, value] of Object.entries(changes)) if (value !== undefined) next[field] = value;
  return JSON.stringify(next);
}

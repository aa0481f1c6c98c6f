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
}

/** Spreadsheet-level developer metadata: it belongs to the workbook, so a script running in a Doc reads it too. */
export const SETTINGS_METADATA_KEY = 'allianceKit.settings';

const TEXT_FIELDS = ['allianceName', 'region', 'vision', 'workPlanStart', 'workPlanEnd'] as const;

/** The settings in a metadata value; a field missing or of the wrong type reads as unset. */
export function settingsFromJson(value: string | null): WorkbookSettings {
  let stored: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(value ?? '{}');
    if (typeof parsed === 'object' && parsed !== null) stored = parsed as Record<string, unknown>;
  } catch {
    // A value a person or another tool broke reads as no settings; set-up writes them again.
  }
  const text = (field: (typeof TEXT_FIELDS)[number]) =>
    typeof stored[field] === 'string' ? (stored[field] as string) : '';
  return {
    // A language that is not one of the four is treated as unset, so the workbook falls back to a supported one.
    language: (LANGUAGES as readonly unknown[]).includes(stored.language)
      ? (stored.language as Language)
      : null,
    allianceName: text('allianceName'),
    region: text('region'),
    vision: text('vision'),
    workPlanStart: text('workPlanStart'),
    workPlanEnd: text('workPlanEnd'),
  };
}

/** The metadata value once the changes are made; the settings not given keep their values. */
export function settingsToJson(current: WorkbookSettings, changes: Partial<WorkbookSettings>): string {
  const next: Record<string, unknown> = { ...current };
  for (const [field, value] of Object.entries(changes)) if (value !== undefined) next[field] = value;
  return JSON.stringify(next);
}

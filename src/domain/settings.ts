// The workbook's settings as the domain sees them, and how they are kept as document properties (strings).
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

/** One property per setting, so each stays far below the 9 KB a property value may hold. */
const PROPERTY: Record<keyof WorkbookSettings, string> = {
  language: 'allianceKit.language',
  allianceName: 'allianceKit.allianceName',
  region: 'allianceKit.region',
  vision: 'allianceKit.vision',
  workPlanStart: 'allianceKit.workPlanStart',
  workPlanEnd: 'allianceKit.workPlanEnd',
};

const FIELDS = Object.keys(PROPERTY) as (keyof WorkbookSettings)[];

export function settingsFromProperties(properties: Record<string, string>): WorkbookSettings {
  const value = (field: keyof WorkbookSettings) => properties[PROPERTY[field]] ?? '';
  const language = value('language');
  return {
    // A language that is not one of the four is treated as unset, so the workbook falls back to a supported one.
    language: (LANGUAGES as readonly string[]).includes(language) ? (language as Language) : null,
    allianceName: value('allianceName'),
    region: value('region'),
    vision: value('vision'),
    workPlanStart: value('workPlanStart'),
    workPlanEnd: value('workPlanEnd'),
  };
}

export function propertiesFromSettings(changes: Partial<WorkbookSettings>): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const field of FIELDS) {
    const value = changes[field];
    if (value !== undefined) properties[PROPERTY[field]] = value ?? '';
  }
  return properties;
}

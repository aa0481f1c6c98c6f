// The alliance's profile: its name, region, vision and work plan, as the profile form checks it and the documents show it.
import type { AllianceProfile, Labels, ProfileLabel } from './api';
import { parseDate } from './dates';
import type { Block } from './document';
import { quoted, UserError } from './errors';
import { type Language, type MessageKey, t } from './i18n';
import { PROFILE_FIELDS, type WorkbookDocument, type WorkbookSettings } from './settings';

const PROFILE_LABELS: ProfileLabel[] = ['intro', ...PROFILE_FIELDS, 'renameDocuments', 'save', 'saving'];

/** The profile sidebar's words in the user's language; each label's key is `profile.<label>`. */
export function profileLabels(language: Language): Labels<ProfileLabel> {
  return Object.fromEntries(
    PROFILE_LABELS.map((label) => [label, t(language, `profile.${label}` satisfies MessageKey)]),
  ) as Labels<ProfileLabel>;
}

/** The profile as the settings hold it; the alliance is called by the workbook's name until it is given one. */
export function profileOf(settings: WorkbookSettings, workbookName: string): AllianceProfile {
  const profile = Object.fromEntries(PROFILE_FIELDS.map((field) => [field, settings[field]]));
  return { ...profile, allianceName: settings.allianceName || workbookName } as AllianceProfile;
}

/*
 * The settings are one developer metadata value, and a spreadsheet's metadata is capped at 30,000 characters
 * (https://developers.google.com/sheets/api/guides/metadata): the vision gets room for a page, the rest a line.
 */
const LINE_LENGTH = 300;
const VISION_LENGTH = 5000;

function text(
  form: Record<string, unknown>,
  field: keyof AllianceProfile,
  label: string,
  limit: number,
): string {
  const value = form[field] ?? '';
  if (typeof value !== 'string') throw new UserError('profile.error.badRequest');
  const trimmed = value.trim();
  if (trimmed.length > limit) throw new UserError('profile.error.tooLong', { field: label, limit }, field);
  return trimmed;
}

/** An https address with a host and a path: the only kind of logo address the profile keeps, and the add-on fetches. */
export function isLogoAddress(url: string): boolean {
  return /^https:\/\/[^\s/]+\.[^\s]+$/i.test(url);
}

/**
 * The profile as the sidebar sent it, checked again here since anything can call a server function: a message the
 * user can act on for each mistake, before anything is written.
 */
export function checkProfile(input: unknown, language: Language): AllianceProfile {
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    throw new UserError('profile.error.badRequest');
  const form = input as Record<string, unknown>;
  const labels = profileLabels(language);
  const line = (field: keyof AllianceProfile) => text(form, field, labels[field], LINE_LENGTH);
  const profile: AllianceProfile = {
    allianceName: line('allianceName'),
    region: line('region'),
    vision: text(form, 'vision', labels.vision, VISION_LENGTH),
    workPlanStart: line('workPlanStart'),
    workPlanEnd: line('workPlanEnd'),
    secretaryContact: line('secretaryContact'),
    logoUrl: line('logoUrl'),
  };
  if (profile.allianceName === '') throw new UserError('profile.error.noName', {}, 'allianceName');
  for (const field of ['workPlanStart', 'workPlanEnd'] as const) {
    const value = profile[field];
    if (value === '') continue;
    const iso = parseDate(value);
    if (iso === null)
      throw new UserError('profile.error.badDate', { field: labels[field], value: quoted(value) }, field);
    profile[field] = iso;
  }
  if (profile.workPlanStart && profile.workPlanEnd && profile.workPlanEnd <= profile.workPlanStart)
    throw new UserError('profile.error.endBeforeStart', {}, 'workPlanEnd');
  // Docs fetch a letterhead image over the web, so only a web address can be one.
  if (profile.logoUrl !== '' && !isLogoAddress(profile.logoUrl))
    throw new UserError('profile.error.badLogo', { value: quoted(profile.logoUrl) }, 'logoUrl');
  return profile;
}

/** "Alliance Gironde – Nouvelle-Aquitaine": the alliance and its region, as every document names them. */
export function allianceLine(profile: AllianceProfile): Block {
  return {
    kind: 'paragraph',
    text: [profile.allianceName, profile.region].filter((part) => part !== '').join(' – '),
  };
}

/** The vision's lines as typed, without the empty ones. */
export function visionLines(profile: AllianceProfile): string[] {
  return profile.vision
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** What the meeting documents say of the alliance under their title: who, where, and what for (once given). */
export function allianceBlocks(profile: AllianceProfile, language: Language): Block[] {
  const vision = visionLines(profile).join(' ');
  return [
    allianceLine(profile),
    ...(vision
      ? [{ kind: 'labelled', label: t(language, 'profile.visionLabel'), value: vision } as Block]
      : []),
  ];
}

const DOCUMENT_NAMES: Record<WorkbookDocument, MessageKey> = {
  charter: 'charter.documentName',
  briefing: 'briefing.documentName',
  regionalPlan: 'regionalPlan.documentName',
};

/** The name a workbook's Doc of that kind takes for that alliance: "Charter – Alliance Gironde". */
export function workbookDocumentName(kind: WorkbookDocument, alliance: string, language: Language): string {
  return t(language, DOCUMENT_NAMES[kind], { alliance });
}

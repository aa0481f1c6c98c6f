// The regional action plan Doc of ÉTAPE 4 ("Publiez et signez"): the alliance and its vision, the sector profile's
// findings and gaps, the SWOT, the actions (priority ones first) and the members' signatures.
import type { AllianceProfile } from './api';
import { longDate } from './dates';
import { type Block, type DocumentPlan, type WorkbookRef, workbookLink } from './document';
import { LANGUAGES, type Language, type MessageKey, type Params, t } from './i18n';
import { allianceLine, visionLines, workbookDocumentName } from './profile';
import { type ColumnKey, columnHeader, LISTS, type ListValue, listLabel, normalizeLabel } from './schema';

export type Priority = ListValue<'priority'>;

/** A row of the Action plan as the plan document shows it; dates ISO or '', `priority` a key of the list or null. */
export interface PlanAction {
  action: string;
  owner: string;
  budget: string;
  start: string;
  due: string;
  successMeasure: string;
  priority: Priority | null;
}

/** A row of the Sector profile: what exists, and the gap found. */
export type SectorFinding = Record<
  'existingSupport' | 'objectives' | 'initiator' | 'obstacles' | 'gap',
  string
>;

export const SWOT_QUADRANTS = ['strengths', 'weaknesses', 'opportunities', 'threats'] as const;
export type SwotAnswers = Record<(typeof SWOT_QUADRANTS)[number], string[]>;

export interface RegionalPlanInput {
  profile: AllianceProfile;
  findings: readonly SectorFinding[];
  swot: SwotAnswers;
  actions: readonly PlanAction[];
  members: readonly { name: string; organisation: string }[];
  workbook: WorkbookRef;
  /** The sheets' names as the workbook shows them, for the hints of an empty section. */
  sheets: { sectorProfile: string; actionPlan: string };
}

/**
 * The SWOT sheet's answers, as set-up lays it out (swotGrid): the internal half (strengths | weaknesses) then the
 * external half (opportunities | threats), each a label row, a question row, then rows to answer in. The external
 * half is found by its label in any language, so rows a person added to either half are read too; what still reads
 * as the Guide's question is not an answer.
 */
export function swotAnswers(grid: readonly (readonly string[])[]): SwotAnswers {
  const inAnyLanguage = (keys: MessageKey[]) =>
    new Set(LANGUAGES.flatMap((language) => keys.map((key) => normalizeLabel(t(language, key)))));
  const externalLabels = inAnyLanguage(['swot.external']);
  const questions = inAnyLanguage(
    SWOT_QUADRANTS.map((quadrant) => `swot.${quadrant}Questions` as MessageKey),
  );
  const split = grid.findIndex((row, index) => index > 0 && externalLabels.has(normalizeLabel(row[0] ?? '')));
  const bottom = split < 0 ? grid.length : split;
  const answers = (from: number, to: number, column: number) =>
    grid
      .slice(from, to)
      .map((row) => (row[column] ?? '').trim())
      .filter((text) => text !== '' && !questions.has(normalizeLabel(text)));
  return {
    strengths: answers(2, bottom, 1),
    weaknesses: answers(2, bottom, 2),
    opportunities: answers(bottom + 2, grid.length, 1),
    threats: answers(bottom + 2, grid.length, 2),
  };
}

const PRIORITY_ORDER: readonly (Priority | null)[] = [...LISTS.priority, null];

/** Priority actions first (high, medium, low, then those without one), each rank in the sheet's order. */
export function byPriority(actions: readonly PlanAction[]): PlanAction[] {
  return PRIORITY_ORDER.flatMap((priority) => actions.filter((action) => action.priority === priority));
}

function table(header: string[], rows: string[][], empty: string): Block {
  return rows.length > 0 ? { kind: 'table', header, rows } : { kind: 'paragraph', text: empty };
}

export function regionalPlanDocument(input: RegionalPlanInput, language: Language): DocumentPlan {
  const say = (key: MessageKey, params: Params = {}) => t(language, key, params);
  const heading = (key: MessageKey): Block => ({ kind: 'heading', text: say(key) });
  const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
  const { profile } = input;
  const vision = visionLines(profile);
  const date = (iso: string) => longDate(iso, language);
  const period: Block[] =
    profile.workPlanStart && profile.workPlanEnd
      ? [
          paragraph(
            say('regionalPlan.period', {
              start: date(profile.workPlanStart),
              end: date(profile.workPlanEnd),
            }),
          ),
        ]
      : [];
  const findingColumns = ['existingSupport', 'objectives', 'initiator', 'obstacles', 'gap'] as const;
  const actionColumns: ColumnKey<'actionPlan'>[] = [
    'priority',
    'action',
    'owner',
    'budget',
    'start',
    'due',
    'successMeasure',
  ];
  const actionRow = (action: PlanAction) => [
    action.priority ? listLabel(language, 'priority', action.priority) : '',
    action.action,
    action.owner,
    action.budget,
    date(action.start),
    date(action.due),
    action.successMeasure,
  ];
  return {
    name: workbookDocumentName('regionalPlan', profile.allianceName, language),
    blocks: [
      { kind: 'title', text: say('regionalPlan.heading', { alliance: profile.allianceName }) },
      allianceLine(profile),
      ...period,
      heading('regionalPlan.vision'),
      ...(vision.length > 0 ? vision : [say('charter.noVision')]).map(paragraph),
      heading('regionalPlan.findings'),
      table(
        findingColumns.map((key) => columnHeader(language, 'sectorProfile', key)),
        input.findings.map((finding) => findingColumns.map((key) => finding[key])),
        say('regionalPlan.noFindings', { sheet: input.sheets.sectorProfile }),
      ),
      heading('regionalPlan.swot'),
      {
        kind: 'table',
        header: [say('swot.strengths'), say('swot.weaknesses')],
        rows: [[input.swot.strengths.join('\n'), input.swot.weaknesses.join('\n')]],
      },
      {
        kind: 'table',
        header: [say('swot.opportunities'), say('swot.threats')],
        rows: [[input.swot.opportunities.join('\n'), input.swot.threats.join('\n')]],
      },
      heading('regionalPlan.actions'),
      table(
        actionColumns.map((key) => columnHeader(language, 'actionPlan', key)),
        byPriority(input.actions).map(actionRow),
        say('regionalPlan.noActions', { sheet: input.sheets.actionPlan }),
      ),
      heading('regionalPlan.signatures'),
      paragraph(say('regionalPlan.commitment', { alliance: profile.allianceName })),
      {
        kind: 'table',
        header: [
          say('charter.name'),
          say('charter.organisation'),
          say('regionalPlan.signature'),
          say('charter.date'),
        ],
        rows: input.members.map((member) => [member.name, member.organisation, '', '']),
      },
      workbookLink(say('document.workbook'), input.workbook),
    ],
  };
}

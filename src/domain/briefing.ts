// The briefing document of ÉTAPE 1: the questions to answer before contacting organisations, with room to answer.

import type { AllianceProfile } from './api';
import { type Block, type DocumentPlan, type WorkbookRef, workbookLink } from './document';
import { type Language, type MessageKey, t } from './i18n';
import { allianceBlocks } from './profile';

/** ÉTAPE 1's outline, in the Guide's order. */
const QUESTIONS: MessageKey[] = [
  'briefing.why',
  'briefing.understanding',
  'briefing.skills',
  'briefing.situation',
  'briefing.mediation',
];

/** The guide asks for "au moins cinq raisons": one slot for each. */
const REASON_SLOTS = [1, 2, 3, 4, 5];

export function briefingDocument(
  profile: AllianceProfile,
  workbook: WorkbookRef,
  language: Language,
): DocumentPlan {
  const answer: Block = { kind: 'paragraph', text: t(language, 'briefing.answer') };
  return {
    name: t(language, 'briefing.documentName', { alliance: profile.allianceName }),
    blocks: [
      { kind: 'title', text: t(language, 'briefing.heading') },
      ...allianceBlocks(profile, language),
      { kind: 'paragraph', text: t(language, 'briefing.intro') },
      ...QUESTIONS.flatMap((key): Block[] => [{ kind: 'heading', text: t(language, key) }, answer]),
      { kind: 'heading', text: t(language, 'briefing.reasons') },
      ...REASON_SLOTS.map(
        (n): Block => ({ kind: 'labelled', label: t(language, 'briefing.reason', { n }), value: '' }),
      ),
      { kind: 'heading', text: t(language, 'briefing.commitmentHeading') },
      { kind: 'paragraph', text: t(language, 'briefing.commitment') },
      workbookLink(t(language, 'document.workbook'), workbook),
    ],
  };
}

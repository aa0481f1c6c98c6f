// Set-up's second pass, decided from what it reads: the dropdowns that grew and the Guide's rows known by their ids.
import { LANGUAGES, t } from '../../src/domain/i18n';
import { listLabels } from '../../src/domain/schema';
import { GUIDE_TASKS } from '../../src/domain/setup';
import { grownList, guideAdditions } from '../../src/domain/upgrade';

describe('grownList', () => {
  it.each(LANGUAGES)(
    'adds what the list gained in %s, keeping a value a person added after it',
    (language) => {
      const labels = listLabels(language, 'meetingStatus');
      expect(grownList('meetingStatus', language, labels)).toBeNull();
      expect(grownList('meetingStatus', language, [...labels.slice(0, 3), 'Postponed'])).toEqual([
        ...labels,
        'Postponed',
      ]);
    },
  );

  it('reads the offered values as a person does: case, spaces and apostrophes do not count', () => {
    const offered = listLabels('fr', 'priority').map((label) => ` ${label.toUpperCase()} `);
    expect(grownList('priority', 'fr', offered)).toBeNull();
  });
});

describe('guideAdditions', () => {
  const row = (n: number, step: string, task: string, taskId = '') => ({ row: n, step, task, taskId });

  it('knows the rows an earlier set-up wrote by their words in any language, once, and adds only what is missing', () => {
    const { changes, missing } = guideAdditions([
      row(2, t('nl', 'guide.step1'), t('nl', 'guide.task.region')),
      row(3, 'Step 1', 'our own task'),
      row(4, t('sv', 'guide.step1'), t('sv', 'guide.task.region')),
      row(5, t('en', 'guide.step2'), 'reworded by a person', 'charter'),
      row(6, 'Stap 2 (ons)', t('fr', 'guide.task.roles')),
    ]);
    expect(changes).toEqual([
      { row: 2, taskId: 'region' },
      // The charter belongs to ÉTAPE 4 now: its step cell, the add-on's own label, follows.
      { row: 5, step: 4 },
      // A step a person reworded stays.
      { row: 6, taskId: 'roles' },
    ]);
    expect(missing.map(({ task }) => task)).toEqual(
      GUIDE_TASKS.map(({ task }) => task).filter((task) => !['region', 'charter', 'roles'].includes(task)),
    );
  });

  it('changes nothing on a Guide set-up wrote with every id', () => {
    const rows = GUIDE_TASKS.map(({ step, task }, i) =>
      row(i + 2, t('fr', `guide.step${step}` as 'guide.step1'), 'x', task),
    );
    expect(guideAdditions(rows)).toEqual({ changes: [], missing: [] });
  });
});

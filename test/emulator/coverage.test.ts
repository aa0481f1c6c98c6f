// docs/emulator-coverage.md is what `npm run coverage` generates today: a stale table fails.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COVERAGE_FILE, coverageMarkdown } from '../../emulator/coverage';

describe(`${COVERAGE_FILE} (https://developers.google.com/apps-script/reference)`, () => {
  it('is up to date: run `npm run coverage` after emulating a method', () => {
    const committed = readFileSync(join(__dirname, '..', '..', COVERAGE_FILE), 'utf8');
    expect(committed).toBe(coverageMarkdown());
  });

  it('lists Range.getValues as emulated and Range.insertCheckboxes as not', () => {
    const range = coverageMarkdown()
      .split('\n')
      .find((line) => line.startsWith('| Range | addDeveloperMetadata'));
    const [, emulated, notEmulated] = (range ?? '').slice(2, -2).split(' | ');
    expect(emulated.split(', ')).toContain('getValues');
    expect(notEmulated.split(', ')).toContain('insertCheckboxes');
  });
});

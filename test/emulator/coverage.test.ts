// docs/emulator-coverage.md is what `npm run coverage` generates today: a stale table fails.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COVERAGE_FILE, coverageMarkdown } from '../../emulator/coverage';

describe(`${COVERAGE_FILE} (https://developers.google.com/apps-script/reference)`, () => {
  it('is up to date: run `npm run coverage` after emulating a method', () => {
    const committed = readFileSync(join(__dirname, '..', '..', COVERAGE_FILE), 'utf8');
    expect(committed).toBe(coverageMarkdown());
  });

  /** The emulated and not emulated methods of a class's row, the first whose emulated list starts with `first`. */
  function row(className: string, first: string): [string[], string[]] {
    const line = coverageMarkdown()
      .split('\n')
      .find((each) => each.startsWith(`| ${className} | ${first}`));
    const [, emulated, notEmulated] = (line ?? '').slice(2, -2).split(' | ');
    return [emulated?.split(', ') ?? [], notEmulated?.split(', ') ?? []];
  }

  it('lists Range.getValues as emulated and Range.insertCheckboxes as not', () => {
    const [emulated, notEmulated] = row('Range', 'addDeveloperMetadata');
    expect(emulated).toContain('getValues');
    expect(notEmulated).toContain('insertCheckboxes');
  });

  it('reaches the classes only a method with arguments returns: RangeList, CalendarEvent, Trigger', () => {
    expect(row('RangeList', 'getRanges')[0]).toContain('setBackground');
    expect(row('CalendarEvent', 'deleteEvent')[0]).toContain('getGuestList');
    expect(row('Trigger', 'getEventType')[0]).toContain('getHandlerFunction');
  });
});

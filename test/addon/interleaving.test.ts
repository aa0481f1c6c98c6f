// Two people at once: each pair of writing entry points, the second run at a service-call boundary of the first drawn
// from a seed (npm run check:concurrency runs every boundary), and nothing lost, doubled, reverted or half-refused.
import type { Workspace } from '../../emulator/workspace';
import { t } from '../../src/domain/i18n';
import {
  boundariesOf,
  buildFixture,
  ENTRY_POINTS,
  type EntryPoint,
  PEOPLE,
  type Role,
  runPair,
  seeded,
  TYPED_ROW,
  typeInto,
} from '../support/interleaving';

const seed = Number(process.env.INTERLEAVING_SEED ?? Math.floor(Math.random() * 2 ** 31));
const fixture = buildFixture();

describe(`each pair of writing entry points, the second at a boundary of the first drawn with INTERLEAVING_SEED=${seed}`, () => {
  const random = seeded(seed);
  const pairs = ENTRY_POINTS.flatMap((first) => {
    const calls = boundariesOf(fixture, first);
    return ENTRY_POINTS.map((second) => ({ first, second, at: Math.floor(random() * (calls + 1)), calls }));
  });

  it.each(pairs)('$first.name, then $second.name at boundary $at of $calls', ({ first, second, at }) => {
    const run = runPair(fixture, first, second, at);
    expect({ during: run.during, problems: run.problems }).toEqual({ during: run.during, problems: [] });
  });

  it('draws boundaries inside the first, not only before or after it', () => {
    expect(pairs.some(({ at, calls }) => at > 0 && at < calls)).toBe(true);
  });
});

describe('the check itself, against a careless writer run after a person typed a status', () => {
  const sara = PEOPLE.find((person) => person.locale === 'sv')?.email ?? '';
  const typing = ENTRY_POINTS.find((entry) => entry.name === 'Typing in the Action plan') as EntryPoint;
  /** Sara's execution in the workbook: `write` changes it as a script would, then `end` says how it ended. */
  const careless = (kind: Role['kind'], write: (ws: Workspace) => void, end: () => unknown = () => null) => {
    const role: Role = {
      email: sara,
      where: (saved) => ({ host: 'sheets', fileId: saved.workbook }),
      kind,
      run: (addon) => {
        write(addon.ws);
        return end();
      },
    };
    return { name: 'A careless writer', first: role, second: role };
  };
  const problemsOf = (second: EntryPoint) => runPair(fixture, typing, second, 0).problems;

  it('sees a Meetings row lost, an action number doubled and a typed status reverted', () => {
    const problems = problemsOf(
      careless('menu', (ws) => {
        typeInto(ws, 'meetings', { key: 'meetingId', shows: String(fixture.meetings[0]) }, 'meetingId', '');
        typeInto(ws, 'actionPlan', { key: 'action', shows: 'Call the town hall' }, 'number', '1');
        typeInto(ws, 'actionPlan', TYPED_ROW, 'status', 'Not started');
      }),
    );
    expect(problems).toEqual([
      `Meetings rows lost: ${fixture.meetings[0]}`,
      'Action numbers not unique: [1,1]',
      'Book the room: status is Not started, In progress was written',
    ]);
  });

  it('sees a refused execution that wrote, and one that told its user an error that is not a message of theirs', () => {
    const busy = t('sv', 'error.busy');
    const refusedAfterWriting = careless(
      'sidebar',
      (ws) => typeInto(ws, 'actionPlan', { key: 'action', shows: 'Call the town hall' }, 'status', 'Done'),
      () => {
        throw new Error(busy);
      },
    );
    expect(problemsOf(refusedAfterWriting)).toEqual(['A careless writer (second) was refused but wrote']);
    const crashed = careless(
      'sidebar',
      () => undefined,
      () => {
        throw new Error("TypeError: Cannot read properties of undefined (reading 'getRange')");
      },
    );
    expect(problemsOf(crashed)).toEqual([
      `A careless writer (second) failed and told its user (sv): "TypeError: Cannot read properties of undefined (reading 'getRange')"`,
    ]);
  });
});

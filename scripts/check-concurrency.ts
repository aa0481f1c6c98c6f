// npm run check:concurrency: the interleaving check run whole, every pair of writing entry points with the second at
// every service-call boundary of the first; prints what failed, where, and how many interleavings ran in how long.
import {
  boundariesOf,
  buildFixture,
  ENTRY_POINTS,
  type PairRun,
  runPair,
} from '../test/support/interleaving';

/** Consecutive boundaries with the same problems, shown once: "at 40–52 (in Range.setValues…): …". */
function grouped(failures: PairRun[]): string[] {
  const lines: string[] = [];
  let start: PairRun | null = null;
  let last: PairRun | null = null;
  const flush = () => {
    if (!start || !last) return;
    const where = start.at === last.at ? `at ${start.at}` : `at ${start.at}–${last.at}`;
    lines.push(`    ${where} (first suspended in ${start.during ?? 'nothing: second ran after it'}):`);
    for (const problem of start.problems) lines.push(`      ${problem}`);
  };
  for (const run of failures) {
    if (start && last && run.at === last.at + 1 && run.problems.join() === start.problems.join()) last = run;
    else {
      flush();
      start = run;
      last = run;
    }
  }
  flush();
  return lines;
}

const started = Date.now();
const only = process.argv.slice(2);
const fixture = buildFixture();
let interleavings = 0;
let failed = 0;
for (const first of ENTRY_POINTS) {
  if (only.length > 0 && !only.includes(first.name)) continue;
  const calls = boundariesOf(fixture, first);
  for (const second of ENTRY_POINTS) {
    const pairStarted = Date.now();
    const failures: PairRun[] = [];
    for (let at = 0; at <= calls; at++) {
      const run = runPair(fixture, first, second, at);
      interleavings += 1;
      if (run.problems.length > 0) failures.push(run);
    }
    failed += failures.length;
    const seconds = ((Date.now() - pairStarted) / 1000).toFixed(1);
    const verdict = failures.length === 0 ? 'all good' : `${failures.length} FAILED`;
    console.log(`${first.name}, then ${second.name}: ${calls + 1} boundaries, ${verdict} (${seconds} s)`);
    for (const line of grouped(failures)) console.log(line);
  }
}
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(
  `\n${interleavings} interleavings in ${minutes} min: ${failed === 0 ? 'none failed' : `${failed} failed`}.`,
);
process.exitCode = failed === 0 ? 0 : 1;

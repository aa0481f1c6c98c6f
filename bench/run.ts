// `npm run bench`: each user action's service calls at several workbook sizes beside its budget, as a table. Run after the build.

import { dashboardScenarios } from './dashboard';
import { meetingScenarios } from './meetings';
import { minutesScenarios } from './minutes';
import { personalDataScenarios } from './personalData';
import { reminderScenarios } from './reminders';
import type { Scenario } from './scenario';
import { setUpScenarios } from './setup';

/** Every scenario measured; a feature adds its own list here. */
const scenarios: Scenario[] = [
  ...setUpScenarios,
  ...meetingScenarios,
  ...minutesScenarios,
  ...dashboardScenarios,
  ...reminderScenarios,
  ...personalDataScenarios,
];

const sizes = [...new Set(scenarios.flatMap((scenario) => scenario.sizes))].sort((a, b) => a - b);
const header = ['scenario', ...sizes.map((size) => `${size.toLocaleString('en')} rows`), 'budget'];
const rows = scenarios.map((scenario) => [
  scenario.name,
  ...sizes.map((size) => (scenario.sizes.includes(size) ? String(scenario.calls(size)) : '—')),
  scenario.budget === undefined ? '—' : String(scenario.budget),
]);
const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column].length)));
const line = (cells: string[]) =>
  `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`;
console.log(line(header));
console.log(
  `|${widths.map((width, i) => (i === 0 ? '-'.repeat(width + 2) : `${'-'.repeat(width + 1)}:`)).join('|')}|`,
);
for (const row of rows) console.log(line(row));

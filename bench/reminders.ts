// Reminders: turning them on, and one weekly run, over action plans of 10 and 5,000 rows.
import { join } from 'node:path';
import { advanceClockRunning } from '../emulator/addon-runtime';
import { sheetTitle } from '../src/domain/schema';
import { REMINDERS_CALL_BUDGET } from '../test/support/budgets';
import { CONSENTED, callsOf, openWorkbook, rowOf, type Scenario, typeRows } from './scenario';

const buildDir = join(__dirname, '..', 'build');
const DAY = 86_400_000;

/**
 * A set-up workbook on Monday 15 March 2027 at 8:00, with ten members with an email and `rows` actions shared among
 * them, ten at a time of one kind: overdue, due within the fortnight, done, or due later.
 */
function workbook(rows: number) {
  const addon = openWorkbook();
  addon.ws.setNow(Date.parse('2027-03-15T08:00:00Z'));
  addon.run('setUpWorkbook');
  typeRows(
    addon,
    sheetTitle('en', 'members'),
    Array.from({ length: 10 }, (_, i) =>
      rowOf('members', {
        name: `Member ${i + 1}`,
        organisation: `Organisation ${i + 1}`,
        email: `member${i + 1}@example.org`,
        consentRecordedOn: CONSENTED,
      }),
    ),
  );
  // Columns A to O of the Action plan as set-up lays them out: no., action, …, owner (H), due (J), status (O).
  const actions = Array.from({ length: rows }, (_, i) => {
    const row: unknown[] = Array.from({ length: 15 }, () => '');
    const kind = Math.floor(i / 10) % 10;
    const due = kind === 0 ? '2027-03-01' : kind === 1 ? '2027-03-20' : '2027-09-01';
    Object.assign(row, {
      0: i + 1,
      1: `Action ${i + 1}`,
      7: `Member ${(i % 10) + 1}`,
      9: new Date(`${due}T00:00:00Z`),
      14: kind === 2 ? 'Done' : 'In progress',
    });
    return row;
  });
  typeRows(addon, sheetTitle('en', 'actionPlan'), actions);
  return addon;
}

const MONDAY_AT_NINE = { on: true, weekday: 'MONDAY', hour: 9 };

export const reminderScenarios: Scenario[] = [
  {
    name: 'Reminders…: turn on (action rows)',
    sizes: [10, 5000],
    calls: (rows) => callsOf(workbook(rows), 'saveReminders', MONDAY_AT_NINE),
  },
  {
    name: 'Reminders: one weekly run, 10 owners emailed (action rows)',
    sizes: [10, 5000],
    budget: REMINDERS_CALL_BUDGET,
    calls(rows) {
      const addon = workbook(rows);
      addon.run('saveReminders', MONDAY_AT_NINE);
      addon.ws.calls.reset();
      const fired = advanceClockRunning(addon.ws, buildDir, DAY);
      if (fired.length !== 1 || !fired[0].ok || addon.ws.mail.outbox.length !== 10)
        throw new Error(`The run did not remind the ten owners: ${JSON.stringify(fired)}`);
      return addon.ws.calls.total;
    },
  },
];

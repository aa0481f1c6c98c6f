// Refresh dashboard, Add action and Show actions of… over action plans of 10 and 5,000 rows.
import { sheetTitle } from '../src/domain/schema';
import { DASHBOARD_CALL_BUDGET } from '../test/support/budgets';
import { callsOf, openWorkbook, type Scenario, typeRows } from './scenario';

const STATUSES = ['Not started', 'In progress', 'Done', 'Blocked'];

/** A set-up workbook with ten members from five sectors, and `rows` actions in every status, some overdue. */
function workbook(rows: number) {
  const addon = openWorkbook();
  addon.run('setUpWorkbook');
  const sectors = [
    'Mediators',
    'Public authorities',
    'Social workers',
    'Educators',
    'Migrant and refugee communities',
  ];
  typeRows(
    addon,
    sheetTitle('en', 'members'),
    Array.from({ length: 10 }, (_, i) => [`Member ${i + 1}`, `Organisation ${i + 1}`, sectors[i % 5]]),
  );
  // Columns A to O of the Action plan as set-up lays them out: no., action, …, budget (E), owner (H), due (J), status (O).
  const actions = Array.from({ length: rows }, (_, i) => {
    const row: unknown[] = Array.from({ length: 15 }, () => '');
    Object.assign(row, {
      0: i + 1,
      1: `Action ${i + 1}`,
      4: 100,
      7: `Member ${(i % 10) + 1}`,
      9: new Date(i % 3 === 0 ? '2026-01-10T00:00:00Z' : '2030-01-10T00:00:00Z'),
      14: STATUSES[i % 4],
    });
    return row;
  });
  typeRows(addon, sheetTitle('en', 'actionPlan'), actions);
  return addon;
}

export const dashboardScenarios: Scenario[] = [
  {
    name: 'Refresh dashboard (action rows)',
    sizes: [10, 5000],
    calls: (rows) => callsOf(workbook(rows), 'refreshDashboard'),
    budget: DASHBOARD_CALL_BUDGET,
  },
  {
    name: 'Add action (action rows)',
    sizes: [10, 5000],
    calls: (rows) =>
      callsOf(workbook(rows), 'addAction', {
        action: 'Map the stakeholders',
        owner: 'Member 1',
        start: '2027-03-01',
        due: '2027-04-01',
        budget: '200',
        status: 'notStarted',
      }),
  },
  {
    name: 'Show actions of… (action rows)',
    sizes: [10, 5000],
    calls: (rows) => callsOf(workbook(rows), 'showActionsOf', 'Member 3'),
  },
];

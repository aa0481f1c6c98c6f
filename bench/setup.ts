// Set up alliance workbook: its calls on an empty spreadsheet, and run again over a workbook full of stakeholders.
import { sheetTitle } from '../src/domain/schema';
import { SETUP_CALL_BUDGET } from '../test/support/budgets';
import { madeBefore } from '../test/support/upgrade';
import { callsOf, openWorkbook, type Scenario, typeRows } from './scenario';

export const setUpScenarios: Scenario[] = [
  {
    name: 'Set up alliance workbook, first run',
    sizes: [0],
    calls: () => callsOf(openWorkbook(), 'setUpWorkbook'),
    budget: SETUP_CALL_BUDGET.firstRun,
  },
  {
    name: 'Set up alliance workbook, run again (stakeholder rows)',
    sizes: [0, 10, 5000],
    budget: SETUP_CALL_BUDGET.again,
    calls(rows) {
      const addon = openWorkbook();
      addon.run('setUpWorkbook');
      const stakeholders = Array.from({ length: rows }, (_, i) => [
        `Organisation ${i + 1}`,
        `Contact ${i + 1}`,
      ]);
      typeRows(addon, sheetTitle('en', 'stakeholders'), stakeholders);
      return callsOf(addon, 'setUpWorkbook');
    },
  },
  {
    name: 'Set up alliance workbook, run again over one made before (stakeholder rows)',
    sizes: [0, 5000],
    budget: SETUP_CALL_BUDGET.upgrade,
    calls(rows) {
      const addon = madeBefore('en');
      const stakeholders = Array.from({ length: rows }, (_, i) => [
        `Organisation ${i + 1}`,
        `Contact ${i + 1}`,
      ]);
      typeRows(addon, sheetTitle('en', 'stakeholders'), stakeholders);
      return callsOf(addon, 'setUpWorkbook');
    },
  },
];

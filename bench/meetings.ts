// New meeting: loading its form and creating the meeting, over action plans of 10 and 5,000 rows.
import type { NewMeetingForm } from '../src/domain/api';
import { sheetTitle } from '../src/domain/schema';
import { NEW_MEETING_CALL_BUDGET } from '../test/support/budgets';
import { CONSENTED, callsOf, openWorkbook, rowOf, type Scenario, typeRows } from './scenario';

/** A set-up workbook with two members and `rows` actions, most done, one in 500 still open. */
function workbookWithActions(rows: number) {
  const addon = openWorkbook();
  addon.run('setUpWorkbook');
  typeRows(addon, sheetTitle('en', 'members'), [
    rowOf('members', {
      name: 'Amina Diallo',
      organisation: 'Maison des Associations',
      role: 'Chair',
      email: 'amina@example.org',
      consentRecordedOn: CONSENTED,
    }),
    rowOf('members', {
      name: 'Lars Berg',
      organisation: 'Röda Korset',
      role: 'Secretary',
      email: 'lars@example.se',
      consentRecordedOn: CONSENTED,
    }),
  ]);
  // Columns A to O of the Action plan as set-up lays them out: no., action, …, owner (H), due (J), status (O).
  const due = new Date('2027-01-10T00:00:00Z');
  const actions = Array.from({ length: rows }, (_, i) => {
    const row: unknown[] = Array.from({ length: 15 }, () => '');
    Object.assign(row, {
      0: i + 1,
      1: `Action ${i + 1}`,
      7: 'Lars Berg',
      9: due,
      14: i % 500 === 0 ? 'In progress' : 'Done',
    });
    return row;
  });
  typeRows(addon, sheetTitle('en', 'actionPlan'), actions);
  return addon;
}

const meeting = {
  date: '2027-03-15',
  time: '10:00',
  place: 'Bordeaux',
  host: 'Maison des Associations',
  chair: 'Amina Diallo',
  // The invitation emailed and the event added: every call New meeting makes is counted.
  email: true,
  calendar: true,
  // As the sidebar sends it: each step is recorded under it, so a retry makes nothing twice.
  requestId: 'bench-request',
};

export const meetingScenarios: Scenario[] = [
  {
    name: 'New meeting: load the form (action rows)',
    sizes: [10, 5000],
    calls: (rows) => callsOf(workbookWithActions(rows), 'getNewMeetingForm'),
    budget: NEW_MEETING_CALL_BUDGET.form,
  },
  {
    name: 'New meeting: Create meeting (action rows)',
    sizes: [10, 5000],
    budget: NEW_MEETING_CALL_BUDGET.create,
    calls(rows) {
      const addon = workbookWithActions(rows);
      const form = addon.run<NewMeetingForm>('getNewMeetingForm');
      return callsOf(addon, 'createMeeting', { ...meeting, agenda: form.agenda });
    },
  },
];

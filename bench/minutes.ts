// Generate minutes: its calls for 30 agenda items and 60 actions, over an action plan of 10 and of 5,000 rows.
import { join } from 'node:path';
import { loadAddon } from '../emulator/addon-runtime';
import type { AgendaItem, CreatedMeeting, MinutesForm, MinutesRequest } from '../src/domain/api';
import { columnsOf, sheetTitle } from '../src/domain/schema';
import { MINUTES_CALL_BUDGET } from '../test/support/budgets';
import { callsOf, openWorkbook, type Scenario, typeRows } from './scenario';

const sizes = [10, 5000];
const agenda: AgendaItem[] = Array.from({ length: 30 }, (_, n) => ({
  time: '',
  item: `Item ${n + 1}`,
  moderator: '',
}));

/** An action-plan row of older, done actions, laid out by the schema's column order as set-up writes it. */
function actionRow(n: number): unknown[] {
  const values: Record<string, unknown> = {
    number: n,
    action: `Action ${n}`,
    owner: 'Lars Berg',
    status: 'Done',
    actionId: `older-A${n}`,
  };
  return columnsOf('actionPlan').map((column) => values[column.key] ?? '');
}

/** The chair's form with a comment and two actions on each of the 30 items. */
function filledIn(form: MinutesForm): MinutesRequest {
  const items = form.minutes.items.map((item, n) => ({
    ...item,
    comment: `Comment ${n + 1}`,
    actions: [1, 2].map((k) => ({
      actionId: '',
      action: `Action ${n + 1}.${k}`,
      owner: 'Lars Berg',
      due: '2027-04-01',
    })),
  }));
  return { present: ['Amina Diallo'], items, basis: form.basis };
}

/** Loading the form, generating, and generating again, in the agenda Doc of a meeting of a workbook of that size. */
function measure(rows: number): { form: number; first: number; again: number } {
  const secretary = openWorkbook();
  secretary.run('setUpWorkbook');
  typeRows(secretary, sheetTitle('en', 'members'), [
    ['Amina Diallo', 'Maison des Associations'],
    ['Lars Berg', 'Röda Korset'],
  ]);
  typeRows(
    secretary,
    sheetTitle('en', 'actionPlan'),
    Array.from({ length: rows }, (_, n) => actionRow(n + 1)),
  );
  const meeting = secretary.run<CreatedMeeting>('createMeeting', {
    date: '2027-03-15',
    time: '10:00',
    place: 'Bordeaux',
    host: 'Maison des Associations',
    chair: 'Amina Diallo',
    agenda,
  });
  const agendaDoc = [...secretary.ws.documents.values()].find((doc) => meeting.agenda.url.includes(doc.id));
  // The chair writes the minutes in the evening of the meeting, as the add-on expects them.
  secretary.ws.setNow(Date.parse('2027-03-15T19:00:00Z'));
  secretary.ws.open({ host: 'docs', fileId: agendaDoc?.id as string });
  const chair = () => loadAddon(secretary.ws, join(__dirname, '..', 'build'));
  const form = callsOf(chair(), 'getMinutesForm');
  const first = callsOf(chair(), 'saveMinutes', filledIn(chair().run<MinutesForm>('getMinutesForm')));
  const reloaded = chair().run<MinutesForm>('getMinutesForm');
  const again = callsOf(chair(), 'saveMinutes', { ...reloaded.minutes, basis: reloaded.basis });
  return { form, first, again };
}

// Generating into a 5,000-row plan typed in to the sheet's last row costs one Sheet.insertRowsAfter more than into a
// plan with empty rows left below it: a step of one call when the sheet is full, not a cost per row.
const measured = new Map<number, ReturnType<typeof measure>>();
const at = (rows: number) => {
  if (!measured.has(rows)) measured.set(rows, measure(rows));
  return measured.get(rows) as ReturnType<typeof measure>;
};

export const minutesScenarios: Scenario[] = [
  {
    name: 'Generate minutes, load the form (30 items; action rows)',
    sizes,
    calls: (rows) => at(rows).form,
    budget: MINUTES_CALL_BUDGET,
  },
  {
    name: 'Generate minutes, 30 items and 60 actions (action rows)',
    sizes,
    calls: (rows) => at(rows).first,
    budget: MINUTES_CALL_BUDGET,
  },
  {
    name: 'Generate minutes again, same 60 actions (action rows)',
    sizes,
    calls: (rows) => at(rows).again,
    budget: MINUTES_CALL_BUDGET,
  },
];

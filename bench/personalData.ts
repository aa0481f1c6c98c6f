// Personal data…: finding and erasing a member who attended two meetings and owns actions, over 10 and 5,000 action rows.
import { join } from 'node:path';
import { loadAddon } from '../emulator/addon-runtime';
import type { CreatedMeeting, MinutesForm, NewMeetingForm } from '../src/domain/api';
import { sheetTitle } from '../src/domain/schema';
import { PERSONAL_DATA_CALL_BUDGET } from '../test/support/budgets';
import { meetingRequest } from '../test/support/meeting';
import { callsOf, openWorkbook, rowOf, type Scenario, typeRows } from './scenario';

const buildDir = join(__dirname, '..', 'build');
const sizes = [10, 5000];
const AMINA = 'Amina Diallo';

/**
 * A workbook of three members, Amina chair of two meetings whose minutes give her an action each, and `rows` older
 * actions, one in ten hers. (Members by the thousand are no measure here: New meeting and the minutes write all of
 * them into one cell, which 5,000 names overflow.)
 */
function workbook(rows: number) {
  const secretary = openWorkbook();
  const workbookId = secretary.ws.active?.fileId as string;
  secretary.run('setUpWorkbook');
  typeRows(secretary, sheetTitle('en', 'members'), [
    rowOf('members', { name: AMINA, organisation: 'Maison des Associations', email: 'amina@example.org' }),
    rowOf('members', { name: 'Lars Berg', organisation: 'Röda Korset' }),
    rowOf('members', { name: 'Noor Haddad', organisation: 'Buurtwerk' }),
  ]);
  typeRows(
    secretary,
    sheetTitle('en', 'actionPlan'),
    Array.from({ length: rows }, (_, n) =>
      rowOf('actionPlan', {
        number: n + 1,
        action: `Action ${n + 1}`,
        owner: n % 10 === 0 ? AMINA : 'Lars Berg',
        status: 'Done',
      }),
    ),
  );
  for (const date of ['2027-03-15', '2027-04-15']) {
    secretary.ws.open({ host: 'sheets', fileId: workbookId });
    const sheets = loadAddon(secretary.ws, buildDir);
    const form = sheets.run<NewMeetingForm>('getNewMeetingForm');
    const meeting = sheets.run<CreatedMeeting>('createMeeting', meetingRequest(form, { date }));
    const agenda = [...secretary.ws.documents.values()].find((doc) => meeting.agenda.url.includes(doc.id));
    secretary.ws.setNow(Date.parse(`${date}T19:00:00Z`));
    secretary.ws.open({ host: 'docs', fileId: agenda?.id as string });
    const chair = loadAddon(secretary.ws, buildDir);
    const minutes = chair.run<MinutesForm>('getMinutesForm');
    const items = structuredClone(minutes.minutes.items);
    items[0].actions.push({ actionId: '', action: `Follow up ${date}`, owner: AMINA, due: '2027-06-01' });
    chair.run('saveMinutes', { present: [AMINA], items, basis: minutes.basis });
  }
  secretary.ws.open({ host: 'sheets', fileId: workbookId });
  return loadAddon(secretary.ws, buildDir);
}

export const personalDataScenarios: Scenario[] = [
  {
    name: 'Personal data…: find a member of two meetings (action rows)',
    sizes,
    calls: (rows) => callsOf(workbook(rows), 'findPersonalData', AMINA),
    budget: PERSONAL_DATA_CALL_BUDGET.find,
  },
  {
    name: 'Personal data…: erase them everywhere (action rows)',
    sizes,
    calls: (rows) => callsOf(workbook(rows), 'erasePersonalData', AMINA),
    budget: PERSONAL_DATA_CALL_BUDGET.erase,
  },
];

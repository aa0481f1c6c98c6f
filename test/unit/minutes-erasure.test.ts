// The minutes record after an erasure: the minutes Doc's item table cut back into cells, and the record rebuilt from it.
import type { MinutesItem } from '../../src/domain/api';
import { t } from '../../src/domain/i18n';
import {
  type ActionPlanRow,
  cleanedRecord,
  type MinutesRecord,
  minutesDocument,
  minutesTableCells,
  outdatedByErasure,
} from '../../src/domain/minutes';
import { PROFILE } from '../support/profile';

const MEETING = { date: '2027-03-15', time: '10:00', place: 'Bordeaux', host: 'Maison des Associations' };
const WORKBOOK = { id: 'book', name: 'Alliance', url: 'https://docs.google.com/spreadsheets/d/book/edit' };
const MEMBERS = [
  { name: 'Amina Diallo', organisation: 'Maison des Associations' },
  { name: 'Lars Berg', organisation: 'Röda Korset' },
];
const ITEMS: MinutesItem[] = [
  {
    item: t('en', 'agenda.welcome'),
    comment: 'Amina Diallo opened.\nShe thanked the host.',
    actions: [{ actionId: 'm-A1', action: 'Book the room', owner: 'Amina Diallo', due: '2027-04-01' }],
  },
  { item: 'Budget', comment: '', actions: [] },
  {
    item: 'Next steps',
    comment: '',
    actions: [{ actionId: 'm-A2', action: 'Write to the mayor', owner: 'Lars Berg', due: '2027-04-02' }],
  },
];
const RECORD: MinutesRecord = {
  revision: 3,
  present: ['Amina Diallo', 'Lars Berg'],
  items: ITEMS,
  document: { id: 'minutes', name: 'Minutes', url: 'https://docs.google.com/document/d/minutes/edit' },
  nextAction: 3,
  mailed: { members: ['amina@example.org', 'lars@example.org'], actions: ['m-A1'] },
};

/** The item table's text as Table.getText() gives it: each cell on its own line, a cell's own lines too. */
function tableText(newMembers: string[]): string {
  const continuity = { previous: null, previousApproved: false, nextMeeting: '', newMembers };
  const plan = minutesDocument(
    MEETING,
    { present: [], items: ITEMS },
    MEMBERS,
    WORKBOOK,
    PROFILE,
    continuity,
    'en',
  );
  const table = plan.blocks.find(
    (block) => block.kind === 'table' && block.header[0] === t('en', 'agenda.item'),
  );
  if (table?.kind !== 'table') throw new Error('No item table');
  return [table.header, ...table.rows].flat().join('\n');
}

describe('the minutes Doc’s item table cut back into cells', () => {
  it('gives each item and its comment cell, with or without the new members’ line under the welcome item', () => {
    for (const newMembers of [[], ['Noor Haddad']]) {
      const cells = minutesTableCells(tableText(newMembers), RECORD);
      expect(cells?.map((cell) => cell.item)).toEqual(ITEMS.map((item) => item.item));
      expect(cells?.[0].comment.startsWith('Amina Diallo opened.\nShe thanked the host.\n')).toBe(true);
      expect(cells?.[1].comment).toBe('');
    }
  });

  it('gives up when the lines do not add up, as after the chair edited the table', () => {
    expect(minutesTableCells(`${tableText([])}\nA line typed by hand`, RECORD)).toBeNull();
  });
});

describe('the record rebuilt after an erasure', () => {
  const marker = '[erased]';
  const rows: ActionPlanRow[] = [
    { row: 2, number: 1, actionId: 'm-A1', action: 'Book the room', owner: marker, due: '2027-04-01' },
  ];
  const cells = [
    { item: ITEMS[0].item, comment: `${marker} opened.\nShe thanked the host.\nBook the room — ${marker}` },
    { item: 'Budget', comment: '' },
    { item: 'Next steps', comment: 'Write to the mayor — Lars Berg' },
  ];
  const sources = {
    cells,
    actionRows: rows,
    attendees: new Set(['Lars Berg']),
    addresses: new Set(['lars@example.org']),
  };

  it('takes comments from the Doc, actions from their rows, and keeps only people still members', () => {
    const cleaned = cleanedRecord(RECORD, sources, '2027-05-01T10:00:00.000Z');
    expect(cleaned).toEqual({
      ...RECORD,
      revision: 4,
      present: ['Lars Berg'],
      items: [
        {
          ...ITEMS[0],
          comment: `${marker} opened.\nShe thanked the host.`,
          actions: [{ ...ITEMS[0].actions[0], owner: marker }],
        },
        ITEMS[1],
        // Its Action plan row is gone: the action leaves the record.
        { ...ITEMS[2], actions: [] },
      ],
      mailed: { members: ['lars@example.org'], actions: ['m-A1'] },
      erasures: '2027-05-01T10:00:00.000Z',
    });
    expect(outdatedByErasure(cleaned, '2027-05-01T10:00:00.000Z')).toBe(false);
    expect(outdatedByErasure(RECORD, '2027-05-01T10:00:00.000Z')).toBe(true);
    expect(outdatedByErasure(RECORD, '')).toBe(false);
  });

  it('keeps no words or comment of an item when the minutes Doc is gone', () => {
    const cleaned = cleanedRecord(RECORD, { ...sources, cells: null }, '2027-05-01T10:00:00.000Z');
    expect(cleaned.items.map((item) => [item.item, item.comment])).toEqual([
      ['', ''],
      ['', ''],
      ['', ''],
    ]);
  });
});

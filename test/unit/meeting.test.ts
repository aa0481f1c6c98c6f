// The New meeting form checked on the server: a translated reason for each mistake, the clean request otherwise.
import { UserError } from '../../src/domain/errors';
import { checkMeetingRequest, nextMeetingNumber, secretaryOf } from '../../src/domain/meeting';

const valid = {
  date: '2027-03-15',
  time: '9:30',
  place: ' Bordeaux ',
  host: 'Maison des Associations',
  chair: 'Amina',
  agenda: [
    { time: '09:30', item: 'Accueil et Introduction', moderator: 'Amina' },
    { time: '', item: '   ', moderator: 'ignored: no item' },
  ],
};

function keyOf(work: () => unknown): { key: string; params: unknown; field: string } {
  try {
    work();
  } catch (error) {
    if (error instanceof UserError) return { key: error.key, params: error.params, field: error.field };
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('checkMeetingRequest', () => {
  it('trims the fields, pads the time and drops agenda rows without an item', () => {
    expect(checkMeetingRequest(valid)).toEqual({
      date: '2027-03-15',
      time: '09:30',
      place: 'Bordeaux',
      host: 'Maison des Associations',
      chair: 'Amina',
      agenda: [{ time: '09:30', item: 'Accueil et Introduction', moderator: 'Amina' }],
      email: false,
      calendar: false,
    });
  });

  it.each(['15/03/2027', '15-3-2027', '15.03.2027', '2027-03-15', '2027/3/15'])(
    'reads the date %j, as a person types it in any of the four languages, as 2027-03-15',
    (date) => {
      expect(checkMeetingRequest({ ...valid, date }).date).toBe('2027-03-15');
    },
  );

  it('takes the email and calendar choices only when ticked (true), never from anything else', () => {
    expect(checkMeetingRequest({ ...valid, email: true, calendar: 'yes' })).toMatchObject({
      email: true,
      calendar: false,
    });
  });

  it.each([
    [{ ...valid, date: '' }, 'meeting.error.noDate', {}, 'date'],
    [{ ...valid, date: undefined }, 'meeting.error.noDate', {}, 'date'],
    [{ ...valid, date: '03/15/2027' }, 'meeting.error.badDate', { value: '03/15/2027' }, 'date'],
    [{ ...valid, date: '2027-02-30' }, 'meeting.error.badDate', { value: '2027-02-30' }, 'date'],
    [{ ...valid, time: '25:00' }, 'meeting.error.badTime', { value: '25:00' }, 'time'],
    [{ ...valid, agenda: [] }, 'meeting.error.emptyAgenda', {}, 'agenda.0.item'],
    [
      { ...valid, agenda: [{ time: '10:00', item: ' ', moderator: 'x' }] },
      'meeting.error.emptyAgenda',
      {},
      'agenda.0.item',
    ],
    [{ ...valid, agenda: 'Accueil' }, 'meeting.error.badRequest', {}, ''],
    [{ ...valid, place: 42 }, 'meeting.error.badRequest', {}, ''],
    [null, 'meeting.error.badRequest', {}, ''],
  ])('refuses %j with %s, beside the field %s names', (input, key, params, field) => {
    expect(keyOf(() => checkMeetingRequest(input))).toEqual({ key, params, field });
  });

  it('keeps a formula-looking item as the characters typed', () => {
    const request = checkMeetingRequest({ ...valid, agenda: [{ item: '=IMPORTXML("http://x", "//a")' }] });
    expect(request.agenda).toEqual([{ time: '', item: '=IMPORTXML("http://x", "//a")', moderator: '' }]);
  });
});

describe('nextMeetingNumber', () => {
  it('follows the highest number, whatever order and type the cells hold', () => {
    expect(nextMeetingNumber([])).toBe(1);
    expect(nextMeetingNumber([1, 3, '2', '', 'n/a'])).toBe(4);
  });
});

describe('secretaryOf', () => {
  it('is the first named member with the secretary role', () => {
    const members = [
      { name: 'Amina', organisation: 'A', role: 'chair', email: '', consent: false },
      { name: '', organisation: 'B', role: 'secretary', email: '', consent: false },
      { name: 'Lars', organisation: 'C', role: 'secretary', email: '', consent: false },
    ];
    expect(secretaryOf(members)?.name).toBe('Lars');
    expect(secretaryOf(members.slice(0, 1))).toBeNull();
  });
});

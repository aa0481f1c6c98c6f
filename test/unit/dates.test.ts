// ISO dates as the domain carries them, and the long dates the documents show.
import { isIsoDate, longDate, parseDate, shortDate } from '../../src/domain/dates';

describe('isIsoDate', () => {
  it.each(['2027-03-15', '2028-02-29'])('accepts the real day %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each(['2027-02-29', '2027-13-01', '2027-3-15', '15/03/2027', '2027-03-15T10:00', '', '1899-12-30'])(
    'refuses %j',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
    },
  );
});

describe('longDate', () => {
  it.each([
    ['en', '15 March 2027'],
    ['fr', '15 mars 2027'],
    ['nl', '15 maart 2027'],
    ['sv', '15 mars 2027'],
  ] as const)('writes 2027-03-15 in %s as %s', (language, expected) => {
    expect(longDate('2027-03-15', language)).toBe(expected);
  });

  it('leaves what is not an ISO date as it is', () => {
    expect(longDate('next spring', 'en')).toBe('next spring');
  });
});

describe('parseDate', () => {
  it.each([
    ['15/03/2027', '2027-03-15'],
    ['1/3/2027', '2027-03-01'],
    [' 15-03-2027 ', '2027-03-15'],
    ['15.03.2027', '2027-03-15'],
    ['15 03 2027', '2027-03-15'],
    ['2027-03-15', '2027-03-15'],
    ['2027-3-5', '2027-03-05'],
    ['29/02/2028', '2028-02-29'],
  ])('reads %j as %s', (typed, iso) => {
    expect(parseDate(typed)).toBe(iso);
  });

  it.each([
    '03/15/2027',
    '29/02/2027',
    '15/03/27',
    '15/03',
    '2027-03-15T10:00',
    '15th March 2027',
    '',
    '123/1/2027',
  ])('refuses %j', (typed) => {
    expect(parseDate(typed)).toBeNull();
  });
});

describe('shortDate', () => {
  it.each([
    ['en', '15/03/2027'],
    ['fr', '15/03/2027'],
    ['nl', '15-03-2027'],
    ['sv', '2027-03-15'],
  ] as const)('writes 2027-03-15 in %s as %s, which parseDate reads back', (language, expected) => {
    expect(shortDate('2027-03-15', language)).toBe(expected);
    expect(parseDate(expected)).toBe('2027-03-15');
  });

  it('leaves an empty date empty', () => {
    expect(shortDate('', 'fr')).toBe('');
  });
});

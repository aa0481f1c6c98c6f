// ISO dates as the domain carries them, and the long dates the documents show.
import { isIsoDate, longDate } from '../../src/domain/dates';

describe('isIsoDate', () => {
  it.each(['2027-03-15', '2028-02-29'])('accepts the real day %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each(['2027-02-29', '2027-13-01', '2027-3-15', '15/03/2027', '2027-03-15T10:00', ''])(
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

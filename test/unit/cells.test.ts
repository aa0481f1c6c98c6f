// Cells to domain values and back: text stays text, ISO dates are real dates in the spreadsheet's time zone.
import { cellToDomain, dateIn, domainToCell, isoDateIn } from '../../src/domain/cells';

describe('cells and domain values', () => {
  it('writes user text behind an apostrophe so it never becomes a formula, a number or a date', () => {
    expect(domainToCell('=IMPORTXML("x")', 'text', 'UTC')).toBe('\'=IMPORTXML("x")');
    expect(domainToCell('+33 6 12 34 56 78', 'phone', 'UTC')).toBe("'+33 6 12 34 56 78");
    expect(domainToCell('0612345678', 'phone', 'UTC')).toBe("'0612345678");
    expect(domainToCell('', 'text', 'UTC')).toBe('');
    expect(domainToCell(null, 'text', 'UTC')).toBe('');
    expect(domainToCell(42, 'number', 'UTC')).toBe(42);
    expect(domainToCell({ formula: '=HYPERLINK("u","l")' }, 'link', 'UTC')).toBe('=HYPERLINK("u","l")');
  });

  it('writes an ISO date in a date column as midnight of that day in the spreadsheet time zone', () => {
    const date = domainToCell('2027-03-15', 'date', 'America/New_York') as Date;
    expect(date.toISOString()).toBe('2027-03-15T04:00:00.000Z');
    expect(isoDateIn(date, 'America/New_York')).toBe('2027-03-15');
    expect(dateIn('2027-10-31', 'Europe/Paris').toISOString()).toBe('2027-10-30T22:00:00.000Z');
    expect(domainToCell('2027-02-30', 'date', 'UTC')).toBe("'2027-02-30");
  });

  it('reads dates back as ISO days in the spreadsheet time zone, and a time of day as HH:mm', () => {
    expect(cellToDomain(new Date('2027-03-14T23:30:00Z'), '', 'date', 'Europe/Stockholm')).toBe('2027-03-15');
    expect(cellToDomain(new Date('1899-12-30T13:30:00Z'), '', 'text', 'UTC')).toBe('13:30');
    expect(cellToDomain('', '', 'date', 'UTC')).toBe('');
  });

  it('reads a link column as the URL of its HYPERLINK', () => {
    expect(cellToDomain('Agenda', '=HYPERLINK("https://x/1","Agenda")', 'link', 'UTC')).toBe('https://x/1');
    expect(cellToDomain('https://x/2', '', 'link', 'UTC')).toBe('https://x/2');
  });
});

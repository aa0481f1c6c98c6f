// The communication plan's next dates: from the frequency, moved on when passed, never over a person's date.
import { communicationPlanDates, dueThisWeekFormula, nextDate } from '../../src/domain/communicationPlan';

const TODAY = '2027-03-15';

describe('nextDate', () => {
  it.each([
    ['weekly', null, TODAY],
    ['weekly', '2027-03-20', '2027-03-20'],
    ['weekly', '2027-03-01', '2027-03-15'],
    ['weekly', '2027-03-02', '2027-03-16'],
    ['monthly', '2026-12-31', '2027-03-31'],
    ['monthly', '2027-01-31', '2027-03-31'],
    ['quarterly', '2026-11-20', '2027-05-20'],
    ['yearly', '2026-03-15', '2027-03-15'],
    ['once', '2027-01-10', '2027-01-10'],
  ] as const)('%s from %s is %s', (frequency, previous, expected) => {
    expect(nextDate(frequency, previous, TODAY)).toBe(expected);
  });
});

describe('communicationPlanDates', () => {
  const row = (row: number, frequency: string, date: string) => ({
    row,
    values: { frequency, nextDate: date },
  });

  it('fills empty dates and moves its own, keeps a person’s, and remembers what it wrote', () => {
    const plan = communicationPlanDates(
      [
        row(2, 'Every month', ''),
        row(3, 'Chaque semaine', '2027-03-01'),
        row(4, 'Every week', '2027-03-01'),
        row(5, '', ''),
        row(6, 'Elke maand', '2027-03-20'),
      ],
      { 3: '2027-03-01', 4: '2027-02-22' },
      TODAY,
    );
    expect(plan.changes).toEqual([
      { row: 2, nextDate: TODAY },
      { row: 3, nextDate: TODAY },
    ]);
    // Row 4 holds a date the add-on did not write, row 6 one a person typed: both stay the person's.
    expect(plan.written).toEqual({ 2: TODAY, 3: TODAY });
  });

  it('highlights rows due by Sunday of this week', () => {
    expect(dueThisWeekFormula('G')).toBe('=AND(ISNUMBER($G2),$G2<=TODAY()-WEEKDAY(TODAY(),2)+7)');
  });
});

// How messages quote what a person typed: enough to recognise it, never a page of it.
import { quoted } from '../../src/domain/errors';

describe('quoted', () => {
  it('keeps short input whole', () => {
    expect(quoted('2027-02-30')).toBe('2027-02-30');
    expect(quoted('x'.repeat(40))).toBe('x'.repeat(40));
  });

  it('cuts long input to its first 40 characters and an ellipsis', () => {
    expect(quoted('2'.repeat(1_000_000))).toBe(`${'2'.repeat(40)}…`);
  });

  it('cuts between characters, never inside an emoji', () => {
    const text = '🌍'.repeat(50);
    expect(quoted(text)).toBe(`${'🌍'.repeat(40)}…`);
  });
});

// Who a person is in the workbook, where their words are in a text, and what erasing leaves.
import {
  erasedText,
  erasuresAfter,
  literalPattern,
  mentionsIn,
  personTerms,
} from '../../src/domain/personalData';

const amina = { name: 'Amina Diallo', email: 'amina.diallo@example.org', phone: '+33 6 12 34 56 78' };

describe('personTerms', () => {
  it('takes the name, email and phone of every row that names the person, longest first', () => {
    const terms = personTerms('amina diallo', [
      amina,
      { name: 'Lars Berg', email: 'lars@example.org', phone: '' },
    ]);
    expect(terms.map((term) => [term.text, term.kind])).toEqual([
      ['amina.diallo@example.org', 'email'],
      ['+33 6 12 34 56 78', 'phone'],
      ['Amina Diallo', 'name'],
    ]);
  });

  it('finds the row by email too, and keeps the query alone when no row names it', () => {
    expect(personTerms('AMINA.diallo@example.org', [amina]).map((term) => term.text)).toContain(
      'Amina Diallo',
    );
    expect(personTerms('Jo Visitor', [amina])).toEqual([{ text: 'Jo Visitor', kind: 'name' }]);
  });
});

describe('mentionsIn', () => {
  const terms = personTerms('Amina Diallo', [amina]);

  it('finds every mention in any case, but not inside a longer word', () => {
    const text = 'Present: AMINA DIALLO (Maison), Amina Diallou, Lars; write to amina.diallo@example.org.';
    expect(mentionsIn(text, terms).map((mention) => mention.text)).toEqual([
      'AMINA DIALLO',
      'amina.diallo@example.org',
    ]);
    expect(mentionsIn('Aminata Sow', personTerms('Amina', []))).toEqual([]);
  });
});

describe('erasedText', () => {
  const terms = personTerms('Amina Diallo', [amina]);

  it('replaces each mention by the marker, empties a cell holding only an email or phone, leaves others alone', () => {
    expect(erasedText('Amina Diallo', terms, '[erased]')).toBe('[erased]');
    expect(erasedText('Amina Diallo, Lars Berg', terms, '[erased]')).toBe('[erased], Lars Berg');
    expect(erasedText(' amina.diallo@example.org ', terms, '[erased]')).toBe('');
    expect(erasedText('+33 6 12 34 56 78', terms, '[erased]')).toBe('');
    expect(erasedText('Lars Berg', terms, '[erased]')).toBeNull();
  });
});

describe('literalPattern', () => {
  it('escapes what a regular expression reads as syntax, so Body.replaceText matches the characters alone', () => {
    const name = 'D. (Dupont)+[1]';
    expect(new RegExp(literalPattern(name)).exec(`x ${name} y`)?.[0]).toBe(name);
    expect(new RegExp(literalPattern('a.b')).test('axb')).toBe(false);
  });
});

describe('erasuresAfter', () => {
  it('adds the erasure to the log, and keeps the latest 200', () => {
    const entry = { on: '2027-03-15T10:00:00.000Z', by: 'secretary@example.org', cells: 3, documents: 1 };
    let log: string | null = null;
    for (let i = 0; i < 205; i++) log = erasuresAfter(log, { ...entry, cells: i });
    const kept = JSON.parse(log as string);
    expect(kept).toHaveLength(200);
    expect(kept[199]).toEqual({ ...entry, cells: 204 });
    expect(JSON.parse(erasuresAfter('not json', entry))).toEqual([entry]);
  });
});

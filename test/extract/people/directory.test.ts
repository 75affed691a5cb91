// The directory of people at scale (issue 14): each name was compared with every person of the run, and each
// person's office looked for among every mention, so 20,000 names took the square of that.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/extract/index.js';
import type { PersonValue } from '../../../src/types.js';
import { segmented } from '../../helpers.js';

const people = (text: string) =>
  extractFacts([segmented('s', text)])
    .filter((f) => f.kind === 'person')
    .map((f) => f.value as PersonValue);

describe('buildDirectory and resolvePerson on many names', () => {
  // Surnames apart in their first letter or by three letters in length, so no two are spellings of one name.
  const surname = (i: number) => `${String.fromCharCode(65 + (i % 26))}${'o'.repeat(3 * Math.floor(i / 26))}lson`;

  it('260 people each named twice, the second time by surname: one fact each, with the office', () => {
    const names = Array.from({ length: 260 }, (_, i) => `Ann ${surname(i)}`);
    const text = names.map((name) => `Officer ${name} spoke. ${name.split(' ')[1]} left.`).join('\n');
    expect(people(text)).toEqual(names.map((name) => ({ type: 'person', name, role: 'Officer' })));
  });

  it('near spellings in a crowd still join: Zelenskiy, Zelenskyy and Zelensky among 260 others', () => {
    const crowd = Array.from({ length: 260 }, (_, i) => `Ann ${surname(i)} spoke.`).join('\n');
    const text = `${crowd}\nVolodymyr Zelenskiy spoke.\nVolodymyr Zelenskyy left.\nZelensky said no.`;
    expect(people(text).filter((p) => p.name.startsWith('Volodymyr'))).toEqual([
      { type: 'person', name: 'Volodymyr Zelenskiy', role: null },
    ]);
  });
});

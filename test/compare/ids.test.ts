// Fact ids (compare/ids.ts): made from content, numbered only when two facts share one, and never twice the
// same id (issue 14: a third "count:8" was numbered "count:8-3", the id of a tally of 8-3).
import { describe, expect, it } from 'vitest';
import { assignIds } from '../../src/compare/ids.js';
import type { ComparedFact } from '../../src/types.js';

const fact = (kind: ComparedFact['kind'], normalized: string): ComparedFact => ({
  id: '',
  kind,
  label: normalized,
  value: normalized,
  normalized,
  referenceSource: 'a',
  inReference: true,
  support: 1,
  unique: true,
  sources: {},
});

describe('assignIds', () => {
  it.each([
    { name: 'distinct ids stay as they are', words: ['37', 'people'], ids: ['count:37', 'count:people'] },
    {
      name: 'a shared one is numbered from 2',
      words: ['37', '37', '37'],
      ids: ['count:37', 'count:37-2', 'count:37-3'],
    },
    {
      name: 'a number already an id of its own is passed over',
      words: ['8', '8', '8-3', '8', '8'],
      ids: ['count:8', 'count:8-2', 'count:8-3', 'count:8-4', 'count:8-5'],
    },
    {
      name: 'the numbered id comes before the fact that has it as its own',
      words: ['8', '8', '8', '8-3'],
      ids: ['count:8', 'count:8-2', 'count:8-4', 'count:8-3'],
    },
  ])('$name', ({ words, ids }) => {
    const facts = words.map((w, i) => ({ fact: fact('count', w), position: i, idWords: w }));
    const assigned = assignIds(facts).map((f) => f.id);
    expect(assigned).toEqual(ids);
    expect(new Set(assigned).size).toBe(assigned.length);
  });
});

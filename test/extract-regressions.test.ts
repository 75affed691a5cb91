// Cases found by the unit-test sweep of the extract modules, kept as a table so they stay fixed.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/extract-facts.js';
import { segmented } from './helpers.js';

const factsOf = (text: string) => extractFacts([segmented('s', text)]);

describe('extract regressions', () => {
  it.each([
    { text: 'It happened a year ago.', kind: 'duration', value: { amount: 1, unit: 'year', relation: 'ago' } },
    { text: 'It was a week before the vote.', kind: 'duration', value: { amount: 1, unit: 'week', relation: 'before' } },
    { text: 'He served for seven years.', kind: 'duration', value: { amount: 7, unit: 'year', relation: 'for' } },
    { text: 'On Monday 37 people were killed.', kind: 'count', value: { amount: 37 } },
    { text: "All of NATO's 32 members agreed.", kind: 'count', value: { amount: 32 } },
    { text: "Sunday's vote was close.", kind: 'date', value: { weekday: 0 } },
    { text: 'He left 20 Jan. 2025.', kind: 'date', value: { day: 20, month: 1, year: 2025 } },
    { text: 'Polish Foreign Minister Radoslaw Sikorski welcomed the decision.', kind: 'person', value: { name: 'Radoslaw Sikorski', role: 'Polish Foreign Minister' } },
  ])('$text → $kind', ({ text, kind, value }) => {
    const facts = factsOf(text).filter((f) => f.kind === kind);
    expect(facts).toHaveLength(1);
    expect(facts[0]!.value).toMatchObject(value);
  });

  it('a year after "for" is not a count', () => {
    expect(factsOf('The budget for 2024 rose.').filter((f) => f.kind === 'count')).toEqual([]);
  });

  it('"he said" skips a possessive name when finding the speaker', () => {
    const facts = factsOf('Mike Turner, a Republican congressman from Ohio, met reporters on Monday.\nJoe Biden\'s move was “a big mistake,” he said.');
    const quote = facts.find((f) => f.kind === 'quote')!;
    expect(quote.value).toMatchObject({ speaker: 'Mike Turner' });
  });
});

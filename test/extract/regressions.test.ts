// Cases found by the unit-test sweep of the extract modules, kept as a table so they stay fixed.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/index.js';
import { segmented } from '../helpers.js';

const factsOf = (text: string) => extractFacts([segmented('s', text)]);

describe('extract regressions', () => {
  it.each([
    { text: 'It happened a year ago.', kind: 'duration', value: { amount: 1, unit: 'year', relation: 'ago' } },
    {
      text: 'It was a week before the vote.',
      kind: 'duration',
      value: { amount: 1, unit: 'week', relation: 'before' },
    },
    { text: 'He served for seven years.', kind: 'duration', value: { amount: 7, unit: 'year', relation: 'for' } },
    { text: 'On Monday 37 people were killed.', kind: 'count', value: { amount: 37 } },
    { text: "All of NATO's 32 members agreed.", kind: 'count', value: { amount: 32 } },
    { text: "Sunday's vote was close.", kind: 'date', value: { weekday: 0 } },
    { text: 'He left 20 Jan. 2025.', kind: 'date', value: { day: 20, month: 1, year: 2025 } },
    {
      text: 'Polish Foreign Minister Radoslaw Sikorski welcomed the decision.',
      kind: 'person',
      value: { name: 'Radoslaw Sikorski', role: 'Polish Foreign Minister' },
    },
    { text: 'He agreed a five-year contract.', kind: 'duration', value: { amount: 5, unit: 'year', relation: 'none' } },
    { text: 'He agreed a 5-year contract.', kind: 'duration', value: { amount: 5, unit: 'year', relation: 'none' } },
    {
      text: 'We will follow them for two more years.',
      kind: 'duration',
      value: { amount: 2, unit: 'year', relation: 'for' },
    },
    { text: 'The club paid 85m euros for him.', kind: 'money', value: { amount: 85e6, unit: 'EUR' } },
    {
      text: 'Side effects hit fewer than 1 in 1,000 volunteers.',
      kind: 'percent',
      value: { amount: 0.1, qualifier: 'below' },
    },
    {
      text: 'They beat Harrowgate 2-1 on Saturday.',
      kind: 'count',
      value: { amount: 2, upper: 1, qualifier: 'tally' },
    },
    {
      text: 'The monthly minimum wage will go up to 1,350 euros.',
      kind: 'money',
      value: { amount: 1350, unit: 'EUR', qualifier: 'exact' },
    },
    { text: 'The range is up to 306 km.', kind: 'quantity', value: { qualifier: 'upTo' } },
    {
      text: 'Aftershocks came in the 6 hours following the tremor.',
      kind: 'duration',
      value: { amount: 6, unit: 'hour', relation: 'after' },
    },
    { text: 'The agency needs 130 short tons of food.', kind: 'quantity', value: { unit: 'kg' } },
    {
      text: 'Sales fell sharply by about 3% last year.',
      kind: 'percent',
      value: { amount: 3, trend: 'down', change: 'by' },
    },
    { text: 'Unemployment rose to 5.2% in May.', kind: 'percent', value: { amount: 5.2, trend: 'up', change: 'to' } },
    { text: 'The company employs 6,200 people.', kind: 'count', value: { amount: 6200 } },
    { text: 'The city has 1.5m residents.', kind: 'count', value: { amount: 1.5e6 } },
    { text: 'The union has 2.3bn members.', kind: 'count', value: { amount: 2.3e9 } },
    // "m" is million before any plural noun, those without an "s" too (lexicon/plurals.ts): not metres.
    { text: 'The country deployed 1.5m police.', kind: 'count', value: { amount: 1.5e6 } },
    { text: 'The farm lost 2.5m livestock.', kind: 'count', value: { amount: 2.5e6 } },
    { text: 'They built a 1.5m high wall.', kind: 'quantity', value: { amount: 1.5, unit: 'm' } },
    { text: 'A crowd of 10,000-plus people came.', kind: 'count', value: { amount: 10000, qualifier: 'above' } },
    { text: 'It was 40 °C at noon.', kind: 'quantity', value: { amount: 40, unit: 'C' } },
    { text: 'It was 104°F at noon.', kind: 'quantity', value: { amount: 40, unit: 'C' } },
    { text: 'The fire burned 2,000 ha of forest.', kind: 'quantity', value: { amount: 2e7, unit: 'm2' } },
    { text: 'A 3,000-tonne ship sank.', kind: 'quantity', value: { amount: 3e6, unit: 'kg' } },
    // Invisible characters pasted from the web: soft hyphens, zero-width spaces, no-break spaces.
    { text: 'Mayor Ros\u00ADalind Ache\u00ADbe cut the ribbon.', kind: 'person', value: { name: 'Rosalind Achebe' } },
    { text: 'Mayor Rosa\u200Blind Achebe cut the ribbon.', kind: 'person', value: { name: 'Rosalind Achebe' } },
    { text: 'The repair cost £12\u00A0million.', kind: 'money', value: { amount: 12e6, unit: 'GBP' } },
    { text: 'Engineers replaced 1,400\u202Fmetres of cable.', kind: 'quantity', value: { amount: 1400, unit: 'm' } },
    { text: 'About 45,000\u00A0vehicles crossed each day.', kind: 'count', value: { amount: 45000 } },
    { text: 'The bridge reopened on Satur\u00ADday.', kind: 'date', value: { weekday: 6 } },
  ])('$text → $kind', ({ text, kind, value }) => {
    const facts = factsOf(text).filter((f) => f.kind === kind);
    expect(facts).toHaveLength(1);
    expect(facts[0]!.value).toMatchObject(value);
  });

  it('numbers belong to the person named before them in their clause', () => {
    const facts = factsOf(
      'Maria Osei-Lind won with 52.4 per cent of the vote, defeating Peter Fenwright, who took 45.1 per cent.',
    );
    expect(facts.filter((f) => f.kind === 'percent').map((f) => [f.surface, f.owner])).toEqual([
      ['52.4 per cent', 'Maria Osei-Lind'],
      ['45.1 per cent', 'Peter Fenwright'],
    ]);
  });

  it('"she said" goes to the last woman named, "he said" to the last man', () => {
    const text =
      'Maria Lopez won the race, defeating Peter Smith.\n' +
      '“We did it,” she told supporters.\n“I accept the result,” he said.';
    const speakers = factsOf(text)
      .filter((f) => f.kind === 'quote')
      .map((f) => (f.value.type === 'quote' ? f.value.speaker : null));
    expect(speakers).toEqual(['Maria Lopez', 'Peter Smith']);
  });

  it('"Mr" is no woman\'s title when "she said" looks for a speaker', () => {
    const text = 'Mrs Alma Ortega met Mr Kofi Brandt on Monday.\n“We agreed,” she said.';
    const quote = factsOf(text).find((f) => f.kind === 'quote')!;
    expect(quote.value).toMatchObject({ speaker: 'Alma Ortega' });
  });

  it('a year after "for" is not a count', () => {
    expect(factsOf('The budget for 2024 rose.').filter((f) => f.kind === 'count')).toEqual([]);
  });

  it('"he said" skips a possessive name when finding the speaker', () => {
    const facts = factsOf(
      'Mike Turner, a Republican congressman from Ohio, met reporters on Monday.\n' +
        "Joe Biden's move was “a big mistake,” he said.",
    );
    const quote = facts.find((f) => f.kind === 'quote')!;
    expect(quote.value).toMatchObject({ speaker: 'Mike Turner' });
  });
});

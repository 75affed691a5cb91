import { describe, expect, it } from 'vitest';
import { contentKeys } from '../../../src/text/words.js';
import type { NumberValue, Qualifier } from '../../../src/types.js';
import { factsOf, onlyFact } from '../../helpers.js';

describe('count facts', () => {
  it.each<[string, string, number, Qualifier, boolean]>([
    [
      'More than 10,000 North Korean soldiers are in Kursk.',
      'More than 10,000 North Korean soldiers',
      10000,
      'above',
      false,
    ],
    ['As many as 12,000 troops arrived.', 'As many as 12,000 troops', 12000, 'upTo', false],
    ['Thousands of troops are there.', 'Thousands of troops', 1000, 'exact', true],
    ['Police said 37 people were killed.', '37 people', 37, 'exact', false],
    ['It was 1.5 million people.', '1.5 million people', 1.5e6, 'exact', false],
    ['A dozen homes burned.', 'A dozen homes', 12, 'exact', false],
    ['About 2,000 workers went on strike.', 'About 2,000 workers', 2000, 'approx', false],
    ['Two soldiers were wounded.', 'Two soldiers', 2, 'exact', false],
    ['At least 200 children were evacuated.', 'At least 200 children', 200, 'atLeast', false],
  ])('%j → %j = %d (%s, vague %s)', (text, surface, amount, qualifier, vague) => {
    const fact = onlyFact(text, 'count');
    const value = fact.value as NumberValue;
    expect(fact.surface).toBe(surface);
    expect(value.amount).toBe(amount);
    expect(value.unit).toBe('');
    expect(value.qualifier).toBe(qualifier);
    expect(value.vague).toBe(vague);
  });

  it.each<[string, string[]]>([
    ['More than 10,000 North Korean soldiers are in Kursk.', ['north', 'korean', 'soldier']],
    ['Police said 37 people were killed.', ['peopl']],
    ['A dozen homes burned.', contentKeys('houses')],
    ['US officials said 200 US troops left.', ['usa', 'soldier']],
  ])('subject of %j contains %j', (text, keys) => {
    const fact = onlyFact(text, 'count');
    for (const key of keys) expect(fact.subject).toContain(key);
  });

  it('"troops" and "soldiers" have the same subject', () => {
    const troops = onlyFact('As many as 12,000 troops arrived.', 'count');
    const soldiers = onlyFact('As many as 12,000 soldiers arrived.', 'count');
    expect(troops.subject).toEqual(soldiers.subject);
    expect(troops.subject.length).toBeGreaterThan(0);
  });

  it('"10,000 soldiers" and "10,000 homes" have different subjects', () => {
    const soldiers = onlyFact('They counted 10,000 soldiers.', 'count');
    const homes = onlyFact('They counted 10,000 homes.', 'count');
    expect(soldiers.subject).not.toEqual(homes.subject);
  });

  it('"voted 7-2" is a tally', () => {
    const fact = onlyFact('The court voted 7-2.', 'count');
    expect(fact.surface).toBe('7-2');
    expect(fact.value).toMatchObject({ amount: 7, upper: 2, qualifier: 'tally' });
  });

  it.each<[string]>([
    ['Fighting has gone on since 2022 in the east.'],
    ['He warned of World War Three.'],
    ['Ukraine received more F-16s.'],
    ['One of his advisers resigned.'],
    ['The meeting began at 4:12 in the afternoon.'],
    ['It was the 20th anniversary.'],
    ['He took office on January 20.'],
    ['He will take office on Jan. 20, 2025.'],
    ['The vote was on 20 January.'],
    ['The range is 306 km.'],
    ['It cost $10 million.'],
    ['Unemployment rose to 15%.'],
  ])('%j has no count', (text) => {
    expect(factsOf(text, 'count')).toEqual([]);
  });
});

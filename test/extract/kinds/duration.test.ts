import { describe, expect, it } from 'vitest';
import type { DurationValue } from '../../../src/types.js';
import { factsOf, onlyFact } from '../../helpers.js';

describe('duration facts', () => {
  it.each<
    [string, string, number | null, DurationValue['unit'], DurationValue['relation'], DurationValue['qualifier']?]
  >([
    ['It came two months before the vote.', 'two months before', 2, 'month', 'before'],
    ['It came just weeks before Trump takes office.', 'just weeks before', null, 'week', 'before'],
    ['It came a few days after the vote.', 'a few days after', null, 'day', 'after'],
    ['It happened three days after the vote.', 'three days after', 3, 'day', 'after'],
    ['It came 48 hours after the vote.', '48 hours after', 48, 'hour', 'after'],
    ['It came two years earlier.', 'two years earlier', 2, 'year', 'before'],
    ['It was signed seven years ago.', 'seven years ago', 7, 'year', 'ago'],
    ['He served seven years.', 'seven years', 7, 'year', 'none'],
    ['He spent 10 years in jail.', '10 years', 10, 'year', 'none'],
    ['It lasted 30 minutes.', '30 minutes', 30, 'minute', 'none'],
    ['The review lasts at least 90 days.', 'at least 90 days', 90, 'day', 'none', 'atLeast'],
    ['They keep their contracts for at least 24 months.', 'for at least 24 months', 24, 'month', 'for', 'atLeast'],
    ['It ended about 3 weeks of talks.', 'about 3 weeks', 3, 'week', 'none', 'approx'],
  ])('%j → %j', (text, surface, amount, unit, relation, qualifier = 'exact') => {
    const fact = onlyFact(text, 'duration');
    expect(fact.surface).toBe(surface);
    expect(fact.value).toEqual({ type: 'duration', amount, unit, relation, qualifier });
  });

  it.each<[string]>([
    ['After months of appeals he won.'], // vague spans need a relation
    ['More than 10,000 North Korean soldiers are in Kursk.'],
    ['The range is 306 km.'],
  ])('%j has no duration', (text) => {
    expect(factsOf(text, 'duration')).toEqual([]);
  });

  it('a duration is not also a count', () => {
    expect(factsOf('It came two months before the vote.', 'count')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { DurationValue } from '../../../src/types.js';
import { differenceBetween, factsOf, onlyFact } from '../../helpers.js';

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

describe('duration facts: short units and seconds', () => {
  it.each<[string, string, number, DurationValue['unit']]>([
    ['The flight took 55 min.', '55 min', 55, 'minute'],
    ['The flight took 90 mins.', '90 mins', 90, 'minute'],
    ['The flight took 3 hrs.', '3 hrs', 3, 'hour'],
    ['The burn lasted 3300 seconds.', '3300 seconds', 3300, 'second'],
    ['The burn lasted 30 secs.', '30 secs', 30, 'second'],
  ])('%j → %j', (text, surface, amount, unit) => {
    const fact = onlyFact(text, 'duration');
    expect(fact.surface).toBe(surface);
    expect(fact.value).toMatchObject({ amount, unit });
    expect(factsOf(text, 'count')).toEqual([]);
  });

  it.each<[string, string, string[] | null]>([
    ['The burn lasted 3300 seconds.', 'The burn lasted 55 minutes.', null],
    ['The flight took 90 mins.', 'The flight took 1.5 hours.', null],
    ['The burn lasted 3300 seconds.', 'The burn lasted 56 minutes.', ['value']],
    ['The flight took 3 hrs.', 'The flight took 4 hours.', ['value']],
  ])('%j vs %j → %j', (reference, other, aspects) => {
    expect(differenceBetween(reference, other, 'duration')).toEqual(aspects);
  });

  it('"5 years old" is an age, not a span', () => {
    expect(factsOf('The boy, 5 years old, was found.', 'duration')).toEqual([]);
  });
});

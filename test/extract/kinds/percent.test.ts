import { describe, expect, it } from 'vitest';
import type { NumberValue, Qualifier } from '../../../src/types.js';
import { differenceBetween, factsOf, onlyFact } from '../../helpers.js';

describe('percent facts', () => {
  it.each<[string, string, number, string, Qualifier]>([
    ['Unemployment rose to 15%.', '15%', 15, '%', 'exact'],
    ['Unemployment rose to 15 percent.', '15 percent', 15, '%', 'exact'],
    ['Unemployment rose to 15 per cent.', '15 per cent', 15, '%', 'exact'],
    ['Turnout was 60.5%.', '60.5%', 60.5, '%', 'exact'],
    ['It rose 2 percentage points.', '2 percentage points', 2, 'pp', 'exact'],
    ['Support reached nearly 40%.', 'nearly 40%', 40, '%', 'nearly'],
    ['Some 15 per cent of voters agreed.', 'Some 15 per cent', 15, '%', 'approx'],
    ['Only one percent of voters agreed.', 'one percent', 1, '%', 'exact'],
    ['Only one per cent of voters agreed.', 'one per cent', 1, '%', 'exact'],
    ['Prices grew between 5 and 7 percent.', 'between 5 and 7 percent', 5, '%', 'between'],
  ])('%j → %j = %d %s (%s)', (text, surface, amount, unit, qualifier) => {
    const fact = onlyFact(text, 'percent');
    const value = fact.value as NumberValue;
    expect(fact.surface).toBe(surface);
    expect(value.amount).toBe(amount);
    expect(value.unit).toBe(unit);
    expect(value.qualifier).toBe(qualifier);
  });

  it('an interval of percentages', () => {
    const fact = onlyFact('Prices rose 5 to 7 percent.', 'percent');
    expect(fact.surface).toBe('5 to 7 percent');
    expect(fact.value).toMatchObject({ amount: 5, upper: 7, qualifier: 'between', unit: '%' });
  });

  it('tolerance follows the stated digits', () => {
    expect((onlyFact('Turnout was 60.5%.', 'percent').value as NumberValue).tolerance).toBeCloseTo(0.05, 9);
    expect((onlyFact('Turnout was 60%.', 'percent').value as NumberValue).tolerance).toBe(0.5);
  });

  it('"of voters" is the subject', () => {
    const fact = onlyFact('Some 15 per cent of voters agreed.', 'percent');
    expect(fact.subject).toContain('voter');
  });

  it.each<[string]>([['Support fell 3 points.'], ['About 2,000 workers went on strike.']])(
    '%j has no percent',
    (text) => {
      expect(factsOf(text, 'percent')).toEqual([]);
    },
  );
});

describe('percent facts: pairs', () => {
  it.each<[string, string, string[] | null]>([
    ['Only one percent of voters agreed.', 'Only 1% of voters agreed.', null],
    ['Only one percent of voters agreed.', 'Only two percent of voters agreed.', ['value', 'contradiction']],
    ['Prices grew between 5 and 7 percent.', 'Prices grew 5-7%.', null],
    ['Prices grew between 5 and 7 percent.', 'Prices grew between 5 and 8 percent.', ['value']],
  ])('%j vs %j → %j', (reference, other, aspects) => {
    expect(differenceBetween(reference, other, 'percent')).toEqual(aspects);
  });
});

import { describe, expect, it } from 'vitest';
import type { NumberValue, Qualifier } from '../../../src/types.js';
import { differenceBetween, factsOf, onlyFact } from '../../helpers.js';

describe('money facts', () => {
  it.each<[string, string, number, string, Qualifier, boolean]>([
    ['The deal was worth $4.5bn.', '$4.5bn', 4.5e9, 'USD', 'exact', false],
    ['It cost £600m.', '£600m', 6e8, 'GBP', 'exact', false],
    ['The car cost $20k.', '$20k', 2e4, 'USD', 'exact', false],
    ['It cost €10 million.', '€10 million', 1e7, 'EUR', 'exact', false],
    ['It cost $10 million.', '$10 million', 1e7, 'USD', 'exact', false],
    ['It cost more than $1 billion.', 'more than $1 billion', 1e9, 'USD', 'above', false],
    ['He got 4.5 billion euros.', '4.5 billion euros', 4.5e9, 'EUR', 'exact', false],
    ['It cost 4.5 billion dollars.', '4.5 billion dollars', 4.5e9, 'USD', 'exact', false],
    ['Tens of billions of dollars were spent.', 'Tens of billions of dollars', 1e10, 'USD', 'exact', true],
    ['The fine was 10 dollars.', '10 dollars', 10, 'USD', 'exact', false],
  ])('%j → %j = %d %s (%s, vague %s)', (text, surface, amount, unit, qualifier, vague) => {
    const fact = onlyFact(text, 'money');
    const value = fact.value as NumberValue;
    expect(fact.surface).toBe(surface);
    expect(value.amount).toBeCloseTo(amount, 3);
    expect(value.unit).toBe(unit);
    expect(value.qualifier).toBe(qualifier);
    expect(value.vague).toBe(vague);
  });

  it('"$4.5bn" is stated to the nearest 0.1 billion', () => {
    expect((onlyFact('The deal was worth $4.5bn.', 'money').value as NumberValue).tolerance).toBeCloseTo(5e7, 0);
  });

  it('"pounds" is money next to a £ amount', () => {
    const facts = factsOf('A £5 fine rose to 10 pounds.', 'money');
    expect(facts.map((f) => [f.surface, (f.value as NumberValue).amount, (f.value as NumberValue).unit])).toEqual([
      ['£5', 5, 'GBP'],
      ['10 pounds', 10, 'GBP'],
    ]);
  });

  it.each<[string]>([
    ['The parcel was 10 pounds.'],
    ['The tower is 306m tall.'],
    ['About 2,000 workers went on strike.'],
  ])('%j has no money', (text) => {
    expect(factsOf(text, 'money')).toEqual([]);
  });
});

describe('money facts: real copy', () => {
  it.each<[string, string, number, string, number?]>([
    ['It cost C$5 in all.', 'C$5', 5, 'CAD'],
    ['It cost HK$10 in all.', 'HK$10', 10, 'HKD'],
    ['It cost US$20 in all.', 'US$20', 20, 'USD'],
    ['It cost A$3 in all.', 'A$3', 3, 'AUD'],
    ['It cost NZ$4 in all.', 'NZ$4', 4, 'NZD'],
    ['It cost S$5 in all.', 'S$5', 5, 'SGD'],
    ['Debt hit $2.174T last year.', '$2.174T', 2.174e12, 'USD'],
    ['Debt hit $2.174 trillion last year.', '$2.174 trillion', 2.174e12, 'USD'],
    ['It will cost between $19 and $22 million.', 'between $19 and $22 million', 19e6, 'USD', 22e6],
  ])('%j → %j = %d %s', (text, surface, amount, unit, upper) => {
    const fact = onlyFact(text, 'money');
    expect(fact.surface).toBe(surface);
    expect((fact.value as NumberValue).amount).toBeCloseTo(amount, 3);
    expect((fact.value as NumberValue).unit).toBe(unit);
    expect((fact.value as NumberValue).upper).toBe(upper);
  });

  it.each<[string, string, string[] | null]>([
    ['Debt hit $2.174T last year.', 'Debt hit $2.174 trillion last year.', null],
    ['It cost US$5 in all.', 'It cost $5 in all.', null],
    ['It cost C$5 in all.', 'It cost US$5 in all.', ['unit']],
    ['It will cost between $19 and $22 million.', 'It will cost $19 million to $22 million.', null],
    ['It will cost between $19 and $22 million.', 'It will cost between $19 and $25 million.', ['value']],
  ])('%j vs %j → %j', (reference, other, aspects) => {
    expect(differenceBetween(reference, other, 'money')).toEqual(aspects);
  });
});

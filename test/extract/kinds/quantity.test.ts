import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/extract/index.js';
import type { Fact, NumberValue, Qualifier } from '../../../src/types.js';
import { sourceOf, factsOf } from '../../helpers.js';

function onlyQuantity(text: string): { fact: Fact; value: NumberValue } {
  const facts = factsOf(text, 'quantity');
  expect(facts, `quantities in ${JSON.stringify(text)}`).toHaveLength(1);
  return { fact: facts[0]!, value: facts[0]!.value as NumberValue };
}

describe('quantity facts: amount in canonical units', () => {
  it.each<[string, string, number, string, Qualifier]>([
    ['The missiles have a range of up to 190 miles.', 'up to 190 miles', 305775.36, 'm', 'upTo'],
    ['ATACMS rockets have a range of up to 306 kilometers.', 'up to 306 kilometers', 306000, 'm', 'upTo'],
    ['The range is 306km.', '306km', 306000, 'm', 'exact'],
    ['The tower is 306m tall.', '306m', 306, 'm', 'exact'],
    ['A 2.3 km stretch was hit.', '2.3 km', 2300, 'm', 'exact'],
    ['A 1.4 miles stretch was hit.', '1.4 miles', 2253.0816, 'm', 'exact'],
    ['It weighs 5 tonnes.', '5 tonnes', 5000, 'kg', 'exact'],
    ['It holds 3.5 litres.', '3.5 litres', 3.5, 'l', 'exact'],
    ['The spill covered 2,000 square kilometres.', '2,000 square kilometres', 2e9, 'm2', 'exact'],
    ['The car went 100 mph.', '100 mph', 44.704, 'm/s', 'exact'],
    ['It was 30 degrees Celsius.', '30 degrees Celsius', 30, 'C', 'exact'],
    ['It was 86 degrees Fahrenheit.', '86 degrees Fahrenheit', 30, 'C', 'exact'],
    ['The convoy travelled more than 40 miles.', 'more than 40 miles', 64373.76, 'm', 'above'],
  ])('%j → %j = %d %s (%s)', (text, surface, amount, unit, qualifier) => {
    const { fact, value } = onlyQuantity(text);
    expect(fact.surface).toBe(surface);
    expect(fact.start).toBe(text.indexOf(surface));
    expect(value.amount).toBeCloseTo(amount, 3);
    expect(value.unit).toBe(unit);
    expect(value.qualifier).toBe(qualifier);
    expect(value.vague).toBe(false);
  });

  it.each<[string, number]>([
    ['The range is 306 km.', 500],
    ['It holds 3.5 litres.', 0.05],
  ])('tolerance of %j is half the last digit (%d)', (text, tolerance) => {
    expect(onlyQuantity(text).value.tolerance).toBeCloseTo(tolerance, 6);
  });

  it('an interval keeps both ends in canonical units', () => {
    const { fact, value } = onlyQuantity('The range is between 5 and 7 km.');
    expect(fact.surface).toBe('between 5 and 7 km');
    expect(value).toMatchObject({ amount: 5000, upper: 7000, qualifier: 'between', unit: 'm' });
  });
});

describe('quantity facts: conversions in brackets', () => {
  it.each<[string, string]>([
    ['It ran 10 kilometres (6.2 miles) in total.', '10 kilometres (6.2 miles)'],
    ['The missiles can fly up to 190 miles (306 km) into Russia.', 'up to 190 miles (306 km)'],
  ])('%j is ONE fact', (text, surface) => {
    const numeric = extractFacts([sourceOf('a', [text])]).filter((f) => f.value.type === 'number');
    expect(numeric).toHaveLength(1);
    expect(numeric[0]!.kind).toBe('quantity');
    expect(numeric[0]!.surface).toBe(surface);
  });

  it('keeps the more precise of the two values', () => {
    const { value } = onlyQuantity('The missiles can fly up to 190 miles (306 km) into Russia.');
    expect(value.amount).toBe(306000);
    expect(value.tolerance).toBe(500);
    expect(value.qualifier).toBe('upTo');
  });
});

describe('quantity facts: what is not a measurement', () => {
  it.each<[string]>([
    ['It is a 5 m wall.'], // single-letter units need to be glued to the number
    ['About 2,000 workers went on strike.'],
    ['The fine was 10 dollars.'],
  ])('%j has no quantity', (text) => {
    expect(factsOf(text, 'quantity')).toEqual([]);
  });

  it('"10 pounds" is a mass when nothing nearby is money', () => {
    const { value } = onlyQuantity('The parcel was 10 pounds.');
    expect(value.unit).toBe('kg');
    expect(value.amount).toBeCloseTo(4.5359237, 6);
  });
});

describe('quantity facts: subject', () => {
  it('"306 km of track" names what is measured', () => {
    const { fact } = onlyQuantity('They laid 306 km of track.');
    expect(fact.subject).toContain('track');
  });
});

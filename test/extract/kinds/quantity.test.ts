import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/extract/index.js';
import type { Fact, NumberValue, Qualifier } from '../../../src/types.js';
import { differenceBetween, factsOf, sourceOf } from '../../helpers.js';

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
    // Real copy: "one", short and spaced units, compound number words, a qualifier before a number word.
    ['Drink one liter a day.', 'one liter', 1, 'l', 'exact'],
    // A screen's resolution, in lines: "4K" is about 2,160, the same as "2160p".
    ['Games render at close to 4K.', 'close to 4K', 2160, 'lines', 'nearly'],
    ['It downsamples to 1080p displays.', '1080p', 1080, 'lines', 'exact'],
    // A unit heading a compound word: "a 30cm-diameter well", "a 40-metre-deep well".
    ['He fell into a 30cm-diameter well.', '30cm-diameter', 0.3, 'm', 'exact'],
    ['He fell into a 40-metre-deep well.', '40-metre-deep', 40, 'm', 'exact'],
    ['It is a 5 m wall.', '5 m', 5, 'm', 'exact'],
    ['They hold 2 L each.', '2 L', 2, 'l', 'exact'],
    ['Add 3 g of salt.', '3 g', 0.003, 'kg', 'exact'],
    ['Fill the 4 gal tank.', '4 gal', 15.141647136, 'l', 'exact'],
    ['A 50 sq m flat.', '50 sq m', 50, 'm2', 'exact'],
    ['There was 6 in. of rain.', '6 in.', 0.1524, 'm', 'exact'],
    ['It was 70 degrees F today.', '70 degrees F', 21.1111, 'C', 'exact'],
    ['It was thirty seven celsius.', 'thirty seven celsius', 37, 'C', 'exact'],
    ['The baby weighed over two pounds.', 'over two pounds', 0.90718474, 'kg', 'above'],
    ['The baby weighed over two pounds, and the fine was £5.', 'over two pounds', 0.90718474, 'kg', 'above'],
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
    expect(value.restated).toMatchObject({ amount: 305775.36, statedUnit: 'm*1609.344', qualifier: 'upTo' });
  });

  // One fact valued at the more precise half; the other half is compared too, so a change to either half,
  // or a wrong conversion, shows.
  it.each<[string, string, string[] | null]>([
    ['Winds of 87 mph (140 km/h) hit.', 'Winds of 87 mph (140 km/h) hit.', null],
    ['Winds of 87 mph (140 km/h) hit.', 'Winds of 140 km/h (87 mph) hit.', null],
    ['Winds of 87 mph (140 km/h) hit.', 'Winds of 87 mph hit.', null],
    ['Winds of 87 mph (140 km/h) hit.', 'Winds of 140 km/h hit.', null],
    ['Winds of 87 mph hit.', 'Winds of 87 mph (140 km/h) hit.', null],
    ['Winds of 87 mph (140 km/h) hit.', 'Winds of 97 mph (140 km/h) hit.', ['value', 'contradiction']],
    ['Winds of 87 mph (140 km/h) hit.', 'Winds of 87 mph (150 km/h) hit.', ['value', 'contradiction']],
    ['Winds of 87 mph hit.', 'Winds of 87 mph (150 km/h) hit.', ['value', 'contradiction']],
    ['Winds of 87 mph (150 km/h) hit.', 'Winds of 87 mph hit.', ['value', 'contradiction']],
    ['Winds of 140 km/h hit.', 'Winds of 97 mph (140 km/h) hit.', ['value', 'contradiction']],
    // One conversion rounded two ways: both halves fit the shared 70 metres.
    ['The rocket is 229 feet (70 meters) tall.', 'The rocket is 230 feet (70 meters) tall.', null],
  ])('%j vs %j → %j', (reference, other, aspects) => {
    expect(differenceBetween(reference, other, 'quantity')).toEqual(aspects);
  });
});

describe('quantity facts: pairs of real copy', () => {
  it.each<[string, string, string[] | null]>([
    ['There was 6 in. of rain.', 'There was 15 cm of rain.', null],
    ['It was 70 degrees F today.', 'It was 21 degrees Celsius today.', null],
    ['It was thirty seven celsius.', 'It was 37 °C.', null],
    ['It was thirty seven celsius.', 'It was thirty eight celsius.', ['value', 'contradiction']],
    ['The baby weighed over two pounds.', 'The baby weighed more than two pounds.', null],
    ['The baby weighed over two pounds.', 'The baby weighed two pounds.', ['qualifier']],
    ['Drink one liter a day.', 'Drink 1,000 ml a day.', null],
    ['Drink one liter a day.', 'Drink two liters a day.', ['value', 'contradiction']],
  ])('%j vs %j → %j', (reference, other, aspects) => {
    expect(differenceBetween(reference, other, 'quantity')).toEqual(aspects);
  });
});

describe('quantity facts: what is not a measurement', () => {
  it.each<[string]>([
    ['He said 5 m residents fled.'], // a spaced "m" before a counted noun is no metre
    ['He scored 6 in the second half.'], // "in" the preposition
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

describe('generation names are no measures', () => {
  it.each(['The 5G network went live.', 'The film was shown in 3D cinemas.'])('%j states no fact', (text) => {
    expect(factsOf(text, 'quantity')).toEqual([]);
    expect(factsOf(text, 'count')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/extract/index.js';
import { compareNumbers } from '../../../src/extract/kinds/number.js';
import { compareDates } from '../../../src/extract/kinds/date.js';
import { compareDurations } from '../../../src/extract/kinds/duration.js';
import { sameWording } from '../../../src/extract/quotes/spans.js';
import { differenceOf } from '../../../src/extract/kinds/index.js';
import type { ChangeAspect, DateValue, DurationValue, Fact, FactValue, NumberValue } from '../../../src/types.js';
import { sourceOf } from '../../helpers.js';

/** The one number fact a sentence states. */
function numberIn(text: string): NumberValue {
  const facts = extractFacts([sourceOf('a', [text])]).filter((f) => f.value.type === 'number');
  expect(facts, `number facts in ${JSON.stringify(text)}`).toHaveLength(1);
  return facts[0]!.value as NumberValue;
}

describe('compareNumbers', () => {
  it.each<[string, string, ChangeAspect[] | null]>([
    ['The range is up to 306 km.', 'The range is up to 190 miles.', null],
    ['The range is up to 190 miles.', 'The range is up to 306 km.', null],
    ['A 2.3 km stretch was hit.', 'A 1.4 miles stretch was hit.', null],
    ['It was 30 degrees Celsius.', 'It was 86 degrees Fahrenheit.', null],
    ['They counted 10,000 soldiers.', 'They counted 12,000 soldiers.', ['value', 'contradiction']],
    ['They counted 10,000 soldiers.', 'They counted 10,000 troops.', null],
    ['More than 10,000 soldiers came.', 'As many as 10,000 soldiers came.', ['qualifier']],
    ['More than 10,000 soldiers came.', 'Over 10,000 soldiers came.', null],
    ['More than 10,000 soldiers came.', 'As many as 12,000 soldiers came.', ['value', 'qualifier']],
    ['It cost $10 million.', 'It cost €10 million.', ['unit']],
    ['It cost $4.5bn.', 'It cost 4.5 billion dollars.', null],
    ['It cost £600m.', 'It cost 600 million pounds sterling.', null],
    ['Thousands of soldiers came.', 'They counted 10,000 soldiers.', ['precision']],
    ['Between 5 and 7 people died.', 'Between 5 and 8 people died.', ['value']],
    // Contradiction: the two cannot both be true. A change of qualifier or precision alone is not one.
    ['At least 37 people died.', 'At least 45 people died.', ['value']],
    ['At least 37 people died.', '45 people died.', ['value', 'qualifier']],
    // A round number or round bound is a rounder statement of the same toll, not another one.
    ['30 civilians were killed.', '32 civilians were killed.', ['precision']],
    ['More than 100 were wounded.', '120 were wounded.', ['precision', 'qualifier']],
    ['Up to 40 were hurt.', '32 were hurt.', ['precision', 'qualifier']],
    ['30 civilians were killed.', '36 civilians were killed.', ['value', 'contradiction']],
    ['10 people were killed.', '11 people were killed.', ['value', 'contradiction']],
    // A plain ton may be short, long or metric: against tonnes and pounds it allows for that, against tons not.
    ['The station weighs 8.5 tons.', 'The station weighs 8.5 tonnes.', null],
    ['The station weighs 8.5 tons.', 'The station weighs 19,000 pounds.', null],
    ['The station weighs 8.5 tons.', 'The station weighs 12 tons.', ['value', 'contradiction']],
    ['The station weighs 8.5 tons.', 'The station weighs 12 tonnes.', ['value', 'contradiction']],
    ['More than 100 were wounded.', '200 were wounded.', ['value', 'qualifier']],
    ['Up to 37 people died.', '45 people died.', ['value', 'qualifier', 'contradiction']],
    ['About 160 people were hurt.', '170 people were hurt.', ['value', 'qualifier']],
    ['About 160 people were hurt.', '200 people were hurt.', ['value', 'qualifier', 'contradiction']],
    ['Nearly 300 homes burned.', 'More than 300 homes burned.', ['qualifier']],
    ['Nearly 300 homes burned.', 'More than 350 homes burned.', ['value', 'qualifier', 'contradiction']],
    ['Between 5 and 7 people died.', '9 people died.', ['value', 'qualifier', 'contradiction']],
    ['Thousands of soldiers came.', 'They counted 500 soldiers.', ['precision', 'contradiction']],
    ['The council voted 7-2.', 'The council voted 6-3.', ['value', 'contradiction']],
    ['The council voted 7-2.', 'The council voted 7-1.', ['value', 'contradiction']],
    ['The range is up to 306 km.', 'The range is up to 250 miles.', ['value']],
    ['The range is 306 km.', 'The range is 250 miles.', ['value', 'contradiction']],
    ['Two officials said so.', 'Three officials said so.', ['value', 'contradiction']],
    ['Fewer than 50 people came.', 'More than 50 people came.', ['qualifier', 'contradiction']],
    ['Hundreds of people came.', 'Thousands of people came.', ['value']],
    ['Thousands of soldiers came.', 'More than 10,000 soldiers came.', ['precision']],
    // A wrong conversion: 100 miles is 161 km, 2,000 gallons is 7,571 litres, 40 °C is 104 °F.
    ['The road is 120 km long.', 'The road is 100 miles long.', ['value', 'contradiction']],
    ['The tank holds 10,000 litres.', 'The tank holds 2,000 gallons.', ['value', 'contradiction']],
    ['It was 40 degrees Celsius.', 'It was 102 degrees Fahrenheit.', ['value', 'contradiction']],
    ['It was 40 degrees Celsius.', 'It was 104 degrees Fahrenheit.', null],
    ['The fire burned 12,000 hectares.', 'The fire burned 29,650 acres.', null],
    ['The road is 160 km long.', 'The road is 100 miles long.', null],
    // Direction and level: "fell 3%" is not "rose 3%", "rose to 5.2%" is not "rose by 5.2%".
    ['Sales fell 3% last year.', 'Sales rose 3% last year.', ['direction', 'contradiction']],
    ['Profit rose 12 per cent.', 'Profit dropped by 12 per cent.', ['direction', 'contradiction']],
    ['Unemployment rose to 5.2%.', 'Unemployment rose by 5.2%.', ['relation']],
    ['Sales fell 3% last year.', 'Sales declined by 3% last year.', null],
    ['Sales fell 3% last year.', 'Sales were 3% lower last year.', null],
    ['The range is 306 km.', 'It weighs 306 kg.', ['unit']],
    ['Unemployment rose to 15%.', 'Unemployment rose to 15 per cent.', null],
    ['It rose 2 percentage points.', 'It rose 2%.', ['unit']],
  ])('%j vs %j → %j', (reference, other, aspects) => {
    expect(compareNumbers(numberIn(reference), numberIn(other))).toEqual(aspects);
  });
});

const date = (fields: Omit<DateValue, 'type'>): DateValue => ({ type: 'date', ...fields });

describe('compareDates', () => {
  it.each<[string, DateValue, DateValue, ReturnType<typeof compareDates>]>([
    ['January 20 = January 20', date({ month: 1, day: 20 }), date({ month: 1, day: 20 }), 'same'],
    [
      'January 20 vs Jan. 20, 2025 (other more precise)',
      date({ month: 1, day: 20 }),
      date({ year: 2025, month: 1, day: 20 }),
      'same',
    ],
    [
      'Jan. 20, 2025 vs January 20',
      date({ year: 2025, month: 1, day: 20 }),
      date({ month: 1, day: 20 }),
      'lessPrecise',
    ],
    ['November 2024 vs 2024', date({ year: 2024, month: 11 }), date({ year: 2024 }), 'lessPrecise'],
    ['January 20 vs January 21', date({ month: 1, day: 20 }), date({ month: 1, day: 21 }), 'different'],
    ['2024 vs 2025', date({ year: 2024 }), date({ year: 2025 }), 'different'],
    ['Sunday vs Monday', date({ weekday: 0 }), date({ weekday: 1 }), 'different'],
    ['yesterday vs yesterday', date({ relative: 'yesterday' }), date({ relative: 'yesterday' }), 'same'],
    ['yesterday vs last week', date({ relative: 'yesterday' }), date({ relative: 'last week' }), 'different'],
    [
      'March 4 vs yesterday (cannot check: less precise)',
      date({ month: 3, day: 4 }),
      date({ relative: 'yesterday' }),
      'lessPrecise',
    ],
    ['yesterday vs March 4 (more precise)', date({ relative: 'yesterday' }), date({ month: 3, day: 4 }), 'same'],
  ])('%s', (_name, reference, other, verdict) => {
    expect(compareDates(reference, other)).toBe(verdict);
  });
});

const span = (
  amount: number | null,
  unit: DurationValue['unit'],
  relation: DurationValue['relation'] = 'none',
  qualifier: DurationValue['qualifier'] = 'exact',
): DurationValue => ({ type: 'duration', amount, unit, relation, qualifier });

describe('compareDurations', () => {
  it.each<[string, DurationValue, DurationValue, Array<'value' | 'relation' | 'precision' | 'qualifier'> | null]>([
    ['two months before = two months before', span(2, 'month', 'before'), span(2, 'month', 'before'), null],
    [
      'for at least 24 months vs for about 24 months',
      span(24, 'month', 'for', 'atLeast'),
      span(24, 'month', 'for', 'approx'),
      ['qualifier'],
    ],
    ['at least 90 days vs 90 days', span(90, 'day', 'none', 'atLeast'), span(90, 'day'), ['qualifier']],
    ['two months = eight weeks', span(2, 'month'), span(8, 'week'), null],
    ['one year = 12 months', span(1, 'year'), span(12, 'month'), null],
    ['48 hours = two days', span(48, 'hour'), span(2, 'day'), null],
    ['two days vs three days', span(2, 'day'), span(3, 'day'), ['value']],
    ['two months vs two years', span(2, 'month'), span(2, 'year'), ['value']],
    ['two months before vs two months after', span(2, 'month', 'before'), span(2, 'month', 'after'), ['relation']],
    ['weeks before vs weeks before', span(null, 'week', 'before'), span(null, 'week', 'before'), null],
    ['weeks before vs two weeks before', span(null, 'week', 'before'), span(2, 'week', 'before'), ['precision']],
    ['weeks before vs months before', span(null, 'week', 'before'), span(null, 'month', 'before'), ['value']],
    ['two days before vs three days after', span(2, 'day', 'before'), span(3, 'day', 'after'), ['relation', 'value']],
  ])('%s', (_name, reference, other, aspects) => {
    expect(compareDurations(reference, other)).toEqual(aspects);
  });
});

describe('sameWording', () => {
  it.each<[string, string, boolean]>([
    ['The missiles will speak for themselves.', 'The missiles will speak for themselves.', true],
    ['The missiles will speak for themselves.', 'the missiles will speak for themselves', true],
    ['The missiles will speak for themselves.', 'speak for themselves', true],
    ['speak for themselves', 'The missiles will speak for themselves.', true],
    ['Much too late, he said', '“Much too late,”', true],
    ['We don’t want war.', "We don't want war", true],
    ['The missiles will speak for themselves.', 'The missiles will talk for themselves.', false],
    ['The missiles will speak for themselves.', 'The rockets will speak for themselves.', false],
    ['The missiles will speak for themselves.', 'speak for them', false],
    ['The missiles will speak for themselves.', 'missiles speak', false],
  ])('%j vs %j → %s', (reference, other, same) => {
    expect(sameWording(reference, other)).toBe(same);
  });
});

function fact(value: FactValue): Fact {
  const kind = value.type === 'number' ? 'count' : value.type;
  return { kind, source: 's', sentence: 0, surface: '', value, topic: '', start: 0, subject: [], context: [] };
}
const count = (amount: number, qualifier: NumberValue['qualifier'] = 'exact'): NumberValue => ({
  type: 'number',
  amount,
  qualifier,
  unit: '',
  tolerance: 0.5,
  roundedTolerance: 0.5,
  statedUnit: '',
  vague: false,
});
const quote = (words: string, speaker: string | null, partial = false): FactValue => ({
  type: 'quote',
  words,
  speaker,
  partial,
});
const person = (name: string, role: string | null = null): FactValue => ({ type: 'person', name, role });

describe('differenceOf', () => {
  it.each<[string, FactValue, FactValue, ChangeAspect[] | null]>([
    ['same count', count(10000), count(10000), null],
    ['different count', count(10000), count(12000), ['value', 'contradiction']],
    ['different qualifier', count(10000, 'above'), count(10000, 'upTo'), ['qualifier']],
    ['same date, other more precise', date({ month: 1, day: 20 }), date({ year: 2025, month: 1, day: 20 }), null],
    ['date less precise', date({ year: 2025, month: 1, day: 20 }), date({ month: 1, day: 20 }), ['precision']],
    ['different date', date({ month: 1, day: 20 }), date({ month: 1, day: 21 }), ['value', 'contradiction']],
    ['same duration', span(2, 'month', 'before'), span(8, 'week', 'before'), null],
    ['duration relation', span(2, 'month', 'before'), span(2, 'month', 'after'), ['relation']],
    [
      'same quote',
      quote('The wars will escalate', 'Richard Grenell'),
      quote('the wars will escalate', 'Richard Grenell'),
      null,
    ],
    [
      'partial quote included',
      quote('The missiles will speak for themselves.', 'Volodymyr Zelenskiy'),
      quote('speak for themselves', 'Volodymyr Zelenskiy', true),
      null,
    ],
    [
      'unknown speaker is not a change',
      quote('The wars will escalate', 'Richard Grenell'),
      quote('The wars will escalate', null),
      null,
    ],
    [
      'other speaker',
      quote('The wars will escalate', 'Richard Grenell'),
      quote('The wars will escalate', 'Mike Turner'),
      ['speaker'],
    ],
    [
      'reworded quote',
      quote('The wars will escalate', 'Richard Grenell'),
      quote('The wars will get worse', 'Richard Grenell'),
      ['wording'],
    ],
    [
      'reworded, other speaker',
      quote('The wars will escalate', 'Richard Grenell'),
      quote('The wars will get worse', 'Mike Turner'),
      ['speaker', 'wording'],
    ],
    [
      'same person, other role',
      person('Radoslaw Sikorski', 'Polish Foreign Minister'),
      person('Radoslaw Sikorski'),
      null,
    ],
    ['other person', person('Radoslaw Sikorski'), person('Mike Turner'), ['value']],
    [
      'same person, another office',
      person('Radoslaw Sikorski', 'Polish Foreign Minister'),
      person('Radoslaw Sikorski', 'Polish Defence Minister'),
      ['role'],
    ],
    [
      'same office in other words',
      person('Richard Grenell', "Trump's former ambassador to Germany"),
      person('Richard Grenell', 'Former U.S. Ambassador'),
      null,
    ],
    ['abbreviated title', person('Elizabeth Warren', 'Sen.'), person('Elizabeth Warren', 'Senator'), null],
    [
      'President-elect and President',
      person('Donald Trump', 'President-elect'),
      person('Donald Trump', 'President'),
      null,
    ],
    [
      'Defense and Defence',
      person('James Mattis', 'Defense Secretary'),
      person('James Mattis', 'Defence Secretary'),
      null,
    ],
    ['different kinds of value', count(2024), date({ year: 2024 }), ['value']],
  ])('%s', (_name, reference, other, aspects) => {
    expect(differenceOf(fact(reference), fact(other))).toEqual(aspects);
  });
});

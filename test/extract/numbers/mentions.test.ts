import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/extract/tokens.js';
import { findNumberMentions, type NumberMention } from '../../../src/extract/numbers/mentions.js';
import { digitValue, wordValue } from '../../../src/extract/numbers/words.js';
import type { Qualifier } from '../../../src/types.js';

/** The mentions of a text, with the words each one spans. */
function mentions(text: string): Array<NumberMention & { surface: string }> {
  const tokens = tokenize(text);
  return findNumberMentions(tokens).map((m) => ({
    ...m,
    surface: text.slice(tokens[m.first]!.start, tokens[m.next - 1]!.end),
  }));
}

function only(text: string) {
  const found = mentions(text);
  expect(found, `mentions of ${JSON.stringify(text)}`).toHaveLength(1);
  return found[0]!;
}

describe('findNumberMentions: qualifiers', () => {
  it.each<[string, number, Qualifier, string]>([
    ['more than 10,000 North Korean soldiers', 10000, 'above', 'more than 10,000'],
    ['over 10,000 troops', 10000, 'above', 'over 10,000'],
    ['in excess of 500 people', 500, 'above', 'in excess of 500'],
    ['as many as 12,000 troops', 12000, 'upTo', 'as many as 12,000'],
    ['up to 306 km', 306, 'upTo', 'up to 306'],
    ['at most 30 units', 30, 'upTo', 'at most 30'],
    ['at least 37 people', 37, 'atLeast', 'at least 37'],
    ['no fewer than 5 people', 5, 'atLeast', 'no fewer than 5'],
    ['nearly 200 homes', 200, 'nearly', 'nearly 200'],
    ['almost 40 villages', 40, 'nearly', 'almost 40'],
    ['about 50 people', 50, 'approx', 'about 50'],
    ['some 300 people', 300, 'approx', 'some 300'],
    ['roughly 3,000 men', 3000, 'approx', 'roughly 3,000'],
    ['an estimated 200 dead', 200, 'approx', 'an estimated 200'],
    ['fewer than 20 people', 20, 'below', 'fewer than 20'],
    ['under 100 people', 100, 'below', 'under 100'],
    ['37 people', 37, 'exact', '37'],
  ])('%j → %d %s', (text, amount, qualifier, surface) => {
    const m = only(text);
    expect(m.amount).toBe(amount);
    expect(m.qualifier).toBe(qualifier);
    expect(m.surface).toBe(surface);
    expect(m.vague).toBe(false);
  });
});

describe('findNumberMentions: number words', () => {
  it.each<[string, number, boolean]>([
    ['two soldiers', 2, false],
    ['ten people', 10, false],
    ['twenty-five people', 25, false],
    ['a dozen homes', 12, false],
    ['a million people', 1e6, false],
    ['one million people', 1e6, false],
    ['two hundred thousand people', 200000, false],
    ['thousands of troops', 1000, true],
    ['hundreds of homes', 100, true],
    ['dozens of homes', 12, true],
    ['tens of thousands of people', 10000, true],
    ['tens of billions of dollars', 1e10, true],
  ])('%j → %d (vague: %s)', (text, amount, vague) => {
    const m = only(text);
    expect(m.amount).toBe(amount);
    expect(m.vague).toBe(vague);
    expect(m.qualifier).toBe('exact');
  });
});

describe('findNumberMentions: scales and currencies', () => {
  it.each<[string, number, string | undefined, string]>([
    ['1.5 million people', 1.5e6, undefined, '1.5 million'],
    ['It cost $4.5bn.', 4.5e9, 'USD', '$4.5bn'],
    ['a £600m deal', 6e8, 'GBP', '£600m'],
    ['The $20k car', 2e4, 'USD', '$20k'],
    ['It cost €10 million.', 1e7, 'EUR', '€10 million'],
    ['the 306m tower', 306, undefined, '306'],
  ])('%j → %d %s', (text, amount, currency, surface) => {
    const m = only(text);
    expect(m.amount).toBeCloseTo(amount, 6);
    expect(m.currency).toBe(currency);
    expect(m.surface).toBe(surface);
  });

  it.each<[string, number]>([
    ['306 km', 1],
    ['3.5 tonnes', 0.1],
    ['1.5 million people', 1e5],
    ['$4.5bn', 1e8],
    ['a dozen homes', 12],
  ])('step of %j is %d', (text, step) => {
    expect(only(text).step).toBeCloseTo(step, 9);
  });
});

describe('findNumberMentions: intervals and tallies', () => {
  it.each<[string, number, number, Qualifier, string]>([
    ['between 5 and 7 people', 5, 7, 'between', 'between 5 and 7'],
    ['5 to 7 million people', 5e6, 7e6, 'between', '5 to 7 million'],
    ['between 5 and 7 million', 5e6, 7e6, 'between', 'between 5 and 7 million'],
    ['5-7 people', 5, 7, 'between', '5-7'],
    ['The court voted 7-2.', 7, 2, 'tally', '7-2'],
    ['he won 6-4', 6, 4, 'tally', '6-4'],
  ])('%j → %d..%d %s', (text, amount, upper, qualifier, surface) => {
    const m = only(text);
    expect(m.amount).toBe(amount);
    expect(m.upper).toBe(upper);
    expect(m.qualifier).toBe(qualifier);
    expect(m.surface).toBe(surface);
  });

  it('"rose from 37 to 45" is two values, not an interval', () => {
    const found = mentions('rose from 37 to 45');
    expect(found.map((m) => [m.amount, m.upper, m.qualifier])).toEqual([
      [37, undefined, 'exact'],
      [45, undefined, 'exact'],
    ]);
  });
});

describe('findNumberMentions: what is not an amount', () => {
  it.each<[string]>([
    ['fighting since 2022'],
    ['in 2024 the war began'],
    ['on January 20'],
    ['on Jan. 20, 2025'],
    ['on Sept. 11, 2001'],
    ['20 January'],
    ['at 4:12 pm'],
    ['the 20th anniversary'],
    ['World War Three'],
    ['Apollo Eleven flew'],
    ['F-16s arrived'],
    ['COVID-19 cases'],
    ['one of his advisers'],
    ['NATO invoked Article 5 after the attack'],
  ])('%j has no amount', (text) => {
    expect(mentions(text)).toEqual([]);
  });

  it.each<[string, number]>([
    ['2000 workers went home', 2000],
    ['He paid $2022 for it', 2022],
  ])('a year-like number that counts something is an amount: %j', (text, amount) => {
    expect(only(text).amount).toBe(amount);
  });
});

describe('digitValue', () => {
  it.each<[string, number, number]>([
    ['10,000', 10000, 1],
    ['1,234,567', 1234567, 1],
    ['306', 306, 1],
    ['3.5', 3.5, 0.1],
    ['0.25', 0.25, 0.01],
    ['60.5', 60.5, 0.1],
  ])('%j → %d (step %d)', (text, value, step) => {
    const result = digitValue(text);
    expect(result.value).toBe(value);
    expect(result.step).toBeCloseTo(step, 12);
  });
});

describe('wordValue', () => {
  it.each<[string, number | undefined]>([
    ['one', 1],
    ['two', 2],
    ['seven', 7],
    ['twelve', 12],
    ['twenty', 20],
    ['twenty-five', 25],
    ['ninety-nine', 99],
    ['dozen', 12],
    ['five-twenty', undefined],
    ['twenty-twelve', undefined],
    ['hundred', undefined],
    ['soldiers', undefined],
  ])('%j → %s', (word, value) => {
    expect(wordValue(word)).toBe(value);
  });
});

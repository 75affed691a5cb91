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
    // Real coverage (Tarantino): "two or three years" is "two to three years" in another outlet.
    ['for the next two or three years', 2, 3, 'between', 'two or three'],
    ['six or seven hours', 6, 7, 'between', 'six or seven'],
  ])('%j → %d..%d %s', (text, amount, upper, qualifier, surface) => {
    const m = only(text);
    expect(m.amount).toBe(amount);
    expect(m.upper).toBe(upper);
    expect(m.qualifier).toBe(qualifier);
    expect(m.surface).toBe(surface);
  });

  it('"2 or 20" is two values: only the next number up makes a range', () => {
    expect(mentions('2 or 20 people').map((m) => m.amount)).toEqual([2, 20]);
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
    ['World War Three'],
    ['Apollo Eleven flew'],
    // A capitalised number word opening a name inside a sentence (Google, February 2018).
    ['improving the camera experience with Zero Shutter Lag'],
    ['the accident at Three Mile Island'],
    ['F-16s arrived'],
    ['COVID-19 cases'],
    ['one of his advisers'],
    ['NATO invoked Article 5 after the attack'],
    // A bare year counts nothing: no separator, no currency, no unit, percent or plural noun after it.
    ['collected during a 2015 sting operation'],
    ['the 2015 elections'],
    ['well below 2019 levels'],
    // Model and name numbers: right after a capitalised word that is not the sentence's first.
    ["The Chang'e 4 probe landed"],
    ['A Falcon 9 rocket lifted off'],
    ['He bought an iPhone 8'],
    ['A Boeing 747 landed'],
    ['The Apollo 11 crew'],
    ['It runs Windows 10'],
    ['a PS4 console'],
    // Ranks.
    ['she is ranked No. 2'],
    ['the #3 seed'],
    ['the number 1 seed'],
  ])('%j has no amount', (text) => {
    expect(mentions(text)).toEqual([]);
  });

  it.each<[string, number]>([
    ['2000 workers went home', 2000],
    ['He paid $2022 for it', 2022],
    ['They sent 1500 people', 1500],
    ['They sent 2000 troops', 2000],
    ['They sent 2000 North Korean troops', 2000],
    ['The attack killed 4', 4],
    ['It weighs 2000 tonnes', 2000],
    ['a 2000-tonne ship', 2000],
  ])('a year-like number that counts something is an amount: %j', (text, amount) => {
    expect(only(text).amount).toBe(amount);
  });
});

describe('findNumberMentions: real copy', () => {
  it('a capital before a number says nothing in a title-case headline', () => {
    const tokens = tokenize('Police Arrest 4 Suspects After Raid');
    expect(findNumberMentions(tokens, true).map((m) => m.amount)).toEqual([4]);
    expect(findNumberMentions(tokens, false)).toEqual([]);
  });

  it.each<[string, number, number | undefined, string]>([
    // A thousands group split by a stray space after the comma.
    ['Some 1, 600 officers came', 1600, undefined, 'Some 1, 600'],
    ['about 12, 500 homes', 12500, undefined, 'about 12, 500'],
    // The scale word (and the currency) of the second number applies to the first.
    ['between $19 and $22 million', 19e6, 22e6, 'between $19 and $22 million'],
    ['between 5 and 7 percent', 5, 7, 'between 5 and 7'],
    ['an 8- to 16-meter wave', 8, 16, '8- to 16'],
    // Tens and ones as two words.
    ['thirty seven celsius', 37, undefined, 'thirty seven'],
  ])('%j → %d..%s', (text, amount, upper, surface) => {
    const m = only(text);
    expect(m.amount).toBe(amount);
    expect(m.upper).toBe(upper);
    expect(m.surface).toBe(surface);
  });

  it.each<[string]>([['scores of 5, 10, 200 and 300'], ['1, 2, 3']])('a list is no split group: %j', (text) => {
    expect(mentions(text).every((m) => m.amount < 1000)).toBe(true);
  });

  it.each<[string, number, string]>([
    ['the 20th anniversary', 20, '20th'],
    ['the 45th president', 45, '45th'],
    ['an eighth term', 8, 'eighth'],
    ['the twenty-first century', 21, 'twenty-first'],
  ])('%j is an ordinal: %d', (text, amount, surface) => {
    const m = only(text);
    expect(m).toMatchObject({ amount, ordinal: true, surface });
  });

  it.each<[string]>([['a third of voters'], ['the fourth of July'], ['the first time'], ['a second chance']])(
    '%j has no ordinal',
    (text) => {
      expect(mentions(text).filter((m) => m.ordinal)).toEqual([]);
    },
  );

  it.each<[string, string]>([
    ['C$5', 'CAD'],
    ['HK$10', 'HKD'],
    ['US$20', 'USD'],
    ['A$3', 'AUD'],
    ['NZ$4', 'NZD'],
    ['S$5', 'SGD'],
    ['$5', 'USD'],
  ])('%j keeps its currency %s', (text, currency) => {
    expect(only(`It cost ${text} in all`)).toMatchObject({ currency, surface: text });
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

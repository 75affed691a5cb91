import { describe, expect, it } from 'vitest';
import { contentKeys, stem } from '../../src/text/words.js';
import { foldPunctuation, plainWords } from '../../src/text/normalize.js';
import { canonicalWord } from '../../src/text/synonyms.js';

describe('contentKeys', () => {
  it.each<[string, string[]]>([
    ['the soldiers said', ['soldier']],
    ['He told us that it was over', []],
    // A plural is read as its singular's synonym group: "permissions" is "permission", one with "allow".
    ['permissions', ['allow']],
    ['North Korean soldiers', ['north', 'korean', 'soldier']],
    ['U.S. officials', ['usa', 'offici']],
    ['“Much too late,” he said', ['late']],
    ['', []],
  ])('%j → %j', (text, keys) => {
    expect(contentKeys(text)).toEqual(keys);
  });

  it.each<[string, string]>([
    ['U.S. officials', 'US officials'],
    ['U.S. officials', 'United States officials'],
    ['U.S. officials', 'USA officials'],
    ['U.S. officials', 'American officials'],
    ['The U.S intelligence community', 'The US intelligence community'],
    ['U.S.-made weapons', 'American-made armaments'],
    ['thousands of troops', 'thousands of soldiers'],
    ['the missiles', 'the rockets'],
    ['Kiev', 'Kyiv'],
    ["Ukraine's decision", 'Ukrainian decision'],
    ['Russia', 'Russian'],
    ['the deaths', 'the fatalities'],
    ['permitted', 'authorised'],
    ['“Missiles,” he said.', 'missiles'],
  ])('%j and %j give the same keys', (a, b) => {
    expect(contentKeys(a)).toEqual(contentKeys(b));
    expect(contentKeys(a).length).toBeGreaterThan(0);
  });

  it.each<[string, string]>([
    ['soldiers', 'homes'],
    ['missiles', 'weapons'],
    ['killed', 'injured'],
  ])('%j and %j stay apart', (a, b) => {
    expect(contentKeys(a)).not.toEqual(contentKeys(b));
  });

  it('lower-case "us" is the pronoun, not the country', () => {
    expect(contentKeys('they told us')).not.toContain('usa');
    expect(contentKeys('they told US officials')).toContain('usa');
  });
});

describe('canonicalWord and stem', () => {
  it.each<[string, string]>([
    ['troops', 'soldier'],
    ['rockets', 'missile'],
    ['kiev', 'kyiv'],
    ['ukraine', 'ukrainian'],
    ['table', 'table'],
  ])('canonicalWord(%j) → %j', (word, canonical) => {
    expect(canonicalWord(word)).toBe(canonical);
  });

  it.each<[string, string]>([
    ['soldiers', 'soldier'],
    ['permissions', 'permiss'],
    ['officials', 'offici'],
    ['antidisestablishmentarianism', 'antidisestablishmentarian'],
  ])('stem(%j) → %j', (word, stemmed) => {
    expect(stem(word)).toBe(stemmed);
  });

  // Issue 14: the stemmer is quadratic in a word's length ("The count was 777…7 people." with a million 7s hung).
  it.each([
    ['a million digits', '7'.repeat(1_000_000)],
    ['a word of 100,000 letters', 'ay'.repeat(50_000)],
  ])('%s: a word over MAX_STEMMED_LENGTH is its own stem', (_, word) => {
    expect(stem(word)).toBe(word);
    expect(contentKeys(`The count was ${word} people.`)).toEqual(['count', word, 'peopl']);
  });
});

describe('foldPunctuation', () => {
  it.each<[string, string]>([
    ['“Much too late,” he said', '"Much too late," he said'],
    ['‘speak for themselves’', "'speak for themselves'"],
    ['Ukraine’s', "Ukraine's"],
    ['U.S.–made', 'U.S.-made'],
    ['1939—1945', '1939-1945'],
    ['minus −5', 'minus -5'],
    ['«Non»', '"Non"'],
    ['10\u00A0000', '10 000'],
    ['306\u202Fkm', '306 km'],
    ['co\u00ADoperate', 'cooperate'],
    ['zero\u200Bwidth', 'zerowidth'],
    ['plain text, nothing to fold.', 'plain text, nothing to fold.'],
  ])('%j → %j', (text, folded) => {
    expect(foldPunctuation(text)).toBe(folded);
  });

  it.each<[string]>([['“Much too late,” he said'], ['U.S.–made ‘weapons’ — 10\u00A0000']])(
    'keeps the length of %j when only quotes, dashes and spaces change',
    (text) => {
      expect(foldPunctuation(text)).toHaveLength(text.length);
    },
  );
});

describe('plainWords', () => {
  it.each<[string, string[]]>([
    ['“Much too late,” he said', ['much', 'too', 'late', 'he', 'said']],
    ['Ukraine’s forces', ['ukraine', 'forces']],
    ["Don't stop", ["don't", 'stop']],
    ['10,000 troops', ['10', '000', 'troops']],
  ])('%j → %j', (text, words) => {
    expect(plainWords(text)).toEqual(words);
  });
});

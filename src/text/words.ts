// Content words as stemmed keys with synonyms folded: what sentence similarity and fact context compare.
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { plainWords } from './normalize.js';
import { STOPWORDS } from './stopwords.js';
import { canonicalWord } from './synonyms.js';

const stemCache = new Map<string, string>();

/**
 * Longer words are their own stem: the stemmer's regular expressions take the square of a word's length
 * (a run of a million digits took hours), and no English word is this long.
 */
export const MAX_STEMMED_LENGTH = 40;

/** Porter stem with a cache: news text repeats the same few thousand words. */
export function stem(word: string): string {
  if (word.length > MAX_STEMMED_LENGTH) return word;
  let s = stemCache.get(word);
  if (s === undefined) {
    s = PorterStemmer.stem(word);
    stemCache.set(word, s);
  }
  return s;
}

/**
 * The words that say what a text is about, as comparable keys: stop words dropped, synonyms folded
 * ("troops" and "soldiers" both → soldier), the rest stemmed ("permissions" → permiss).
 */
export function contentKeys(text: string): string[] {
  const keys: string[] = [];
  for (const word of plainWords(foldCountryNames(text))) {
    if (STOPWORDS.has(word) || word.length < 2) continue;
    keys.push(stem(canonicalWord(word)));
  }
  return keys;
}

const wordKeys = new Map<string, string[]>();

/**
 * `contentKeys` of a single word as written, memoised: fact finders ask for the keys of the same words
 * around every fact, and a story repeats its words.
 */
export function keysOfWord(word: string): string[] {
  let keys = wordKeys.get(word);
  if (keys === undefined) {
    keys = contentKeys(word);
    wordKeys.set(word, keys);
  }
  return keys;
}

/**
 * "U.S.", "US", "USA" and "United States" as one word: split on punctuation "U.S." would vanish, and
 * lower-cased "US" would read as the pronoun "us". Upper case only, so "us" in prose is untouched.
 */
function foldCountryNames(text: string): string {
  return text.replace(/\bU\.\s?S\.?(?![A-Za-z])|\bU\.S\b|\bUSA?\b|\bUnited States\b/g, ' usa ');
}

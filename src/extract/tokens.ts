import { foldPunctuation } from '../text/normalize.js';
import { LETTERS, UPPER, startsUpper } from '../text/letters.js';

const WORD_START = new RegExp(`^[${LETTERS}]`);

/** A word, number or symbol of a sentence with its place, for the fact finders to scan. */
export interface Token {
  text: string;
  /** Lower-case, punctuation folded. */
  lower: string;
  start: number;
  end: number;
  kind: 'number' | 'word' | 'symbol';
}

// Numbers keep their separators ("10,000", "3.5"); dotted abbreviations stay one word ("U.S.",
// "U.S-made" with its typo); a word may carry digits after its first letter so that "F-16s" and
// "COVID-19" stay names, not counts.
const L = LETTERS;
const U = UPPER;
const TOKEN = new RegExp(
  `\\d+(?:[.,]\\d+)*|(?:[${U}]\\.){2,}(?:-[${L}]+)?|[${U}]\\.[${U}]\\b(?:-[${L}]+)?|[${L}][${L}0-9'\\u0300-\\u036F\\-]*|\\S`, 'g');

export function tokenize(text: string): Token[] {
  // Folding is length-preserving for quotes and dashes, so offsets stay true to the sentence.
  const folded = foldPunctuation(text);
  const source = folded.length === text.length ? folded : text;
  const tokens: Token[] = [];
  for (const m of source.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    const kind = /^\d/.test(raw) ? 'number' : raw.length > 1 || WORD_START.test(raw) ? 'word' : 'symbol';
    tokens.push({ text: text.slice(start, start + raw.length), lower: raw.toLowerCase(), start, end: start + raw.length, kind });
  }
  return tokens;
}

/** Is the token a capitalised word ("Grenell", "North")? */
export function isCapitalised(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && startsUpper(token.text);
}

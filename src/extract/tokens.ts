// Words, numbers and symbols of a sentence with their offsets: what every fact finder reads.
import { INVISIBLE, foldInPlace } from '../text/normalize.js';
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
// Soft hyphens (to which every invisible format character is folded) may sit anywhere inside a word:
// "Ros\u00ADalind Ache\u00ADbe" is the name Rosalind Achebe. On their own they are not tokens.
const TOKEN = new RegExp(
  `\\d+(?:[.,]\\d+)*|(?:[${U}]\\.){2,}(?:-[${L}]+)?|[${U}]\\.[${U}]\\b(?:-[${L}]+)?|` +
    `[${L}][${L}0-9'\\u0300-\\u036F\\u00AD\\-]*|[^\\s\\u00AD]`,
  'g',
);

export function tokenize(text: string): Token[] {
  // Folding one character for one keeps offsets true to the sentence while quotes, dashes, special spaces
  // and invisible characters are matched in one form.
  const folded = foldInPlace(text);
  const tokens: Token[] = [];
  for (const m of folded.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const kind = /^\d/.test(raw) ? 'number' : raw.length > 1 || WORD_START.test(raw) ? 'word' : 'symbol';
    const visible = raw.includes('\u00AD') ? text.slice(start, end).replace(INVISIBLE, '') : text.slice(start, end);
    tokens.push({ text: visible, lower: raw.replace(INVISIBLE, '').toLowerCase(), start, end, kind });
  }
  return tokens;
}

/** Is the token a capitalised word ("Grenell", "North")? */
export function isCapitalised(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && startsUpper(token.text);
}

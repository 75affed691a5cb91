// Years written as bare digits: "a 2015 sting operation", "since 2022", "below 2019 levels". Four digits
// 1800-2099 with no separator and no currency are a year unless what follows shows an amount: a unit, a
// percent, a scale or a plural noun they count ("2000 troops", "1500 armed police").
import { looksPlural } from '../../lexicon/plurals.js';
import { isYearDigits } from '../../lexicon/calendar.js';
import { STOPWORDS } from '../../text/stopwords.js';
import type { Token } from '../tokens.js';
import { CURRENCY_SYMBOLS } from './currencies.js';
import { matchUnit } from './units.js';
import { SCALES } from './words.js';

/** Words before a number that make it a year whatever follows: "in 2015 elections were held". */
export const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'since',
  'by',
  'until',
  'from',
  'of',
  'before',
  'after',
  'during',
  'through',
  'for',
]);

/** Plurals a year names rather than counts: "the 2015 elections", "below 2019 levels", "the 2016 Olympics". */
const DATED_PLURALS = new Set([
  'elections',
  'midterms',
  'polls',
  'games',
  'olympics',
  'paralympics',
  'finals',
  'playoffs',
  'championships',
  'awards',
  'oscars',
  'grammys',
  'emmys',
  'riots',
  'attacks',
  'bombings',
  'floods',
  'protests',
  'talks',
  'accords',
  'results',
  'figures',
  'levels',
  'rules',
  'standards',
  'models',
  'editions',
  'sanctions',
]);

/** Whether the digits at i are a year ("a 2015 sting operation") rather than an amount ("2000 troops"). */
export function isBareYear(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (token?.kind !== 'number' || !isYearDigits(token.lower)) return false;
  const before = tokens[i - 1];
  if (before && before.lower in CURRENCY_SYMBOLS) return false;
  if (YEAR_PREPOSITIONS.has(before?.lower ?? '')) return true;
  return !isAmountAfter(tokens, i + 1);
}

function isAmountAfter(tokens: Token[], at: number): boolean {
  const after = tokens[at];
  if (!after) return false;
  if (['%', 'percent', 'per', 'pct', 'of', 'plus'].includes(after.lower) || after.lower in SCALES) return true;
  // "a 2000-tonne ship", "2000 tonnes"
  const unitAt = after.lower === '-' && after.start === tokens[at - 1]!.end ? at + 1 : at;
  if (matchUnit(tokens.slice(unitAt, unitAt + 3).map((t) => t.lower))?.length) return true;
  return countsNounWithin(tokens, at);
}

/** A plural noun within three words, past modifiers: "2000 troops", "1500 armed police", "2000 North Korean troops". */
function countsNounWithin(tokens: Token[], at: number): boolean {
  for (let k = at; k < at + 3 && k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.kind !== 'word' || STOPWORDS.has(token.lower)) return false;
    if (DATED_PLURALS.has(token.lower)) return false;
    if (looksPlural(token.lower)) return true;
  }
  return false;
}

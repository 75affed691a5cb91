// Number mentions: where a sentence states a number ("more than 10,000", "1.5m", "two", "between 5 and 7
// million", "7-2"), with its qualifier and precision. The number kinds read their facts from these.
import { IRREGULAR_PLURALS } from '../../lexicon/plurals.js';
import type { NumberValue, Qualifier } from '../../types.js';
import { type Token, isCapitalised } from '../tokens.js';
import { MONEY_SCALES, SCALES, VAGUE_PLURALS, digitValue, mayStartNumber, wordValue } from './words.js';
import { MONTHS, WEEKDAY_NAMES as WEEKDAYS, isYearDigits } from '../../lexicon/calendar.js';
import { STOPWORDS } from '../../text/stopwords.js';
import { CURRENCY_SYMBOLS, CURRENCY_WORDS } from './currencies.js';
import { matchUnit } from './units.js';
import { startsLower } from '../../text/letters.js';

/** A number in a sentence with its qualifier and scale, before anyone decides what it counts or measures. */
export interface NumberMention {
  amount: number;
  /** Upper end of "between 5 and 7" / "5 to 7". */
  upper?: number;
  qualifier: Qualifier;
  /** Place of the last stated digit times the scale: "306" → 1, "1.5 million" → 100,000. */
  step: number;
  vague: boolean;
  /** Currency given by a symbol before the number ("$", "£", "€"). */
  currency?: string;
  /** "1 in 1,000": a rate; the amount is the share of this many. */
  per?: number;
  /** Token indices: first (qualifier or symbol), the number itself, and the first token after number and scale. */
  first: number;
  number: number;
  next: number;
}

// Qualifier phrases, matched against the words right before the number (longest first).
// "more than 10,000" and "over 10,000" both say the count exceeds 10,000; "as many as 12,000"
// and "up to 306 km" both give a ceiling.
const QUALIFIERS: Array<[string, Qualifier]> = [
  ['in excess of', 'above'],
  ['upwards of', 'above'],
  ['more than', 'above'],
  ['over', 'above'],
  ['above', 'above'],
  ['no fewer than', 'atLeast'],
  ['no less than', 'atLeast'],
  ['not less than', 'atLeast'],
  ['a minimum of', 'atLeast'],
  ['at least', 'atLeast'],
  ['as many as', 'upTo'],
  ['as much as', 'upTo'],
  ['as high as', 'upTo'],
  ['a maximum of', 'upTo'],
  ['no more than', 'upTo'],
  ['at most', 'upTo'],
  ['up to', 'upTo'],
  ['less than', 'below'],
  ['fewer than', 'below'],
  ['under', 'below'],
  ['below', 'below'],
  ['just under', 'nearly'],
  ['close to', 'nearly'],
  ['nearly', 'nearly'],
  ['almost', 'nearly'],
  ['an estimated', 'approx'],
  ['approximately', 'approx'],
  ['roughly', 'approx'],
  ['around', 'approx'],
  ['about', 'approx'],
  ['some', 'approx'],
  ['circa', 'approx'],
  ['estimated', 'approx'],
];
QUALIFIERS.sort((a, b) => b[0].split(' ').length - a[0].split(' ').length);

/**
 * The value a mention states in a unit: `factor` and `offset` convert the stated unit to the canonical one
 * ("190 miles" → metres), and the tolerance is half the step of the last stated digit in that unit.
 */
export function mentionValue(
  mention: NumberMention,
  unit: string,
  factor = 1,
  offset = 0,
  statedUnit = unit,
): NumberValue {
  const convert = (n: number) => n * factor + offset;
  const roundedStep =
    Number.isInteger(mention.amount) && mention.step >= 1
      ? Math.max(mention.step, trailingZeroStep(mention.amount))
      : mention.step;
  return {
    type: 'number',
    amount: convert(mention.amount),
    ...(mention.upper !== undefined
      ? { upper: mention.qualifier === 'tally' ? mention.upper : convert(mention.upper) }
      : {}),
    qualifier: mention.qualifier,
    unit,
    tolerance: (mention.step / 2) * factor,
    roundedTolerance: (roundedStep / 2) * factor,
    statedUnit,
    vague: mention.vague,
  };
}

/** 12000 → 1000, 190 → 10, 306 → 1: the place of the last non-zero digit. */
/**
 * The rounding a whole number's trailing zeros may stand for, at most to two significant digits: "12,000"
 * may be 11,500–12,500 (a conversion of 29,650 acres), "100 miles" 95–105 (not 161 km), "40" 39.5–40.5.
 * A converted figure is rounded like that in news copy; rounding to one digit would let "100 miles" stand
 * for any distance from 120 to 240 km.
 */
function trailingZeroStep(n: number): number {
  let step = 1;
  while (n !== 0 && n % (step * 10) === 0) step *= 10;
  const secondDigit = n === 0 ? 1 : 10 ** Math.max(0, Math.floor(Math.log10(Math.abs(n))) - 1);
  return Math.min(step, secondDigit);
}

/** Every number in the token list, with qualifier, scale and interval resolved. */
export function findNumberMentions(tokens: Token[]): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // Most tokens are plain words: only digits and number words can start a mention.
    if (tokens[i]!.kind !== 'number' && !mayStartNumber(tokens[i]!.lower)) continue;
    const mention = readMention(tokens, i);
    if (!mention) continue;
    mentions.push(mention);
    i = mention.next - 1;
  }
  return mentions;
}

function readMention(tokens: Token[], i: number): NumberMention | undefined {
  const core = readNumber(tokens, i);
  if (!core) return undefined;
  if (core.kind === 'digits' && isNotAnAmount(tokens, i, core.next)) return undefined;
  // "World War Three", "Apollo Eleven": a number word inside a capitalised name.
  if (core.kind === 'words' && isCapitalised(tokens[i]) && isCapitalised(tokens[i - 1])) return undefined;
  let first = i;
  let currency: string | undefined;
  const before = tokens[i - 1];
  if (before && before.lower in CURRENCY_SYMBOLS) {
    currency = CURRENCY_SYMBOLS[before.lower];
    first = i - 1;
  }
  let { amount, step, next } = core;
  // "$4.5bn", "£600m", "85m euros": abbreviated scales next to a currency. Without one, "bn" is always a
  // scale, and "m" or "k" is one before a counted noun ("1.5m residents", "5k runners"); otherwise "306m" and
  // "a 1.5m wall" stay metres.
  const glued = tokens[next];
  const currencyAfter = (tokens[next + 1]?.lower ?? '') in CURRENCY_WORDS;
  const scaleWord = glued?.lower ?? '';
  const isScale =
    currency ||
    currencyAfter ||
    UNAMBIGUOUS_SCALES.has(scaleWord) ||
    ((scaleWord === 'm' || scaleWord === 'k') && countedNounAt(tokens, next + 1));
  if (isScale && glued && glued.start === tokens[next - 1]!.end && glued.lower in MONEY_SCALES) {
    amount *= MONEY_SCALES[glued.lower]!;
    step *= MONEY_SCALES[glued.lower]!;
    next++;
  }
  const qualified = readQualifier(tokens, first);
  const mention: NumberMention = {
    amount,
    qualifier: qualified?.qualifier ?? 'exact',
    step,
    vague: core.vague,
    first: qualified?.first ?? first,
    number: i,
    next,
    ...(currency ? { currency } : {}),
  };
  readPlus(tokens, mention);
  readInterval(tokens, mention);
  readRate(tokens, mention);
  return mention;
}

/** "10,000-plus", "10,000 plus": more than the number, as "more than 10,000" says. */
function readPlus(tokens: Token[], mention: NumberMention): void {
  let at = mention.next;
  if (tokens[at]?.lower === '-' && tokens[at]!.start === tokens[at - 1]!.end) at++;
  if (tokens[at]?.lower !== 'plus' || tokens[at + 1]?.kind === 'number') return;
  if (mention.qualifier === 'exact') mention.qualifier = 'above';
  mention.next = at + 1;
}

/** "fewer than 1 in 1,000 volunteers", "one in five": a rate, read as a share of the second number. */
function readRate(tokens: Token[], mention: NumberMention): void {
  if (tokens[mention.next]?.lower !== 'in' || mention.upper !== undefined) return;
  const per = readNumber(tokens, mention.next + 1);
  if (!per || per.vague || per.amount <= mention.amount) return;
  // "scored 3 in 2022" is a year, not a rate.
  if (per.kind === 'digits' && isNotAnAmount(tokens, mention.next + 1, per.next)) return;
  mention.per = per.amount;
  mention.next = per.next;
}

interface NumberCore {
  amount: number;
  step: number;
  next: number;
  vague: boolean;
  kind: 'digits' | 'words';
}

/** A number at token i: "10,000", "1.5 million", "twenty-five", "a dozen", "thousands", "tens of billions". */
function readNumber(tokens: Token[], i: number): NumberCore | undefined {
  const token = tokens[i]!;
  if (token.kind === 'number') {
    const { value, step } = digitValue(token.lower);
    return withScale(tokens, i + 1, value, step, false, 'digits');
  }
  if (token.kind !== 'word') return undefined;
  // "tens of thousands", "hundreds of millions": vague, at least the larger scale times ten.
  if ((token.lower === 'tens' || token.lower === 'hundreds') && tokens[i + 1]?.lower === 'of') {
    const scale = VAGUE_PLURALS[tokens[i + 2]?.lower ?? ''];
    if (scale) {
      const amount = (token.lower === 'tens' ? 10 : 100) * scale;
      return { amount, step: amount, next: i + 3, vague: true, kind: 'words' };
    }
  }
  if (token.lower in VAGUE_PLURALS) {
    const amount = VAGUE_PLURALS[token.lower]!;
    return { amount, step: amount, next: i + 1, vague: true, kind: 'words' };
  }
  // "a dozen", "a million": the article stands for one.
  if (token.lower === 'a' && (tokens[i + 1]?.lower === 'dozen' || (tokens[i + 1]?.lower ?? '') in SCALES)) {
    const next = tokens[i + 1]!.lower;
    const amount = next === 'dozen' ? 12 : SCALES[next]!;
    return { amount, step: amount, next: i + 2, vague: false, kind: 'words' };
  }
  const value = wordValue(token.lower);
  if (value === undefined) return undefined;
  // "one" is nearly always a pronoun or article ("one of his advisers"), not a count; "one in five" is a rate.
  if (
    value === 1 &&
    !((tokens[i + 1]?.lower ?? '') in SCALES) &&
    !(tokens[i + 1]?.lower === 'in' && tokens[i + 2]?.kind === 'number')
  ) {
    return undefined;
  }
  return withScale(tokens, i + 1, value, 1, false, 'words');
}

function withScale(
  tokens: Token[],
  next: number,
  value: number,
  step: number,
  vague: boolean,
  kind: NumberCore['kind'],
): NumberCore {
  let amount = value;
  let at = next;
  // "1.5 million", "two hundred thousand"
  while (tokens[at] && tokens[at]!.lower in SCALES) {
    const scale = SCALES[tokens[at]!.lower]!;
    amount *= scale;
    step *= scale;
    at++;
  }
  return { amount, step, next: at, vague, kind };
}

const YEAR_PREPOSITIONS = new Set([
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

/**
 * Digits that are not amounts: years ("since 2022"), days of a month ("January 20", "20 January"),
 * clock times ("4:12"), ordinals ("20th") and parts of names ("Article 5", "Flight 370").
 */
function isNotAnAmount(tokens: Token[], i: number, next: number): boolean {
  const token = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[next];
  // "since 2022" is a year, "2000 workers" a count: a year-like number followed by a content word counts it.
  const countsSomething =
    after?.kind === 'word' &&
    startsLower(after.text) &&
    !STOPWORDS.has(after.lower) &&
    !YEAR_PREPOSITIONS.has(before?.lower ?? '');
  if (isYearDigits(token.lower) && !(before && before.lower in CURRENCY_SYMBOLS) && !countsSomething) return true;
  // "January 20", "Sept. 30"
  if (before && MONTHS.has(before.lower.replace(/\.$/, ''))) return true;
  if (before?.lower === '.' && MONTHS.has(tokens[i - 2]?.lower ?? '')) return true;
  if (after && MONTHS.has(after.lower)) return true;
  if (before?.lower === ':' || after?.lower === ':') return true;
  if (after && after.start === token.end && /^(st|nd|rd|th)$/.test(after.lower)) return true;
  // "Article 5", "Flight 370": a number right after a capitalised word names something. Not after a weekday
  // or month ("On Monday 37 people"), a possessive ("NATO's 32 members"), or before a plural noun.
  if (
    before &&
    isCapitalised(before) &&
    i - 1 > 0 &&
    !readQualifier(tokens, i) &&
    !/['’]s$/.test(before.text) &&
    !WEEKDAYS.has(before.lower) &&
    !(after?.kind === 'word' && startsLower(after.text) && after.text.endsWith('s')) &&
    !isTallyOrMeasure(tokens, next)
  )
    return true;
  return false;
}

// "hand over $183 million", "drove the flames over two highways", "fighting over three days": "over" as a
// particle or a preposition of place and time, not "more than".
const OVER_AS_PARTICLE = new Set([
  'hand',
  'hands',
  'handed',
  'handing',
  'turn',
  'turns',
  'turned',
  'turning',
  'take',
  'takes',
  'took',
  'taken',
  'taking',
  'sign',
  'signed',
  'pass',
  'passed',
  'spill',
  'spilled',
  'spilt',
  'fly',
  'flew',
  'flown',
  'jumped',
  'climbed',
  'crossed',
  'rolled',
  'carried',
  'spread',
  'swept',
  'blew',
  'fought',
  'argued',
  'clashed',
  'flames',
  'fire',
  'smoke',
  'bridge',
  'bridges',
  'hovered',
  'looming',
  'loomed',
  'paid',
  'pay',
  'pays',
]);
/** Abbreviated scales that are never units: "2.3bn", "5mn". */
const UNAMBIGUOUS_SCALES = new Set(['bn', 'mn', 'mln', 'tn', 'trn']);

/** Words after "1.5m" that measure rather than count: "a 1.5m high wall", "2m from the road". */
const MEASURE_WORDS = new Set([
  'of',
  'high',
  'long',
  'wide',
  'deep',
  'tall',
  'thick',
  'away',
  'above',
  'below',
  'from',
  'in',
  'per',
  'into',
  'off',
  'on',
  'at',
  'to',
  'and',
  'or',
  'across',
  'under',
  'over',
  'beneath',
  'north',
  'south',
  'east',
  'west',
  'further',
  'farther',
  'higher',
  'lower',
  'deeper',
  'a',
  'an',
  'the',
]);

/**
 * A plural noun that names what is counted: "residents" in "1.5m residents". A singular noun is measured
 * ("the 306m tower"), and so is anything after a word of measure ("1.5m high").
 */
function countedNounAt(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (token === undefined || token.kind !== 'word' || !startsLower(token.text) || MEASURE_WORDS.has(token.lower))
    return false;
  return /[^s]s$/.test(token.lower) || IRREGULAR_PLURALS.has(token.lower);
}

/** Verbs of movement before "up to": "go up to 1,350 euros" names the new level, not a ceiling. */
const UP_AS_PARTICLE = new Set([
  'go',
  'goes',
  'going',
  'gone',
  'went',
  'move',
  'moves',
  'moved',
  'moving',
  'push',
  'pushed',
  'pushes',
  'bump',
  'bumped',
  'bumps',
  'step',
  'stepped',
  'steps',
  'ramp',
  'ramped',
  'ramps',
  'shot',
  'shoot',
  'shoots',
  'jump',
  'jumped',
  'jumps',
  'climb',
  'climbed',
  'climbs',
]);
const SMALL_WORD_NUMBERS = new Set([
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
]);

/** "beat Harrowgate 2-1", "and Fenwright 45.1 per cent": what follows shows the number is an amount after all. */
function isTallyOrMeasure(tokens: Token[], next: number): boolean {
  const after = tokens[next];
  if (!after) return false;
  if (after.lower === '-' && after.start === tokens[next - 1]!.end && tokens[next + 1]?.kind === 'number') return true;
  return ['%', 'percent', 'per', 'pct'].includes(after.lower) || matchUnit([after.lower]) !== undefined;
}

function readQualifier(tokens: Token[], first: number): { qualifier: Qualifier; first: number } | undefined {
  for (const [phrase, qualifier] of QUALIFIERS) {
    const words = phrase.split(' ');
    const start = first - words.length;
    if (start < 0) continue;
    if (!words.every((word, k) => tokens[start + k]!.lower === word)) continue;
    if (
      phrase === 'over' &&
      (OVER_AS_PARTICLE.has(tokens[start - 1]?.lower ?? '') || SMALL_WORD_NUMBERS.has(tokens[first]?.lower ?? ''))
    ) {
      return undefined;
    }
    // "the wage will go up to 1,350 euros", "prices went up to $5": a verb's particle, the new level itself.
    if (phrase === 'up to' && UP_AS_PARTICLE.has(tokens[start - 1]?.lower ?? '')) return undefined;
    return { qualifier, first: start };
  }
  return undefined;
}

/** "between 5 and 7", "5 to 7", "5-7": the mention becomes an interval. */
function readInterval(tokens: Token[], mention: NumberMention): void {
  const joiner = tokens[mention.next]?.lower;
  const isBetween = tokens[mention.first - 1]?.lower === 'between' && joiner === 'and';
  if (!isBetween && joiner !== 'to' && joiner !== '-') return;
  // "rose from 37 to 45" is a change between two values, not an interval.
  if (tokens[mention.first - 1]?.lower === 'from') return;
  const second = readNumber(tokens, mention.next + 1);
  if (!second) return;
  // "voted 7-2": a tally, not an interval; both numbers are the fact.
  const glued =
    joiner === '-' &&
    tokens[mention.next]!.start === tokens[mention.next - 1]!.end &&
    tokens[mention.next + 1]!.start === tokens[mention.next]!.end;
  if (glued && second.amount <= mention.amount) {
    Object.assign(mention, { upper: second.amount, qualifier: 'tally', next: second.next });
    return;
  }
  if (second.amount <= mention.amount) return;
  // "5 to 7 million": the scale of the upper end applies to the lower one too.
  const scale =
    second.kind === 'digits' && mention.step >= 1 && second.step > mention.step && mention.amount < 1000
      ? second.step / mention.step
      : 1;
  mention.amount *= scale;
  mention.step *= scale;
  mention.upper = second.amount;
  mention.qualifier = 'between';
  if (isBetween) mention.first -= 1;
  mention.next = second.next;
}

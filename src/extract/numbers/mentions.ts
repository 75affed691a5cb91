// Number mentions: where a sentence states a number ("more than 10,000", "1.5m", "two", "between 5 and 7
// million", "7-2"), with its qualifier and precision. The number kinds read their facts from these.
import { IRREGULAR_PLURALS, looksPlural } from '../../lexicon/plurals.js';
import type { NumberValue, Qualifier } from '../../types.js';
import { type Token, isCapitalised } from '../tokens.js';
import { MONEY_SCALES, SCALES, VAGUE_PLURALS, digitValue, mayStartNumber, ordinalValue, wordValue } from './words.js';
import { MONTHS, WEEKDAY_NAMES as WEEKDAYS } from '../../lexicon/calendar.js';
import { CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_PREFIXES } from './currencies.js';
import { matchUnit, needsGlue } from './units.js';
import { startsLower } from '../../text/letters.js';
import { isBareYear } from './years.js';

/** A number in a sentence with its qualifier and scale, before anyone decides what it counts or measures. */
export interface NumberMention {
  amount: number;
  /** Upper end of "between 5 and 7" / "5 to 7". */
  upper?: number;
  qualifier: Qualifier;
  /** Place of the last stated digit times the scale: "306" → 1, "1.5 million" → 100,000. */
  step: number;
  vague: boolean;
  /** Currency given by a symbol before the number ("$", "£", "€", "C$"). */
  currency?: string;
  /** "the 45th president", "an eighth term": a place in an order, never equal to a count. */
  ordinal?: boolean;
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
/** The qualifiers' words, split once: readQualifier runs at every number of every sentence. */
const QUALIFIER_WORDS: ReadonlyArray<readonly [string, readonly string[], Qualifier]> = QUALIFIERS.map(
  ([phrase, qualifier]) => [phrase, phrase.split(' '), qualifier],
);

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
export function findNumberMentions(tokens: Token[], titleCase = false): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // Most tokens are plain words: only digits and number words can start a mention.
    if (tokens[i]!.kind !== 'number' && !mayStartNumber(tokens[i]!.lower)) continue;
    const mention = readMention(tokens, i, titleCase);
    if (!mention) continue;
    mentions.push(mention);
    i = mention.next - 1;
  }
  return mentions;
}

function readMention(tokens: Token[], i: number, titleCase: boolean): NumberMention | undefined {
  const core = readNumber(tokens, i);
  if (!core) return undefined;
  if (core.ordinal) return readOrdinal(tokens, i, core);
  if (core.kind === 'digits' && isNotAnAmount(tokens, i, core.next, titleCase)) return undefined;
  // "World War Three", "Apollo Eleven": a number word inside a capitalised name.
  if (core.kind === 'words' && isCapitalised(tokens[i]) && isCapitalised(tokens[i - 1])) return undefined;
  // "the camera experience with Zero Shutter Lag", "Three Mile Island": a capitalised number word inside a
  // sentence, before a capitalised word, opens a name (not in a title-case headline, where every word is).
  if (core.kind === 'words' && !titleCase && i > 0 && isCapitalised(tokens[i]) && isCapitalised(tokens[core.next]))
    return undefined;
  let first = i;
  const symbol = currencyBefore(tokens, i);
  const currency = symbol?.currency;
  if (symbol) first = symbol.first;
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
  readRate(tokens, mention, titleCase);
  return mention;
}

/**
 * A currency symbol right before the number at i: "$5", "£600m"; "C$5", "HK$10", "US$20" are dollars of
 * their own (C$5 is not US$5).
 */
function currencyBefore(tokens: Token[], i: number): { currency: string; first: number } | undefined {
  const symbol = tokens[i - 1];
  if (!symbol || !(symbol.lower in CURRENCY_SYMBOLS)) return undefined;
  const prefix = tokens[i - 2];
  const local =
    symbol.lower === '$' && prefix && prefix.end === symbol.start ? DOLLAR_PREFIXES[prefix.lower] : undefined;
  return local ? { currency: local, first: i - 2 } : { currency: CURRENCY_SYMBOLS[symbol.lower]!, first: i - 1 };
}

/**
 * "the 45th president", "an eighth term": an ordinal, with no qualifier, scale or interval. "45th" is one
 * number, not the count 45; inside a date ("March 31st") the date holds the digits.
 */
function readOrdinal(tokens: Token[], i: number, core: NumberCore): NumberMention | undefined {
  if (isRank(tokens, i)) return undefined;
  return {
    amount: core.amount,
    qualifier: 'exact',
    step: 1,
    vague: false,
    first: i,
    number: i,
    next: core.next,
    ordinal: true,
  };
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
function readRate(tokens: Token[], mention: NumberMention, titleCase: boolean): void {
  if (tokens[mention.next]?.lower !== 'in' || mention.upper !== undefined) return;
  const per = readNumber(tokens, mention.next + 1);
  if (!per || per.vague || per.amount <= mention.amount) return;
  // "scored 3 in 2022" is a year, not a rate.
  if (per.ordinal || (per.kind === 'digits' && isNotAnAmount(tokens, mention.next + 1, per.next, titleCase))) return;
  mention.per = per.amount;
  mention.next = per.next;
}

interface NumberCore {
  amount: number;
  step: number;
  next: number;
  vague: boolean;
  kind: 'digits' | 'words';
  ordinal?: boolean;
}

/** A number at token i: "10,000", "1.5 million", "twenty-five", "a dozen", "thousands", "tens of billions". */
function readNumber(tokens: Token[], i: number): NumberCore | undefined {
  const token = tokens[i]!;
  if (token.kind === 'number') {
    const stray = strayThousands(tokens, i);
    const { value, step } = digitValue(stray ?? token.lower);
    const next = stray ? i + 3 : i + 1;
    // "the 45th president", "31st"
    const suffix = tokens[next];
    if (!stray && suffix?.start === token.end && /^(?:st|nd|rd|th)$/.test(suffix.lower) && /^\d+$/.test(token.lower))
      return { amount: value, step: 1, next: next + 1, vague: false, kind: 'digits', ordinal: true };
    return withScale(tokens, next, value, step, false, 'digits');
  }
  if (token.kind !== 'word') return undefined;
  // "an eighth term", "the twenty-first century"; "a third of voters" is a share, "the fourth of July" a date.
  const ordinal = ordinalValue(token.lower);
  if (ordinal !== undefined) {
    if (tokens[i + 1]?.lower === 'of') return undefined;
    return { amount: ordinal, step: 1, next: i + 1, vague: false, kind: 'words', ordinal: true };
  }
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
  // "one" is nearly always a pronoun or article ("one of his advisers"), not a count; "one in five" is a rate,
  // "one liter" and "one percent" a measure.
  if (
    value === 1 &&
    !((tokens[i + 1]?.lower ?? '') in SCALES) &&
    !(tokens[i + 1]?.lower === 'in' && tokens[i + 2]?.kind === 'number') &&
    !measuresOne(tokens, i + 1)
  ) {
    return undefined;
  }
  // "thirty seven celsius": tens and ones as two words.
  const ones = tens(value) ? wordValue(tokens[i + 1]?.lower ?? '') : undefined;
  if (ones !== undefined && ones >= 1 && ones <= 9) return withScale(tokens, i + 2, value + ones, 1, false, 'words');
  return withScale(tokens, i + 1, value, 1, false, 'words');
}

const tens = (n: number) => n >= 20 && n < 100 && n % 10 === 0;

/** "one liter", "one percent", "one mile": a unit after "one" makes it a measure; "one foot in" is an idiom. */
function measuresOne(tokens: Token[], at: number): boolean {
  const word = tokens[at]?.lower ?? '';
  if (word === '%' || word === 'percent' || (word === 'per' && tokens[at + 1]?.lower === 'cent')) return true;
  const unit = matchUnit(tokens.slice(at, at + 3).map((t) => t.lower));
  return (
    unit !== undefined &&
    word !== 'foot' &&
    !needsGlue(
      tokens
        .slice(at, at + unit.length)
        .map((t) => t.lower)
        .join(' '),
    )
  );
}

/**
 * "Some 1, 600 officers": a thousands group split by a stray space after its comma (1-3 digits, ", ", exactly
 * three digits), as "1,600". Not inside a list of numbers ("5, 10, 200").
 */
function strayThousands(tokens: Token[], i: number): string | undefined {
  const [head, comma, group] = [tokens[i]!, tokens[i + 1], tokens[i + 2]];
  if (!/^\d{1,3}$/.test(head.lower) || comma?.lower !== ',' || comma.start !== head.end) return undefined;
  if (group?.kind !== 'number' || group.start !== comma.end + 1 || !/^\d{3}(?:,\d{3})*(?:\.\d+)?$/.test(group.lower))
    return undefined;
  const listed = (a: Token | undefined, b: Token | undefined) => a?.lower === ',' && b?.kind === 'number';
  if (listed(tokens[i - 1], tokens[i - 2]) || listed(tokens[i + 3], tokens[i + 4])) return undefined;
  return `${head.lower},${group.lower}`;
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

/**
 * Digits that are not amounts: years ("since 2022", "a 2015 sting operation"), days of a month ("January 20",
 * "20 January"), clock times ("4:12"), ranks ("No. 2", "#3", "the number 1 seed") and parts of names
 * ("Article 5", "Flight 370", "iPhone 8"). Ordinals ("20th") are read before this (readOrdinal).
 */
function isNotAnAmount(tokens: Token[], i: number, next: number, titleCase: boolean): boolean {
  const before = tokens[i - 1];
  const after = tokens[next];
  if (isBareYear(tokens, i)) return true;
  // "January 20", "Sept. 30"
  if (before && MONTHS.has(before.lower.replace(/\.$/, ''))) return true;
  if (before?.lower === '.' && MONTHS.has(tokens[i - 2]?.lower ?? '')) return true;
  if (after && MONTHS.has(after.lower)) return true;
  if (before?.lower === ':' || after?.lower === ':') return true;
  if (isRank(tokens, i)) return true;
  // "Article 5", "Flight 370", "iPhone 8": a number right after a capitalised word names something. Not after
  // a weekday or month ("On Monday 37 people"), a possessive ("NATO's 32 members"), the first word ("Police
  // said 37 ..."), before a plural noun, or in a title-case headline ("Police Arrest 4 Suspects").
  if (
    before &&
    !titleCase &&
    (isCapitalised(before) || CAMEL_CASE.test(before.text)) &&
    i - 1 > 0 &&
    !readQualifier(tokens, i) &&
    !/['’]s$/.test(before.text) &&
    !WEEKDAYS.has(before.lower) &&
    // ("Chang’e 4 is scheduled": "is" is no plural noun.)
    !(after?.kind === 'word' && startsLower(after.text) && looksPlural(after.lower) && !namesModel(tokens, i)) &&
    !isTallyOrMeasure(tokens, next)
  )
    return true;
  return false;
}

/** Words that open a noun phrase: after one, "Falcon 9" is a name ("the Falcon 9 rockets"). */
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'two', 'three', 'four', 'five']);

/**
 * "three Falcon 9 rockets", "the Boeing 747 jets": a capitalised word after a count or an article, then a
 * number, names a model even before a plural noun; "In Kabul 30 people died" does not.
 */
function namesModel(tokens: Token[], i: number): boolean {
  const opener = tokens[i - 2];
  return opener !== undefined && (opener.kind === 'number' || DETERMINERS.has(opener.lower));
}

/** "iPhone 8", "eBay": a brand written with a capital inside. */
const CAMEL_CASE = /^[a-z]+[A-Z]/;

/** "No. 2", "No 2", "#3", "number 1 seed": a rank or a place in a list, not an amount. */
function isRank(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before) return false;
  if (before.lower === '#' && before.end === tokens[i]!.start) return true;
  if (before.lower === 'number' || before.text === 'No' || before.text === 'Nos') return true;
  return before.lower === '.' && /^(?:No|Nos|no)$/.test(tokens[i - 2]?.text ?? '');
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
  for (const [phrase, words, qualifier] of QUALIFIER_WORDS) {
    const start = first - words.length;
    if (start < 0) continue;
    if (!words.every((word, k) => tokens[start + k]!.lower === word)) continue;
    // "over two days" is a span of time, but "weighed over two pounds" more than two pounds.
    const smallOver =
      SMALL_WORD_NUMBERS.has(tokens[first]?.lower ?? '') && !matchUnit([tokens[first + 1]?.lower ?? ''])?.length;
    if (phrase === 'over' && (OVER_AS_PARTICLE.has(tokens[start - 1]?.lower ?? '') || smallOver)) return undefined;
    // "the wage will go up to 1,350 euros", "prices went up to $5": a verb's particle, the new level itself.
    if (phrase === 'up to' && UP_AS_PARTICLE.has(tokens[start - 1]?.lower ?? '')) return undefined;
    return { qualifier, first: start };
  }
  return undefined;
}

/** The numbers "or" joins into a range stay below this: "two or three", not "1999 or 2000". */
const MAX_EITHER = 100;

/** "between 5 and 7", "5 to 7", "5-7", "two or three": the mention becomes an interval. */
function readInterval(tokens: Token[], mention: NumberMention): void {
  // "8- to 16-meter": the first number's hyphen waits for the unit of the second.
  const hyphen = tokens[mention.next];
  const dangling =
    hyphen?.lower === '-' &&
    hyphen.start === tokens[mention.next - 1]!.end &&
    ['to', 'and'].includes(tokens[mention.next + 1]?.lower ?? '');
  const at = dangling ? mention.next + 1 : mention.next;
  const joiner = tokens[at]?.lower;
  const isBetween = tokens[mention.first - 1]?.lower === 'between' && joiner === 'and';
  // "two or three years", "six or seven hours": two neighbouring small numbers joined by "or" are a range.
  const either = joiner === 'or';
  if (!isBetween && !either && joiner !== 'to' && joiner !== '-') return;
  // "rose from 37 to 45" is a change between two values, not an interval.
  if (tokens[mention.first - 1]?.lower === 'from') return;
  // "between $19 and $22 million": the second number repeats the currency.
  let secondAt = at + 1;
  for (const k of mention.currency ? [at + 2, at + 3] : []) {
    const again = currencyBefore(tokens, k);
    if (again?.first === at + 1 && again.currency === mention.currency) secondAt = k;
  }
  const second = readNumber(tokens, secondAt);
  if (!second || second.ordinal) return;
  // "voted 7-2": a tally, not an interval; both numbers are the fact.
  const glued =
    joiner === '-' && tokens[at]!.start === tokens[at - 1]!.end && tokens[at + 1]!.start === tokens[at]!.end;
  if (glued && second.amount <= mention.amount) {
    Object.assign(mention, { upper: second.amount, qualifier: 'tally', next: second.next });
    return;
  }
  if (second.amount <= mention.amount) return;
  // "one or the other", "2 or 20": only the next number up is an approximation.
  if (either && (second.amount !== mention.amount + 1 || mention.amount >= MAX_EITHER)) return;
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

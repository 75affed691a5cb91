// The count's own forms besides "37 people": ages ("a five-year-old boy", "the 8-year-old", "aged six",
// "5 years old") and ordinals ("the 45th president", "an eighth term"). Each is a count with a unit of its
// own, so an age never equals a count of things, a place in an order never equals a cardinal, and the
// different ways of writing one age align.
import type { NumberMention } from '../numbers/mentions.js';
import { mentionValue } from '../numbers/mentions.js';
import { wordValue } from '../numbers/words.js';
import type { Token } from '../tokens.js';
import { STOPWORDS } from '../../text/stopwords.js';
import type { FoundFact } from './kind.js';
import { isCalendarWord } from '../../lexicon/calendar.js';

/** The unit of an ordinal's value: "45th" is 45 ordinal, never the count 45. */
export const ORDINAL_UNIT = 'ordinal';

/** What every age is about, whichever way it is written: ages of one story align. */
const AGE_SUBJECT = 'age';

const AGE_SPANS: Record<string, string> = {
  year: 'years old',
  years: 'years old',
  month: 'months old',
  months: 'months old',
  week: 'weeks old',
  weeks: 'weeks old',
  day: 'days old',
  days: 'days old',
};

/** The unit of an age in a span word ("year-old" → years old), or undefined. */
const ageUnit = (span: string | undefined) => (span === undefined ? undefined : AGE_SPANS[span]);

/** "the 8-year-old", "5 years old", "five years of age", "aged six", "at age 6": an age at a number mention. */
export function readAge(tokens: Token[], mention: NumberMention): FoundFact | undefined {
  const at = mention.next;
  let unit: string | undefined;
  let next = at;
  // "8-year-old", "8-year-olds": the hyphen is glued, the rest one word.
  const hyphenated = tokens[at]?.lower === '-' && tokens[at]!.start === tokens[at - 1]!.end;
  const compound = hyphenated ? /^(\w+)-olds?$/.exec(tokens[at + 1]?.lower ?? '') : null;
  if (compound) [unit, next] = [ageUnit(compound[1]), at + 2];
  else if (tokens[at + 1]?.lower === 'old') [unit, next] = [ageUnit(tokens[at]?.lower), at + 2];
  else if (tokens[at + 1]?.lower === 'of' && tokens[at + 2]?.lower === 'age')
    [unit, next] = [ageUnit(tokens[at]?.lower), at + 3];
  else if (['aged', 'age'].includes(tokens[mention.first - 1]?.lower ?? '')) [unit, next] = ['years old', at];
  else if (isAppositiveAge(tokens, mention)) return ageFact(mention, mention.first, at);
  if (!unit) return undefined;
  const first = next === at ? mention.first - 1 : mention.first;
  return ageFact(mention, first, next, unit);
}

function ageFact(mention: NumberMention, first: number, next: number, unit = 'years old'): FoundFact {
  return { kind: 'count', first, next, value: mentionValue(mention, unit), subject: AGE_SUBJECT };
}

/** Nouns for a person that an age may follow: "The boy, 5, fell into the well". */
const PERSON_NOUNS = new Set([
  'boy',
  'girl',
  'man',
  'woman',
  'son',
  'daughter',
  'father',
  'mother',
  'driver',
  'victim',
]);

/**
 * "Michael Neu, 67, was charged": a whole number set off by commas right after a name is the person's age,
 * not a count of 67 things.
 */
function isAppositiveAge(tokens: Token[], mention: NumberMention): boolean {
  const name = tokens[mention.first - 2];
  const after = tokens[mention.next];
  return (
    mention.first === mention.number &&
    mention.qualifier === 'exact' &&
    !mention.vague &&
    tokens[mention.first - 1]?.lower === ',' &&
    name?.kind === 'word' &&
    ((/^\p{Lu}\p{Ll}/u.test(name.text) && !isCalendarWord(name.lower)) || PERSON_NOUNS.has(name.lower)) &&
    (after?.lower === ',' || after?.lower === '.') &&
    /^\d{1,3}$/.test(tokens[mention.number]!.lower) &&
    Number(tokens[mention.number]!.lower) < 120
  );
}

/** "a five-year-old boy", "the two-month-old baby": an age written as one word, no number mention of its own. */
export function findWordAges(tokens: Token[]): FoundFact[] {
  const found: FoundFact[] = [];
  tokens.forEach((token, i) => {
    if (token.kind !== 'word' || (!token.lower.endsWith('-old') && !token.lower.endsWith('-olds'))) return;
    const [amountWord, span, old, ...rest] = token.lower.split('-');
    const amount = wordValue(amountWord ?? '');
    const unit = ageUnit(span);
    if (rest.length || !old?.startsWith('old') || amount === undefined || !unit) return;
    const value = {
      type: 'number' as const,
      amount,
      qualifier: 'exact' as const,
      unit,
      tolerance: 0.5,
      roundedTolerance: 0.5,
      statedUnit: unit,
      vague: false,
    };
    found.push({ kind: 'count', first: i, next: i + 1, value, subject: AGE_SUBJECT });
  });
  return found;
}

/** "the 45th president", "an eighth term": an ordinal and the word it ranks. */
export function readOrdinalCount(tokens: Token[], mention: NumberMention): FoundFact | undefined {
  const value = mentionValue(mention, ORDINAL_UNIT);
  // "a third straight year" and "the third year in a row" rank one thing: the year.
  let at = mention.next;
  while (ORDER_WORDS.has(tokens[at]?.lower ?? '')) at++;
  const noun = tokens[at];
  if (IDIOMS.has(`${tokens[mention.number]!.lower} ${noun?.lower}`)) return undefined;
  const ranked = noun?.kind === 'word' && !STOPWORDS.has(noun.lower) ? noun.text : undefined;
  return {
    kind: 'count',
    first: mention.first,
    next: ranked ? at + 1 : mention.next,
    value,
    ...(ranked ? { subject: ranked } : {}),
  };
}

/** An ordinal and a word that name a thing rather than a place in an order: "a third party", "a third world war". */
const IDIOMS = new Set([
  'third world',
  'third party',
  'third parties',
  'third-party',
  'fourth estate',
  'fifth column',
  'sixth sense',
  'seventh heaven',
]);

/** Words between an ordinal and what it ranks: "third straight year", "fifth consecutive win". */
const ORDER_WORDS = new Set(['straight', 'consecutive', 'successive', 'running', 'successful']);

/** Whether a count is an age ("5 years old"), read back as such. */
export const isAge = (unit: string): boolean => unit.endsWith(' old');

/** Nouns numbered in order: "lap 20" is the 20th lap, "day 35" the 35th day, "game 7" the seventh game. */
const NUMBERED = new Set(['lap', 'round', 'day', 'game', 'stage', 'leg', 'hole', 'inning', 'innings', 'phase']);

/** Nouns whose number names one thing rather than counting many: "Flight 175", "pad 40", "Gate 7". */
const LABELLED = new Set([
  'flight',
  'pad',
  'gate',
  'platform',
  'terminal',
  'route',
  'highway',
  'interstate',
  'channel',
  'room',
  'apartment',
  'suite',
  'chapter',
  'section',
  'article',
  'amendment',
  'resolution',
  'episode',
  'season',
  'volume',
  'track',
  'bus',
  'train',
  'unit',
  'ward',
  'district',
  'precinct',
  'runway',
  'no',
  'number',
]);

/**
 * "Flight 175 was carrying 226 passengers", "pad 40", "Gate 7": a number right after the noun it names is a
 * label, never a count (a count of 175 things beside the 226 passengers would be a misread fact). Only a
 * plain number: "a flight of 20" or "flights 20" are no labels.
 */
export function isLabel(tokens: Token[], mention: NumberMention): boolean {
  return !mention.ordinal && mention.first === mention.number && nounBefore(tokens, mention, LABELLED) !== undefined;
}

/** The noun of `nouns` right before a plain number (no qualifier, not vague): "lap" of "lap 20". */
function nounBefore(tokens: Token[], mention: NumberMention, nouns: ReadonlySet<string>): Token | undefined {
  const noun = tokens[mention.first - 1];
  return noun?.kind === 'word' && nouns.has(noun.lower) && mention.qualifier === 'exact' && !mention.vague
    ? noun
    : undefined;
}

/**
 * "on lap 20", "in round 3", "day 35 of the strike": a place in an order named by its noun and number, the
 * same fact as "the 20th lap"; never a count of 20 things.
 */
export function readNumberedPlace(tokens: Token[], mention: NumberMention): FoundFact | undefined {
  const noun = nounBefore(tokens, mention, NUMBERED);
  if (!noun) return undefined;
  const value = mentionValue(mention, ORDINAL_UNIT);
  return { kind: 'count', first: mention.first - 1, next: mention.next, value, subject: noun.text };
}

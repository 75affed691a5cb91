// Counts of people or things: "more than 10,000 North Korean soldiers"; what is counted is part of the fact.
import { STOPWORDS } from '../../text/stopwords.js';
import { type FactKindSpec, type FactOf, type FoundFact, defaultAlignScore } from './kind.js';
import { NUMBER_HOOKS, describeNumber, numberKey } from './number.js';
import { diceOfWords } from '../../text/sets.js';
import { type NumberMention, mentionValue } from '../numbers/mentions.js';
import { type Token, isCapitalised } from '../tokens.js';
import { startsLower } from '../../text/letters.js';
import { IRREGULAR_PLURALS, looksPlural } from '../../lexicon/plurals.js';
import {
  ORDINAL_UNIT,
  findWordAges,
  isAge,
  isLabel,
  readAge,
  readNumberedPlace,
  readOrdinalCount,
} from './count-forms.js';
import { isCalendarWord } from '../../lexicon/calendar.js';

/**
 * Counts of people or things: "more than 10,000 North Korean soldiers", "37 people", "thousands of
 * troops". What is counted is part of the fact: the noun phrase after the number becomes its subject,
 * so "10,000 soldiers" and "10,000 homes" never align.
 */
export function readCount(tokens: Token[], mention: NumberMention): FoundFact | undefined {
  if (mention.ordinal) return readOrdinalCount(tokens, mention);
  if (isLabel(tokens, mention)) return undefined;
  const place = readNumberedPlace(tokens, mention);
  if (place) return place;
  const age = readAge(tokens, mention);
  if (age) return age;
  let at = mention.next;
  // "thousands of troops", "dozens of homes"
  if (tokens[at]?.lower === 'of' && (mention.vague || tokens[at - 1]?.kind === 'word')) at++;
  const noun = nounPhrase(tokens, at);
  const value = mentionValue(mention, '');
  const next = noun ? noun.next : mention.next;
  return { kind: 'count', first: mention.first, next, value, ...(noun ? { subject: noun.text } : {}) };
}

/**
 * Up to four words of a noun phrase, ending at its first plural noun:
 * "North Korean soldiers are" → North Korean soldiers.
 */
function nounPhrase(tokens: Token[], start: number): { text: string; next: number } | undefined {
  const words: Token[] = [];
  for (let at = start; at < tokens.length && words.length < 4; at++) {
    const token = tokens[at]!;
    // "three Falcon 9 rockets": a model's number is part of the name counted.
    if (token.kind === 'number' && words.length > 0 && isCapitalised(words[words.length - 1])) {
      words.push(token);
      continue;
    }
    // "US officials": an upper-case "US" is the country, not the pronoun.
    if (token.kind !== 'word' || (STOPWORDS.has(token.lower) && token.text !== token.text.toUpperCase())) break;
    words.push(token);
    if (isPluralNoun(token)) return { text: words.map((t) => t.text).join(' '), next: at + 1 };
  }
  // No plural head: "a workforce of 2,000" has its subject before the number; the context carries it. A lone
  // word after the number is taken as the thing counted unless it reads as a verb ("two preferred a pause").
  // Nor a day or month: "rose to at least six Friday" counts nothing called Friday.
  return words.length === 1 && !/(ed|ing)$/.test(words[0]!.lower) && !isCalendarWord(words[0]!.lower)
    ? { text: words[0]!.text, next: start + 1 }
    : undefined;
}

/** A plural noun, lower-case unless irregular: "Apple Watches" is a name. */
function isPluralNoun(token: Token): boolean {
  return IRREGULAR_PLURALS.has(token.lower) || (startsLower(token.text) && looksPlural(token.lower));
}

/** What a shared value adds for bare numbers, a fraction of what it adds for counts of a named thing. */
const BARE_VALUE_SCORE = 0.4;

/** The smallest count distinctive enough to join rows by its value alone (FactKindSpec.valueKey). */
const MIN_COUNT_KEY = 10;

// Stems: "people", "persons", "individuals", "others", "times", and nouns naming people only by what befell
// them: "fatalities" and "deaths" (folded to "kill"), "bodies", "victims", "casualties" ("loss"), "injured".
const GENERIC_NOUNS = new Set([
  'peopl',
  'person',
  'individu',
  'other',
  'time',
  'kill',
  'bodi',
  'victim',
  'loss',
  'injur',
]);

/**
 * "8,500 people", "300 others", "capped 12 times", "two fatalities": a count whose noun names no particular
 * group or thing; its predicate says what it counts.
 */
function isGenericCount(fact: FactOf<'count'>): boolean {
  return fact.subject.length > 0 && GENERIC_NOUNS.has(fact.subject[fact.subject.length - 1]!);
}

/** Counts, found at a number mention (the last kind to try one); what they count is part of the fact. */
export const count: FactKindSpec<'count'> = {
  kind: 'count',
  atMention: readCount,
  scan: findWordAges,
  ...NUMBER_HOOKS,
  alignScore(a, b, evidence) {
    // Different things counted ("soldiers" vs "homes") cannot be one fact; "people" may stand for any
    // group of people ("8,500 residents" / "some 8,500 people").
    const generic = isGenericCount(a) || isGenericCount(b);
    if (a.subject.length && b.subject.length && !generic && diceOfWords(a.subject, b.subject) === 0) return 0;
    // "People" says nothing of who they are; what befell them does. A count of people with no predicate and
    // one with a predicate, or two without, are two facts unless the outlets word one statement: "thousands
    // of people had gathered" is not "77 people died", nor "Paris attacks that killed 130 people" the toll
    // in Nice (sentences not clustered together).
    if (generic && !(a.predicate && a.predicate === b.predicate) && evidence.sentence() < 1) return 0;
    // A place in an order is never a number of things, nor an age: "six laps" is no "lap 19", "67" of a man
    // aged 67 no 67 emails.
    if (a.value.unit !== b.value.unit) return 0;
    // Two places in one order ("lap seven", "lap 48") are two events of the story unless the outlets word one
    // statement: only sentences clustered together make a different place a change.
    const ordinal = a.value.unit === ORDINAL_UNIT || b.value.unit === ORDINAL_UNIT;
    if (ordinal && !evidence.sameValue() && evidence.sentence() < 1) return 0;
    // A bare number ("three" with nothing counted after it) aligns on its surroundings more than its value, but
    // the value still tells two bare numbers of one sentence apart: "six companies and 20 of their vessels"
    // against the same words in another outlet pairs six with six, never six with 20.
    if (!a.subject.length || !b.subject.length)
      return defaultAlignScore(evidence, evidence.sameValue() ? BARE_VALUE_SCORE : 0);
    return defaultAlignScore(evidence);
  },
  // Small counts are too common to join by value ("two supermoons", "two launches"): 10 and over only.
  valueKey: (fact) => (fact.value.amount >= MIN_COUNT_KEY ? numberKey(fact.value) : undefined),
  // The counted thing's head noun, unless it names no particular group ("people", "times"), the count is a
  // place in an order (a race has many laps: "lap 20" and "the 28th lap" are two facts, not one changed) or a
  // small number other than an age: a story counts few things many ways ("two races" won, "38 races" started),
  // while its "60 excavators" and "80 diggers" are the one count of excavators, and "the five-year-old" and
  // "the six-year-old" the one boy's age.
  subjectKey: (fact) =>
    fact.subject.length &&
    !isGenericCount(fact) &&
    fact.value.unit !== ORDINAL_UNIT &&
    (fact.value.amount >= MIN_COUNT_KEY || fact.value.vague || isAge(fact.value.unit))
      ? fact.subject[fact.subject.length - 1]
      : undefined,
  label: (fact) =>
    isAge(fact.value.unit) ? 'age' : fact.subject.length ? `count of ${fact.topic}` : `count: ${fact.topic}`,
  // What is counted names the fact, whatever the number: "count:north-korean-soldiers".
  idWords: (fact) => (fact.subject.length ? fact.topic : describeNumber(fact.value)),
};

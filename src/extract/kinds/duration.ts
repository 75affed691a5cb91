// Durations: spans of time and how they relate to an event ("two months before", "for seven years").
import type { ChangeAspect, DurationValue } from '../../types.js';
import { type FactKindSpec, type FoundFact, defaultAlignScore } from './kind.js';
import type { NumberMention } from '../numbers/mentions.js';
import type { Token } from '../tokens.js';
import { wordValue } from '../numbers/words.js';
import { qualifierWords } from './number.js';

const UNITS: Record<string, DurationValue['unit']> = {
  second: 'second',
  seconds: 'second',
  sec: 'second',
  secs: 'second',
  minute: 'minute',
  minutes: 'minute',
  min: 'minute',
  mins: 'minute',
  hour: 'hour',
  hours: 'hour',
  hr: 'hour',
  hrs: 'hour',
  day: 'day',
  days: 'day',
  week: 'week',
  weeks: 'week',
  month: 'month',
  months: 'month',
  year: 'year',
  years: 'year',
};
const RELATIONS: Record<string, DurationValue['relation']> = {
  before: 'before',
  earlier: 'before',
  prior: 'before',
  after: 'after',
  later: 'after',
  afterwards: 'after',
  afterward: 'after',
  following: 'after',
  ago: 'ago',
};
// "just weeks before", "a few days after", "several months later": vague spans count only with a relation,
// or "months of appeals" would become a fact in every story.
const VAGUE_LEADS = new Set(['just', 'only', 'mere', 'few', 'several', 'some', 'many', 'within']);

/** Durations with a number: "two months before", "seven years", "48 hours after". */
export function readDuration(tokens: Token[], mention: NumberMention): FoundFact | undefined {
  // "the 35th day" is a place in an order, not a span.
  if (mention.ordinal) return undefined;
  let at = mention.next;
  // "two more years", "three additional months"
  if (EXTENSIONS.has(tokens[at]?.lower ?? '') && UNITS[tokens[at + 1]?.lower ?? '']) at++;
  // "a 5-year contract" (but "the 24-year-old" is an age, not a span)
  if (tokens[at]?.lower === '-' && tokens[at]!.start === tokens[at - 1]!.end && UNITS[tokens[at + 1]?.lower ?? ''])
    at++;
  const unit = UNITS[tokens[at]?.lower ?? ''];
  if (!unit) return undefined;
  // "5 years old", "five years of age": an age (count.ts), not a span.
  const after = tokens[at + 1]?.lower;
  if (after === 'old' || (after === 'of' && tokens[at + 2]?.lower === 'age')) return undefined;
  return withRelation(tokens, mention.first, at + 1, {
    type: 'duration',
    amount: mention.amount,
    unit,
    relation: 'none',
    qualifier: mention.qualifier,
  });
}

const EXTENSIONS = new Set(['more', 'additional', 'further', 'extra']);

/** "a five-year contract", "a two-week delay": a span written as one hyphenated word. */
export function findCompoundDurations(tokens: Token[]): FoundFact[] {
  const found: FoundFact[] = [];
  tokens.forEach((token, i) => {
    if (token.kind !== 'word' || !token.lower.includes('-')) return;
    const [count, unitWord, ...rest] = token.lower.split('-');
    if (rest.length || !count || !unitWord) return;
    const amount = wordValue(count);
    const unit = UNITS[unitWord];
    if (amount === undefined || !unit) return;
    found.push({
      kind: 'duration',
      first: i,
      next: i + 1,
      value: { type: 'duration', amount, unit, relation: 'none', qualifier: 'exact' },
    });
  });
  return found;
}

/** Vague spans tied to an event: "just weeks before Trump takes office", "days after the vote". */
export function findVagueDurations(tokens: Token[]): FoundFact[] {
  const found: FoundFact[] = [];
  tokens.forEach((token, i) => {
    const unit = UNITS[token.lower];
    if (!unit) return;
    // "a year ago", "a week before the vote": the article is one.
    if (!token.lower.endsWith('s')) {
      const relation = RELATIONS[tokens[i + 1]?.lower ?? ''];
      if (relation && (tokens[i - 1]?.lower === 'a' || tokens[i - 1]?.lower === 'an')) {
        found.push({
          kind: 'duration',
          first: i - 1,
          next: i + 2,
          value: { type: 'duration', amount: 1, unit, relation, qualifier: 'exact' },
        });
      }
      return;
    }
    const before = tokens[i - 1];
    if (
      before?.kind === 'number' ||
      (before &&
        /^(a|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty|thirty|forty|fifty)$/.test(before.lower))
    )
      return;
    const relation = RELATIONS[tokens[i + 1]?.lower ?? ''];
    if (!relation) return;
    let first = i;
    while (first > 0 && VAGUE_LEADS.has(tokens[first - 1]!.lower)) first--;
    if (tokens[first - 1]?.lower === 'a' && tokens[first]?.lower === 'few') first--;
    found.push({
      kind: 'duration',
      first,
      next: i + 2,
      value: { type: 'duration', amount: null, unit, relation, qualifier: 'exact' },
    });
  });
  return found;
}

/** "two months before" / "for seven years" / "within two months": the word that ties a span to its event. */
function withRelation(tokens: Token[], first: number, next: number, value: DurationValue): FoundFact {
  const relation = RELATIONS[tokens[next]?.lower ?? ''];
  if (relation) return { kind: 'duration', first, next: next + 1, value: { ...value, relation } };
  const lead = tokens[first - 1]?.lower;
  if (lead === 'for' || lead === 'within')
    return { kind: 'duration', first: first - 1, next, value: { ...value, relation: lead } };
  return { kind: 'duration', first, next, value };
}

const DAYS: Record<DurationValue['unit'], number> = {
  second: 1 / 86400,
  minute: 1 / 1440,
  hour: 1 / 24,
  day: 1,
  week: 7,
  month: 30.44,
  year: 365.25,
};

/**
 * Same span when relation and length agree ("two months" = "eight weeks" within a week); vague spans only match
 * vague ones of the same unit.
 */
export function compareDurations(reference: DurationValue, other: DurationValue): ChangeAspect[] | null {
  const aspects: ChangeAspect[] = [];
  // "for three days" and "three days of deliberations" state the same span.
  const plain = (relation: DurationValue['relation']) => (relation === 'for' ? 'none' : relation);
  if (plain(reference.relation) !== plain(other.relation)) aspects.push('relation');
  if ((reference.amount === null) !== (other.amount === null)) aspects.push('precision');
  else if (reference.amount === null || other.amount === null) {
    if (reference.unit !== other.unit) aspects.push('value');
  } else {
    const a = reference.amount * DAYS[reference.unit];
    const b = other.amount * DAYS[other.unit];
    const tolerance = Math.max(DAYS[reference.unit], DAYS[other.unit]) / 2;
    if (Math.abs(a - b) > tolerance) aspects.push('value');
  }
  // "for at least 24 months" against "for about 24 months".
  if (reference.qualifier !== other.qualifier) aspects.push('qualifier');
  return aspects.length ? aspects : null;
}

export function describeDuration(value: DurationValue): string {
  const amount =
    value.amount === null ? `${value.unit}s` : `${value.amount} ${value.unit}${value.amount === 1 ? '' : 's'}`;
  const qualified = `${qualifierWords(value.qualifier)}${amount}`;
  return value.relation === 'none' ? qualified : `${qualified} ${value.relation}`;
}

/**
 * Durations: at a number mention ("two months before"), and by their own words (vague spans tied to an
 * event, "a five-year contract"). Two spans with the same relation to their event ("before") are likelier
 * one fact even when their lengths differ.
 */
export const duration: FactKindSpec<'duration'> = {
  kind: 'duration',
  atMention: readDuration,
  scan: (tokens) => [...findVagueDurations(tokens), ...findCompoundDurations(tokens)],
  difference: compareDurations,
  describe: describeDuration,
  // "six days", "for 90 days": a stated span; vague spans ("weeks") are too common to join by value.
  valueKey: ({ value }) => (value.amount === null ? undefined : `${value.amount}|${value.unit}|${value.relation}`),
  alignScore(a, b, evidence) {
    const relation = a.value.relation === b.value.relation ? 1 : 0;
    return defaultAlignScore(evidence, Math.max(relation * 0.6, evidence.sameValue() ? 1 : 0));
  },
};

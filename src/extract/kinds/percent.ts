// Percentages and rates ("15%", "15 per cent", "1 in 1,000"); percentage points are a unit of their own.
import type { FactKindSpec, FoundFact } from './kind.js';
import { NUMBER_HOOKS } from './number.js';
import { type NumberMention, mentionValue } from '../numbers/mentions.js';
import type { Token } from '../tokens.js';

/**
 * Percentages: "15%", "15 percent", "15 per cent", "15 percentage points" (points are their own unit:
 * a rise of 2 points is not a rise of 2%).
 */
export function readPercent(tokens: Token[], mention: NumberMention): FoundFact | undefined {
  if (mention.ordinal) return undefined;
  // "1 in 1,000" is 0.1%: a rate compares with a percentage of the same share.
  if (mention.per !== undefined) {
    const value = mentionValue(mention, '%', 100 / mention.per, 0, 'rate');
    return { kind: 'percent', first: mention.first, next: mention.next, value };
  }
  const a = tokens[mention.next]?.lower;
  const b = tokens[mention.next + 1]?.lower;
  let length = 0;
  let unit = '%';
  if (a === '%' || a === 'percent' || a === 'pct') length = 1;
  else if (a === 'per' && b === 'cent') length = 2;
  else if (a === 'percentage' && (b === 'points' || b === 'point')) [length, unit] = [2, 'pp'];
  if (!length) return undefined;
  const value = mentionValue(mention, unit);
  const next = mention.next + length;
  const subject =
    tokens[next]?.lower === 'of'
      ? tokens
          .slice(next + 1, next + 4)
          .filter((t) => t.kind === 'word')
          .map((t) => t.text)
          .join(' ')
      : undefined;
  return { kind: 'percent', first: mention.first, next, value, ...(subject ? { subject } : {}) };
}

/** Percentages, found at a number mention; compared as numbers. */
export const percent: FactKindSpec<'percent'> = { kind: 'percent', atMention: readPercent, ...NUMBER_HOOKS };

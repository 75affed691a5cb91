// Measurements: a number with a unit ("up to 306 km"), compared across units at the precision stated.
import type { NumberValue } from '../../types.js';
import type { FactKindSpec, FoundFact } from './kind.js';
import { NUMBER_HOOKS } from './number.js';
import { type NumberMention, mentionValue } from '../numbers/mentions.js';
import type { Token } from '../tokens.js';
import { type Unit, matchUnit, needsGlue } from '../numbers/units.js';

/**
 * Measurements: a number followed by a unit ("up to 306 kilometers", "306km", "190 miles (306 km)").
 * Returns undefined when no unit follows.
 */
export function readQuantity(
  tokens: Token[],
  mention: NumberMention,
  following: NumberMention | undefined,
): FoundFact | undefined {
  if (mention.ordinal) return undefined;
  // "a magnitude 6.8 earthquake": a scale named before its number.
  if (tokens[mention.first - 1]?.lower === 'magnitude') {
    return { kind: 'quantity', first: mention.first - 1, next: mention.next, value: measure(mention, MAGNITUDE) };
  }
  const unit = unitAfter(tokens, mention);
  if (!unit) return undefined;
  const value = measure(mention, unit.unit);
  let next = unit.next;
  // "190 miles (306 km)": a conversion in brackets restates the same fact; keep the more precise value.
  if (tokens[next]?.lower === '(' && following && following.number === next + 1) {
    const converted = unitAfter(tokens, following);
    if (converted && converted.unit.canonical === unit.unit.canonical && tokens[converted.next]?.lower === ')') {
      const inner = measure(following, converted.unit);
      next = converted.next + 1;
      if (inner.tolerance < value.tolerance)
        Object.assign(value, { amount: inner.amount, upper: inner.upper, tolerance: inner.tolerance });
    }
  }
  return { kind: 'quantity', first: mention.first, next, value, subject: subjectAfter(tokens, next) };
}

const MAGNITUDE: Unit = { name: 'magnitude', canonical: 'magnitude', factor: 1 };

function unitAfter(tokens: Token[], mention: NumberMention) {
  let at = mention.next;
  // "a 3,000-tonne ship", "a 5-km stretch": a unit joined to its number by a hyphen.
  if (
    tokens[at]?.lower === '-' &&
    tokens[at]!.start === tokens[at - 1]!.end &&
    tokens[at + 1]?.start === tokens[at]!.end
  )
    at++;
  const words = tokens.slice(at, at + 3).map((t) => t.lower);
  const match = matchUnit(words);
  if (!match) return undefined;
  const glued = tokens[at]!.start === tokens[at - 1]!.end;
  if (needsGlue(words.slice(0, match.length).join(' ')) && !glued) return undefined;
  return { unit: match.unit, next: at + match.length };
}

function measure(mention: NumberMention, unit: Unit): NumberValue {
  return mentionValue(mention, unit.canonical, unit.factor, unit.offset ?? 0, unit.name);
}

/** "306 km of track": what follows "of" names what is measured. */
function subjectAfter(tokens: Token[], next: number): string | undefined {
  if (tokens[next]?.lower !== 'of') return undefined;
  const words = tokens.slice(next + 1, next + 4).filter((t) => t.kind === 'word');
  return words.length ? words.map((t) => t.text).join(' ') : undefined;
}

/** Measurements, found at a number mention; they align only within one dimension (km never with kg). */
export const quantity: FactKindSpec<'quantity'> = {
  kind: 'quantity',
  atMention: readQuantity,
  ...NUMBER_HOOKS,
  bucket: (fact) => `quantity:${fact.value.unit}`,
};

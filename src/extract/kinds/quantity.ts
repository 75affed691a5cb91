// Measurements: a number with a unit ("up to 306 km"), compared across units at the precision stated.
import type { ChangeAspect, NumberValue } from '../../types.js';
import type { FactKindSpec, FoundFact } from './kind.js';
import { NUMBER_HOOKS, compareNumbers } from './number.js';
import { type NumberMention, mentionValue } from '../numbers/mentions.js';
import type { Token } from '../tokens.js';
import { type Unit, matchUnit, mayStandApart, needsGlue } from '../numbers/units.js';

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
  const resolution = resolutionAfter(tokens, mention);
  if (resolution) return resolution;
  const unit = unitAfter(tokens, mention);
  if (!unit) return undefined;
  const value = measure(mention, unit.unit);
  let next = unit.next;
  // "190 miles (306 km)": a conversion in brackets restates the same fact. One fact, valued at the more
  // precise half; the other half is kept as `restated` and compared too (compareMeasures).
  if (tokens[next]?.lower === '(' && following && following.number === next + 1) {
    const converted = unitAfter(tokens, following);
    if (converted && converted.unit.canonical === unit.unit.canonical && tokens[converted.next]?.lower === ')') {
      const inner = { ...measure(following, converted.unit), qualifier: value.qualifier };
      next = converted.next + 1;
      const [main, restated] = inner.tolerance < value.tolerance ? [inner, value] : [value, inner];
      return {
        kind: 'quantity',
        first: mention.first,
        next,
        value: { ...main, restated },
        subject: subjectAfter(tokens, next),
      };
    }
  }
  return { kind: 'quantity', first: mention.first, next, value, subject: subjectAfter(tokens, next) };
}

/**
 * Two measures compared half by half: the values, then the restated halves where both have one, or the one
 * restated half against the other's value. "87 mph (140 km/h)" against "97 mph (140 km/h)" or "87 mph
 * (150 km/h)" differs; against "140 km/h" or "87 mph" it does not; "87 mph (150 km/h)" against "87 mph" does
 * (a wrong conversion). Two sources with the same wrong conversion agree with each other.
 */
export function compareMeasures(reference: NumberValue, other: NumberValue): ChangeAspect[] | null {
  const main = compareNumbers(reference, other);
  if (main) return roundsOneConversion(reference, other) ? null : main;
  if (reference.restated && other.restated) return compareNumbers(reference.restated, other.restated);
  if (other.restated) return compareNumbers(reference, other.restated);
  if (reference.restated) return compareNumbers(reference.restated, other);
  return null;
}

/**
 * "229 feet (70 meters)" against "230 feet (70 meters)": the same 70 m, converted and rounded two ways. The
 * restated halves agree and each side's other half is a fair rounding of them; "87 mph (140 km/h)" against
 * "97 mph (140 km/h)" is no rounding of 140 km/h and stays a change.
 */
function roundsOneConversion(reference: NumberValue, other: NumberValue): boolean {
  if (!reference.restated || !other.restated) return false;
  return (
    compareNumbers(reference.restated, other.restated) === null &&
    compareNumbers(reference, other.restated) === null &&
    compareNumbers(reference.restated, other) === null
  );
}

const MAGNITUDE: Unit = { name: 'magnitude', canonical: 'magnitude', factor: 1 };

/** A screen's resolution in lines: "1080p" is 1,080 lines, "4K" about 2,160 (540 lines a "K"). */
const RESOLUTIONS: Readonly<Record<string, { unit: Unit; values: ReadonlySet<string> }>> = {
  p: {
    unit: { name: 'p', canonical: 'lines', factor: 1 },
    values: new Set(['240', '360', '480', '720', '1080', '1440', '2160', '4320']),
  },
  K: { unit: { name: 'K', canonical: 'lines', factor: 540 }, values: new Set(['2', '4', '5', '8']) },
};

/** "close to 4K", "1080p displays": a resolution glued to its number; "$30K" is money, read before this. */
function resolutionAfter(tokens: Token[], mention: NumberMention): FoundFact | undefined {
  const number = tokens[mention.next - 1]!;
  const letter = tokens[mention.next];
  const resolution = letter && letter.start === number.end ? RESOLUTIONS[letter.text] : undefined;
  if (!resolution?.values.has(number.lower)) return undefined;
  return { kind: 'quantity', first: mention.first, next: mention.next + 1, value: measure(mention, resolution.unit) };
}

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
  // "a 30cm-diameter well", "a 40-metre-deep well": the unit heads a compound word.
  const compound = words[0]?.includes('-') ? matchUnit([words[0].split('-')[0]!]) : undefined;
  const match = matchUnit(words) ?? compound;
  if (!match) return undefined;
  const glued = tokens[at]!.start === tokens[at - 1]!.end;
  const name = words.slice(0, match.length).join(' ');
  const after = tokens[at + match.length];
  const apart = mayStandApart(name, after?.lower, tokens[at + match.length + 1]?.lower);
  if (needsGlue(name) && !glued && !apart) return undefined;
  // "6 in. of rain": the abbreviation's dot is part of the unit.
  const dot = name === 'in' && after?.lower === '.' && after.start === tokens[at]!.end ? 1 : 0;
  return { unit: match.unit, next: at + match.length + dot };
}

function measure(mention: NumberMention, unit: Unit): NumberValue {
  const value = mentionValue(mention, unit.canonical, unit.factor, unit.offset ?? 0, unit.name);
  if (!unit.ambiguity) return value;
  return { ...value, roundedTolerance: value.roundedTolerance + unit.ambiguity * Math.abs(value.amount) };
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
  difference: compareMeasures,
  bucket: (fact) => `quantity:${fact.value.unit}`,
};

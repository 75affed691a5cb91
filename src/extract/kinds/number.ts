// What the number kinds (percent, money, quantity, count) share: how two numbers differ, how a number is
// read back, and the hooks that make each of them an amount. Each number kind is its own module and spreads
// NUMBER_HOOKS into its spec, overriding only what differs (a count's subject, a quantity's dimension).
import type { ChangeAspect, NumberValue, Qualifier } from '../../types.js';
import { describeMeasure, formatNumber } from '../numbers/units.js';

/**
 * How a source's number differs from the reference, or null when it states the same thing. Amounts agree
 * within the precision the less precise one states, so "190 miles" = "306 km" but "10,000" ≠ "12,000".
 */
export function compareNumbers(reference: NumberValue, other: NumberValue): ChangeAspect[] | null {
  if (reference.unit !== other.unit) return ['unit'];
  const aspects: ChangeAspect[] = [];
  // A converted value ("29,650 acres" for "12,000 hectares") may round at the precision the whole number implies.
  const converted = reference.statedUnit !== other.statedUnit;
  const tolerance = converted
    ? Math.max(reference.roundedTolerance, other.roundedTolerance, 1e-9)
    : Math.max(reference.tolerance, other.tolerance, 1e-9);
  const close = (a: number | undefined, b: number | undefined) =>
    a === undefined || b === undefined
      ? a === b
      : Math.abs(a - b) <= tolerance + 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  // Each statement allows what its own precision allows.
  const own = (v: NumberValue) => (converted ? v.roundedTolerance : v.tolerance);
  const contradicts = (): boolean =>
    !overlaps(rangeOf(reference, own(reference)), rangeOf(other, own(other))) ||
    (reference.qualifier === 'tally' && other.qualifier === 'tally' && !close(reference.upper, other.upper));
  // "thousands" against "more than 10,000": vaguer, and a vague amount has no qualifier worth comparing.
  // "thousands" against "500" is more than vaguer: both cannot be true.
  if (reference.vague !== other.vague) return contradicts() ? ['precision', 'contradiction'] : ['precision'];
  const valueDiffers = !close(reference.amount, other.amount) || !close(reference.upper, other.upper);
  if (valueDiffers) {
    // "30 civilians" against "32 civilians", "more than 100 wounded" against "120 wounded": both can be true
    // of one toll, the one only rounder or bounded. Less precise, not another value.
    // (A conversion already allows for its rounding: "40 degrees Celsius" is no rounding of 102 Fahrenheit.)
    const looser = !converted && (roundsOrBounds(reference, other) || roundsOrBounds(other, reference));
    aspects.push(looser ? 'precision' : 'value');
  }
  if (reference.qualifier !== other.qualifier) aspects.push('qualifier');
  if (reference.trend && other.trend && reference.trend !== other.trend) aspects.push('direction');
  // "rose to 5.2%" against "rose by 5.2%": a level against a change.
  if (reference.change && other.change && reference.change !== other.change) aspects.push('relation');
  // "fewer than 50" against "more than 50", "fell 3%" against "rose 3%": both cannot be true.
  // A rounder or bounded statement (precision) is compatible by construction: "30" does not contradict 32.
  const rounded = aspects.includes('precision');
  if (aspects.includes('direction') || (aspects.length > 0 && !rounded && contradicts())) aspects.push('contradiction');
  return aspects.length ? aspects : null;
}

/** How far a round number may stand for another: "30" for 32, "200" for 186–214; not "10" for 11. */
const ROUNDING_SHARE = 0.075;
const SMALLEST_ROUNDED = 20;
/** How far a bound may lie from the amount it bounds: "more than 100" for 120, not for 10,000. */
const BOUND_REACH = 1.5;

/**
 * `loose` is a rounder or bounded statement of `exact`: a whole number of one significant digit within a few
 * percent ("30" for 32), or such a round bound the exact amount lies within, not far off ("more than 100" for
 * 120, "up to 40" for 32). A precise bound is a count of its own: "at least 37" dead against 45 is another toll.
 * Ranges, tallies, ordinals and vague amounts are no such thing.
 */
function roundsOrBounds(loose: NumberValue, exact: NumberValue): boolean {
  if (loose.vague || exact.vague || loose.upper !== undefined || exact.upper !== undefined) return false;
  if (exact.qualifier !== 'exact' || loose.unit === 'ordinal') return false;
  const [a, b] = [loose.amount, exact.amount];
  if (a <= 0 || b <= 0) return false;
  switch (loose.qualifier) {
    case 'exact':
    case 'approx':
    case 'nearly':
      return isOneDigitRound(a) && Math.abs(a - b) <= ROUNDING_SHARE * a;
    case 'above':
    case 'atLeast':
      return isOneDigitRound(a) && b >= a && b <= a * BOUND_REACH;
    case 'upTo':
    case 'below':
      return isOneDigitRound(a) && b <= a && b >= a / BOUND_REACH;
    default:
      return false;
  }
}

/** 30, 200, 5,000: one significant digit, from 20 up; not 10 (a toll of 11 is not "10"), not 32. */
function isOneDigitRound(n: number): boolean {
  if (n < SMALLEST_ROUNDED || !Number.isInteger(n)) return false;
  const magnitude = 10 ** Math.floor(Math.log10(n));
  return n % magnitude === 0;
}

/** 45 → "45th", 21 → "21st", 12 → "12th": an ordinal read back. */
function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${formatNumber(n)}${suffix}`;
}

/** How far "about" and "nearly" reach: "about 160" allows 144–176, "nearly 300" 270–300. */
const APPROX_SHARE = 0.1;

/**
 * The amounts a number allows, widened by its stated precision: "37" is 36.5–37.5, "at least 37" is 37 and
 * up, "more than 10,000" is above 10,000, "up to 306 km" is 306 km and below, "thousands" is 1,000 up to
 * (not including) 100,000. A vote tally ("7-2") stands for its first number; the second is compared apart.
 */
function rangeOf(value: NumberValue, tolerance: number): [number, number] {
  const a = value.amount;
  // "thousands" reaches well past 9,999 in news use ("thousands of troops" for 12,000), so a vague amount
  // spans two orders of magnitude: vaguer than "more than 10,000", not contradicting it.
  if (value.vague) return [a, a * 100];
  switch (value.qualifier) {
    case 'above':
      return [a, Infinity];
    case 'atLeast':
      return [a - tolerance, Infinity];
    case 'upTo':
      return [-Infinity, a + tolerance];
    case 'below':
      return [-Infinity, a];
    case 'approx':
      return [a * (1 - APPROX_SHARE) - tolerance, a * (1 + APPROX_SHARE) + tolerance];
    case 'nearly':
      return [a * (1 - APPROX_SHARE) - tolerance, a + tolerance];
    case 'between':
      return [a - tolerance, (value.upper ?? a) + tolerance];
    case 'exact':
    case 'tally':
      return [a - tolerance, a + tolerance];
  }
}

/**
 * Whether two ranges share more than an end point: "two" (1.5–2.5) and "three" (2.5–3.5) do not, nor do
 * "hundreds" (100 up to 1,000) and "thousands" (1,000 up to 10,000); "more than 160" and "160" (159.5–160.5) do.
 */
function overlaps([lo1, hi1]: [number, number], [lo2, hi2]: [number, number]): boolean {
  return lo1 < hi2 && lo2 < hi1;
}

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  above: 'more than ',
  atLeast: 'at least ',
  upTo: 'up to ',
  below: 'less than ',
  approx: 'about ',
  nearly: 'nearly ',
  between: '',
  tally: '',
};

// Vague amounts are read back as words: "thousands", not a made-up "1,000".
const VAGUE_WORDS: Record<number, string> = {
  12: 'dozens',
  20: 'scores',
  1e2: 'hundreds',
  1e3: 'thousands',
  1e4: 'tens of thousands',
  1e5: 'hundreds of thousands',
  1e6: 'millions',
  1e7: 'tens of millions',
  1e8: 'hundreds of millions',
  1e9: 'billions',
  1e10: 'tens of billions',
  1e11: 'hundreds of billions',
  1e12: 'trillions',
};

/** The words a qualifier is read back as, with a trailing space: "more than ", "" for an exact amount. */
export function qualifierWords(qualifier: Qualifier): string {
  return QUALIFIER_WORDS[qualifier];
}

/** A normalised reading of a number: "more than 10,000", "up to 306 km", "$4.5 billion", "15%". */
export function describeNumber(value: NumberValue): string {
  const vague = value.vague ? VAGUE_WORDS[value.amount] : undefined;
  if (vague) {
    if (value.unit === '') return `${QUALIFIER_WORDS[value.qualifier]}${vague}`;
    return `${QUALIFIER_WORDS[value.qualifier]}${vague} (${value.unit})`;
  }
  const amount = (n: number) => {
    if (value.unit === '') return formatNumber(n);
    if (value.unit === '%' || value.unit === 'pp') return `${formatNumber(n)}${value.unit === '%' ? '%' : ' points'}`;
    if (/^[A-Z]{3}$/.test(value.unit)) return `${value.unit} ${formatNumber(n)}`;
    if (value.unit === 'ordinal') return ordinal(n);
    return describeMeasure(n, value.unit);
  };
  if (value.qualifier === 'tally') return `${formatNumber(value.amount)}-${formatNumber(value.upper ?? 0)}`;
  const core = value.upper !== undefined ? `${amount(value.amount)}–${amount(value.upper)}` : amount(value.amount);
  return `${QUALIFIER_WORDS[value.qualifier]}${core}`;
}

/**
 * How loosely a number is stated, relative to its size: "750 metres" 0.03, "about 2,000 feet" 0.25. A number
 * that does not say which way it moved ("shares were 22% up" vs "jumped 22%") comes after those that do, so
 * it joins a value class rather than founding one that both directions would fit.
 */
function looseness(value: NumberValue): number {
  return (value.amount !== 0 ? value.roundedTolerance / Math.abs(value.amount) : 0) + (value.trend ? 0 : 1);
}

/** Relative gap between two numbers. */
function distance(a: NumberValue, b: NumberValue): number {
  return Math.abs(a.amount - b.amount) / Math.max(Math.abs(a.amount), Math.abs(b.amount), 1e-9);
}

/** The hooks every number kind shares (see FactKindSpec). */
/**
 * A stated amount joins rows by its value at two significant digits in its canonical unit ("425kg",
 * "$11 million", "14 per cent"); the join then checks the values really agree. Vague amounts never do.
 */
export function numberKey(value: NumberValue): string | undefined {
  if (value.vague || value.amount === 0) return undefined;
  return `${value.unit}|${Number(value.amount.toPrecision(2))}`;
}

/** A stated figure says more than an approximate one, which says more than a bound ("more than 100"). */
function specificity(value: NumberValue): number {
  if (value.vague) return 0;
  switch (value.qualifier) {
    case 'exact':
    case 'tally':
      return 3;
    case 'approx':
    case 'nearly':
    case 'between':
      return 2;
    default:
      return 1;
  }
}

export const NUMBER_HOOKS = {
  amount: true,
  specificity,
  valueKey: (fact: { value: NumberValue }) => numberKey(fact.value),
  difference: compareNumbers,
  describe: describeNumber,
  isVague: (value: NumberValue) => value.vague,
  looseness,
  distance,
} as const;

import type { ChangeAspect, NumberValue, Qualifier } from '../types.js';
import { describeMeasure, formatNumber } from './units.js';

export interface Difference {
  aspects: ChangeAspect[];
}

/**
 * How a source's number differs from the reference, or null when it states the same thing. Amounts agree
 * within the precision the less precise one states, so "190 miles" = "306 km" but "10,000" ≠ "12,000".
 */
export function compareNumbers(reference: NumberValue, other: NumberValue): Difference | null {
  if (reference.unit !== other.unit) return { aspects: ['unit'] };
  const aspects: ChangeAspect[] = [];
  // A converted value ("29,650 acres" for "12,000 hectares") may round at the precision the whole number implies.
  const converted = reference.statedUnit !== other.statedUnit;
  const tolerance = converted
    ? Math.max(reference.roundedTolerance, other.roundedTolerance, 1e-9)
    : Math.max(reference.tolerance, other.tolerance, 1e-9);
  const close = (a: number | undefined, b: number | undefined) =>
    a === undefined || b === undefined ? a === b : Math.abs(a - b) <= tolerance + 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  // "thousands" against "more than 10,000": vaguer, and a vague amount has no qualifier worth comparing.
  if (reference.vague !== other.vague) return { aspects: ['precision'] };
  if (!close(reference.amount, other.amount) || !close(reference.upper, other.upper)) aspects.push('value');
  if (reference.qualifier !== other.qualifier) aspects.push('qualifier');
  return aspects.length ? { aspects } : null;
}

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '', above: 'more than ', atLeast: 'at least ', upTo: 'up to ', below: 'less than ', approx: 'about ',
  nearly: 'nearly ', between: '', tally: '',
};

/** A normalised reading of a number: "more than 10,000", "up to 306 km", "$4.5 billion", "15%". */
// Vague amounts are read back as words: "thousands", not a made-up "1,000".
const VAGUE_WORDS: Record<number, string> = {
  12: 'dozens', 20: 'scores', 1e2: 'hundreds', 1e3: 'thousands', 1e4: 'tens of thousands', 1e5: 'hundreds of thousands',
  1e6: 'millions', 1e7: 'tens of millions', 1e8: 'hundreds of millions', 1e9: 'billions', 1e10: 'tens of billions',
  1e11: 'hundreds of billions', 1e12: 'trillions',
};

export function describeNumber(value: NumberValue): string {
  const vague = value.vague ? VAGUE_WORDS[value.amount] : undefined;
  if (vague) {
    if (value.unit === '') return `${QUALIFIER_WORDS[value.qualifier]}${vague}`;
    return `${QUALIFIER_WORDS[value.qualifier]}${vague} (${value.unit})`;
  }
  const amount = (n: number) => {
    if (value.unit === '' ) return formatNumber(n);
    if (value.unit === '%' || value.unit === 'pp') return `${formatNumber(n)}${value.unit === '%' ? '%' : ' points'}`;
    if (/^[A-Z]{3}$/.test(value.unit)) return `${value.unit} ${formatNumber(n)}`;
    return describeMeasure(n, value.unit);
  };
  if (value.qualifier === 'tally') return `${formatNumber(value.amount)}-${formatNumber(value.upper ?? 0)}`;
  const core = value.upper !== undefined ? `${amount(value.amount)}–${amount(value.upper)}` : amount(value.amount);
  return `${QUALIFIER_WORDS[value.qualifier]}${core}`;
}

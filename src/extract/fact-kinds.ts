import type { ChangeAspect, Fact, FactValue } from '../types.js';
import { compareNumbers, describeNumber } from './kinds/number.js';
import { compareDates, describeDate } from './kinds/date.js';
import { compareDurations, describeDuration } from './kinds/duration.js';
import { sameWording } from './quotes/spans.js';
import { differentRoles } from './people/names.js';

/**
 * What differs between a source's value and the reference, or null when the source states the same fact.
 * Each kind decides by its own rules; this only dispatches.
 */
export function differenceOf(reference: Fact, other: Fact): ChangeAspect[] | null {
  const a = reference.value;
  const b = other.value;
  if (a.type === 'number' && b.type === 'number') return compareNumbers(a, b)?.aspects ?? null;
  if (a.type === 'date' && b.type === 'date') {
    const verdict = compareDates(a, b);
    // Two different days cannot both be the day it happened.
    return verdict === 'same' ? null : verdict === 'lessPrecise' ? ['precision'] : ['value', 'contradiction'];
  }
  if (a.type === 'duration' && b.type === 'duration') return compareDurations(a, b);
  if (a.type === 'quote' && b.type === 'quote') {
    const aspects: ChangeAspect[] = [];
    if (a.speaker && b.speaker && a.speaker !== b.speaker) aspects.push('speaker');
    if (!sameWording(a.words, b.words)) aspects.push('wording');
    return aspects.length ? aspects : null;
  }
  if (a.type === 'person' && b.type === 'person') {
    if (a.name !== b.name) return ['value'];
    return differentRoles(a.role, b.role) ? ['role'] : null;
  }
  return ['value'];
}

/** A normalised reading of a value, independent of any one source's wording. */
export function describeValue(value: FactValue): string {
  switch (value.type) {
    case 'number': return describeNumber(value);
    case 'date': return describeDate(value);
    case 'duration': return describeDuration(value);
    case 'quote': return value.words;
    case 'person': return value.role ? `${value.role} ${value.name}` : value.name;
  }
}

/**
 * Which facts may align: numbers only with numbers of the same kind and dimension (km never with kg); a
 * person only with the same person.
 */
export function alignmentBucket(fact: Fact): string {
  const value = fact.value;
  if (value.type === 'person') return `person:${value.name}`;
  if (value.type === 'number') {
    if (fact.kind === 'quantity') return `quantity:${value.unit}`;
    if (fact.kind === 'percent') return 'percent';
    return fact.kind;
  }
  return fact.kind;
}

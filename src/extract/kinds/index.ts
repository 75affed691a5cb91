// The fact kinds, in order: the one list of them. The order is the precedence of extraction: dates are
// found first (their digits are no count), then each number mention is offered to the number kinds in
// turn ("15%" is a percent before it could be a count), and each source's people and quotes last. A new
// kind is one module implementing FactKindSpec (kind.ts) and one line here; the compiler then points at
// its value type in FactValueOf (types.ts), and tests at the schema's enums and the README's list.
import type { ChangeAspect, Fact, FactKind } from '../../types.js';
import type { FactKindSpec } from './kind.js';
import { date } from './date.js';
import { percent } from './percent.js';
import { money } from './money.js';
import { quantity } from './quantity.js';
import { duration } from './duration.js';
import { count } from './count.js';
import { person } from './person.js';
import { quote } from './quote.js';

const REGISTRY = [
  date,
  percent,
  money,
  quantity,
  duration,
  count,
  person,
  quote,
] as const satisfies readonly FactKindSpec[];

/** Every fact kind, in order of precedence. */
export const KINDS: readonly FactKindSpec[] = REGISTRY;

type Registered = (typeof REGISTRY)[number]['kind'];
/** A kind of FactValueOf missing from KINDS fails to compile here (and one in KINDS missing there, above). */
const EVERY_KIND_REGISTERED: [FactKind] extends [Registered] ? true : never = true;
void EVERY_KIND_REGISTERED;

const BY_KIND = new Map<FactKind, FactKindSpec>(KINDS.map((spec) => [spec.kind, spec]));

/** The spec of a kind. */
export function kindSpec(kind: FactKind): FactKindSpec {
  return BY_KIND.get(kind)!;
}

/**
 * What differs between a source's fact and the reference, or null when the source states the same fact.
 * Facts are compared only within their kind (they align only within a bucket, see FactKindSpec.bucket).
 */
export function differenceOf(reference: Fact, other: Fact): ChangeAspect[] | null {
  if (reference.kind !== other.kind) return ['value'];
  return kindSpec(reference.kind).difference(reference.value, other.value);
}

/** A normalised reading of a fact's value, independent of any one source's wording. */
export function describeFact(fact: Fact): string {
  return kindSpec(fact.kind).describe(fact.value);
}

/** The key a fact joins others of the same value by (FactKindSpec.valueKey), or undefined. */
export function valueKeyOf(fact: Fact): string | undefined {
  return kindSpec(fact.kind).valueKey?.(fact);
}

/** The keys of a value common in one story (FactKindSpec.commonValueKeys). */
export function commonValueKeysOf(fact: Fact): readonly string[] {
  return kindSpec(fact.kind).commonValueKeys?.(fact) ?? [];
}

/** The key of what a fact is about (FactKindSpec.subjectKey), or undefined. */
export function subjectKeyOf(fact: Fact): string | undefined {
  return kindSpec(fact.kind).subjectKey?.(fact);
}

/** The bucket a fact aligns within: facts of different buckets are never one fact. */
export function bucketOf(fact: Fact): string {
  return kindSpec(fact.kind).bucket?.(fact) ?? fact.kind;
}

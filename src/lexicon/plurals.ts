// Plural nouns that do not end in "s": "37 people", "200 children", "1.5m police". One list for every
// place that asks whether a word after a number is the thing counted (a count's noun, "m" as million
// before a counted noun rather than metres).
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  'people',
  'children',
  'men',
  'women',
  'staff',
  'personnel',
  'police',
  'cattle',
  'livestock',
  'militia',
  'crew',
  'aircraft',
  'sheep',
  'fish',
  'deer',
  'offspring',
]);

/** A plural noun: an irregular one, or one ending in a single "s" ("troops", not "gas", "famous", "crisis"). */
export function looksPlural(lower: string): boolean {
  return IRREGULAR_PLURALS.has(lower) || (/[^s]s$/.test(lower) && !/(ous|ss|is|us)$/.test(lower));
}

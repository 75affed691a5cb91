// How serious a change is, from what changed (its aspects): the one place that decides it, so the terminal,
// the findings and `--fail-on` agree.
import type { ChangeAspect, Severity } from '../types.js';

/**
 * Aspects that leave both statements true together: "about 60,000 km" and "60,000 km", "January" and "January
 * 31", a quote and the same statement in indirect speech ("rescuers would not stop until they reached every
 * family").
 */
const COMPATIBLE: ReadonlySet<ChangeAspect> = new Set(['precision', 'qualifier', 'indirect']);

/**
 * `contradiction` when both cannot be true ("37" against "45", "rose" against "fell"); `nuance` when only a
 * compatible qualifier or precision differs ("some 60,000km" against "60,000km", "at least seven" against
 * "seven", a quote in indirect speech); otherwise `changed` (a reworded quote, another speaker, another unit).
 */
export function severityOf(aspects: readonly ChangeAspect[]): Severity {
  if (aspects.includes('contradiction') || aspects.includes('direction')) return 'contradiction';
  return aspects.every((a) => COMPATIBLE.has(a)) ? 'nuance' : 'changed';
}

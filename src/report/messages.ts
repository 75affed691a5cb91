// The words of the report, made in one place: the compare stage emits codes (aspects) and data (the two
// values, the two speakers or offices), and these functions turn them into what a reader sees.
import type { ChangeAspect, ComparedFact, SourceVerdict } from '../types.js';

const ASPECT_WORDS: Record<ChangeAspect, string> = {
  value: 'value', qualifier: 'qualifier', unit: 'unit', precision: 'precision', wording: 'reworded',
  speaker: 'speaker', relation: 'relation', contradiction: 'contradiction', indirect: 'indirect', role: 'role', direction: 'direction',
};

/** The aspects of a change as words: "value, contradiction", "speaker, reworded". */
export function aspectWords(aspects: readonly ChangeAspect[]): string {
  return aspects.map((a) => ASPECT_WORDS[a]).join(', ');
}

/**
 * What changed, beyond the words themselves: "attributed to Tom Berg instead of Ellen Hale" for a quote
 * given to someone else, `"Defence Minister" instead of "Foreign Minister"` for another office; undefined
 * when the word diff of the two values shows it all.
 */
export function whoChanged(verdict: SourceVerdict): string | undefined {
  if (verdict.speaker) return `attributed to ${verdict.speaker.source} instead of ${verdict.speaker.reference}`;
  if (verdict.role) return `"${verdict.role.source}" instead of "${verdict.role.reference}"`;
  return undefined;
}

/** The one-line description of an altered verdict (`SourceVerdict.change`): its aspects, then what changed. */
export function describeChange(fact: Pick<ComparedFact, 'value'>, verdict: SourceVerdict): string {
  const aspects = verdict.aspects ?? [];
  const what = aspectWords(aspects);
  if (aspects.length === 1 && aspects[0] === 'indirect') return `${what}: reported without quotation marks`;
  return `${what}: ${whoChanged(verdict) ?? `"${verdict.value ?? ''}" instead of "${fact.value}"`}`;
}

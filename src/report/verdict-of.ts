// A source's verdict on a fact, read from a report that lists only the sources stating it.
import type { ComparedFact, SourceVerdict } from '../types.js';
import { ownValue } from '../text/records.js';

const OMITTED: SourceVerdict = Object.freeze({ status: 'omitted' });

/**
 * A source's verdict on a fact. A report lists only the sources that state a fact (included or altered):
 * any other source omits it. An archive of 20,000 articles would otherwise repeat "omitted" 20,000 times
 * for each of its facts.
 */
export function verdictOf(fact: ComparedFact, source: string): SourceVerdict {
  return ownValue(fact.sources, source) ?? OMITTED;
}

// Cluster stage: SegmentedSource[] → ClusterResult. Pure. Picks the exact method (exact.ts) or, for runs
// whose candidate pairs would pass PAIR_BUDGET, the incremental one (incremental.ts).
import type { SegmentedSource } from '../types.js';
import type { SentenceRef } from '../types.js';
import { similarityModel } from './similarity.js';
import { clusterIncrementally } from './incremental.js';
import { clusterExactly } from './exact.js';
import type { ClusterResult } from './result.js';

export type { ClusterResult } from './result.js';
export { clusterIndex, inIdOrder } from './result.js';

export interface ClusterOptions {
  /** Score two sentences need to be taken as saying the same thing (0..1). */
  threshold?: number;
  /**
   * `exact` scores every pair of sentences that share a rarer word and joins them by average linkage;
   * `incremental` (for runs too large for that) takes the sources one by one and matches each sentence
   * against a few members of the most similar clusters so far. By default a run uses `exact` unless its
   * candidate pairs would exceed PAIR_BUDGET.
   */
  method?: 'exact' | 'incremental';
  /** Called as the incremental method finishes each source: how many of how many are done. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Candidate pairs beyond which a run is clustered incrementally. About two seconds of scoring on a
 * 2-core machine, and some 200 MB of pair scores: a story in 100 versions, or 150 unrelated articles,
 * stays below it.
 */
export const PAIR_BUDGET = 2_000_000;

export const DEFAULT_THRESHOLD = 0.2;
/** Words in more than this share of all sentences do not propose candidate pairs (they still score). */
const CANDIDATE_MAX_SHARE = 0.1;
/** ...unless the run is so small that every word is in a tenth of it. */
const CANDIDATE_MIN_DF = 20;

/**
 * Cluster stage: group sentences of different sources that state the same thing, at most one sentence per
 * source per cluster. Candidates come from an inverted index of content words (never all pairs); pairs are
 * joined strongest first, a sentence joining a cluster only when it resembles the cluster as a whole.
 */
export function clusterSentences(sources: SegmentedSource[], options: ClusterOptions = {}): ClusterResult {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const model = similarityModel(sources.map((s) => s.sentences));
  const { all, profiles } = model;
  // Sentence ids run through the sources in order: a source's first id plus the sentence index.
  const firstId = new Map<string, number>();
  profiles.forEach((list, i) => {
    firstId.set(sources[i]!.id, list[0]?.id ?? 0);
  });
  const profileOf = (ref: SentenceRef) => {
    const first = firstId.get(ref.source);
    return first === undefined ? undefined : all[first + ref.sentence];
  };
  const maxDf = maxDfOf(all.length);
  const method = options.method ?? clusterMethodFor(model.df, all.length);
  if (method === 'incremental') return clusterIncrementally(sources, model, threshold, profileOf, options.onProgress);

  return clusterExactly(sources, model, threshold, profileOf, maxDf);
}

const maxDfOf = (sentences: number) => Math.max(CANDIDATE_MIN_DF, Math.ceil(sentences * CANDIDATE_MAX_SHARE));

/**
 * The method for a run, from how many candidate pairs the inverted index would propose: each word below the
 * share limit pairs every two sentences that hold it. Worked out from the word counts alone (`df`: in how
 * many sentences each word is), before any pair is made.
 */
export function clusterMethodFor(df: ReadonlyMap<string, number>, sentences: number): 'exact' | 'incremental' {
  const maxDf = maxDfOf(sentences);
  let pairs = 0;
  for (const count of df.values()) if (count <= maxDf) pairs += (count * (count - 1)) / 2;
  return pairs > PAIR_BUDGET ? 'incremental' : 'exact';
}

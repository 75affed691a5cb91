// What the cluster stage hands on: the clusters, each sentence's nearest score, and the sentence
// similarity the compare stage aligns facts by. Both methods (exact.ts, incremental.ts) build it.
import type { Cluster, SentenceRef } from '../types.js';
import { compareCodeUnits } from '../text/order.js';
import { listIn } from '../text/maps.js';

export interface ClusterResult {
  clusters: Cluster[];
  /** For each source, each sentence's best match score against any other source: how far from unique it is. */
  nearest: Record<string, number[]>;
  /** The score of two sentences of different sources (0 when they share no rarer word); for fact alignment. */
  similarity: (a: SentenceRef, b: SentenceRef) => number;
  /** The sentences of other sources with a score against this one: candidates for fact alignment at scale. */
  neighbours: (ref: SentenceRef) => Array<[source: string, sentence: number, score: number]>;
}

/** Cluster ids in story order of their first member: c001, c002 ... */
export const clusterId = (k: number) => `c${String(k + 1).padStart(3, '0')}`;

/**
 * The cluster a sentence belongs to, looked up by source id and sentence index without building a string key
 * per call: the compare stage asks for every pair of facts.
 */
export function clusterIndex(clusters: readonly Cluster[]): (source: string, sentence: number) => Cluster | undefined {
  const bySource = new Map<string, Array<Cluster | undefined>>();
  for (const cluster of clusters) {
    for (const m of cluster.members) listIn(bySource, m.source)[m.sentence] = cluster;
  }
  return (source, sentence) => bySource.get(source)?.[sentence];
}

/**
 * The clusters as the report lists them: members by source id and sentence, clusters by their first member,
 * numbered in that order. The stages work through the sources in content order (text/order.ts), the report
 * lists them by id.
 */
export function inIdOrder(clusters: readonly Cluster[]): Cluster[] {
  const byRef = (a: SentenceRef, b: SentenceRef) => compareCodeUnits(a.source, b.source) || a.sentence - b.sentence;
  return clusters
    .map((c) => [...c.members].sort(byRef))
    .sort((a, b) => byRef(a[0]!, b[0]!))
    .map((members, k) => ({ id: clusterId(k), members }));
}

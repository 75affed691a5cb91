import type { Cluster, SegmentedSource } from './types.js';
import { groupOnePerSource } from './one-per-source.js';
import { type Profile, type SimilarityModel, similarityModel } from './sentence-similarity.js';
import { clusterId, clusterIncrementally } from './cluster-incremental.js';

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

export interface ClusterResult {
  clusters: Cluster[];
  /** For each source, each sentence's best match score against any other source: how far from unique it is. */
  nearest: Record<string, number[]>;
  /** The score of two sentences of different sources (0 when they share no rarer word); for fact alignment. */
  similarity: (a: SentenceRef, b: SentenceRef) => number;
  /** The sentences of other sources with a score against this one: candidates for fact alignment at scale. */
  neighbours: (ref: SentenceRef) => Array<[source: string, sentence: number, score: number]>;
}

export interface SentenceRef {
  source: string;
  sentence: number;
}

/**
 * A pair whose neighbours also match is more likely a real match. The bonus scales the pair's own score
 * rather than adding to it, so a sentence invented in the slot of a dropped one does not match merely
 * because its neighbours do.
 */
const NEIGHBOUR_WEIGHT = 0.5;
export const DEFAULT_THRESHOLD = 0.2;
/** Words in more than this share of all sentences do not propose candidate pairs (they still score). */
const CANDIDATE_MAX_SHARE = 0.1;
/** ...unless the run is so small that every word is in a tenth of it. */
const CANDIDATE_MIN_DF = 20;

/** Pair scores by sentence ids (lower id first): scores.get(a)?.get(b). */
type Scores = Map<number, Map<number, number>>;

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
  profiles.forEach((list, i) => firstId.set(sources[i]!.id, list[0]?.id ?? 0));
  const profileOf = (ref: SentenceRef) => {
    const first = firstId.get(ref.source);
    return first === undefined ? undefined : all[first + ref.sentence];
  };
  const maxDf = maxDfOf(all.length);
  const method = options.method ?? clusterMethodFor(model.df, all.length);
  if (method === 'incremental') return clusterIncrementally(sources, model, threshold, profileOf, options.onProgress);

  const scores = withNeighbours(baseScores(model, maxDf), all);
  const nearest: Record<string, number[]> = {};
  for (const [i, source] of sources.entries()) nearest[source.id] = profiles[i]!.map(() => 0);
  const edges: Array<[number, number, number]> = [];
  for (const [a, row] of scores) for (const [b, score] of row) {
    edges.push([a, b, score]);
    for (const p of [all[a]!, all[b]!]) nearest[p.ref.source]![p.ref.sentence] = Math.max(nearest[p.ref.source]![p.ref.sentence]!, score);
  }
  const groups = groupOnePerSource(all.map((p) => p.ref.source), edges, threshold,
    { pairScore: (a, b) => (a < b ? scores.get(a)?.get(b) : scores.get(b)?.get(a)) ?? 0 });
  let adjacency: Array<Array<[string, number, number]>> | undefined;
  return {
    clusters: groups.map((group, k) => ({ id: clusterId(k), members: group.map((i) => all[i]!.ref) })),
    nearest,
    similarity: (a, b) => {
      const x = profileOf(a)?.id;
      const y = profileOf(b)?.id;
      if (x === undefined || y === undefined) return 0;
      return (x < y ? scores.get(x)?.get(y) : scores.get(y)?.get(x)) ?? 0;
    },
    neighbours: (ref) => {
      // Built on first use only: small runs score every pair of facts and never ask.
      adjacency ??= neighbourLists(scores, all);
      const id = profileOf(ref)?.id;
      return id === undefined ? [] : adjacency[id] ?? [];
    },
  };
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

/** Each sentence's scored partners, both ways. */
function neighbourLists(scores: Scores, all: Profile[]): Array<Array<[string, number, number]>> {
  const lists: Array<Array<[string, number, number]>> = all.map(() => []);
  for (const [a, row] of scores) {
    for (const [b, score] of row) {
      lists[a]!.push([all[b]!.ref.source, all[b]!.ref.sentence, score]);
      lists[b]!.push([all[a]!.ref.source, all[a]!.ref.sentence, score]);
    }
  }
  return lists;
}

/**
 * Scores for pairs of sentences of different sources. Candidates come from an inverted index of the
 * rarer content words only (a word in most sentences of the run, like "Ukraine" in a Ukraine story, would
 * pair everything with everything); each candidate is then scored exactly on all its words.
 */
function baseScores(model: SimilarityModel, maxDf: number): Scores {
  const { all, df, score } = model;
  const index = new Map<string, Profile[]>();
  for (const p of all) for (const key of p.keys.keys()) {
    if (df.get(key)! > maxDf) continue;
    let list = index.get(key);
    if (!list) index.set(key, (list = []));
    list.push(p);
  }
  const candidates = new Map<number, Set<number>>();
  for (const list of index.values()) {
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!;
      const b = list[j]!;
      if (a.ref.source === b.ref.source) continue;
      let row = candidates.get(a.id);
      if (!row) candidates.set(a.id, (row = new Set()));
      row.add(b.id);
    }
  }
  const scores: Scores = new Map();
  for (const [x, row] of candidates) {
    const out = new Map<number, number>();
    scores.set(x, out);
    const a = all[x]!;
    for (const y of row) out.set(y, score(a, all[y]!));
  }
  return scores;
}


function withNeighbours(base: Scores, all: Profile[]): Scores {
  // Neighbours in the same sources: sentence ids are consecutive within a source.
  const neighbour = (a: number, b: number, d: number) => {
    const x = a + d;
    const y = b + d;
    if (all[x]?.ref.source !== all[a]!.ref.source || all[y]?.ref.source !== all[b]!.ref.source) return 0;
    return base.get(x)?.get(y) ?? 0;
  };
  const scores: Scores = new Map();
  for (const [a, row] of base) {
    const out = new Map<number, number>();
    scores.set(a, out);
    for (const [b, score] of row) {
      out.set(b, Math.min(1, score * (1 + NEIGHBOUR_WEIGHT * Math.max(neighbour(a, b, -1), neighbour(a, b, 1)))));
    }
  }
  return scores;
}

/**
 * The cluster a sentence belongs to, looked up by source id and sentence index without building a string key
 * per call: the compare stage asks for every pair of facts.
 */
export function clusterIndex(clusters: readonly Cluster[]): (source: string, sentence: number) => Cluster | undefined {
  const bySource = new Map<string, Array<Cluster | undefined>>();
  for (const cluster of clusters) {
    for (const m of cluster.members) {
      let list = bySource.get(m.source);
      if (!list) bySource.set(m.source, (list = []));
      list[m.sentence] = cluster;
    }
  }
  return (source, sentence) => bySource.get(source)?.[sentence];
}

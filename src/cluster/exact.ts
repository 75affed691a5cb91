// The exact clustering method: every pair of sentences that share a rarer word is scored, the score raised
// when the sentences before or after also match, and pairs joined strongest first (average linkage).
import type { SegmentedSource, SentenceRef } from '../types.js';
import { groupOnePerSource } from '../grouping/one-per-source.js';
import type { Profile, SimilarityModel } from './similarity.js';
import { type ClusterResult, clusterId } from './result.js';
import { emptyRecord } from '../text/records.js';
import { listIn } from '../text/maps.js';

/**
 * A pair whose adjacent sentences (before and after, in each source) also match is more likely a real match.
 * The bonus scales the pair's own score rather than adding to it, so a sentence invented in the slot of a
 * dropped one does not match merely because the sentences around it do.
 */
const ADJACENT_WEIGHT = 0.5;

/** Pair scores by sentence ids (lower id first): scores.get(a)?.get(b). */
type Scores = Map<number, Map<number, number>>;

/** The exact method on a run's similarity model; `profileOf` finds a sentence's profile by source and index. */
export function clusterExactly(
  sources: readonly SegmentedSource[],
  model: SimilarityModel,
  threshold: number,
  profileOf: (ref: SentenceRef) => Profile | undefined,
  maxDf: number,
): ClusterResult {
  const { all, profiles } = model;
  const scores = withAdjacent(baseScores(model, maxDf), all);
  const nearest = emptyRecord<number[]>();
  for (const [i, source] of sources.entries()) nearest[source.id] = profiles[i]!.map(() => 0);
  const edges: Array<[number, number, number]> = [];
  for (const [a, row] of scores)
    for (const [b, score] of row) {
      edges.push([a, b, score]);
      for (const p of [all[a]!, all[b]!])
        nearest[p.ref.source]![p.ref.sentence] = Math.max(nearest[p.ref.source]![p.ref.sentence]!, score);
    }
  const groups = groupOnePerSource(
    all.map((p) => p.ref.source),
    edges,
    threshold,
    { pairScore: (a, b) => (a < b ? scores.get(a)?.get(b) : scores.get(b)?.get(a)) ?? 0 },
  );
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
      return id === undefined ? [] : (adjacency[id] ?? []);
    },
  };
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
  for (const p of all)
    for (const key of p.keys.keys()) {
      if (df.get(key)! > maxDf) continue;
      listIn(index, key).push(p);
    }
  const candidates = new Map<number, Set<number>>();
  for (const list of index.values()) {
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
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

/** Scores raised by the better match of the sentences before and after each pair. */
function withAdjacent(base: Scores, all: Profile[]): Scores {
  // Adjacent sentences in the same sources: sentence ids are consecutive within a source.
  const adjacent = (a: number, b: number, d: number) => {
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
      out.set(b, Math.min(1, score * (1 + ADJACENT_WEIGHT * Math.max(adjacent(a, b, -1), adjacent(a, b, 1)))));
    }
  }
  return scores;
}

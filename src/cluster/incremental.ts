// Sentence clustering for runs too large to score every candidate pair: hundreds of versions of one story
// (each sentence has a counterpart in every version, so pairs grow with the square of the versions) or an
// archive of thousands of articles. The sources are taken one by one in id order; each sentence is matched
// against a few members (the representatives) of the few clusters so far that share its rarer words, and
// joins the best one whose representatives it resembles on average, one sentence per source per cluster.
// The work per sentence is bounded, so the stage grows linearly with the run.
import type { SegmentedSource, SentenceRef } from '../types.js';
import { type ClusterResult, clusterId } from './result.js';
import { type Profile, type SimilarityModel, isNumberKey } from './similarity.js';
import { emptyRecord } from '../text/records.js';

/** Members a sentence is scored against in each candidate cluster: its first ones, in source order. */
const REPRESENTATIVES = 4;
/** Clusters a sentence is scored against: those sharing the most weight of its words. */
const CANDIDATE_CLUSTERS = 6;
/**
 * A word held by more clusters than this proposes none of them: it is too common to point at one
 * statement ("council" in a newsroom archive). It still counts in the scores.
 */
const MAX_POSTINGS = 64;

interface Group {
  members: Profile[];
  /** The first members, whose content keys are indexed in `postings`. */
  representatives: Profile[];
}

/**
 * Neighbours scoring less are left out of the lists: they are kept for every sentence of an archive, and
 * fact alignment gives no weight to a sentence match this weak (see SENTENCE_FLOOR in compare/candidates.ts).
 */
const NEIGHBOUR_FLOOR = 0.05;

/** The incremental method: sources one by one, each sentence matched against its likeliest clusters so far. */
export function clusterIncrementally(
  sources: readonly SegmentedSource[],
  model: SimilarityModel,
  threshold: number,
  profileOf: (ref: SentenceRef) => Profile | undefined,
  onProgress?: (done: number, total: number) => void,
): ClusterResult {
  const run = new IncrementalRun(model);
  sources.forEach((source, s) => {
    run.addSource(source.id, model.profiles[s]!, threshold);
    onProgress?.(s + 1, sources.length);
  });
  return run.result(profileOf);
}

/**
 * The state of one incremental run: the clusters so far, an index of their representatives' words, and the
 * scratch space of a look-up (reused: a run looks up every sentence of an archive).
 */
class IncrementalRun {
  private readonly groups: Group[] = [];
  private readonly postings = new Map<string, number[]>();
  /** Sentences with the very same words (numbers aside) are found even when every word is common. */
  private readonly bySignature = new Map<string, number>();
  private readonly nearest = emptyRecord<number[]>();
  /**
   * Shared word weight per cluster while one sentence is looked up: an array indexed by cluster (there are
   * never more clusters than sentences) and the clusters touched, reset after each look-up. A map per
   * look-up was the clustering stage's largest cost on an archive.
   */
  private readonly weights: Float64Array;
  private readonly touched: number[] = [];
  private readonly signatures: Array<string | undefined> = [];

  constructor(private readonly model: SimilarityModel) {
    this.weights = new Float64Array(model.all.length + 1);
  }

  /** One source's sentences: each joins its best cluster so far (one per cluster) or founds its own. */
  addSource(id: string, list: readonly Profile[], threshold: number): void {
    this.nearest[id] = list.map(() => 0);
    const proposals: Array<[value: number, sentence: number, group: number]> = [];
    for (const p of list) {
      for (const g of this.candidatesOf(p)) {
        const value = this.averageScore(p, g);
        if (value >= threshold) proposals.push([value, p.ref.sentence, g]);
      }
    }
    // Best matches first, one sentence of this source per cluster and one cluster per sentence.
    proposals.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
    const taken = new Set<number>();
    const placed = new Set<number>();
    for (const [, sentence, g] of proposals) {
      if (taken.has(g) || placed.has(sentence)) continue;
      taken.add(g);
      placed.add(sentence);
      const group = this.groups[g]!;
      group.members.push(list[sentence]!);
      if (group.representatives.length < REPRESENTATIVES) this.addRepresentative(g, list[sentence]!);
    }
    for (const p of list) {
      if (placed.has(p.ref.sentence)) continue;
      this.groups.push({ members: [p], representatives: [] });
      this.addRepresentative(this.groups.length - 1, p);
      const key = this.signatureOf(p);
      if (key && !this.bySignature.has(key)) this.bySignature.set(key, this.groups.length - 1);
    }
  }

  /** What the compare stage needs: clusters, nearest scores, and sentence scores worked out on demand. */
  result(profileOf: (ref: SentenceRef) => Profile | undefined): ClusterResult {
    const { score } = this.model;
    const neighbourCache = new Map<number, Array<[string, number, number]>>();
    return {
      clusters: this.groups.map((group, k) => ({ id: clusterId(k), members: group.members.map((p) => p.ref) })),
      nearest: this.nearest,
      // Scored on demand: keeping every pair's score is what the exact method cannot afford at this size.
      similarity: (a, b) => {
        const x = profileOf(a);
        const y = profileOf(b);
        return x && y && x.ref.source !== y.ref.source ? score(x, y) : 0;
      },
      neighbours: (ref) => {
        const p = profileOf(ref);
        if (!p) return [];
        // Asked once per fact, and a sentence may state several.
        const known = neighbourCache.get(p.id);
        if (known) return known;
        const found = this.similarOf(p);
        neighbourCache.set(p.id, found);
        return found;
      },
    };
  }

  /** The representatives of other sources in the clusters likeliest for `p`, with their scores. */
  private similarOf(p: Profile): Array<[string, number, number]> {
    const found: Array<[string, number, number]> = [];
    for (const g of this.candidatesOf(p)) {
      for (const rep of this.groups[g]!.representatives) {
        if (rep.ref.source === p.ref.source) continue;
        const value = this.model.score(p, rep);
        if (value >= NEIGHBOUR_FLOOR) found.push([rep.ref.source, rep.ref.sentence, value]);
      }
    }
    return found;
  }

  private addRepresentative(g: number, p: Profile): void {
    const group = this.groups[g]!;
    for (const key of p.keys.keys()) {
      // Each key once per cluster, looked up in the (at most three) earlier representatives rather than in
      // a set per cluster: an archive has hundreds of thousands of clusters of one.
      if (group.representatives.some((rep) => rep.keys.has(key))) continue;
      const list = this.postings.get(key);
      if (list) list.push(g);
      else this.postings.set(key, [g]);
    }
    group.representatives.push(p);
  }

  /** The clusters worth scoring for `p`, most shared word weight first (then the older cluster). */
  private candidatesOf(p: Profile): number[] {
    const { weights, touched } = this;
    for (const key of p.keys.keys()) {
      const holders = this.postings.get(key);
      if (!holders || holders.length > MAX_POSTINGS) continue;
      const w = this.model.weightOf(key);
      for (const g of holders) {
        if (weights[g] === 0) touched.push(g);
        weights[g] = weights[g]! + w;
      }
    }
    const same = this.bySignature.get(this.signatureOf(p));
    if (same !== undefined) {
      if (weights[same] === 0) touched.push(same);
      weights[same] = Infinity;
    }
    const best = topClusters(touched, weights);
    for (const g of touched) weights[g] = 0;
    touched.length = 0;
    return best;
  }

  /** The average score of `p` against a cluster's representatives; every pair counts for their nearest. */
  private averageScore(p: Profile, g: number): number {
    const reps = this.groups[g]!.representatives;
    let total = 0;
    for (const rep of reps) {
      const value = this.model.score(p, rep);
      this.noteNearest(p, value);
      this.noteNearest(rep, value);
      total += value;
    }
    return total / reps.length;
  }

  private noteNearest(p: Profile, value: number): void {
    const list = this.nearest[p.ref.source]!;
    if (value > list[p.ref.sentence]!) list[p.ref.sentence] = value;
  }

  private signatureOf(p: Profile): string {
    return (this.signatures[p.id] ??= signature(p));
  }
}

/** The CANDIDATE_CLUSTERS clusters of most weight (the older first on a tie), by partial insertion. */
function topClusters(touched: readonly number[], weights: Float64Array): number[] {
  const best: number[] = [];
  const before = (g: number, h: number) => weights[g]! > weights[h]! || (weights[g] === weights[h] && g < h);
  for (const g of touched) {
    if (best.length === CANDIDATE_CLUSTERS && !before(g, best[best.length - 1]!)) continue;
    let at = best.length;
    while (at > 0 && before(g, best[at - 1]!)) at--;
    best.splice(at, 0, g);
    if (best.length > CANDIDATE_CLUSTERS) best.pop();
  }
  return best;
}

/** A sentence's content words without its numbers, in a fixed order: equal for two copies of one sentence. */
function signature(p: Profile): string {
  return [...p.keys.keys()]
    .filter((key) => !isNumberKey(key))
    .sort()
    .join(' ');
}

import type { Cluster, SegmentedSource, Sentence } from './types.js';
import { contentKeys } from './text/words.js';
import { foldPunctuation } from './text/normalize.js';
import { groupOnePerSource } from './one-per-source.js';
import { diceOfSets } from './text/sets.js';

export interface ClusterOptions {
  /** Score two sentences need to be taken as saying the same thing (0..1). */
  threshold?: number;
}

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

// Weights of the evidence that two sentences state the same thing. Lexical overlap of content words
// (IDF-weighted, synonyms folded) carries most of it; shared anchors (numbers, quoted words) are rarer and
// stronger; a similar position in the article adds up to POSITION_WEIGHT × twice the lexical score, so it
// breaks ties between look-alike sentences (rewrites keep the story's order) without matching strangers.
const LEXICAL_WEIGHT = 0.6;
const ANCHOR_WEIGHT = 0.25;
const POSITION_WEIGHT = 0.15;
/**
 * A pair whose neighbours also match is more likely a real match. The bonus scales the pair's own score
 * rather than adding to it, so a sentence invented in the slot of a dropped one does not match merely
 * because its neighbours do.
 */
const NEIGHBOUR_WEIGHT = 0.5;
/** Relative positions further apart than this get no position credit. */
const POSITION_SPAN = 0.3;
export const DEFAULT_THRESHOLD = 0.2;
/** Words in more than this share of all sentences do not propose candidate pairs (they still score). */
const CANDIDATE_MAX_SHARE = 0.1;
/** ...unless the run is so small that every word is in a tenth of it. */
const CANDIDATE_MIN_DF = 20;

interface Profile {
  /** Position among all sentences of the run (sources in id order). */
  id: number;
  ref: SentenceRef;
  keys: Map<string, number>;
  anchors: Set<string>;
  position: number;
}

/** Pair scores by sentence ids (lower id first): scores.get(a)?.get(b). */
type Scores = Map<number, Map<number, number>>;

/**
 * Cluster stage: group sentences of different sources that state the same thing, at most one sentence per
 * source per cluster. Candidates come from an inverted index of content words (never all pairs); pairs are
 * joined strongest first, a sentence joining a cluster only when it resembles the cluster as a whole.
 */
export function clusterSentences(sources: SegmentedSource[], options: ClusterOptions = {}): ClusterResult {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  let next = 0;
  const profiles = sources.map((source) => source.sentences.map((s) => profile(next++, s, source.sentences.length)));
  const all = profiles.flat();
  // Sentence ids run through the sources in order: a source's first id plus the sentence index.
  const firstId = new Map<string, number>();
  profiles.forEach((list, i) => firstId.set(sources[i]!.id, list[0]?.id ?? 0));
  const df = documentFrequency(all);
  const idf = new Map([...df].map(([key, count]) => [key, Math.log(1 + all.length / count)]));
  const weightOf = (key: string) => idf.get(key) ?? 0;
  const norms = all.map((p) => sum([...p.keys.keys()].map(weightOf)));

  const scores = withNeighbours(baseScores(all, weightOf, norms, df), all);
  const nearest: Record<string, number[]> = {};
  for (const [i, source] of sources.entries()) nearest[source.id] = profiles[i]!.map(() => 0);
  const edges: Array<[number, number, number]> = [];
  for (const [a, row] of scores) for (const [b, score] of row) {
    edges.push([a, b, score]);
    for (const p of [all[a]!, all[b]!]) nearest[p.ref.source]![p.ref.sentence] = Math.max(nearest[p.ref.source]![p.ref.sentence]!, score);
  }
  const groups = groupOnePerSource(all.map((p) => p.ref.source), edges, threshold,
    (a, b) => (a < b ? scores.get(a)?.get(b) : scores.get(b)?.get(a)) ?? 0);
  let adjacency: Array<Array<[string, number, number]>> | undefined;
  return {
    clusters: groups.map((group, k) => ({ id: `c${String(k + 1).padStart(3, '0')}`, members: group.map((i) => all[i]!.ref) })),
    nearest,
    similarity: (a, b) => {
      const x = firstId.get(a.source);
      const y = firstId.get(b.source);
      if (x === undefined || y === undefined) return 0;
      const [low, high] = x + a.sentence < y + b.sentence ? [x + a.sentence, y + b.sentence] : [y + b.sentence, x + a.sentence];
      return scores.get(low)?.get(high) ?? 0;
    },
    neighbours: (ref) => {
      // Built on first use only: small runs score every pair of facts and never ask.
      adjacency ??= neighbourLists(scores, all);
      const id = firstId.get(ref.source);
      return id === undefined ? [] : adjacency[id + ref.sentence] ?? [];
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

function profile(id: number, sentence: Sentence, count: number): Profile {
  const keys = new Map<string, number>();
  for (const key of contentKeys(sentence.text)) keys.set(key, (keys.get(key) ?? 0) + 1);
  return {
    id,
    ref: { source: sentence.source, sentence: sentence.index },
    keys,
    anchors: anchorsOf(sentence.text),
    position: count > 1 ? sentence.index / (count - 1) : 0.5,
  };
}

/**
 * Numbers ("10,000" and "10000" alike) and quoted words: the parts of a sentence a paraphrase keeps.
 * Names are not anchors: they are already content words, weighted by how rare they are, and "Trump"
 * or "Ukraine" in every other sentence of a story is no evidence that two sentences say the same.
 */
function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>();
  const folded = foldPunctuation(text);
  for (const m of folded.matchAll(/\d+(?:[.,]\d+)*/g)) anchors.add(m[0].replace(/,(?=\d{3})/g, ''));
  for (const m of folded.matchAll(/"([^"]{3,})"/g)) for (const word of m[1]!.toLowerCase().split(/\W+/)) if (word.length > 3) anchors.add(`"${word}`);
  return anchors;
}

function documentFrequency(profiles: Profile[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const p of profiles) for (const key of p.keys.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  return df;
}

/**
 * Scores for pairs of sentences of different sources. Candidates come from an inverted index of the
 * rarer content words only (a word in most sentences of the run, like "Ukraine" in a Ukraine story, would
 * pair everything with everything); each candidate is then scored exactly on all its words.
 */
function baseScores(all: Profile[], weightOf: (k: string) => number, norms: number[], df: Map<string, number>): Scores {
  const maxDf = Math.max(CANDIDATE_MIN_DF, Math.ceil(all.length * CANDIDATE_MAX_SHARE));
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
    for (const y of row) {
      const b = all[y]!;
      const [small, large] = a.keys.size <= b.keys.size ? [a.keys, b.keys] : [b.keys, a.keys];
      let overlap = 0;
      for (const key of small.keys()) if (large.has(key)) overlap += weightOf(key);
      const dice = (2 * overlap) / (norms[x]! + norms[y]!);
      const anchors = diceOfSets(a.anchors, b.anchors);
      const position = Math.max(0, 1 - Math.abs(a.position - b.position) / POSITION_SPAN);
      out.set(y, LEXICAL_WEIGHT * dice + ANCHOR_WEIGHT * anchors + POSITION_WEIGHT * position * dice * 2);
    }
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

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

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

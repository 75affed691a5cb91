import type { Cluster, SegmentedSource, Sentence } from './types.js';
import { contentKeys } from './text/words.js';
import { foldPunctuation } from './text/normalize.js';
import { groupOnePerSource } from './one-per-source.js';

export interface ClusterOptions {
  /** Score two sentences need to be taken as saying the same thing (0..1). */
  threshold?: number;
}

export interface ClusterResult {
  clusters: Cluster[];
  /** For each source, each sentence's best match score against any other source: how far from unique it is. */
  nearest: Record<string, number[]>;
  /** Pair scores above zero, keyed "source:index|source:index" (sources in id order); for fact alignment. */
  similarity: (a: SentenceRef, b: SentenceRef) => number;
}

export interface SentenceRef {
  source: string;
  sentence: number;
}

// Weights of the evidence that two sentences state the same thing. Lexical overlap of content words
// (IDF-weighted, synonyms folded) carries most of it; shared anchors (numbers, names, quoted words) are
// rarer and stronger; the position in the article breaks ties between look-alike sentences, since
// rewrites keep the story's order.
const LEXICAL_WEIGHT = 0.6;
const ANCHOR_WEIGHT = 0.25;
const POSITION_WEIGHT = 0.15;
/** A pair whose neighbours also match is more likely a real match: “... two months before ...” followed by the same quote. */
const NEIGHBOUR_WEIGHT = 0.15;
/** Relative positions further apart than this get no position credit. */
const POSITION_SPAN = 0.3;
export const DEFAULT_THRESHOLD = 0.2;

interface Profile {
  ref: SentenceRef;
  keys: Map<string, number>;
  anchors: Set<string>;
  position: number;
}

/**
 * Cluster stage: group sentences of different sources that state the same thing, at most one sentence per
 * source per cluster. Candidates come from an inverted index of content words (never all pairs); the best
 * one-to-one matches between each pair of sources are joined across sources, strongest first.
 */
export function clusterSentences(sources: SegmentedSource[], options: ClusterOptions = {}): ClusterResult {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const profiles = sources.map((source) => source.sentences.map((s) => profile(s, source.sentences.length)));
  const idf = inverseDocumentFrequency(profiles.flat());
  const weightOf = (key: string) => idf.get(key) ?? 0;
  const norms = new Map<Profile, number>();
  for (const p of profiles.flat()) norms.set(p, sum([...p.keys.keys()].map(weightOf)));

  const base = baseScores(profiles, weightOf, norms);
  const scores = withNeighbours(base);
  const nearest: Record<string, number[]> = {};
  for (const [i, source] of sources.entries()) nearest[source.id] = profiles[i]!.map(() => 0);
  for (const [key, score] of scores) {
    const [a, b] = parsePair(key);
    nearest[a.source]![a.sentence] = Math.max(nearest[a.source]![a.sentence]!, score);
    nearest[b.source]![b.sentence] = Math.max(nearest[b.source]![b.sentence]!, score);
  }
  const clusters = joinAcrossSources(sources, scores, threshold);
  return {
    clusters,
    nearest,
    similarity: (a, b) => scores.get(pairKey(a, b)) ?? 0,
  };
}

function profile(sentence: Sentence, count: number): Profile {
  const keys = new Map<string, number>();
  for (const key of contentKeys(sentence.text)) keys.set(key, (keys.get(key) ?? 0) + 1);
  return {
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

function inverseDocumentFrequency(profiles: Profile[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const p of profiles) for (const key of p.keys.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [key, count] of df) idf.set(key, Math.log(1 + profiles.length / count));
  return idf;
}

/** Scores for every pair of sentences of different sources that share at least one content word. */
function baseScores(profiles: Profile[][], weightOf: (k: string) => number, norms: Map<Profile, number>): Map<string, number> {
  const index = new Map<string, Profile[]>();
  for (const p of profiles.flat()) for (const key of p.keys.keys()) {
    let list = index.get(key);
    if (!list) index.set(key, (list = []));
    list.push(p);
  }
  const shared = new Map<Profile, Map<Profile, number>>();
  for (const [key, list] of index) {
    const weight = weightOf(key);
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!;
      const b = list[j]!;
      if (a.ref.source === b.ref.source) continue;
      let row = shared.get(a);
      if (!row) shared.set(a, (row = new Map()));
      row.set(b, (row.get(b) ?? 0) + weight);
    }
  }
  const scores = new Map<string, number>();
  for (const [a, row] of shared) for (const [b, overlap] of row) {
    const dice = (2 * overlap) / (norms.get(a)! + norms.get(b)!);
    const anchors = anchorOverlap(a.anchors, b.anchors);
    const position = Math.max(0, 1 - Math.abs(a.position - b.position) / POSITION_SPAN);
    scores.set(pairKey(a.ref, b.ref), LEXICAL_WEIGHT * dice + ANCHOR_WEIGHT * anchors + POSITION_WEIGHT * position * dice * 2);
  }
  return scores;
}

function anchorOverlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}

function withNeighbours(base: Map<string, number>): Map<string, number> {
  const scores = new Map<string, number>();
  for (const [key, score] of base) {
    const [a, b] = parsePair(key);
    const step = (d: number) => base.get(pairKey({ ...a, sentence: a.sentence + d }, { ...b, sentence: b.sentence + d })) ?? 0;
    scores.set(key, Math.min(1, score + NEIGHBOUR_WEIGHT * Math.max(step(-1), step(1))));
  }
  return scores;
}

/** Union the pairwise matches into clusters, numbered in source and sentence order. */
function joinAcrossSources(sources: SegmentedSource[], scores: Map<string, number>, threshold: number): Cluster[] {
  const refs = sources.flatMap((source) => source.sentences.map((s) => ({ source: source.id, sentence: s.index })));
  const position = new Map(refs.map((ref, i) => [refKey(ref), i]));
  const indexed = [...scores].map(([key, score]) => {
    const [a, b] = parsePair(key);
    return [position.get(refKey(a))!, position.get(refKey(b))!, score] as const;
  });
  return groupOnePerSource(refs.map((r) => r.source), indexed, threshold).map((group, k) => ({
    id: `c${String(k + 1).padStart(3, '0')}`,
    members: group.map((i) => refs[i]!),
  }));
}

const refKey = (r: SentenceRef) => `${r.source}:${r.sentence}`;
const parseRef = (key: string): SentenceRef => {
  const at = key.lastIndexOf(':');
  return { source: key.slice(0, at), sentence: Number(key.slice(at + 1)) };
};
const pairKey = (a: SentenceRef, b: SentenceRef) => (a.source < b.source || (a.source === b.source && a.sentence < b.sentence) ? `${refKey(a)}|${refKey(b)}` : `${refKey(b)}|${refKey(a)}`);
const parsePair = (key: string): [SentenceRef, SentenceRef] => {
  const [a, b] = key.split('|');
  return [parseRef(a!), parseRef(b!)];
};
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

// How alike two sentences of different sources are: the score both clustering strategies
// (exact.ts for ordinary runs, incremental.ts for very large ones) are built on.
import type { Sentence } from '../types.js';
import type { SentenceRef } from '../types.js';
import { contentKeys } from '../text/words.js';
import { foldPunctuation } from '../text/normalize.js';
import { diceOfSets } from '../text/sets.js';

// Weights of the evidence that two sentences state the same thing. Lexical overlap of content words
// (IDF-weighted, synonyms folded) carries most of it; shared anchors (numbers, quoted words) are rarer and
// stronger; a similar position in the article adds up to POSITION_WEIGHT × twice the lexical score, so it
// breaks ties between look-alike sentences (rewrites keep the story's order) without matching strangers.
const LEXICAL_WEIGHT = 0.6;
const ANCHOR_WEIGHT = 0.25;
const POSITION_WEIGHT = 0.15;
/** Lexical score at which shared anchors count in full; below it they count in proportion. */
const ANCHOR_BACKING = 0.15;
/** Relative positions further apart than this get no position credit. */
const POSITION_SPAN = 0.3;

export interface Profile {
  /** Position among all sentences of the run (sources in id order). */
  id: number;
  ref: SentenceRef;
  keys: Map<string, number>;
  anchors: Set<string>;
  position: number;
}

/** Every sentence of the run profiled, with the word weights of the run. */
export interface SimilarityModel {
  profiles: Profile[][];
  all: Profile[];
  /** How often each content key occurs among all sentences (sentences holding it). */
  df: Map<string, number>;
  weightOf: (key: string) => number;
  /** The score of two sentences before any bonus for matching neighbours. */
  score: (a: Profile, b: Profile) => number;
}

export function similarityModel(sentencesBySource: ReadonlyArray<readonly Sentence[]>): SimilarityModel {
  let next = 0;
  const profiles = sentencesBySource.map((sentences) => sentences.map((s) => profile(next++, s, sentences.length)));
  const all = profiles.flat();
  const df = new Map<string, number>();
  for (const p of all) for (const key of p.keys.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const idf = new Map([...df].map(([key, count]) => [key, Math.log(1 + all.length / count)]));
  const weightOf = (key: string) => idf.get(key) ?? 0;
  const norms = all.map((p) => sum([...p.keys.keys()].map(weightOf)));
  const score = (a: Profile, b: Profile) => {
    const [small, large] = a.keys.size <= b.keys.size ? [a.keys, b.keys] : [b.keys, a.keys];
    let overlap = 0;
    let wordOverlap = 0;
    for (const key of small.keys()) {
      if (!large.has(key)) continue;
      const weight = weightOf(key);
      overlap += weight;
      if (!isNumberKey(key)) wordOverlap += weight;
    }
    const dice = (2 * overlap) / (norms[a.id]! + norms[b.id]!);
    const anchors = diceOfSets(a.anchors, b.anchors);
    const position = Math.max(0, 1 - Math.abs(a.position - b.position) / POSITION_SPAN);
    // A shared number is strong evidence only alongside shared words: "for 12 weeks" in two unrelated
    // articles of an archive shares its number and nothing else, and the number is a content key as well.
    const backed = Math.min(1, (2 * wordOverlap) / (norms[a.id]! + norms[b.id]!) / ANCHOR_BACKING);
    return LEXICAL_WEIGHT * dice + ANCHOR_WEIGHT * anchors * backed + POSITION_WEIGHT * position * dice * 2;
  };
  return { profiles, all, df, weightOf, score };
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
  for (const m of folded.matchAll(/"([^"]{3,})"/g))
    for (const word of m[1]!.toLowerCase().split(/\W+/)) if (word.length > 3) anchors.add(`"${word}`);
  return anchors;
}

/** Content keys of numbers ("12", "10000") rather than words. */
export const isNumberKey = (key: string) => key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57;

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

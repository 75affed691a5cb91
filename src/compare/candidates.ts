// Which pairs of facts the compare stage scores. A small bucket (all the counts of a five-version story)
// scores every pair. A large one (hundreds of versions, or an archive) scores only pairs that share some
// evidence, so the work grows with the number of plausible matches rather than with the square of the facts:
// - their sentences are in one cluster, or (for a sentence alone in its cluster) similar enough to count;
// - they share a word of what is counted, or a word around the value that is not everywhere (beyond a few
//   facts per word, only those that also state the same value);
// - they share a key of their kind's own (see FactKindSpec.partnerKeys: for quotes, the speaker).
// Evidence shared by many facts links each to a few of them rather than to all (see pairWithin).
// A pair with none of these would score too low to align anyway (see alignScore).

import type { Fact } from '../types.js';
import { describeFact, kindSpec } from '../extract/kinds/index.js';

/** Buckets up to this size score all pairs (every fixture and five-version story). */
export const ALL_PAIRS_UP_TO = 400;

/**
 * Facts sharing one piece of evidence are all paired up to this many; beyond it (one sentence in 1,000
 * versions) each is paired with the first few of them and the next few of other sources, so that the pairs
 * grow with the facts and not their square. The grouping that follows needs a path of strong pairs between
 * the members of a group, not every pair: it scores the rest when it weighs two groups (see alignFacts).
 */
const DENSE_UP_TO = 48;
const HUBS = 8;
const SUCCESSORS = 4;
/**
 * Lists of facts that share a word are all paired up to a smaller size, and beyond it those that also share
 * a value are linked more thinly: they back up the clusters (a paraphrase that did not cluster), and across
 * an archive most of them are coincidences.
 */
const WORD_DENSE_UP_TO = 16;
const WORD_HUBS = 2;
const WORD_SUCCESSORS = 2;

/** Words around a fact (the rarest in the bucket) through which it looks for partners in a large bucket. */
const CONTEXT_KEYS_PER_FACT = 4;

/** Sentence similarity below this adds too little to a pair's score to make it a candidate on its own. */
const SENTENCE_FLOOR = 0.1;

export interface CandidateEvidence {
  /** The id of the cluster a fact's sentence belongs to, if any. */
  clusterOf: (fact: Fact) => string | undefined;
  /** Sentences of other sources similar to this fact's sentence, with their score. */
  similarSentences: (fact: Fact) => Iterable<[source: string, sentence: number, score: number]>;
  sources: number;
}

/** Index pairs (i < j) of facts of different sources worth scoring. */
export function candidatePairs(
  facts: readonly Fact[],
  evidence: CandidateEvidence,
  allPairsUpTo = ALL_PAIRS_UP_TO,
): Array<[number, number]> {
  if (facts.length <= allPairsUpTo) return allPairs(facts);
  const pairs = new PairSet(facts);
  bySentenceEvidence(facts, evidence, pairs);
  bySharedKeys(facts, evidence.sources, pairs);
  return pairs.list;
}

/** Every pair of facts of different sources: a small bucket (a five-version story) scores them all. */
function allPairs(facts: readonly Fact[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < facts.length; i++)
    for (let j = i + 1; j < facts.length; j++) {
      if (facts[i]!.source !== facts[j]!.source) pairs.push([i, j]);
    }
  return pairs;
}

/** The pairs found so far, each once, in the order found. */
class PairSet {
  readonly list: Array<[number, number]> = [];
  /**
   * Each fact's later partners so far. A set per fact of small integers, where one set of all pairs keyed
   * a × n + b would hold numbers past the small-integer range, slow to hash, once a bucket has 50,000 facts.
   */
  private readonly partners: Array<Set<number> | undefined> = [];

  constructor(private readonly facts: readonly Fact[]) {}

  add(i: number, j: number): void {
    if (i === j || this.facts[i]!.source === this.facts[j]!.source) return;
    const a = Math.min(i, j);
    const b = Math.max(i, j);
    const seen = (this.partners[a] ??= new Set());
    if (seen.has(b)) return;
    seen.add(b);
    this.list.push([a, b]);
  }

  /**
   * Facts that share one piece of evidence: every pair of a few, and beyond DENSE_UP_TO each one with the
   * first `hubs` members and its next `successors` of other sources.
   */
  within(members: readonly number[], hubs = HUBS, successors = SUCCESSORS): void {
    if (members.length <= DENSE_UP_TO) {
      for (let x = 0; x < members.length; x++)
        for (let y = x + 1; y < members.length; y++) this.add(members[x]!, members[y]!);
      return;
    }
    for (let x = 0; x < members.length; x++) {
      const i = members[x]!;
      for (let h = 0; h < hubs; h++) this.add(members[h]!, i);
      // The next members of other sources; a source's own facts (two counts in one sentence) are skipped.
      let linked = 0;
      for (let y = x + 1; y < members.length && linked < successors; y++) {
        if (this.facts[members[y]!]!.source === this.facts[i]!.source) continue;
        this.add(i, members[y]!);
        linked++;
      }
    }
  }
}

/**
 * A fact whose sentence clustered meets its counterparts there; one whose sentence did not is looked for
 * in the sentences that resemble its own.
 */
function bySentenceEvidence(facts: readonly Fact[], evidence: CandidateEvidence, pairs: PairSet): void {
  // Facts by sentence (by source, then sentence index: looked up for every similar sentence of every fact,
  // without building a string key each time), and by cluster of their sentence.
  const bySentence = new Map<string, Map<number, number[]>>();
  const byCluster = new Map<string, number[]>();
  facts.forEach((fact, i) => {
    let ofSource = bySentence.get(fact.source);
    if (!ofSource) bySentence.set(fact.source, (ofSource = new Map()));
    const list = ofSource.get(fact.sentence);
    if (list) list.push(i);
    else ofSource.set(fact.sentence, [i]);
    const cluster = evidence.clusterOf(fact);
    if (cluster !== undefined) push(byCluster, cluster, i);
  });
  for (const members of byCluster.values()) pairs.within(members);
  facts.forEach((fact, i) => {
    if (evidence.clusterOf(fact) !== undefined) return;
    for (const [source, sentence, score] of evidence.similarSentences(fact)) {
      if (score < SENTENCE_FLOOR) continue;
      for (const j of bySentence.get(source)?.get(sentence) ?? []) pairs.add(i, j);
    }
  });
}

/**
 * Shared words of what is counted or of the surroundings, except those in so many facts that they say
 * nothing ("said", "people"): a word of one fact appears about once per source that states it.
 */
function bySharedKeys(facts: readonly Fact[], sources: number, pairs: PairSet): void {
  const cap = Math.max(16, 2 * sources);
  const keysOf = facts.map(keysOfFact);
  const keyCounts = new Map<string, number>();
  for (const keys of keysOf) for (const key of keys) keyCounts.set(key, (keyCounts.get(key) ?? 0) + 1);
  // A fact meets others through what it counts, its kind's own keys, and only the rarest words around it:
  // its copies share those, while the commoner words meet coincidences (across an archive, a dozen pairs each).
  const chosen = new Map<string, number[]>();
  keysOf.forEach((keys, i) => {
    const context = keys
      .filter((k) => k.startsWith('c:'))
      .sort((a, b) => keyCounts.get(a)! - keyCounts.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
    for (const key of [...keys.filter((k) => !k.startsWith('c:')), ...context.slice(0, CONTEXT_KEYS_PER_FACT)])
      push(chosen, key, i);
  });
  for (const [key, members] of chosen) {
    if (members.length > cap && !key.startsWith('p:')) continue;
    if (members.length <= WORD_DENSE_UP_TO) {
      pairs.within(members);
      continue;
    }
    // A word shared by hundreds of numbers or dates ("said" across an archive) is evidence only for those
    // that also state the same value: two whose only link is one common word and whose values differ score
    // far below the threshold (0.35 × a small context overlap). Hundreds of copies of "10,000 soldiers" in
    // hundreds of versions still meet each other. People and quotes align on name and speaker, not value.
    const byValue = new Map<string, number[]>();
    for (const i of members) {
      const fact = facts[i]!;
      push(byValue, kindSpec(fact.kind).meetsByValue === false ? '' : describeFact(fact), i);
    }
    for (const same of byValue.values()) if (same.length > 1) pairs.within(same, WORD_HUBS, WORD_SUCCESSORS);
  }
}

/** A fact's keys: s: what it counts, c: the words around it, p: its kind's own (a quote's speaker). */
function keysOfFact(fact: Fact): string[] {
  const keys = new Set([...fact.subject.map((k) => `s:${k}`), ...fact.context.map((k) => `c:${k}`)]);
  for (const key of kindSpec(fact.kind).partnerKeys?.(fact) ?? []) keys.add(`p:${key}`);
  return [...keys];
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

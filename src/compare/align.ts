// Fact alignment, the first half of the compare stage: which facts of different sources state the same
// thing. Facts align by what they are about (what is counted, the speaker, the words around them, the
// sentence), never by their value alone, so a changed number still meets its original.
import { clusterIndex } from '../cluster/result.js';
import type { Cluster, Fact, SegmentedSource, SentenceRef } from '../types.js';
import { bucketOf, differenceOf, kindSpec } from '../extract/kinds/index.js';
import { type AlignEvidence, defaultAlignScore } from '../extract/kinds/kind.js';
import { groupOnePerSource } from '../grouping/one-per-source.js';
import { ALL_PAIRS_UP_TO, candidatePairs } from './candidates.js';
import { joinRestatedRows, joinSameSubjects, joinSameValues, samePerson, samePredicate } from './join-values.js';
import { diceOfWords } from '../text/sets.js';
import { listIn } from '../text/maps.js';

export interface CompareInput {
  sources: SegmentedSource[];
  facts: Fact[];
  clusters: Cluster[];
  similarity: (a: SentenceRef, b: SentenceRef) => number;
  /** Similar sentences of other sources, for large runs (see candidates.ts); without it, all pairs. */
  neighbours?: (ref: SentenceRef) => Iterable<[source: string, sentence: number, score: number]>;
}

/**
 * Align each fact across sources by what it is about, not by its value: groups of facts, at most one per
 * source, that state the same thing (or a changed version of it). Facts of different buckets
 * (FactKindSpec.bucket) never align, so each bucket is aligned on its own, in a fixed order.
 */
export function alignFacts(
  input: CompareInput,
  threshold: number,
  allPairsUpTo?: number,
  onProgress?: (done: number, total: number) => void,
): Fact[][] {
  const run: AlignRun = {
    input,
    threshold,
    clusterOf: clusterIndex(input.clusters),
    // Without neighbour lists to find candidates by, every pair is scored.
    allPairsLimit: input.neighbours ? (allPairsUpTo ?? ALL_PAIRS_UP_TO) : Infinity,
    wordIds: new Map(),
  };
  const buckets = bucketsOf(input.facts);
  const groups: Fact[][] = [];
  let done = 0;
  for (const key of [...buckets.keys()].sort()) {
    const facts = buckets.get(key)!;
    // Not push(...groups): a spread of a huge bucket's groups overflows the stack.
    for (const group of alignBucket(run, facts)) groups.push(group);
    done += facts.length;
    onProgress?.(done, input.facts.length);
  }
  return groups;
}

/** What aligning every bucket of a run shares. */
interface AlignRun {
  input: CompareInput;
  threshold: number;
  clusterOf: (source: string, sentence: number) => Cluster | undefined;
  allPairsLimit: number;
  /** Ids of context words, shared by the buckets (see sortedIds). */
  wordIds: Map<string, number>;
}

function bucketsOf(facts: readonly Fact[]): Map<string, Fact[]> {
  const buckets = new Map<string, Fact[]>();
  for (const fact of facts) listIn(buckets, bucketOf(fact)).push(fact);
  return buckets;
}

/**
 * One bucket's groups: candidate pairs scored, grouped one per source, repeats and vague counts folded in, rows
 * of one distinctive value joined.
 */
function alignBucket(run: AlignRun, facts: Fact[]): Fact[][] {
  const { input, clusterOf, threshold } = run;
  const sameCluster = (a: Fact, b: Fact) => {
    const ca = clusterOf(a.source, a.sentence);
    return ca !== undefined && ca === clusterOf(b.source, b.sentence);
  };
  // Sentences clustered together count as fully similar; otherwise their raw similarity.
  const sentenceScore = (a: Fact, b: Fact) =>
    sameCluster(a, b)
      ? 1
      : input.similarity({ source: a.source, sentence: a.sentence }, { source: b.source, sentence: b.sentence });
  const pairs = candidatePairs(
    facts,
    {
      // A sentence alone in its cluster matched nothing: its facts look among similar sentences instead.
      clusterOf: (fact) => {
        const cluster = clusterOf(fact.source, fact.sentence);
        return cluster && cluster.members.length > 1 ? cluster.id : undefined;
      },
      similarSentences: (fact) => input.neighbours?.({ source: fact.source, sentence: fact.sentence }) ?? [],
      sources: input.sources.length,
    },
    run.allPairsLimit,
  );
  // Each fact's context words as sorted ids, for the context overlap of millions of pairs at scale.
  const contexts = facts.map((f) => sortedIds(f.context, run.wordIds));
  const contextOf = (i: number, j: number) => diceOfSorted(contexts[i]!, contexts[j]!);
  const edges: Array<[number, number, number]> = [];
  for (const [i, j] of pairs) {
    const score = alignScore(facts[i]!, facts[j]!, () => sentenceScore(facts[i]!, facts[j]!), contextOf(i, j));
    if (score > 0) edges.push([i, j, score]);
  }
  // A bucket that scored every pair knows each score (a pair without an edge scores 0). One that scored
  // only candidate pairs scores the others when the grouping asks, and weighs large groups on a sample.
  // Such a pair was no candidate, so its sentences are not similar (similar ones propose their facts)
  // unless they share a cluster: its sentence score is 1 or 0, never worked out again.
  const otherPair = (i: number, j: number) =>
    alignScore(facts[i]!, facts[j]!, () => (sameCluster(facts[i]!, facts[j]!) ? 1 : 0), contextOf(i, j));
  const atScale = {
    unscored: otherPair,
    sample: SAMPLE,
    maxScore: 1,
    retryGrowth: RETRY_GROWTH,
    maxFailures: MAX_FAILURES,
  };
  const found = groupOnePerSource(
    facts.map((f) => f.source),
    edges,
    threshold,
    facts.length <= run.allPairsLimit ? {} : atScale,
  ).map((g) => g.map((i) => facts[i]!));
  return joinSameSubjects(
    joinRestatedRows(
      joinSameValues(
        joinVagueCounts(
          absorbRepeats(
            found,
            facts,
            edges.filter((e) => e[2] >= threshold),
          ),
        ),
      ),
    ),
  );
}

/** Members of each group weighed when two groups of a large bucket may join (see groupOnePerSource). */
const SAMPLE = 16;
/** ...and how much two groups that failed to join must grow before they are weighed again. */
const RETRY_GROWTH = 1.5;
/** ...and how often a group may be turned down before it stops trying. */
const MAX_FAILURES = 16;

const isVague = (fact: Fact) => kindSpec(fact.kind).isVague?.(fact.value) === true;

/**
 * "Thousands of North Korean troops" counts the same thing as "more than 10,000 North Korean soldiers",
 * only more vaguely. Vague counts pair up with each other first (they share their wording), so each group
 * made only of vague counts is offered to a group with a precise count of the same thing: a source that
 * states only the vague count joins it (and is judged less precise); one that states both keeps the precise one.
 */
function joinVagueCounts(groups: Fact[][]): Fact[][] {
  const precise = groups.filter((g) => !g.every(isVague));
  const kept: Fact[][] = [...precise];
  // Each precise group's distinct subjects and owners: hundreds of versions repeat the same few.
  const kindOf = (f: Fact) => `${f.subject.join(' ')}\u0000${f.owner ?? ''}`;
  const kinds = precise.map((g) => new Map(g.filter((f) => f.subject.length).map((f) => [kindOf(f), f])));
  for (const group of groups.filter((g) => g.every(isVague))) {
    const left: Fact[] = [];
    for (const fact of group) {
      const at = fact.subject.length
        ? kinds.findIndex((list) =>
            [...list.values()].some(
              (f) => diceOfWords(f.subject, fact.subject) >= 0.5 && samePerson(f, fact) && samePredicate(f, fact),
            ),
          )
        : -1;
      const home = at >= 0 ? precise[at] : undefined;
      const own = home?.find((f) => f.source === fact.source);
      if (home && !own) {
        home.push(fact);
        kinds[at]!.set(kindOf(fact), fact);
      } else if (!home || !isRepeat(own!, fact)) left.push(fact);
    }
    if (left.length) kept.push(left);
  }
  return kept;
}

/**
 * How likely two facts of different sources are the same fact. Each kind weighs its own evidence
 * (FactKindSpec.alignScore): numbers what is counted or measured, the words around it, the sentence and
 * (weakly) the value, since "10,000 soldiers" and "10,000 homes" share a value but count different things;
 * quotes the speaker and the words; people the resolved name; dates the words around them and the sentence.
 */
function alignScore(a: Fact, b: Fact, sentenceOf: () => number, context: number): number {
  // Numbers owned by different people ("Osei-Lind 52.4%", "Fenwright 45.1%") are different facts, and so are
  // numbers of different predicates ("seven killed", "more than 50 injured").
  if (!samePerson(a, b) || !samePredicate(a, b)) return 0;
  // The same value either way round: "January" holds "January 20", though "January 20" says more than "January".
  // (One way only, the score of a pair depended on which fact came first: on the names of the files.)
  const sameValue = () => differenceOf(a, b) === null || differenceOf(b, a) === null;
  const evidence: AlignEvidence = { context, sentence: sentenceOf, sameValue };
  const score = kindSpec(a.kind).alignScore;
  const base = score ? score(a, b, evidence) : defaultAlignScore(evidence);
  // One predicate stated by both ("killing at least two" / "two people have died") is evidence of its own:
  // outlets that word the toll their own way share few other words.
  return base > 0 && a.predicate !== undefined && a.predicate === b.predicate ? base + PREDICATE_WEIGHT : base;
}

/** What a shared predicate adds to a pair's score: with a shared value, enough to align. */
const PREDICATE_WEIGHT = 0.15;

/**
 * A fact left alone because its source already states the same fact in the group it matches is a repeat
 * mention ("thousands of North Korean troops" next to "as many as 12,000"; "in January" next to "January
 * 20"), not a fact of its own. Only a repeat of the same or a vaguer value is absorbed: four different
 * sentences quoted from one speaker stay four facts.
 */
function absorbRepeats(groups: Fact[][], facts: Fact[], edges: Array<[number, number, number]>): Fact[][] {
  const groupOf = new Map<Fact, Fact[]>();
  for (const g of groups) for (const f of g) groupOf.set(f, g);
  const absorbed = new Set<Fact>();
  const consider = (fact: Fact, partner: Fact) => {
    // Only a fact left alone can be a repeat; checked first, as the search of its partner's group is not cheap.
    if (groupOf.get(fact)!.length !== 1) return;
    const home = groupOf.get(partner)!;
    if (home.length < 2) return;
    const own = home.find((f) => f !== fact && f.source === fact.source);
    if (own && isRepeat(own, fact)) absorbed.add(fact);
  };
  for (const [i, j] of edges) {
    consider(facts[i]!, facts[j]!);
    consider(facts[j]!, facts[i]!);
  }
  return groups.filter((g) => !(g.length === 1 && absorbed.has(g[0]!)));
}

function isRepeat(stated: Fact, again: Fact): boolean {
  const difference = differenceOf(stated, again);
  return difference === null || difference.every((aspect) => aspect === 'precision');
}

/** A list of words as the sorted ids of its distinct words, ids given by `wordIds` (and added to it). */
function sortedIds(words: string[], wordIds: Map<string, number>): Int32Array {
  const ids = new Set<number>();
  for (const word of words) {
    let id = wordIds.get(word);
    if (id === undefined) wordIds.set(word, (id = wordIds.size));
    ids.add(id);
  }
  return Int32Array.from(ids).sort();
}

/** Dice's coefficient of two sorted id lists: the same as of the two word sets, without hashing. */
function diceOfSorted(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length);
}

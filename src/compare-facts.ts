import type { ChangeAspect, Cluster, ComparedFact, Fact, SegmentedSource, Sentence, SourceVerdict } from './types.js';
import type { SentenceRef } from './cluster-sentences.js';
import { alignmentBucket, describeValue, differenceOf } from './fact-kinds.js';
import { groupOnePerSource } from './one-per-source.js';
import { sameWording } from './extract/quote.js';
import { plainWords } from './text/normalize.js';
import { compareCodeUnits } from './text/order.js';
import { diceOfSets } from './text/sets.js';

export interface CompareOptions {
  /** Source id whose values are the reference; consensus of all sources when absent. */
  reference?: string;
  /** Score two facts of different sources need to be aligned as one fact (0..1). */
  alignThreshold?: number;
}

export interface CompareInput {
  sources: SegmentedSource[];
  facts: Fact[];
  clusters: Cluster[];
  similarity: (a: SentenceRef, b: SentenceRef) => number;
}

export const DEFAULT_ALIGN_THRESHOLD = 0.35;

/**
 * Compare stage: align each fact across sources by what it is about (not by its value), pick the reference
 * value (consensus or the chosen source) and give every source a verdict.
 */
export function compareFacts(input: CompareInput, options: CompareOptions = {}): ComparedFact[] {
  const groups = alignFacts(input, options.alignThreshold ?? DEFAULT_ALIGN_THRESHOLD);
  const order = input.sources.map((s) => s.id);
  // Consensus ties are broken by how often each source agrees with clear majorities elsewhere: a version
  // that follows the wire closely is the better witness when two versions disagree one to one.
  const reliability = sourceReliability(groups, order);
  const byId = new Map(input.sources.map((s) => [s.id, s]));
  const sentence = (source: string, index: number) => byId.get(source)!.sentences[index]!;
  const position = (fact: Fact) => fact.sentence / Math.max(1, byId.get(fact.source)!.sentences.length - 1);
  const compared = groups.map((group) => ({
    fact: verdicts(group, order, reliability, options.reference, sentence),
    // Story order: the average place of the fact in the articles that state it, whatever the reference.
    position: group.reduce((sum, f) => sum + position(f), 0) / group.length,
    idWords: idWordsOf(consensusFact(group, reliability)),
  }));
  return assignIds(compared);
}

// ---------------------------------------------------------------------------------------------------------
// Alignment

function alignFacts(input: CompareInput, threshold: number): Fact[][] {
  const clusterOf = new Map<string, Cluster>();
  for (const cluster of input.clusters) for (const m of cluster.members) clusterOf.set(`${m.source}:${m.sentence}`, cluster);
  // Sentences clustered together count as fully similar; otherwise their raw similarity.
  const sentenceScore = (a: Fact, b: Fact) => {
    const ca = clusterOf.get(`${a.source}:${a.sentence}`);
    return ca !== undefined && ca === clusterOf.get(`${b.source}:${b.sentence}`)
      ? 1 : input.similarity({ source: a.source, sentence: a.sentence }, { source: b.source, sentence: b.sentence });
  };
  const buckets = new Map<string, Fact[]>();
  for (const fact of input.facts) {
    const key = alignmentBucket(fact);
    let list = buckets.get(key);
    if (!list) buckets.set(key, (list = []));
    list.push(fact);
  }
  const groups: Fact[][] = [];
  for (const key of [...buckets.keys()].sort()) {
    const facts = buckets.get(key)!;
    const edges: Array<[number, number, number]> = [];
    for (let i = 0; i < facts.length; i++) for (let j = i + 1; j < facts.length; j++) {
      if (facts[i]!.source === facts[j]!.source) continue;
      const score = alignScore(facts[i]!, facts[j]!, sentenceScore(facts[i]!, facts[j]!));
      if (score > 0) edges.push([i, j, score]);
    }
    const found = groupOnePerSource(facts.map((f) => f.source), edges, threshold).map((g) => g.map((i) => facts[i]!));
    groups.push(...absorbRepeats(found, facts, edges.filter((e) => e[2] >= threshold)));
  }
  return groups;
}

/**
 * How likely two facts of different sources are the same fact. Each kind weighs different evidence:
 * - numbers: what is counted or measured, the words around it, the sentence, and (weakly) the value;
 *   "10,000 soldiers" and "10,000 homes" share a value but count different things;
 * - quotes: the speaker and the words; the same words from another speaker still align (then: altered);
 * - people: the resolved name; dates and durations: the words around them and the sentence.
 */
function alignScore(a: Fact, b: Fact, sentence: number): number {
  // Numbers owned by different people ("Osei-Lind 52.4%", "Fenwright 45.1%") are different facts.
  if (a.owner && b.owner && a.owner !== b.owner) return 0;
  const context = dice(a.context, b.context);
  const sameValue = differenceOf(a, b) === null ? 1 : 0;
  switch (a.kind) {
    case 'person':
      return sameValue;
    case 'quote': {
      const va = a.value.type === 'quote' ? a.value : undefined;
      const vb = b.value.type === 'quote' ? b.value : undefined;
      const speaker = va?.speaker && va.speaker === vb?.speaker ? 1 : 0;
      const words = va && vb && sameWording(va.words, vb.words) ? 1 : dice(a.context, b.context);
      return 0.4 * speaker + 0.4 * words + 0.2 * sentence;
    }
    case 'count': {
      // Different things counted ("soldiers" vs "homes") cannot be one fact; "people" may stand for any
      // group of people ("8,500 residents" / "some 8,500 people").
      const generic = isGenericCount(a) || isGenericCount(b);
      if (a.subject.length && b.subject.length && !generic && dice(a.subject, b.subject) === 0) return 0;
      // A bare number ("three" with nothing counted after it) aligns on its surroundings, not its value.
      if (!a.subject.length || !b.subject.length) return 0.35 * context + 0.4 * sentence;
      return 0.35 * context + 0.4 * sentence + 0.25 * sameValue;
    }
    case 'duration': {
      const relation = a.value.type === 'duration' && b.value.type === 'duration' && a.value.relation === b.value.relation ? 1 : 0;
      return 0.35 * context + 0.4 * sentence + 0.25 * Math.max(relation * 0.6, sameValue);
    }
    default:
      return 0.35 * context + 0.4 * sentence + 0.25 * sameValue;
  }
}

const GENERIC_NOUNS = new Set(['peopl', 'person', 'individu', 'other', 'time']);

/** "8,500 people", "300 others", "capped 12 times": a count whose noun names no particular group or thing. */
function isGenericCount(fact: Fact): boolean {
  return fact.subject.length > 0 && GENERIC_NOUNS.has(fact.subject[fact.subject.length - 1]!);
}

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
  for (const [i, j] of edges) {
    for (const [x, y] of [[i, j], [j, i]] as const) {
      const fact = facts[x]!;
      const home = groupOf.get(facts[y]!)!;
      const own = home.find((f) => f !== fact && f.source === fact.source);
      if (groupOf.get(fact)!.length === 1 && home.length > 1 && own && isRepeat(own, fact)) absorbed.add(fact);
    }
  }
  return groups.filter((g) => !(g.length === 1 && absorbed.has(g[0]!)));
}

function isRepeat(stated: Fact, again: Fact): boolean {
  const difference = differenceOf(stated, again);
  return difference === null || difference.every((aspect) => aspect === 'precision');
}

// ---------------------------------------------------------------------------------------------------------
// Verdicts

interface ValueClass {
  members: Fact[];
}

/** Orders facts by how far their source can be trusted, then by their own words: never by file name. */
type Rank = (a: Fact, b: Fact) => number;

function rankBy(reliability: Map<string, number>): Rank {
  return (a, b) => reliability.get(b.source)! - reliability.get(a.source)! || compareCodeUnits(a.surface, b.surface)
    || compareCodeUnits(a.source, b.source);
}

/** Members that state the same value, most trusted first; each class is led by its most trusted member. */
function valueClasses(group: Fact[], rank: Rank): ValueClass[] {
  const classes: ValueClass[] = [];
  for (const fact of [...group].sort(rank)) {
    const home = classes.find((c) => differenceOf(c.members[0]!, fact) === null);
    if (home) home.members.push(fact);
    else classes.push({ members: [fact] });
  }
  return classes;
}

/** The consensus class: most members, then the more trusted sources, then the value's own words. */
function consensusOf(classes: ValueClass[], reliability: Map<string, number>): ValueClass {
  const trust = (c: ValueClass) => c.members.reduce((sum, f) => sum + reliability.get(f.source)!, 0);
  return [...classes].sort((a, b) => b.members.length - a.members.length || trust(b) - trust(a)
    || compareCodeUnits(describeValue(a.members[0]!.value), describeValue(b.members[0]!.value)))[0]!;
}

function sourceReliability(groups: Fact[][], order: string[]): Map<string, number> {
  const agree = new Map<string, number>(order.map((id) => [id, 0]));
  const present = new Map<string, number>(order.map((id) => [id, 0]));
  const neutral = rankBy(new Map(order.map((id) => [id, 0])));
  for (const group of groups) {
    if (group.length < 3) continue;
    const classes = valueClasses(group, neutral).sort((a, b) => b.members.length - a.members.length);
    if (classes.length > 1 && classes[0]!.members.length === classes[1]!.members.length) continue;
    for (const fact of group) present.set(fact.source, present.get(fact.source)! + 1);
    for (const fact of classes[0]!.members) agree.set(fact.source, agree.get(fact.source)! + 1);
  }
  return new Map(order.map((id) => [id, (agree.get(id)! + 1) / (present.get(id)! + 2)]));
}

/**
 * Every source's verdict on one aligned fact. With a reference source, its value is the reference; a fact
 * it does not state is judged by the consensus of the others and marked `inReference: false` (an addition).
 */
function verdicts(group: Fact[], order: string[], reliability: Map<string, number>, referenceId: string | undefined,
  sentences: (source: string, index: number) => Sentence): ComparedFact {
  const rank = rankBy(reliability);
  const classes = valueClasses(group, rank);
  const fromReference = referenceId ? classes.find((c) => c.members.some((f) => f.source === referenceId)) : undefined;
  const chosen = fromReference ?? consensusOf(classes, reliability);
  const reference = fromReference ? chosen.members.find((f) => f.source === referenceId)! : representative(chosen.members, rank);
  const sourcesOut: Record<string, SourceVerdict> = {};
  for (const id of order) {
    const fact = group.find((f) => f.source === id);
    if (!fact) {
      sourcesOut[id] = { status: 'omitted' };
      continue;
    }
    const sentence = sentences(id, fact.sentence);
    const verdict: SourceVerdict = { status: 'included', value: fact.surface, text: sentence.text, line: sentence.line, sentence: fact.sentence };
    const aspects = chosen.members.includes(fact) ? null : differenceOf(reference, fact);
    if (aspects) Object.assign(verdict, { status: 'altered', change: describeChange(aspects, reference, fact), aspects });
    sourcesOut[id] = verdict;
  }
  return {
    id: '',
    kind: reference.kind,
    label: labelOf(reference),
    // A person is shown by the name the whole run resolved ("Vladimir Putin", not one source's "V. Putin").
    value: reference.value.type === 'person' ? reference.value.name : reference.surface,
    normalized: describeValue(reference.value),
    referenceSource: reference.source,
    inReference: referenceId === undefined || group.some((f) => f.source === referenceId),
    support: group.length,
    unique: group.length === 1,
    sources: sourcesOut,
  };
}

/** The class member whose wording stands for the value: the fullest quote, else the most reliable source's. */
function representative(members: Fact[], rank: Rank): Fact {
  return [...members].sort((a, b) => (a.kind === 'quote' ? b.surface.length - a.surface.length : 0) || rank(a, b))[0]!;
}

const ASPECT_WORDS: Record<ChangeAspect, string> = {
  value: 'value', qualifier: 'qualifier', unit: 'unit', precision: 'precision', wording: 'reworded',
  speaker: 'speaker', relation: 'relation',
};

function describeChange(aspects: ChangeAspect[], reference: Fact, fact: Fact): string {
  const what = aspects.map((a) => ASPECT_WORDS[a]).join(', ');
  if (aspects.includes('speaker') && reference.value.type === 'quote' && fact.value.type === 'quote') {
    return `${what}: attributed to ${fact.value.speaker} instead of ${reference.value.speaker}`;
  }
  return `${what}: "${fact.surface}" instead of "${reference.surface}"`;
}

function labelOf(fact: Fact): string {
  switch (fact.kind) {
    case 'quote': return fact.value.type === 'quote' && fact.value.speaker ? `${fact.value.speaker}'s quote` : 'unattributed quote';
    case 'person': return fact.topic;
    case 'count': return fact.subject.length ? `count of ${fact.topic}` : `count: ${fact.topic}`;
    default: return fact.topic ? `${fact.kind}: ${fact.topic}` : fact.kind;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Order and ids

/** The fact as the consensus states it, whatever --reference says: what its id is made from. */
function consensusFact(group: Fact[], reliability: Map<string, number>): Fact {
  const rank = rankBy(reliability);
  return representative(consensusOf(valueClasses(group, rank), reliability).members, rank);
}

/**
 * What an id says about a fact, from its consensus form (so --reference and file names do not change it):
 * a person's name; a quote's speaker and opening words; what a count counts; else the value itself
 * ("date:january-20", "quantity:up-to-306-km", "duration:2-months-before").
 */
function idWordsOf(fact: Fact): string {
  switch (fact.value.type) {
    case 'person': return fact.value.name;
    case 'quote': return `${fact.value.speaker ?? 'unattributed'} ${plainWords(fact.surface).slice(0, 6).join(' ')}`;
    default: return fact.kind === 'count' && fact.subject.length ? fact.topic : describeValue(fact.value);
  }
}

/** Readable, content-made ids ("count:north-korean-soldier"), in story order, numbered only when two facts share one. */
function assignIds(facts: Array<{ fact: ComparedFact; position: number; idWords: string }>): ComparedFact[] {
  const sorted = [...facts].sort((a, b) => a.position - b.position || compareCodeUnits(a.fact.kind, b.fact.kind)
    || compareCodeUnits(a.idWords, b.idWords) || compareCodeUnits(a.fact.normalized, b.fact.normalized));
  const used = new Map<string, number>();
  return sorted.map(({ fact, idWords }) => {
    const base = `${fact.kind}:${slug(idWords)}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return { ...fact, id: n === 1 ? base : `${base}-${n}` };
  });
}

/** Lower-case ASCII words joined by hyphens ("Andrés" → andres), whole words only, at most about 48 characters. */
function slug(text: string): string {
  const ascii = /[^\x00-\x7f]/.test(text) ? text.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : text;
  const words = plainWords(ascii).map((w) => w.replace(/[^a-z0-9]/g, '')).filter(Boolean);
  let out = '';
  for (const word of words) {
    if (out && out.length + word.length + 1 > 48) break;
    out = out ? `${out}-${word}` : word;
  }
  return out || 'fact';
}

// ---------------------------------------------------------------------------------------------------------
// Small set measures

const sets = new WeakMap<string[], Set<string>>();

/** Dice's coefficient of two word lists, each turned into a set once. */
function dice(a: string[], b: string[]): number {
  const setOf = (words: string[]) => {
    let set = sets.get(words);
    if (!set) sets.set(words, (set = new Set(words)));
    return set;
  };
  return diceOfSets(setOf(a), setOf(b));
}

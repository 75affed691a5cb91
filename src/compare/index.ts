// Compare stage: Fact[] + ClusterResult → ComparedFact[]. Pure. Each fact aligned across sources (align.ts),
// the reference value chosen (the consensus, or the --reference source), a verdict per stating source, and
// ids from content (ids.ts). Emits codes and data only; the report stage makes the words.
import type { ChangeAspect, ComparedFact, Fact, Sentence, SourceVerdict } from '../types.js';
import { clusterIndex } from '../cluster/result.js';
import { describeFact, differenceOf, kindSpec } from '../extract/kinds/index.js';
import { defaultLabel } from '../extract/kinds/kind.js';
import { type CompareInput, alignFacts } from './align.js';
import { assignIds, idWordsOf } from './ids.js';
import { compareCodeUnits } from '../text/order.js';
import { emptyRecord } from '../text/records.js';
import { severityOf } from './severity.js';

export type { CompareInput } from './align.js';

export interface CompareOptions {
  /** Source id whose values are the reference; consensus of all sources when absent. */
  reference?: string;
  /** Score two facts of different sources need to be aligned as one fact (0..1). */
  alignThreshold?: number;
  /** Buckets of facts up to this size score every pair; larger ones only candidate pairs (candidates.ts). */
  allPairsUpTo?: number;
  /** Called as facts are aligned: how many of how many are done. */
  onProgress?: (done: number, total: number) => void;
}

export const DEFAULT_ALIGN_THRESHOLD = 0.35;

/**
 * Compare stage: align each fact across sources by what it is about (not by its value), pick the reference
 * value (consensus or the chosen source) and give every source a verdict.
 */
export function compareFacts(input: CompareInput, options: CompareOptions = {}): ComparedFact[] {
  const groups = alignFacts(
    input,
    options.alignThreshold ?? DEFAULT_ALIGN_THRESHOLD,
    options.allPairsUpTo,
    options.onProgress,
  );
  // The sources in the order the run takes them (content order), which breaks the last ties; and by id,
  // the order the report lists each fact's sources in.
  const order = input.sources.map((s) => s.id);
  const byId = [...order].sort(compareCodeUnits);
  // Consensus ties are broken by how often each source agrees with clear majorities elsewhere: a version
  // that follows the wire closely is the better witness when two versions disagree one to one.
  const reliability = sourceReliability(groups, order);
  const sourceOf = new Map(input.sources.map((s) => [s.id, s]));
  const sentence = (source: string, index: number) => sourceOf.get(source)!.sentences[index]!;
  const position = (fact: Fact) => fact.sentence / Math.max(1, sourceOf.get(fact.source)!.sentences.length - 1);
  const clusterOf = clusterIndex(input.clusters);
  const clusterMates: ClusterMates = (of) => clusterOf(of.source, of.sentence)?.members ?? [];
  const rank = rankBy(reliability, order);
  const compared = groups.map((group) => {
    // The classes of equal values, worked out once per group for the verdicts and for the fact's id.
    const classes = valueClasses(group, rank);
    // Against a reference, the reference's own statement names the fact, so adding or dropping copies never
    // renames it (baselines in CI stay put); otherwise the consensus does.
    const namedBy =
      group.find((f) => f.source === options.reference) ??
      representative(consensusOf(classes, reliability).members, rank);
    return {
      fact: verdicts(group, classes, byId, rank, reliability, options.reference, sentence, clusterMates),
      // Story order: the average place of the fact in the articles that state it, whatever the reference
      // (summed in an order of their own, so that the order of the group cannot round it another way).
      position: sum(group.map(position).sort((a, b) => a - b)) / group.length,
      idWords: idWordsOf(namedBy),
    };
  });
  return assignIds(compared);
}

// ---------------------------------------------------------------------------------------------------------
// Verdicts

interface ValueClass {
  members: Fact[];
  /** A member that would have fitted another class as well (a round or undirected figure between two values). */
  contested?: boolean;
}

/**
 * Orders facts by how far their source can be trusted, then by their own words, then by the place of their
 * source in the run's content order (`order`): never by file name.
 */
type Rank = (a: Fact, b: Fact) => number;

function rankBy(reliability: Map<string, number>, order: string[]): Rank {
  const place = byOrder(order);
  return (a, b) =>
    reliability.get(b.source)! - reliability.get(a.source)! ||
    compareCodeUnits(a.surface, b.surface) ||
    place(a.source, b.source);
}

const sum = (values: number[]) => values.reduce((total, x) => total + x, 0);

/**
 * Members that state the same value, most trusted first; each class is led by its most trusted member. A fact
 * joins a class only when it states the same value as every member: "2,000 feet" is a fair rounding of both
 * "600 metres" and "750 metres", but those two are not the same value and must not share a class through it.
 */
function valueClasses(group: Fact[], rank: Rank): ValueClass[] {
  const classes: ValueClass[] = [];
  // The most precise statements found the classes; a rounder one ("about 2,000 feet") then joins the class
  // whose value is nearest its own, so it cannot decide which of two precise values it sides with by order.
  // Whether two facts state the same value depends on their values alone, so each class is checked against
  // its distinct values: a class of 900 copies of "10,000 troops" costs one comparison, not 900.
  const distinct = new Map<ValueClass, Map<string, Fact>>();
  for (const fact of [...group].sort((a, b) => looseness(a) - looseness(b) || rank(a, b))) {
    let home: ValueClass | undefined;
    let fits = 0;
    for (const c of classes) {
      if (![...distinct.get(c)!.values()].every((member) => differenceOf(member, fact) === null)) continue;
      fits++;
      if (!home || distance(c.members[0]!, fact) < distance(home.members[0]!, fact)) home = c;
    }
    if (home) {
      home.members.push(fact);
      distinct.get(home)!.set(valueKey(fact), fact);
      if (fits > 1) home.contested = true;
    } else {
      const founded: ValueClass = { members: [fact] };
      classes.push(founded);
      distinct.set(founded, new Map([[valueKey(fact), fact]]));
    }
  }
  for (const c of classes) c.members.sort(rank);
  return classes;
}

const valueKeys = new WeakMap<Fact, string>();

/** The whole of a fact's value, as text: equal for facts that compare the same with any other. */
function valueKey(fact: Fact): string {
  let key = valueKeys.get(fact);
  if (key === undefined) valueKeys.set(fact, (key = JSON.stringify(fact.value)));
  return key;
}

/** How loosely a fact states its value (FactKindSpec.looseness): rounder statements join a class last. */
function looseness(fact: Fact): number {
  return kindSpec(fact.kind).looseness?.(fact.value) ?? 0;
}

/** The gap between two values of one kind (FactKindSpec.distance); 0 where classes go by equality alone. */
function distance(a: Fact, b: Fact): number {
  return a.kind === b.kind ? (kindSpec(a.kind).distance?.(a.value, b.value) ?? 0) : 0;
}

/**
 * The consensus class: a stated figure before a vague one ("scores" and "dozens" of wounded say less than
 * "120" or "more than 100", however many say it), then most members, then the more precise value (two say
 * "120", two "more than 100": 120), then the more trusted sources, then the value's own words.
 */
function consensusOf(classes: ValueClass[], reliability: Map<string, number>): ValueClass {
  const trust = (c: ValueClass) => c.members.reduce((sum, f) => sum + reliability.get(f.source)!, 0);
  const vague = (c: ValueClass) => (c.members.every((f) => kindSpec(f.kind).isVague?.(f.value) === true) ? 1 : 0);
  // The members of a class state one value, so its first says how precise it is.
  const specificity = ({ members: [first] }: ValueClass) => kindSpec(first!.kind).specificity?.(first!.value) ?? 0;
  return [...classes].sort(
    (a, b) =>
      vague(a) - vague(b) ||
      b.members.length - a.members.length ||
      specificity(b) - specificity(a) ||
      trust(b) - trust(a) ||
      compareCodeUnits(describeFact(a.members[0]!), describeFact(b.members[0]!)),
  )[0]!;
}

function sourceReliability(groups: Fact[][], order: string[]): Map<string, number> {
  const agree = new Map<string, number>(order.map((id) => [id, 0]));
  const present = new Map<string, number>(order.map((id) => [id, 0]));
  const neutral = rankBy(new Map(order.map((id) => [id, 0])), order);
  for (const group of groups) {
    if (group.length < 3) continue;
    const classes = valueClasses(group, neutral).sort((a, b) => b.members.length - a.members.length);
    if (classes.length > 1 && classes[0]!.members.length === classes[1]!.members.length) continue;
    // A majority made by a figure that fits either side is no evidence of who is reliable.
    if (classes.some((c) => c.contested)) continue;
    for (const fact of group) present.set(fact.source, present.get(fact.source)! + 1);
    for (const fact of classes[0]!.members) agree.set(fact.source, agree.get(fact.source)! + 1);
  }
  return new Map(order.map((id) => [id, (agree.get(id)! + 1) / (present.get(id)! + 2)]));
}

/**
 * Every source's verdict on one aligned fact. With a reference source, its value is the reference; a fact
 * it does not state is judged by the consensus of the others and marked `inReference: false` (an addition).
 */
function verdicts(
  group: Fact[],
  classes: ValueClass[],
  byId: string[],
  rank: Rank,
  reliability: Map<string, number>,
  referenceId: string | undefined,
  sentences: (source: string, index: number) => Sentence,
  clusterMates: ClusterMates,
): ComparedFact {
  const fromReference = referenceId ? classes.find((c) => c.members.some((f) => f.source === referenceId)) : undefined;
  const chosen = fromReference ?? consensusOf(classes, reliability);
  const reference = fromReference
    ? chosen.members.find((f) => f.source === referenceId)!
    : representative(chosen.members, rank);
  // Only the sources that state the fact get a verdict; any other omits it (see verdictOf). A run of 20,000
  // articles would otherwise hold 20,000 verdicts for each of its facts.
  const stated = new Map<string, SourceVerdict>();
  const agreeing = new Set(chosen.members);
  for (const fact of group) {
    const sentence = sentences(fact.source, fact.sentence);
    const verdict: SourceVerdict = {
      status: 'included',
      value: fact.surface,
      text: sentence.text,
      line: sentence.line,
      sentence: fact.sentence,
    };
    // Outside the reference class a fact differs from at least one of its members, even when it is a fair
    // rounding of the representative ("about 750 metres" against "about 2,000 feet" and "about 600 metres").
    const change = agreeing.has(fact) ? undefined : differenceFromClass(reference, chosen.members, fact);
    if (change)
      Object.assign(verdict, {
        status: 'altered',
        aspects: change.aspects,
        severity: severityOf(change.aspects),
        ...changedNames(change.aspects, change.against, fact),
      });
    stated.set(fact.source, verdict);
  }
  // A quote may be there in indirect speech in the sentences clustered with the quote's own.
  for (const mate of clusterMates(reference)) {
    if (stated.has(mate.source)) continue;
    const indirect = indirectVerdict(reference, mate.source, mate.sentence, sentences);
    if (indirect) stated.set(mate.source, indirect);
  }
  const sourcesOut = emptyRecord<SourceVerdict>();
  for (const id of [...stated.keys()].sort(byOrder(byId))) sourcesOut[id] = stated.get(id)!;
  const support = stated.size;
  return {
    id: '',
    kind: reference.kind,
    label: kindSpec(reference.kind).label?.(reference) ?? defaultLabel(reference),
    value: kindSpec(reference.kind).shownAs?.(reference) ?? reference.surface,
    normalized: describeFact(reference),
    referenceSource: reference.source,
    inReference: referenceId === undefined || group.some((f) => f.source === referenceId),
    // A source that reports the quote in indirect speech states the fact too.
    support,
    unique: support === 1,
    sources: sourcesOut,
  };
}

/** The sentences clustered with a given sentence (itself among them), or none. */
type ClusterMates = (of: { source: string; sentence: number }) => ReadonlyArray<{ source: string; sentence: number }>;

const orderIndexes = new WeakMap<string[], Map<string, number>>();

/** Compares source ids by their place in `order`. */
function byOrder(order: string[]): (a: string, b: string) => number {
  let index = orderIndexes.get(order);
  if (!index) orderIndexes.set(order, (index = new Map(order.map((id, i) => [id, i]))));
  return (a, b) => index.get(a)! - index.get(b)!;
}

/**
 * A quote a source does not quote may still be there in indirect speech: its sentence matched the quote's
 * sentence and repeats most of the quoted words without quotation marks. That is a change to the quote
 * (`altered`, aspect `indirect`), not an omission. A sentence that is the very words, only without the
 * marks (Google's own blog post, which the outlets quote), states it: `included`.
 */
function indirectVerdict(
  reference: Fact,
  source: string,
  index: number,
  sentences: (source: string, index: number) => Sentence,
): SourceVerdict | null {
  const sentence = sentences(source, index);
  const stated = kindSpec(reference.kind).inOtherWords?.(reference.value, sentence.text);
  if (!stated) return null;
  const where = { value: sentence.text, text: sentence.text, line: sentence.line, sentence: index };
  return stated === 'verbatim'
    ? { status: 'included', ...where }
    : { status: 'altered', ...where, aspects: ['indirect'], severity: severityOf(['indirect']) };
}

/** The class member whose wording stands for the value: the fullest quote, else the most reliable source's. */
function representative(members: Fact[], rank: Rank): Fact {
  const fullest = (a: Fact, b: Fact) => (kindSpec(a.kind).fullestStandsFor ? b.surface.length - a.surface.length : 0);
  return [...members].sort((a, b) => fullest(a, b) || rank(a, b))[0]!;
}

/**
 * How a fact outside the reference class differs: from the reference, or else from the first member it
 * differs from, which is then what the speakers or offices are told against ("Chief" instead of "Minister"
 * where the reference names no office).
 */
function differenceFromClass(
  reference: Fact,
  members: readonly Fact[],
  fact: Fact,
): { aspects: ChangeAspect[]; against: Fact } | undefined {
  const aspects = differenceOf(reference, fact);
  if (aspects) return { aspects, against: reference };
  for (const member of members) {
    const other = differenceOf(member, fact);
    if (other) return { aspects: other, against: member };
  }
  return undefined;
}

/** The two speakers or offices behind a change, when the kind has them (FactKindSpec.changedNames). */
function changedNames(aspects: ChangeAspect[], reference: Fact, fact: Fact): Pick<SourceVerdict, 'speaker' | 'role'> {
  return reference.kind === fact.kind
    ? (kindSpec(reference.kind).changedNames?.(aspects, reference.value, fact.value) ?? {})
    : {};
}

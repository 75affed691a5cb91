// The contract every fact kind implements: how it is found, how two of its values differ, how it is worded,
// which facts it may align with and how strongly. Everything about a kind lives in its module (one file per
// kind, as jsdiff has one file per diff); the stages call these hooks through the registry (index.ts) and
// never branch on a kind themselves. A hook left out takes the default below.
import type { ChangeAspect, Fact, FactKind, FactValueOf, SegmentedSource, SourceVerdict } from '../../types.js';
import type { NumberMention } from '../numbers/mentions.js';
import type { PersonMention } from '../people/directory.js';
import type { Token } from '../tokens.js';

/** A fact a finder located in one sentence, by token positions; the extract stage turns it into a `Fact`. */
export interface FoundFact {
  kind: FactKind;
  /** First token of the fact's words and the token after the last. */
  first: number;
  next: number;
  value: FactValueOf[FactKind];
  /** Words naming what is counted or measured ("North Korean soldiers"), when the finder can tell. */
  subject?: string;
}

/** A fact of one kind, its value typed as that kind states it. */
export type FactOf<K extends FactKind> = Fact & { kind: K; value: FactValueOf[K] };

/** What the compare stage knows about two facts of different sources when it weighs them as one fact. */
export interface AlignEvidence {
  /** Overlap (0–1) of the words around the two facts. */
  context: number;
  /**
   * Similarity of the two sentences (1 when clustered together). Worked out on demand: at scale it is the
   * dearest part of a score.
   */
  sentence: () => number;
  /** The two facts state the same value (`difference` is null). */
  sameValue: () => boolean;
}

export interface FactKindSpec<K extends FactKind = FactKind> {
  readonly kind: K;

  // ---- Finding (the extract stage) --------------------------------------------------------------------
  /**
   * Number kinds: the fact a number mention states, or undefined. Kinds are asked in registry order and the
   * first that reads the mention has it: "15%" is a percent before it could be a count.
   */
  atMention?(tokens: Token[], mention: NumberMention, following: NumberMention | undefined): FoundFact | undefined;
  /** Facts found by their own words in a sentence's tokens ("January 20", "just weeks before"). */
  scan?(tokens: Token[]): FoundFact[];
  /** Whether the numbers inside scanned facts are taken: the digits of "2025-03-04" are no count. */
  readonly scanClaimsNumbers?: boolean;
  /** Facts of a whole source, from the people it names (a person at first mention, a quote and its speaker). */
  inSource?(source: SegmentedSource, mentions: PersonMention[]): Fact[];
  /** The source's facts of this kind rewritten once all are found ("yesterday" from the dateline's date). */
  settle?(facts: Array<FactOf<K>>): Fact[];
  /** An amount: it belongs to the person named just before it, and a verb moves it ("fell 3%"). */
  readonly amount?: boolean;

  // ---- Comparing (the compare stage) ------------------------------------------------------------------
  /** What differs between a source's value and the reference, or null when both state the same thing. */
  difference(reference: FactValueOf[K], other: FactValueOf[K]): ChangeAspect[] | null;
  /**
   * Who changed, where the words alone do not show it: the two speakers of a quote given to someone else,
   * the two offices of a person given another one. The report words it (report/messages.ts).
   */
  changedNames?(
    aspects: readonly ChangeAspect[],
    reference: FactValueOf[K],
    other: FactValueOf[K],
  ): Pick<SourceVerdict, 'speaker' | 'role'>;
  /** A reading of the value independent of any one source's words: "more than 10,000", "January 20". */
  describe(value: FactValueOf[K]): string;
  /**
   * Facts that may align share a bucket: numbers of one dimension, a person with the same person. Default: the
   * kind.
   */
  bucket?(fact: FactOf<K>): string;
  /** How likely two facts of different sources are one fact (0–1). Default: context, sentence and value. */
  alignScore?(a: FactOf<K>, b: FactOf<K>, evidence: AlignEvidence): number;
  /**
   * A key for joining rows by value alone, for a value distinctive enough that two outlets stating it in one
   * story state one fact whatever their wording ("425kg", "January 31", "$11 million"); undefined for a value
   * too common for that ("two", "Monday"). Facts of one key still join only when they state the same value
   * or a compatible one and the kind's alignScore does not rule them apart. Default: none.
   */
  valueKey?(fact: FactOf<K>): string | undefined;
  /**
   * Keys for joining rows by a value common in one story ("Monday", "November"): two outlets stating it once
   * each mean one day, but one outlet stating it in two rows states two events of it, so rows join by them
   * only where no source is in both. A more precise value is offered under the less precise keys it fits
   * ("November 29" under "November"), so that an outlet's "in November" meets it. Default: none.
   */
  commonValueKeys?(fact: FactOf<K>): readonly string[];
  /**
   * What the fact is about, as one key: a count's counted thing ("excavator" for "60 excavators" and "80
   * diggers"). Rows of one key join when every source states that key in one row only: in one story, each
   * outlet's one count of excavators is the count of excavators, whatever its number. Default: none.
   */
  subjectKey?(fact: FactOf<K>): string | undefined;
  /** Words through which facts of a large bucket meet partners, besides what they count and their context. */
  partnerKeys?(fact: FactOf<K>): string[];
  /** Whether facts sharing only a common word still meet when they state the same value. Default: yes. */
  readonly meetsByValue?: boolean;
  /** A vague statement of the value ("thousands of troops"), which joins a precise one of the same thing. */
  isVague?(value: FactValueOf[K]): boolean;
  /**
   * How much the value says, to break a tie between two values stated equally often (the reference is then the
   * more precise one): "120" says more than "more than 100", "January 31" more than "January". Default 0.
   */
  specificity?(value: FactValueOf[K]): number;
  /** How loosely the value is stated, relative to its size: rounder statements join a value class last. Default 0. */
  looseness?(value: FactValueOf[K]): number;
  /** The relative gap between two values, for the class a round value joins. Default 0. */
  distance?(a: FactValueOf[K], b: FactValueOf[K]): number;
  /** The reference's words, by default as the source wrote them. */
  shownAs?(fact: FactOf<K>): string;
  /** The fullest wording stands for a class of equal values (a quote's longest version). */
  readonly fullestStandsFor?: boolean;
  /**
   * Whether a sentence states the value without stating the fact as such: `verbatim` for a quote's very words
   * without quotation marks (the speaker's own release, or a copy that dropped the marks), `indirect` for
   * most of them in indirect speech; undefined when it does not.
   */
  inOtherWords?(value: FactValueOf[K], sentence: string): 'verbatim' | 'indirect' | undefined;

  // ---- Reporting --------------------------------------------------------------------------------------
  /** What the fact is about, for people: "count of North Korean soldiers". Default: "kind: topic". */
  label?(fact: FactOf<K>): string;
  /** The content words a fact's id is made from. Default: the described value ("date:january-20"). */
  idWords?(fact: FactOf<K>): string;
  /** Part of a story's setting (names, dates), not one of its claims: it does not make a sentence shared. */
  readonly setting?: boolean;
}

/** Weights of the default alignment score: the words around the fact, its sentence, its value. */
export const ALIGN_WEIGHTS = { context: 0.35, sentence: 0.4, value: 0.25 } as const;

/**
 * The default alignment score: what surrounds the fact, its sentence, and (weakly) its value. Two facts whose
 * surroundings share no word meet only through their sentences; unless those were clustered, their likeness
 * is mostly the value itself ("for 11 weeks" in two unrelated articles), so the sentence then counts for
 * nothing.
 */
export function defaultAlignScore(evidence: AlignEvidence, valueScore = evidence.sameValue() ? 1 : 0): number {
  return (
    ALIGN_WEIGHTS.context * evidence.context +
    ALIGN_WEIGHTS.sentence * contextualSentence(evidence) +
    ALIGN_WEIGHTS.value * valueScore
  );
}

/** The sentence score where the surroundings back it up (or the sentences were clustered together). */
export function contextualSentence(evidence: AlignEvidence): number {
  const value = evidence.sentence();
  return evidence.context > 0 || value === 1 ? value : 0;
}

/** The default label: "percent: share of the vote", or the kind alone without a topic. */
export function defaultLabel(fact: Fact): string {
  return fact.topic ? `${fact.kind}: ${fact.topic}` : fact.kind;
}

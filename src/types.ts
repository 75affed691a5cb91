// Plain data passed between the pipeline stages:
// read sources → segment sentences → cluster sentences → extract facts → compare facts → report.
// Every stage takes and returns these shapes; none of them prints or touches `process`.

/** Something the user should know about the input that did not stop the run (a skipped or re-decoded file). */
export interface Warning {
  /** Path as the user gave it or relative to the folder they named (POSIX separators). */
  file: string;
  message: string;
}

/** A line recognised as site furniture (cookie notice, "Source link", byline...), kept out of claims and facts. */
export interface BoilerplateLine {
  /** 1-based line number in the file. */
  line: number;
  text: string;
  /** Which rule recognised it, e.g. "cookie-notice". */
  rule: string;
}

/** One article as read from disk, decoded to text. */
export interface Source {
  /** File name without extension; unique within a run. */
  id: string;
  /** Relative POSIX path used in reports. */
  path: string;
  /** Decoded text with the file's own characters (line ends normalised to \n). */
  text: string;
}

export interface ReadResult {
  sources: Source[];
  warnings: Warning[];
}

/** A sentence or a stand-alone line (headline, subheading) of one source. */
export interface Sentence {
  source: string;
  /** 0-based position among the source's sentences. */
  index: number;
  text: string;
  /** 1-based line and column of the first character in the file. */
  line: number;
  column: number;
  /** Character offset of the first character in the source text. */
  offset: number;
  /** 0-based paragraph (block of text between blank lines or line breaks) the sentence starts in. */
  paragraph: number;
}

export interface SegmentedSource extends Source {
  sentences: Sentence[];
  boilerplate: BoilerplateLine[];
}

/** One sentence of one source, by source id and 0-based sentence index. */
export interface SentenceRef {
  source: string;
  sentence: number;
}

/** Sentences of different sources that state the same thing. */
export interface Cluster {
  id: string;
  members: Array<{ source: string; sentence: number }>;
}

/**
 * How an interval is qualified. "more than 10,000" is `above`; "as many as 12,000" and "up to 306 km" are `upTo`;
 * "about", "nearly", "roughly" are `approx`; a bare number is `exact`; "voted 7-2" is a `tally`.
 */
export type Qualifier = 'exact' | 'above' | 'atLeast' | 'upTo' | 'below' | 'approx' | 'nearly' | 'between' | 'tally';

export interface NumberValue {
  type: 'number';
  /** Value in the canonical unit of `unit` (metres for lengths, the currency for money). */
  amount: number;
  /** Upper end for `between`; the second number of a `tally` ("voted 7-2"). */
  upper?: number;
  qualifier: Qualifier;
  /**
   * Canonical unit: 'm', 'kg', 'l', 'km/h', 'C', 'USD', '%', or '' for plain counts; a count's 'ordinal'
   * ("the 45th president") and age ("years old", "months old") are units of their own.
   */
  unit: string;
  /** Half the step of the last stated digit, in canonical units: "306 km" → 500 m; "190 miles" → 805 m. */
  tolerance: number;
  /**
   * The same, counting trailing zeros of a whole number as rounding: "12,000 hectares" → 500 ha. Used only
   * when a value was converted from another unit, where "12,000 hectares" = "29,650 acres" is a fair rounding;
   * in the same unit "10,000" and "12,000" stay different numbers.
   */
  roundedTolerance: number;
  /** The unit as the source wrote it, folded ("km", "mile", "hectare"), to tell a conversion from a restatement. */
  statedUnit: string;
  /** Vague amounts such as "thousands" or "tens of billions". */
  vague: boolean;
  /** The way the number moves when a verb says so: "fell 3%" is down, "rose 3%" up. */
  trend?: 'up' | 'down';
  /** "rose to 5.2%" (a level) or "rose by 5.2%" (a change). */
  change?: 'to' | 'by';
  /**
   * The other half of a measure stated twice, "87 mph (140 km/h)": the value is the more precise half and
   * this the other, compared too, so that a change to either half (or a wrong conversion) shows.
   */
  restated?: NumberValue;
}

export interface DateValue {
  type: 'date';
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  /** A time of day on a 24-hour clock: "9:24 p.m." is hour 21, minute 24; "at noon" 12:00. */
  hour?: number;
  minute?: number;
  /** "at 5:52": a time of 1 to 12 without "am" or "pm", the same as 5:52 or 17:52. */
  halfOfDayUnstated?: boolean;
  /** A date relative to the article's own: "yesterday", "last week", "next month". */
  relative?: string;
}

export interface DurationValue {
  type: 'duration';
  /** null when vague ("weeks", "months"). */
  amount: number | null;
  unit: 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
  /** How the span relates to the event it measures: "two months before", "three days after", "a year ago". */
  relation: 'before' | 'after' | 'ago' | 'for' | 'within' | 'none';
  /** "at least six months", "about 90 days"; `exact` when none is stated. */
  qualifier: Qualifier;
}

export interface QuoteValue {
  type: 'quote';
  /** The quoted words as written, without the quote marks. */
  words: string;
  speaker: string | null;
  /**
   * The speaker is an organisation or an unnamed source ("the zoo", "a rep for Weinstein"), not a person of
   * the run: outlets name those differently, so another such name is no change of speaker.
   */
  organisation?: boolean;
  /**
   * The speaker was read from a pronoun, an office, the nearest name or the quote before, not named at the
   * quote with a speech verb: a difference of such speakers is no change of speaker.
   */
  speakerInferred?: boolean;
  /** A short phrase in single quotes, or a fragment woven into a sentence. */
  partial: boolean;
}

export interface PersonValue {
  type: 'person';
  /** Canonical name ("Volodymyr Zelenskiy" for every spelling the run saw). */
  name: string;
  role: string | null;
}

export type FactValue = NumberValue | DateValue | DurationValue | QuoteValue | PersonValue;

/**
 * The value each fact kind states. The kinds themselves, in the order they are found (their precedence),
 * are the registry `KINDS` (src/extract/kinds/index.ts), where each kind is one module; the compiler holds
 * this map and the registry to the same kinds.
 */
export interface FactValueOf {
  date: DateValue;
  percent: NumberValue;
  money: NumberValue;
  quantity: NumberValue;
  duration: DurationValue;
  count: NumberValue;
  person: PersonValue;
  quote: QuoteValue;
}

export type FactKind = keyof FactValueOf;

/** One fact as one source states it. */
export interface Fact {
  kind: FactKind;
  source: string;
  /** Index of the sentence that states it. */
  sentence: number;
  /** The words in the sentence that state it, exactly as written ("up to 190 miles (306 km)"). */
  surface: string;
  value: FactValue;
  /** A few words of the source saying what the fact is about: "North Korean soldiers", "ATACMS rockets range". */
  topic: string;
  /** Character offset of `surface` in the sentence text. */
  start: number;
  /** Stemmed words naming what is counted, measured or said ("north", "korean", "soldier"). */
  subject: string[];
  /** Stemmed words around the fact in its sentence, the context that tells facts of one kind apart. */
  context: string[];
  /** The person named just before a number, whose number it is ("Fenwright 45.1 per cent"). */
  owner?: string;
  /**
   * For an amount, what happens to what it counts, as a class (lexicon/predicates.ts): "dead" for "killing at
   * least six", "injured" for "120 wounded". Numbers of different predicates are never one fact.
   */
  predicate?: string;
}

export type Status = 'included' | 'altered' | 'omitted';

/** What differs between a source's value and the reference. */
export type ChangeAspect =
  | 'value'
  | 'qualifier'
  | 'unit'
  | 'precision'
  | 'wording'
  | 'speaker'
  | 'relation'
  /**
   * Added to `value` or `precision` when the two numbers cannot both be true ("37" against "45"; not
   * "more than 10,000" against "12,000").
   */
  | 'contradiction'
  /** A direct quote reported in indirect speech: the same words without quotation marks. */
  | 'indirect'
  /** A person given another office: "Foreign Minister" against "Defence Minister". */
  | 'role'
  /** A number that moves the other way: "fell 3%" against "rose 3%". */
  | 'direction';

export interface SourceVerdict {
  status: Status;
  /** The source's own words for the fact; absent when omitted. */
  value?: string;
  /** The sentence that states it. */
  text?: string;
  line?: number;
  sentence?: number;
  /** For `altered`: a short description of what changed, in words (made by the report stage). */
  change?: string;
  aspects?: ChangeAspect[];
  /** For `altered`: how serious the change is (compare/severity.ts). */
  severity?: Severity;
  /** For a quote given to someone else (aspect `speaker`): the reference's speaker and this source's. */
  speaker?: ChangedPair;
  /** For a person given another office (aspect `role`): the reference's office and this source's. */
  role?: ChangedPair;
}

/**
 * How serious a change is: `contradiction` (both cannot be true: "37" against "45", Tuesday against
 * Wednesday), `changed` (another value or wording), `nuance` (only a compatible qualifier or precision:
 * "about $121 billion" against "$121 billion", "at least seven" against "seven").
 */
export type Severity = 'contradiction' | 'changed' | 'nuance';

/** What the reference states and what this source states instead. */
export interface ChangedPair {
  reference: string;
  source: string;
}

export interface ComparedFact {
  id: string;
  kind: FactKind;
  /** What the fact is about, for people: "count of North Korean soldiers", "Grenell's quote". */
  label: string;
  /** The reference value in the reference source's words. */
  value: string;
  /** The reference value normalised: "more than 10,000", "up to 306 km", "January 20". */
  normalized: string;
  /** Which source's words `value` quotes. */
  referenceSource: string;
  /**
   * With `--reference`: whether the reference source states this fact. A fact it does not state is an
   * addition by the other sources, judged among themselves. Always true for the consensus.
   */
  inReference: boolean;
  /** How many sources state the fact at all. */
  support: number;
  /** Stated by exactly one source. */
  unique: boolean;
  /**
   * The sources that state the fact (`included` or `altered`), in source order. A source not listed omits
   * it; `verdictOf(fact, source)` reads either. (Schema version 1 listed every source.)
   */
  sources: Record<string, SourceVerdict>;
}

export interface UniqueClaim {
  id: string;
  source: string;
  sentence: number;
  line: number;
  text: string;
}

export interface SourceSummary {
  included: number;
  altered: number;
  /** Of the altered facts, those changed only in a compatible qualifier or precision (severity nuance). */
  nuance: number;
  omitted: number;
  /** Facts only this source states. */
  unique: number;
  /** Claims (sentences) only this source makes. */
  uniqueClaims: number;
}

export interface ReportSource {
  id: string;
  path: string;
  sentences: Array<{ index: number; text: string; line: number; column: number }>;
  boilerplate: Array<{ line: number; text: string; rule: string }>;
}

export interface Report {
  schemaVersion: 2;
  tool: { name: string; version: string };
  reference: string;
  sources: ReportSource[];
  clusters: Array<{ id: string; members: Array<{ source: string; sentence: number; text: string }> }>;
  facts: ComparedFact[];
  uniqueClaims: UniqueClaim[];
  summary: Record<string, SourceSummary>;
  warnings: Warning[];
}

/** What a finding says of its source: it alters or omits a fact, or states one (or makes a claim) no other does. */
export type FindingKind = 'altered' | 'omitted' | 'unique';

/**
 * What `--fail-on` and `check` select: a finding kind, where `altered` means a contradiction or a change, and
 * `nuance` the altered facts that differ only in a compatible qualifier or precision (left out by default).
 */
export type FailOnKind = FindingKind | 'nuance';

/** One thing a report says has drifted: the unit of `--fail-on`, `check`, baselines and GitHub annotations. */
export interface Finding {
  /** Stable identity for baselines: "altered|daily|count:north-korean-soldiers|12000 north korean troops". */
  key: string;
  kind: FindingKind;
  /** The source that drifts (for `unique`, the one source that makes the claim). */
  source: string;
  /** Its file, relative POSIX path. */
  path: string;
  /** Line of the sentence in that file; absent for an omission (the source has no such sentence). */
  line?: number;
  /**
   * The fact (`count:north-korean-soldiers`) or the unique claim in plain words
   * (`claim:such things are not announced`).
   */
  subject: string;
  factKind?: FactKind;
  /** "count of North Korean soldiers", or the claim's text. */
  label: string;
  /** The reference value, for altered and omitted facts. */
  expected?: string;
  /** The source's own value or sentence, for altered facts and unique claims. */
  actual?: string;
  aspects?: ChangeAspect[];
  /** For altered facts: how serious the change is. */
  severity?: Severity;
}

/** A finding a team has accepted, as its baseline file lists it. */
export interface BaselineEntry {
  key: string;
  kind: FindingKind;
  source: string;
  /** What the finding is about, for a reviewer reading the file: "count of North Korean soldiers". */
  label: string;
}

/**
 * What `claimdiff check` found: the findings that fail it (those the baseline does not accept, or all of the
 * kinds asked for without a baseline) and the accepted entries no longer found. The formatters list
 * `failing` in a section of their own; `check --json` prints the whole as the report's `check` field
 * (schema/report.schema.json).
 */
export interface CheckResult {
  failing: Finding[];
  stale: BaselineEntry[];
}

// Extract stage: SegmentedSource[] → Fact[]. Pure. Every checkable fact of every sentence, found by the
// kinds of the registry (kinds/index.ts) in its order. People are resolved over the whole run first, so
// that spellings agree across sources and quotes can be attributed by surname or pronoun.
import type { Fact, SegmentedSource, Sentence, Warning } from '../types.js';
import { type Token, tokenize } from './tokens.js';
import type { FoundFact } from './kinds/kind.js';
import { KINDS } from './kinds/index.js';
import { findNumberMentions } from './numbers/mentions.js';
import { type NameCandidate, findNameCandidates } from './people/names.js';
import { type Directory, type PersonMention, buildDirectory, resolvePerson } from './people/directory.js';
import { isTitleCase } from './people/title-case.js';
import { toFact } from './context.js';
import { maskNonFacts } from './masks.js';
import { MAX_QUOTE_MARKS, overQuotedParagraphs } from './quotes/spans.js';

interface SentenceTokens {
  sentence: Sentence;
  tokens: Token[];
  names: NameCandidate[];
  /** A headline in title case, where a capital before a number says nothing ("Police Arrest 4 Suspects"). */
  titleCase: boolean;
}

/**
 * The most facts read from one sentence: a longer list ("1, 2, 3, …", a table run together) gives its first
 * this many, in the order they stand. The sentences of news articles give 16 at most.
 */
export const MAX_FACTS_PER_SENTENCE = 100;

/**
 * The most facts read from one source: beyond them its sentences are not read for facts. The longest
 * articles give some 200; a 10 MB file of numbers gave 180,000, which the compare stage then weighed.
 */
export const MAX_FACTS_PER_SOURCE = 5000;

export interface ExtractResult {
  /** The facts of every source, in source order. */
  facts: Fact[];
  /** Sources where a limit was met (facts per sentence or per source, quote marks per paragraph), named. */
  warnings: Warning[];
}

/** Extract stage: the facts of every source, in source order. */
export function extractFacts(sources: SegmentedSource[]): Fact[] {
  return extractStage(sources).facts;
}

/** Extract stage: the facts of every source, in source order, and the limits met on the way. */
export function extractStage(sources: SegmentedSource[]): ExtractResult {
  const tokenised = sources.map((source) =>
    source.sentences.map((sentence): SentenceTokens => {
      const tokens = tokenize(sentence.text);
      const titleCase = isTitleCase(sentence.text);
      return { sentence, tokens, names: findNameCandidates(tokens, titleCase), titleCase };
    }),
  );
  const people = buildDirectory(tokenised.flat().flatMap((s) => s.names));
  const facts: Fact[] = [];
  const warnings: Warning[] = [];
  sources.forEach((source, i) => {
    const result = extractFromSource(source, tokenised[i]!, people);
    // Not push(...list): a spread of a large source's facts overflows the stack.
    for (const fact of result.facts) facts.push(fact);
    for (const warning of result.warnings) warnings.push(warning);
  });
  return { facts, warnings };
}

/**
 * A source's facts: sentence by sentence, then those of the whole source (people, quotes), then settled;
 * within MAX_FACTS_PER_SENTENCE and MAX_FACTS_PER_SOURCE, and with the quotes of a paragraph of over
 * MAX_QUOTE_MARKS marks left unread (quotes/spans.ts), each limit met a warning.
 */
function extractFromSource(source: SegmentedSource, sentences: SentenceTokens[], people: Directory): ExtractResult {
  let facts: Fact[] = [];
  const mentions: PersonMention[] = [];
  let crowded = 0;
  // How many sentences are read for facts: all, unless the source gives more than MAX_FACTS_PER_SOURCE.
  let read = sentences.length;
  for (let k = 0; k < sentences.length; k++) {
    if (facts.length >= MAX_FACTS_PER_SOURCE) {
      read = k;
      break;
    }
    const { sentence, tokens, names, titleCase } = sentences[k]!;
    const here = personMentions(sentence, names, people);
    let found = findInSentence(tokens, titleCase);
    if (found.length > MAX_FACTS_PER_SENTENCE) {
      crowded++;
      found = firstInSentence(found, MAX_FACTS_PER_SENTENCE);
    }
    for (const f of found) facts.push(toFact(source.id, sentence, tokens, f, here));
    for (const mention of here) mentions.push(mention);
  }
  const readSource = read < sentences.length ? { ...source, sentences: source.sentences.slice(0, read) } : source;
  for (const spec of KINDS) {
    if (spec.inSource) for (const fact of spec.inSource(readSource, mentions)) facts.push(fact);
  }
  // People and quotes may take the source past the limit: then it ends before the sentence that does so.
  if (facts.length > MAX_FACTS_PER_SOURCE) {
    read = Math.min(read, sentenceOverLimit(facts));
    facts = facts.filter((f) => f.sentence < read);
  }
  const warnings: Warning[] = [];
  const warn = (message: string) => warnings.push({ file: source.path, message });
  const quoted = overQuotedParagraphs(readSource.sentences).size;
  if (quoted > 0) warn(`${quoted} paragraph(s) with over ${MAX_QUOTE_MARKS} quotation marks: their quotes not read`);
  if (crowded > 0)
    warn(`${crowded} sentence(s) with over ${MAX_FACTS_PER_SENTENCE} facts: the first ${MAX_FACTS_PER_SENTENCE} read`);
  if (read < sentences.length) {
    const { line, column } = sentences[read]!.sentence;
    warn(`over ${MAX_FACTS_PER_SOURCE} facts: none read from line ${line}, column ${column} on`);
  }
  return { facts: settled(facts), warnings };
}

/** The first `limit` facts of a sentence by where they stand, in the order they were found. */
function firstInSentence(found: FoundFact[], limit: number): FoundFact[] {
  const kept = found
    .map((f, i) => ({ first: f.first, i }))
    .sort((a, b) => a.first - b.first || a.i - b.i)
    .slice(0, limit)
    .map((f) => f.i)
    .sort((a, b) => a - b);
  return kept.map((i) => found[i]!);
}

/** The first sentence whose facts take the source past MAX_FACTS_PER_SOURCE, counting sentence by sentence. */
function sentenceOverLimit(facts: Fact[]): number {
  const perSentence = new Map<number, number>();
  for (const f of facts) perSentence.set(f.sentence, (perSentence.get(f.sentence) ?? 0) + 1);
  let total = 0;
  for (const [sentence, count] of [...perSentence].sort((a, b) => a[0] - b[0])) {
    total += count;
    if (total > MAX_FACTS_PER_SOURCE) return sentence;
  }
  return Number.POSITIVE_INFINITY;
}

/** The names of a sentence that resolve to a person of the run's directory. */
function personMentions(sentence: Sentence, names: NameCandidate[], people: Directory): PersonMention[] {
  const here: PersonMention[] = [];
  for (const name of names) {
    const person = resolvePerson(name, people);
    if (person) {
      here.push({
        person,
        sentence: sentence.index,
        start: name.start,
        end: name.end,
        surface: sentence.text.slice(name.start, name.end),
        role: name.role,
      });
    }
  }
  return here;
}

/**
 * The facts of one sentence. Kinds that scan the words run first, and those that claim numbers take them
 * (the digits of "2025-03-04"); then each number mention goes to the first number kind that reads it, unless
 * a fact already holds it. Number facts come first, then the scanned ones in registry order. The digits of
 * web addresses, phone numbers and seasons are hidden from all of them (masks.ts).
 */
function findInSentence(words: Token[], titleCase: boolean): FoundFact[] {
  const tokens = maskNonFacts(words);
  const scanned = KINDS.map((spec) => spec.scan?.(tokens) ?? []);
  const taken = KINDS.flatMap((spec, k) => (spec.scanClaimsNumbers ? scanned[k]! : []));
  const found: FoundFact[] = [];
  // The tokens a fact holds, marked (not searched for among the facts so far: a sentence of 1,000 numbers).
  const held = new Uint8Array(tokens.length + 1);
  const hold = (f: FoundFact) => held.fill(1, f.first, f.next);
  for (const f of taken) hold(f);
  const mentions = findNumberMentions(tokens, titleCase);
  mentions.forEach((mention, k) => {
    let fact: FoundFact | undefined;
    for (const spec of KINDS) if (!fact && spec.atMention) fact = spec.atMention(tokens, mention, mentions[k + 1]);
    if (fact && !held[mention.number]) {
      found.push(fact);
      hold(fact);
    }
  });
  return [...found, ...scanned.flat()];
}

/** Each kind's facts of a source settled together (relative dates resolved), each left in its place. */
function settled(facts: Fact[]): Fact[] {
  let out = facts;
  for (const spec of KINDS) {
    if (!spec.settle) continue;
    const at = out.flatMap((f, i) => (f.kind === spec.kind ? [i] : []));
    if (at.length === 0) continue;
    const after = spec.settle(at.map((i) => out[i]!));
    out = [...out];
    at.forEach((i, k) => {
      out[i] = after[k]!;
    });
  }
  return out;
}

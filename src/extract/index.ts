// Extract stage: SegmentedSource[] → Fact[]. Pure. Every checkable fact of every sentence, found by the
// kinds of the registry (kinds/index.ts) in its order. People are resolved over the whole run first, so
// that spellings agree across sources and quotes can be attributed by surname or pronoun.
import type { Fact, SegmentedSource, Sentence } from '../types.js';
import { type Token, tokenize } from './tokens.js';
import type { FoundFact } from './kinds/kind.js';
import { KINDS } from './kinds/index.js';
import { findNumberMentions } from './numbers/mentions.js';
import { type NameCandidate, findNameCandidates } from './people/names.js';
import { type Directory, type PersonMention, buildDirectory, resolvePerson } from './people/directory.js';
import { isTitleCase } from './people/title-case.js';
import { toFact } from './context.js';
import { maskNonFacts } from './masks.js';

interface SentenceTokens {
  sentence: Sentence;
  tokens: Token[];
  names: NameCandidate[];
  /** A headline in title case, where a capital before a number says nothing ("Police Arrest 4 Suspects"). */
  titleCase: boolean;
}

/** Extract stage: the facts of every source, in source order. */
export function extractFacts(sources: SegmentedSource[]): Fact[] {
  const tokenised = sources.map((source) =>
    source.sentences.map((sentence): SentenceTokens => {
      const tokens = tokenize(sentence.text);
      const titleCase = isTitleCase(sentence.text);
      return { sentence, tokens, names: findNameCandidates(tokens, titleCase), titleCase };
    }),
  );
  const people = buildDirectory(tokenised.flat().flatMap((s) => s.names));
  return sources.flatMap((source, i) => extractFromSource(source, tokenised[i]!, people));
}

/** A source's facts: sentence by sentence, then those of the whole source (people, quotes), then settled. */
function extractFromSource(source: SegmentedSource, sentences: SentenceTokens[], people: Directory): Fact[] {
  const facts: Fact[] = [];
  const mentions: PersonMention[] = [];
  for (const { sentence, tokens, names, titleCase } of sentences) {
    const here = personMentions(sentence, names, people);
    for (const found of findInSentence(tokens, titleCase)) facts.push(toFact(source.id, sentence, tokens, found, here));
    mentions.push(...here);
  }
  // Not push(...list): a spread of a 3 MB file's 180,000 facts overflows the stack.
  for (const spec of KINDS) if (spec.inSource) for (const fact of spec.inSource(source, mentions)) facts.push(fact);
  return settled(facts);
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
  const claimed = (at: number) =>
    taken.some((f) => f.first <= at && at < f.next) || found.some((f) => f.first <= at && at < f.next);
  const mentions = findNumberMentions(tokens, titleCase);
  mentions.forEach((mention, k) => {
    let fact: FoundFact | undefined;
    for (const spec of KINDS) if (!fact && spec.atMention) fact = spec.atMention(tokens, mention, mentions[k + 1]);
    if (fact && !claimed(mention.number)) found.push(fact);
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

import type { Fact, SegmentedSource, Sentence } from '../types.js';
import { contentKeys, keysOfWord } from '../text/words.js';
import { STOPWORDS } from '../text/stopwords.js';
import { type Token, tokenize } from './tokens.js';
import type { FoundFact } from './kinds/kind.js';
import { findNumberMentions } from './numbers/mentions.js';
import { readPercent } from './kinds/percent.js';
import { readMoney } from './kinds/money.js';
import { readQuantity } from './kinds/quantity.js';
import { readDuration, findVagueDurations, findCompoundDurations } from './kinds/duration.js';
import { readCount } from './kinds/count.js';
import { findDates, isCalendarDate, resolveRelativeDate } from './kinds/date.js';
import { trendBefore } from './numbers/trend.js';
import { type NameCandidate, findNameCandidates } from './people/names.js';
import { type KnownPerson, type PersonMention, buildDirectory, resolvePerson } from './people/directory.js';
import { type QuoteSpan, findQuoteSpans } from './quotes/spans.js';
import { attributeQuotes } from './people/attribution.js';
import { isTitleCase } from './people/title-case.js';
import { startsUpper } from '../text/letters.js';

interface SentenceTokens {
  sentence: Sentence;
  tokens: Token[];
  names: NameCandidate[];
}

/**
 * Extract stage: every checkable fact of every sentence. People are resolved over the whole run first, so
 * that spellings agree across sources and quotes can be attributed by surname or pronoun.
 */
export function extractFacts(sources: SegmentedSource[]): Fact[] {
  const tokenised = sources.map((source) =>
    source.sentences.map((sentence): SentenceTokens => {
      const tokens = tokenize(sentence.text);
      return { sentence, tokens, names: findNameCandidates(tokens, isTitleCase(sentence.text)) };
    }),
  );
  const people = buildDirectory(tokenised.flat().flatMap((s) => s.names));
  return sources.flatMap((source, i) => extractFromSource(source, tokenised[i]!, people));
}

function extractFromSource(source: SegmentedSource, sentences: SentenceTokens[], people: KnownPerson[]): Fact[] {
  const facts: Fact[] = [];
  const mentions: PersonMention[] = [];
  for (const { sentence, tokens, names } of sentences) {
    const here: PersonMention[] = [];
    for (const name of names) {
      const person = resolvePerson(name, people);
      if (person) {
        here.push({ person, sentence: sentence.index, start: name.start, end: name.end,
          surface: sentence.text.slice(name.start, name.end), role: name.role });
      }
    }
    for (const found of findNumericFacts(tokens)) facts.push(toFact(source.id, sentence, tokens, found, here));
    mentions.push(...here);
  }
  facts.push(...personFacts(source, mentions));
  facts.push(...quoteFacts(source, mentions));
  return withRelativeDatesResolved(facts);
}

/** How many sentences from the top may carry the article's own date (a dateline, a "Published" line). */
const DATELINE_SENTENCES = 3;

/** "yesterday" and "tomorrow" as calendar dates when the article states its own date near the top. */
function withRelativeDatesResolved(facts: Fact[]): Fact[] {
  const own = facts.find((f) => f.kind === 'date' && f.sentence < DATELINE_SENTENCES && f.value.type === 'date' && isCalendarDate(f.value));
  if (!own || own.value.type !== 'date') return facts;
  const articleDate = own.value;
  return facts.map((f) => (f.value.type === 'date' && f.value.relative !== undefined ? { ...f, value: resolveRelativeDate(f.value, articleDate) } : f));
}

/** Numbers, dates and durations, each number claimed by the first kind that recognises it. */
function findNumericFacts(tokens: Token[]): FoundFact[] {
  // Dates first, so the digits of "2025-03-04" are not also read as numbers.
  const dates = findDates(tokens);
  const found: FoundFact[] = [];
  const mentions = findNumberMentions(tokens);
  const claimed = (at: number) => [...dates, ...found].some((f) => f.first <= at && at < f.next);
  mentions.forEach((mention, k) => {
    const fact = readPercent(tokens, mention) ?? readMoney(tokens, mention)
      ?? readQuantity(tokens, mention, mentions[k + 1]) ?? readDuration(tokens, mention) ?? readCount(tokens, mention);
    if (fact && !claimed(mention.number)) found.push(fact);
  });
  found.push(...dates, ...findVagueDurations(tokens), ...findCompoundDurations(tokens));
  return found;
}

const CONTEXT_WINDOW = 8;

/** How far back a number's owner may be named, in tokens. */
const OWNER_REACH = 15;
const NUMBER_KINDS = new Set(['count', 'money', 'percent', 'quantity']);

/**
 * The person a number belongs to: the nearest person named before it in the same clause. In "Osei-Lind
 * ... won with 52.4 per cent of the vote, defeating Aldous Fenwright, who took 45.1 per cent" each share has
 * its owner (a comma may open a "who" clause), so swapping the shares is a change, not a match.
 */
function ownerOf(tokens: Token[], first: number, mentions: PersonMention[]): string | undefined {
  const start = tokens[first]!.start;
  const owner = mentions.filter((m) => m.end <= start).sort((a, b) => b.end - a.end)[0];
  if (!owner) return undefined;
  const between = tokens.filter((t) => t.start >= owner.end && t.end <= start);
  const breaks = between.some((t, k) => t.kind === 'number' || t.text === ';'
    || (t.text === ',' && !/^(who|whose)$/i.test(between[k + 1]?.text ?? '')));
  return between.length <= OWNER_REACH && !breaks ? owner.person.name : undefined;
}

function toFact(source: string, sentence: Sentence, tokens: Token[], found: FoundFact, mentions: PersonMention[]): Fact {
  const start = tokens[found.first]!.start;
  const owner = NUMBER_KINDS.has(found.kind) ? ownerOf(tokens, found.first, mentions) : undefined;
  const end = tokens[found.next - 1]!.end;
  const window = [
    ...tokens.slice(Math.max(0, found.first - CONTEXT_WINDOW), found.first),
    ...tokens.slice(found.next, found.next + CONTEXT_WINDOW),
  ].filter((t) => t.kind !== 'symbol');
  return {
    kind: found.kind,
    source,
    sentence: sentence.index,
    surface: sentence.text.slice(start, end),
    topic: found.subject ?? topicBefore(tokens, found.first, found.next),
    start,
    value: found.value.type === 'number' && NUMBER_KINDS.has(found.kind) ? { ...found.value, ...trendBefore(tokens, found.first) } : found.value,
    subject: found.subject ? contentKeys(found.subject) : [],
    context: window.flatMap((t) => keysOfWord(t.text)),
    ...(owner ? { owner } : {}),
  };
}

/**
 * The words that lead up to a fact, as the source wrote them, back to the start of its clause and at most
 * five: "which have a range of" (up to 306 km), "takes office on" (January 20), "The move comes" (two months
 * before). They read as a label where a list of keywords would not; one content word at least.
 */
function topicBefore(tokens: Token[], first: number, next: number): string {
  const before = clauseWords(tokens, first - 1, -1);
  // "In 2007, a magnitude 7.7 quake ...": nothing telling before the fact, so the words after it.
  return before.some((w) => !STOPWORDS.has(w.toLowerCase())) ? before.join(' ') : clauseWords(tokens, next, 1).join(' ');
}

/** Up to five words from `start` stepping by `step`, stopping at clause punctuation once a content word is in. */
function clauseWords(tokens: Token[], start: number, step: 1 | -1): string[] {
  const words: string[] = [];
  for (let i = start; i >= 0 && i < tokens.length && words.length < 5; i += step) {
    const token = tokens[i]!;
    if (token.kind === 'symbol') {
      if (/[,;:()—–"“”.]/.test(token.text) && words.some((w) => !STOPWORDS.has(w.toLowerCase()))) break;
      continue;
    }
    if (step < 0) words.unshift(token.text);
    else words.push(token.text);
  }
  return words;
}

/** One fact per person per source, at their first mention. */
function personFacts(source: SegmentedSource, mentions: PersonMention[]): Fact[] {
  const seen = new Set<KnownPerson>();
  const facts: Fact[] = [];
  for (const mention of mentions) {
    if (seen.has(mention.person)) continue;
    seen.add(mention.person);
    const role = mentions.find((m) => m.person === mention.person && m.role)?.role ?? null;
    facts.push({
      kind: 'person', source: source.id, sentence: mention.sentence, surface: mention.surface, start: mention.start,
      topic: mention.person.name,
      value: { type: 'person', name: mention.person.name, role },
      subject: contentKeys(mention.person.name), context: [],
    });
  }
  return facts;
}

function quoteFacts(source: SegmentedSource, mentions: PersonMention[]): Fact[] {
  const paragraphStarts = new Set<number>();
  source.sentences.forEach((s, i) => {
    if (i === 0 || source.sentences[i - 1]!.paragraph !== s.paragraph) paragraphStarts.add(s.index);
  });
  const spans = findQuoteSpans(source.sentences, paragraphStarts)
    .filter((span) => !isHeadline(span, source.sentences) && !isTerm(span, source.sentences));
  const speakers = attributeQuotes(spans, source.sentences, mentions);
  const facts: Fact[] = [];
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    let speaker = speakers[k] ?? null;
    const pieces = [...span.pieces];
    // “This city,” Hale said, “has survived worse floods.”: one quote broken by its attribution.
    const next = spans[k + 1];
    if (next && continuesAcrossAttribution(span, next, source.sentences)) {
      const [a, b] = [pieces.pop()!, next.pieces[0]!];
      pieces.push({ sentence: a.sentence, start: a.start, end: b.end, words: `${a.words.replace(/,$/, '')} ${b.words}` });
      pieces.push(...next.pieces.slice(1));
      speaker ??= speakers[k + 1] ?? null;
      k++;
    }
    for (const piece of pieces) {
      if (piece.words.split(/\s+/).length < 2) continue; // a single quoted word is a term, not a quote
      const sentence = source.sentences[piece.sentence]!;
      facts.push({
        kind: 'quote', source: source.id, sentence: piece.sentence, surface: sentence.text.slice(piece.start, piece.end), start: piece.start,
        topic: speaker?.name ?? 'unattributed',
        value: { type: 'quote', words: piece.words, speaker: speaker?.name ?? null, partial: span.single || !startsUpper(piece.words) },
        subject: speaker ? contentKeys(speaker.surname) : [],
        context: contentKeys(piece.words),
      });
    }
  }
  return facts;
}

/** Between two parts of one quote: ', Hale said, ', ' he added. ' — a speech verb and no more than a few words. */
const ATTRIBUTION_BREAK = /^[\s,”"’']*[^“”"]{0,60}\b(?:said|says|added|told \w+|wrote|asked|insisted|warned|continued)\b[^“”"]{0,30}[,:]\s*[“"‘']?$/i;

function continuesAcrossAttribution(span: QuoteSpan, next: QuoteSpan, sentences: Sentence[]): boolean {
  const a = span.pieces[span.pieces.length - 1]!;
  const b = next.pieces[0]!;
  if (a.sentence !== b.sentence || span.single !== next.single) return false;
  // The first part stops at a comma ("This city,"), not at the end of a sentence.
  if (!/,$/.test(a.words) && !/^[”"’']?,/.test(sentences[a.sentence]!.text.slice(a.end))) return false;
  return ATTRIBUTION_BREAK.test(sentences[a.sentence]!.text.slice(a.end, b.start));
}

/** Words that put a name in quotation marks: "the so-called “peace plan”", "dubbed the package the “bridge to nowhere”". */
const NAMING = /\b(?:so-called|dubbed|nicknamed|known as|billed as|branded|termed|labell?ed|christened)\s+(?:[\w'’-]+\s+){0,3}$/i;

/** A phrase in quotation marks that names something rather than reports what someone said. */
function isTerm(span: QuoteSpan, sentences: Sentence[]): boolean {
  if (span.pieces.length !== 1) return false;
  const piece = span.pieces[0]!;
  const before = sentences[piece.sentence]!.text.slice(0, piece.start).replace(/["“‘'«]\s*$/, '');
  return NAMING.test(before) && piece.words.split(/\s+/).length <= 6;
}

/** 'WAY TOO LATE' on a line of its own is a subheading that borrows a quote, not someone speaking. */
function isHeadline(span: QuoteSpan, sentences: Sentence[]): boolean {
  if (span.pieces.length !== 1) return false;
  const text = sentences[span.pieces[0]!.sentence]!.text;
  return !/[.!?]['’"”]?$/.test(text) && text.replace(/['’‘"“”]/g, '').trim() === span.pieces[0]!.words.trim();
}

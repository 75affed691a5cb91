// Quotes: the quoted words of a source with their speaker. Two versions of a quote align on the speaker and
// the words; the same words from another speaker still align (then: altered, aspect `speaker`), and a
// quote reported without quotation marks in a matching sentence is there in indirect speech.
import type { ChangeAspect, Fact, SegmentedSource } from '../../types.js';
import { startsUpper } from '../../text/letters.js';
import { plainWords } from '../../text/normalize.js';
import { contentKeys } from '../../text/words.js';
import { attributeQuotes } from '../people/attribution.js';
import type { PersonMention } from '../people/directory.js';
import { continuesAcrossAttribution, isHeadline, isTerm, isTitleQuote } from '../quotes/joins.js';
import { findQuoteSpans, isIndirectSpeech, sameWording, wordingOverlap } from '../quotes/spans.js';
import type { FactKindSpec } from './kind.js';

/**
 * A source's quotes, each with its speaker: spans of quoted words, without names and headlines in
 * quotation marks, a quote broken by its attribution joined again, one fact per piece of two words or more.
 */
function quoteFacts(source: SegmentedSource, mentions: PersonMention[]): Fact[] {
  const paragraphStarts = new Set<number>();
  source.sentences.forEach((s, i) => {
    if (i === 0 || source.sentences[i - 1]!.paragraph !== s.paragraph) paragraphStarts.add(s.index);
  });
  const spans = findQuoteSpans(source.sentences, paragraphStarts).filter(
    (span) => !isHeadline(span, source.sentences) && !isTerm(span, source.sentences),
  );
  const speakers = attributeQuotes(spans, source.sentences, mentions);
  const facts: Fact[] = [];
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    let speaker = isTitleQuote(span, source.sentences) ? null : (speakers[k] ?? null);
    const pieces = [...span.pieces];
    // “This city,” Hale said, “has survived worse floods.”: one quote broken by its attribution.
    const next = spans[k + 1];
    if (next && continuesAcrossAttribution(span, next, source.sentences)) {
      const [a, b] = [pieces.pop()!, next.pieces[0]!];
      pieces.push({
        sentence: a.sentence,
        start: a.start,
        end: b.end,
        words: `${a.words.replace(/,$/, '')} ${b.words}`,
      });
      pieces.push(...next.pieces.slice(1));
      speaker ??= speakers[k + 1] ?? null;
      k++;
    }
    for (const piece of pieces) {
      if (piece.words.split(/\s+/).length < 2) continue; // a single quoted word is a term, not a quote
      const sentence = source.sentences[piece.sentence]!;
      facts.push({
        kind: 'quote',
        source: source.id,
        sentence: piece.sentence,
        surface: sentence.text.slice(piece.start, piece.end),
        start: piece.start,
        topic: speaker?.name ?? 'unattributed',
        value: {
          type: 'quote',
          words: piece.words,
          speaker: speaker?.name ?? null,
          ...(speaker?.organisation ? { organisation: true } : {}),
          ...(speaker?.basis === 'inferred' ? { speakerInferred: true } : {}),
          partial: span.single || !startsUpper(piece.words),
        },
        subject: speaker ? contentKeys(speaker.surname) : [],
        context: contentKeys(piece.words),
      });
    }
  }
  return facts;
}

/** Word overlap plus sentence similarity at which a shared speaker counts in full. */
const QUOTE_BACKING = 0.5;

export const quote: FactKindSpec<'quote'> = {
  kind: 'quote',
  inSource: quoteFacts,
  difference(reference, other) {
    const aspects: ChangeAspect[] = [];
    // Two named people: an organisation goes by many names, and an inferred speaker may be wrong.
    const named = (v: typeof reference) => !v.organisation && !v.speakerInferred;
    const people = named(reference) && named(other);
    if (people && reference.speaker && other.speaker && reference.speaker !== other.speaker) aspects.push('speaker');
    if (!sameWording(reference.words, other.words)) aspects.push('wording');
    return aspects.length ? aspects : null;
  },
  describe: (value) => value.words,
  changedNames: (aspects, reference, other) =>
    aspects.includes('speaker') && reference.speaker && other.speaker
      ? { speaker: { reference: reference.speaker, source: other.speaker } }
      : {},
  alignScore(a, b, evidence) {
    // Two quotes that say different things are two quotes, however alike their attributions or sentences:
    // pairing them would report one as the other reworded. On real coverage, quotes in sentences clustered as
    // one statement but without a shared term are nearly always two quotes ("Could we go from west to
    // east?" / "We had to then go through promoting the movies.").
    const words = wordingOverlap(a.value.words, b.value.words);
    if (words === 0) return 0;
    const similar = evidence.sentence();
    const speaker = a.value.speaker && a.value.speaker === b.value.speaker ? 1 : 0;
    // One speaker says many things: the speaker counts in full only once the words or the sentence show
    // it is the same thing said (two quotes of one mayor in two unrelated articles are two quotes).
    const backed = Math.min(1, (words + similar) / QUOTE_BACKING);
    return 0.4 * speaker * backed + 0.4 * words + 0.2 * similar;
  },
  // In a large bucket a quote meets the other quotes of its speaker.
  partnerKeys: (fact) => (fact.value.speaker ? [fact.value.speaker] : []),
  meetsByValue: false,
  fullestStandsFor: true,
  inOtherWords: (value, sentence) =>
    value.partial || !isIndirectSpeech(value.words, sentence)
      ? undefined
      : sameWording(value.words, sentence)
        ? 'verbatim'
        : 'indirect',
  label: (fact) => (fact.value.speaker ? `${fact.value.speaker}'s quote` : 'unattributed quote'),
  // An organisation or unnamed source is named by its last word, so that the quote's own words still fit the id:
  // "quote:officials-position-of-strength", not "quote:senior-biden-administration-officials-have".
  idWords: (fact) =>
    `${(fact.value.organisation ? fact.value.speaker?.split(/\s+/).pop() : fact.value.speaker) ?? 'unattributed'} ` +
    plainWords(fact.surface).slice(0, 6).join(' '),
};

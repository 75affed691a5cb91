// Who speaks each quote: a name next to it, an office ("the minister said"), a pronoun, or the speaker of
// the paragraph before.
import type { Sentence } from '../../types.js';
import type { KnownPerson, PersonMention } from './directory.js';
import type { QuoteSpan } from '../quotes/spans.js';
import { FEMALE_GIVEN_NAMES } from '../../lexicon/given-names.js';
import { OFFICES } from '../../lexicon/offices.js';
import { SAYING_VERBS, SPEECH_VERBS, verbAlternation } from '../../lexicon/speech-verbs.js';

// "he said", "Yet, he critiqued,", "said she", "He emphasized, “...”": a pronoun with a verb in the past
// or present tense next to a quote.
const SAYING = verbAlternation(SAYING_VERBS);
const PRONOUN = new RegExp(
  `\\b(he|she)\\s+(?:\\w+ly\\s+)?(?:\\w+ed|\\w+s|${SAYING})\\b|\\b(${SAYING})\\s+(he|she)\\b`,
  'i',
);

// "the Ukrainian president said", "the Atlantic Council fellow told reporters", "said the minister": a person
// named earlier, referred to by office.
const OFFICE = OFFICES.join('|');
const DESCRIPTOR = new RegExp(
  `\\bthe\\s+(?:[\\w.-]+\\s+){0,3}?(${OFFICE})\\s+(?:\\w+ly\\s+)?(?:${SAYING})\\b` +
    `|\\b(?:${SAYING})\\s+the\\s+(?:[\\w.-]+\\s+){0,3}?(${OFFICE})\\b`,
  'i',
);

// Verbs that make the person before them the speaker: "Sikorski said on X", "Grenell, an adviser, wrote".
const SPEECH_VERB = new RegExp(
  `^(?:,[^,“”"]{0,80},\\s*)?(?:\\w+ly\\s+)?(?:has\\s+|had\\s+)?(${verbAlternation(SPEECH_VERBS)})\\b`,
  'i',
);

/**
 * Who speaks each quote, in order of preference:
 * 1. a person named outside the quote marks in the quote's own sentences, the nearest one to the quote:
 *    “The wars will escalate before he leaves office,” Grenell said → Grenell;
 * 2. a pronoun with a speech verb ("he said", "He emphasized, “...”") → the last person named before it,
 *    outside any quote;
 * 3. a quote that opens a paragraph with no attribution of its own → the speaker of a quote in the
 *    previous paragraph (multi-paragraph quotes in wire copy).
 */
export function attributeQuotes(
  spans: QuoteSpan[],
  sentences: Sentence[],
  mentions: PersonMention[],
): Array<KnownPerson | undefined> {
  const outside = mentions.filter((m) => !spans.some((span) => insideSpan(span, m)));
  const speakersOnly = outside.filter((m) => canSpeak(m, sentences));
  const speakers: Array<KnownPerson | undefined> = [];
  for (let k = 0; k < spans.length; k++) speakers.push(speakerOf(k, spans, sentences, speakersOnly, speakers[k - 1]));
  return speakers;
}

/** The speaker of quote `k`, by the order of preference above; `previousSpeaker` is that of quote k - 1. */
function speakerOf(
  k: number,
  spans: QuoteSpan[],
  sentences: Sentence[],
  speakersOnly: PersonMention[],
  previousSpeaker: KnownPerson | undefined,
): KnownPerson | undefined {
  const span = spans[k]!;
  const named = nearestNamed(span, speakersOnly, sentences);
  if (named) return named;
  const first = span.pieces[0]!.sentence;
  const last = span.pieces[span.pieces.length - 1]!.sentence;
  const attribution = [first, last].map((i) => textOutside(sentences[i]!, spans)).join(' ');
  const previous = () =>
    speakersOnly.filter((m) => m.sentence < first || (m.sentence === first && m.start < span.pieces[0]!.start));
  const descriptor = DESCRIPTOR.exec(attribution);
  if (descriptor) return holderOf(descriptor[0], previous())?.person;
  const pronoun = PRONOUN.exec(attribution);
  if (pronoun) return lastOfGender(previous(), /\bshe\b/i.test(pronoun[0]) ? 'female' : 'male')?.person;
  const before = spans[k - 1];
  // A paragraph that opens with a quote and says nothing else goes on with the previous paragraph's speaker.
  const carriesOn =
    span.opensParagraph && before && before.paragraph === span.paragraph - 1 && attribution.trim().length < 3;
  return carriesOn ? previousSpeaker : undefined;
}

const DESCRIPTOR_FILLER: ReadonlySet<string> = new Set(['the', ...SAYING_VERBS]);

/**
 * "the Ukrainian leader said": the last person named before whose role shares a word with the description
 * ("Ukrainian President Volodymyr Zelenskiy"), else the subject of the last sentence naming someone.
 */
function holderOf(descriptor: string, previous: PersonMention[]): PersonMention | undefined {
  const words = descriptor
    .toLowerCase()
    .split(/\W+/)
    .filter((w) => w.length > 2 && !DESCRIPTOR_FILLER.has(w));
  const holder = previous.filter((m) => words.some((w) => (m.role ?? '').toLowerCase().split(/\W+/).includes(w))).pop();
  return holder ?? subjectOfLastSentence(previous);
}

/**
 * The last person named who fits the pronoun, as far as a given name or title tells ("Ms", "Mrs" and the
 * usual women's names for "she"); the last person named at all when none does.
 */
function lastOfGender(mentions: PersonMention[], gender: 'female' | 'male'): PersonMention | undefined {
  const female = (m: PersonMention) =>
    FEMALE_GIVEN_NAMES.has(m.person.given.toLowerCase()) || /\b(Mrs|Ms|Miss)\b/.test(m.role ?? '');
  const fitting = mentions.filter((m) => female(m) === (gender === 'female'));
  return subjectOfLastSentence(fitting) ?? subjectOfLastSentence(mentions);
}

/**
 * Of the people named, the first one named in the latest sentence that names any: the subject, as news
 * writes it. "Zelenskiy met Chancellor Olaf Scholz in Kyiv. “We need more air defence,” he said." → Zelenskiy.
 */
function subjectOfLastSentence(mentions: PersonMention[]): PersonMention | undefined {
  const last = mentions[mentions.length - 1];
  if (!last) return undefined;
  return mentions.find((m) => m.sentence === last.sentence);
}

function insideSpan(span: QuoteSpan, mention: PersonMention): boolean {
  return span.pieces.some((p) => p.sentence === mention.sentence && mention.start >= p.start && mention.end <= p.end);
}

/**
 * "Biden's move", "the Biden administration", "Trump's camp": a name used as a modifier names no speaker.
 */
function canSpeak(mention: PersonMention, sentences: Sentence[]): boolean {
  const after = sentences[mention.sentence]!.text.slice(mention.end);
  return !/^(['’]s\b|\s+(administration|government|team|camp|campaign|officials|aides|allies|era|White House)\b)/.test(
    after,
  );
}

/**
 * The speaker among the people named where the quote opens or closes: the subject of a speech verb
 * ("Sikorski said on X") if there is one, else the name nearest to the quote marks.
 */
function nearestNamed(span: QuoteSpan, mentions: PersonMention[], sentences: Sentence[]): KnownPerson | undefined {
  const first = span.pieces[0]!;
  const last = span.pieces[span.pieces.length - 1]!;
  let best: { person: KnownPerson; distance: number } | undefined;
  for (const m of mentions) {
    let distance = Infinity;
    if (m.sentence === first.sentence && m.end <= first.start) distance = first.start - m.end;
    if (m.sentence === last.sentence && m.start >= last.end) distance = Math.min(distance, m.start - last.end);
    if (distance === Infinity) continue;
    const after = sentences[m.sentence]!.text.slice(m.end).trimStart();
    const before = sentences[m.sentence]!.text.slice(0, m.start);
    if (SPEECH_VERB.test(after) || /\b(said|according to)\s+$/i.test(before)) distance /= 1000;
    if (distance < (best?.distance ?? Infinity)) best = { person: m.person, distance };
  }
  return best?.person;
}

/** A sentence's words outside quote marks. */
function textOutside(sentence: Sentence, spans: QuoteSpan[]): string {
  let text = sentence.text;
  const pieces = spans
    .flatMap((s) => s.pieces)
    .filter((p) => p.sentence === sentence.index)
    .sort((a, b) => b.start - a.start);
  for (const p of pieces) text = text.slice(0, p.start) + ' '.repeat(p.end - p.start) + text.slice(p.end);
  return text
    .replace(/[“”"‘’']/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

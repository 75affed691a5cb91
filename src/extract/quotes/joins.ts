// Which quotation marks hold one quote, and which hold no quote at all: a quote broken by its attribution
// (“This city,” Hale said, “has survived worse floods.”), a name in quotation marks (the so-called “peace
// plan”), a subheading that borrows a quote.
import type { Sentence } from '../../types.js';
import type { QuotePiece, QuoteSpan } from './spans.js';
import { SPEECH_VERBS, verbAlternation } from '../../lexicon/speech-verbs.js';

/** Between two parts of one quote: ', Hale said, ', ' he added. ' — a speech verb and no more than a few words. */
const ATTRIBUTION_BREAK = new RegExp(
  `^[\\s,”"’']*[^“”"]{0,60}\\b(?:${verbAlternation(SPEECH_VERBS)})\\b[^“”"]{0,30}[,:]\\s*[“"‘']?$`,
  'i',
);

/** Whether a quote goes on after its attribution in the same sentence: one quote, not two. */
export function continuesAcrossAttribution(span: QuoteSpan, next: QuoteSpan, sentences: Sentence[]): boolean {
  const a = span.pieces[span.pieces.length - 1]!;
  const b = next.pieces[0]!;
  if (a.sentence !== b.sentence || span.single !== next.single) return false;
  // The first part stops at a comma ("This city,"), not at the end of a sentence.
  if (!/,$/.test(a.words) && !/^[”"’']?,/.test(sentences[a.sentence]!.text.slice(a.end))) return false;
  return ATTRIBUTION_BREAK.test(sentences[a.sentence]!.text.slice(a.end, b.start));
}

/**
 * Words that put a name in quotation marks: "the so-called “peace plan”",
 * "dubbed the package the “bridge to nowhere”".
 */
const NAMING =
  /\b(?:so-called|dubbed|nicknamed|known as|billed as|branded|termed|labell?ed|christened)\s+(?:[\w'’-]+\s+){0,3}$/i;

/** A phrase in quotation marks that names something rather than reports what someone said. */
export function isTerm(span: QuoteSpan, sentences: Sentence[]): boolean {
  if (span.pieces.length !== 1) return false;
  const piece = span.pieces[0]!;
  return NAMING.test(textBefore(piece, sentences)) && piece.words.split(/\s+/).length <= 6;
}

/** The words of a one-piece quote's sentence before it, without its opening mark. */
const textBefore = (piece: QuotePiece, sentences: Sentence[]): string =>
  sentences[piece.sentence]!.text.slice(0, piece.start).replace(/["“‘'«]\s*$/, '');

/**
 * A title in quotation marks: a capitalised phrase right after a possessive or a word for a work
 * ("Tarantino’s “Kill Bill: Vol. 1”"), or anywhere but after a speech verb, where it is what was said
 * ("warned it could ignite “World War Three”"). It stays a fact (an outlet may misspell it: “Heavenly Place”
 * for “Heavenly Palace”), but no one says it: on real coverage titles were credited to the nearest name
 * (Matt Damon for “Pulp Fiction”).
 */
export function isTitleQuote(span: QuoteSpan, sentences: Sentence[]): boolean {
  if (span.pieces.length !== 1) return false;
  const piece = span.pieces[0]!;
  if (!isTitle(piece.words)) return false;
  const before = textBefore(piece, sentences);
  return WORK_BEFORE.test(before) || !SPOKEN_BEFORE.test(before);
}

/** Words just before a title that make it one: a possessive, "the film", "in", "album". */
const WORK_BEFORE =
  /(?:['’]s|\b(?:film|movie|show|series|sitcom|album|song|single|book|novel|play|musical|game|campaign|in|on))\s*$/i;
/** A speech verb or a colon before the phrase in its sentence: someone is saying it. */
const SPOKEN_BEFORE = new RegExp(`\\b(?:${verbAlternation(SPEECH_VERBS)}|warning|warned)\\b|:`, 'i');

/** Small words a title leaves in lower case: "Guardians of the Galaxy", "Truth About Tech". */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'in',
  'on',
  'at',
  'to',
  'for',
  'by',
  'with',
  'vs',
]);

/** The most words a title in quotation marks is taken to have; a longer capitalised quote may be a slogan. */
const TITLE_MAX_WORDS = 6;

/**
 * “Pulp Fiction”, “Kill Bill: Vol. 1”, “Justice League”, “Truth About Tech”: a title of a film, a show or a
 * campaign in quotation marks, every word capitalised (but small words) and no sentence's end. It names a
 * work; no one says it (on real coverage such titles became quotes credited to the nearest name).
 */
function isTitle(words: string): boolean {
  const list = words.trim().replace(/,$/, '').split(/\s+/);
  if (list.length < 2 || list.length > TITLE_MAX_WORDS || /[.!?;]$/.test(words.trim())) return false;
  return list.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && TITLE_SMALL_WORDS.has(w.toLowerCase())));
}

/** 'WAY TOO LATE' on a line of its own is a subheading that borrows a quote, not someone speaking. */
export function isHeadline(span: QuoteSpan, sentences: Sentence[]): boolean {
  if (span.pieces.length !== 1) return false;
  const text = sentences[span.pieces[0]!.sentence]!.text;
  return !/[.!?]['’"”]?$/.test(text) && text.replace(/['’‘"“”]/g, '').trim() === span.pieces[0]!.words.trim();
}

// Which quotation marks hold one quote, and which hold no quote at all: a quote broken by its attribution
// (“This city,” Hale said, “has survived worse floods.”), a name in quotation marks (the so-called “peace
// plan”), a subheading that borrows a quote.
import type { Sentence } from '../../types.js';
import type { QuoteSpan } from './spans.js';
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
  const before = sentences[piece.sentence]!.text.slice(0, piece.start).replace(/["“‘'«]\s*$/, '');
  return NAMING.test(before) && piece.words.split(/\s+/).length <= 6;
}

/** 'WAY TOO LATE' on a line of its own is a subheading that borrows a quote, not someone speaking. */
export function isHeadline(span: QuoteSpan, sentences: Sentence[]): boolean {
  if (span.pieces.length !== 1) return false;
  const text = sentences[span.pieces[0]!.sentence]!.text;
  return !/[.!?]['’"”]?$/.test(text) && text.replace(/['’‘"“”]/g, '').trim() === span.pieces[0]!.words.trim();
}

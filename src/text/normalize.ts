// Text folded for comparison: invisible characters dropped, quotes and dashes unified, plain words.
import { LETTERS } from './letters.js';

// Character normalisation for matching. Reports always quote a source's own characters; these
// functions only build keys for comparing text across sources.

// biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII but the backtick, control characters included
const NEEDS_FOLDING = /[^\x00-\x5f\x61-\x7f]/;

/**
 * Invisible format characters that may sit inside a word in text pasted from the web: the soft hyphen of
 * "Ros\u00ADalind", zero-width spaces and joiners, the word joiner and a stray byte-order mark.
 */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: each is a code point deleted on its own, no joined sequence
export const INVISIBLE = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g;

/** Typographic quotes, dashes and invisible spaces folded to plain ASCII, so "U.S.-made" matches "U.S.–made". */
export function foldPunctuation(text: string): string {
  // Plain ASCII prose (most of it) has nothing to fold.
  if (!NEEDS_FOLDING.test(text)) return text;
  return foldInPlace(text).replace(INVISIBLE, '');
}

/**
 * The same folding one character for one, so positions stay true to the original text: quotes, dashes and
 * special spaces become their ASCII forms and every invisible format character becomes a soft hyphen
 * (U+00AD), which callers treat as part of the word it sits in.
 */
export function foldInPlace(text: string): string {
  if (!NEEDS_FOLDING.test(text)) return text;
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-')
    .replace(/[\u00A0\u2007\u202F\u2009\u200A]/g, ' ')
    .replace(INVISIBLE, '\u00AD');
}

const NOT_WORD = new RegExp(`[^${LETTERS}0-9']+`);

/** Lower-case words of a text with punctuation folded, e.g. "“Much too late,” he said" → much too late he said. */
export function plainWords(text: string): string[] {
  return foldPunctuation(text)
    .toLowerCase()
    .split(NOT_WORD)
    .map((w) => w.replace(/^'+|'+$/g, '').replace(/'s$/, ''))
    .filter((w) => w.length > 0);
}

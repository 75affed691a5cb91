// Quoted words in every style of quotation mark, across sentences of a paragraph.
import type { Sentence } from '../../types.js';
import { plainWords } from '../../text/normalize.js';
import { contentKeys, keysOfWord, stem } from '../../text/words.js';
import { withinOneEdit } from '../../text/edits.js';
import { isLetterOrDigit } from '../../text/letters.js';

/** The words of one quote inside one sentence. A quote running over several sentences has one piece per sentence. */
export interface QuotePiece {
  sentence: number;
  /** Character span of the quoted words (without marks) in the sentence text. */
  start: number;
  end: number;
  words: string;
}

/** A quote from its opening mark to its closing mark (or the end of its paragraph). */
export interface QuoteSpan {
  pieces: QuotePiece[];
  /** Quoted with single marks: 'speak for themselves' — a partial quote. */
  single: boolean;
  /** The opening mark is the first character of its paragraph: a quote that may continue the previous speaker. */
  opensParagraph: boolean;
  paragraph: number;
}

type Mark = { char: string; single: boolean; open: boolean };

/**
 * The most quotation marks a paragraph may hold for its quotes to be read. A paragraph of news has some 20;
 * one of thousands (a flood of marks, quotes nested 10,000 deep) says nothing that can be attributed.
 */
export const MAX_QUOTE_MARKS = 100;

/** The paragraphs (by number) holding more than MAX_QUOTE_MARKS quotation marks, whose quotes are not read. */
export function overQuotedParagraphs(sentences: readonly Sentence[]): Set<number> {
  const marks = new Map<number, number>();
  const over = new Set<number>();
  for (const sentence of sentences) {
    if (over.has(sentence.paragraph)) continue;
    let count = marks.get(sentence.paragraph) ?? 0;
    for (let at = 0; at < sentence.text.length; at++) if (readMark(sentence.text, at, undefined)) count++;
    marks.set(sentence.paragraph, count);
    if (count > MAX_QUOTE_MARKS) over.add(sentence.paragraph);
  }
  return over;
}

/**
 * Quotes in every style: “curly” and "straight" double marks, ‘single’ and 'straight single' marks for
 * partial quotes. Apostrophes inside words (Ukraine's, don't) are not marks. A quote left open at the end of
 * its sentence continues into the next sentence of the same paragraph: “But attacks are not carried out with
 * words. Such things are not announced. The missiles will speak for themselves.”
 */
export function findQuoteSpans(sentences: Sentence[], paragraphStarts: ReadonlySet<number>): QuoteSpan[] {
  const overQuoted = overQuotedParagraphs(sentences);
  const spans: QuoteSpan[] = [];
  let open: { span: QuoteSpan; single: boolean } | undefined;
  // The sentences of a paragraph that follows one left inside a quote, read so far without a mark: a closing
  // mark then ends a quote that began with the paragraph (see continuedQuote).
  let unmarked: Sentence[] | undefined;
  // Where that quote goes among the spans: before a partial quote inside it ("to ‘puff’ out").
  let unmarkedAt = 0;
  for (const sentence of sentences) {
    if (open && open.span.paragraph !== sentence.paragraph) {
      unmarked = open.single ? undefined : [];
      unmarkedAt = spans.length;
      open = undefined;
    } else if (unmarked?.length && unmarked[0]!.paragraph !== sentence.paragraph) unmarked = undefined;
    if (overQuoted.has(sentence.paragraph)) {
      // Its marks are not read: no quote opens, closes or goes on through it.
      open = undefined;
      unmarked = undefined;
      continue;
    }
    const text = sentence.text;
    let pieceStart = open ? 0 : -1;
    for (let at = 0; at < text.length; at++) {
      const mark = readMark(text, at, open?.single);
      if (!mark) continue;
      if (unmarked && !open && !mark.open && !mark.single) {
        spans.splice(unmarkedAt, 0, continuedQuote(unmarked, sentence, at));
        unmarked = undefined;
        continue;
      }
      // A partial quote inside ("to ‘puff’ out") leaves the paragraph's own quote to be closed.
      if (!mark.single) unmarked = undefined;
      if (open && !mark.open && mark.single === open.single) {
        addPiece(open.span, sentence.index, text, pieceStart, at);
        open = undefined;
        pieceStart = -1;
      } else if (!open && mark.open) {
        const span: QuoteSpan = {
          pieces: [],
          single: mark.single,
          paragraph: sentence.paragraph,
          opensParagraph: at === 0 && paragraphStarts.has(sentence.index),
        };
        spans.push(span);
        open = { span, single: mark.single };
        pieceStart = at + 1;
      }
    }
    if (open) addPiece(open.span, sentence.index, text, pieceStart, text.length);
    unmarked?.push(sentence);
  }
  return spans.filter((span) => span.pieces.length > 0);
}

/**
 * A quote over several paragraphs whose page lost a paragraph's opening mark: “What we found was a pair of
 * eddies ... / “Ocean eddies almost always head to the west ... / The smoke rings require calm water. I've
 * looked at other oceans.” The paragraph after one left open, with a closing mark and no opening one, is
 * quoted from its start to that mark, and continues the previous speaker.
 */
function continuedQuote(before: readonly Sentence[], sentence: Sentence, at: number): QuoteSpan {
  const span: QuoteSpan = { pieces: [], single: false, paragraph: sentence.paragraph, opensParagraph: true };
  for (const earlier of before) addPiece(span, earlier.index, earlier.text, 0, earlier.text.length);
  addPiece(span, sentence.index, sentence.text, 0, at);
  return span;
}

function addPiece(span: QuoteSpan, sentence: number, text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  // A comma or colon just inside the closing mark belongs to the sentence, not the quote: “..., on his way out,”
  while (e > s && /[\s,;:]/.test(text[e - 1]!)) e--;
  if (e > s) span.pieces.push({ sentence, start: s, end: e, words: text.slice(s, e) });
}

function readMark(text: string, at: number, insideSingle: boolean | undefined): Mark | undefined {
  const char = text[at]!;
  const before = text[at - 1] ?? ' ';
  const after = text[at + 1] ?? ' ';
  switch (char) {
    case '“':
    case '„':
    case '«':
      return { char, single: false, open: true };
    case '”':
    case '»':
      return { char, single: false, open: false };
    case '"':
      return { char, single: false, open: /[\s([—–-]/.test(before) || at === 0 };
    case '‘':
      return insideSingle === false ? undefined : { char, single: true, open: true };
    case '’':
    case "'": {
      if (insideSingle === false) return undefined; // nested inside a double quote
      const letterBefore = isLetterOrDigit(before);
      const letterAfter = isLetterOrDigit(after);
      if (letterBefore && letterAfter) return undefined; // Ukraine's, don't
      if (char === "'" && !letterBefore && letterAfter && (/[\s([—–-]/.test(before) || at === 0)) {
        return { char, single: true, open: true };
      }
      if (!letterAfter && (letterBefore || /[.,!?]/.test(before))) {
        // "the sources' view": a plural possessive, not a closing mark, unless a single quote is open.
        return insideSingle ? { char, single: true, open: false } : undefined;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

const foldedQuotes = new Map<string, string>();

/** Words of a quote for comparison, case, punctuation and quote marks folded, joined by spaces (memoised). */
/**
 * Contractions in full, so that "I've looked" and "I have looked" are one wording: outlets that transcribe
 * speech differ in that alone. ("it's" is left alone: it may be "it has" or the possessive.)
 */
const CONTRACTED: ReadonlyMap<string, string> = new Map([
  ["can't", 'can not'],
  ['cannot', 'can not'],
  ["won't", 'will not'],
  ["shan't", 'shall not'],
  ["i'm", 'i am'],
]);
const CONTRACTION = /^([a-z]+)(n't|'ve|'re|'ll|'d)$/;
const FULL: Record<string, string> = { "n't": 'not', "'ve": 'have', "'re": 'are', "'ll": 'will', "'d": 'would' };

function expanded(word: string): string {
  const known = CONTRACTED.get(word);
  if (known) return known;
  const m = CONTRACTION.exec(word);
  return m ? `${m[1]} ${FULL[m[2]!]}` : word;
}

/**
 * The little words transcriptions add or drop without changing what was said: "I must say that he surprised
 * me" is "I must say he surprised me".
 */
const FILLERS: ReadonlySet<string> = new Set(['that', 'the', 'a', 'an']);

/**
 * A quote's words as compared: case, punctuation and quote marks folded, hyphens joined ("e-mail" is "email"),
 * "&" read as "and", contractions in full, an editor's bracketed insertion left out ("the [National Academy of
 * Recording Arts and Sciences] organization"), fillers dropped, each word stemmed ("regrets" is "regret") —
 * what two outlets' transcriptions of one sentence differ by without saying anything else (memoised).
 */
function quoteKey(words: string): string {
  let key = foldedQuotes.get(words);
  if (key === undefined) {
    const unbracketed = words
      .replace(/\[[^\]]{0,200}\]/g, ' ')
      .replace(/(\p{L})-(\p{L})/gu, '$1$2')
      .replace(/&/g, ' and ');
    key = plainWords(unbracketed)
      .map(expanded)
      .join(' ')
      .split(' ')
      .filter((w) => w && !FILLERS.has(w))
      .map(stem)
      .join(' ');
    foldedQuotes.set(words, key);
  }
  return key;
}

/**
 * A quote matches the reference when the words are the same, or when one is a verbatim part of the other
 * ('speak for themselves' inside “The missiles will speak for themselves.”), or when they differ only in
 * where words break ("frame-rate" / "frame rate").
 */
export function sameWording(reference: string, other: string): boolean {
  const a = quoteKey(reference);
  const b = quoteKey(other);
  if (!a || !b) return a === b;
  if (` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `)) return true;
  return squeezed(reference) === squeezed(other);
}

const squeezedQuotes = new Map<string, string>();

/** A quote's words run together, hyphens and spaces alike dropped: "frame-rate" and "frame rate" are one. */
function squeezed(words: string): string {
  let run = squeezedQuotes.get(words);
  if (run === undefined) squeezedQuotes.set(words, (run = plainWords(words.replace(/-/g, '')).join('')));
  return run;
}

const saidTermsOf = new Map<string, ReadonlyMap<string, string>>();

/**
 * What a quote says, as the stems of its content words (each with the word it stands for) without the names
 * it is about (memoised): "We're turning on Pixel Visual Core for Pixel 2 users" says "turn", "user"; a name
 * after the first word is the topic two different quotes of one story share ("Pixel Visual Core also runs
 * RAISR"), not what is said. A quote in title case ("Happens More Often Than People Think") keeps its words.
 */
function saidTerms(words: string): ReadonlyMap<string, string> {
  let terms = saidTermsOf.get(words);
  if (!terms) {
    const all = words.split(/\s+/).filter((w) => /\p{L}/u.test(w));
    const capitalised = all.filter((w) => /^\p{Lu}/u.test(w)).length;
    const titleCase = all.length >= 3 && capitalised >= 0.6 * all.length;
    const common = titleCase ? all : all.filter((w, i) => i === 0 || !/^\p{Lu}/u.test(w));
    const found = new Map<string, string>();
    for (const word of common) for (const key of keysOfWord(word)) if (!found.has(key)) found.set(key, word);
    saidTermsOf.set(words, (terms = found));
  }
  return terms;
}

/** Letters a word needs before one typing slip in it ("Palace" / "Place") still makes it the same word. */
const SLIP_LENGTH = 5;

/**
 * How many terms of what two quotes say they share: the same stem, or the same word but for one slip of a
 * letter in words of five letters or more ("Heavenly Palace" / "Heavenly Place").
 */
function sharedTerms(x: ReadonlyMap<string, string>, y: ReadonlyMap<string, string>): number {
  let shared = 0;
  const unmatched: string[] = [];
  for (const key of x.keys()) if (y.has(key)) shared++;
  for (const [key, word] of y) if (!x.has(key) && word.length >= SLIP_LENGTH) unmatched.push(word.toLowerCase());
  for (const [key, word] of x) {
    if (y.has(key) || word.length < SLIP_LENGTH) continue;
    const lower = word.toLowerCase();
    const slip = unmatched.findIndex((other) => withinOneEdit(lower, other));
    if (slip >= 0) {
      shared++;
      unmatched.splice(slip, 1);
    }
  }
  return shared;
}

/** How many of what two quotes say they share, at least, to be one quote reworded (fewer if one says fewer). */
const MIN_SHARED_TERMS = 2;
/**
 * ...and more than this share of it (Dice's coefficient). Half is not enough: on real coverage two different
 * short quotes of one speaker often share half their terms ("It’s coming out a window." / "He would come
 * here and play."; "Because she trusted me." / "But a trust was broken").
 */
const MIN_SHARED_SHARE = 0.5;
/** Shared terms that are many, and the share (Dice) they need; three are not ("people", "start", "run"). */
const MANY_SHARED_TERMS = 4;
const MANY_SHARED_SHARE = 0.4;

/**
 * How far two quotes say the same thing (0–1), or 0 when they cannot be one quote reworded: the same words
 * (1), or at least two shared terms of what is said (saidTerms) and more than half of them. Two quotes of
 * Kim that share only "threaten" ("not want to appear threatening", "used only if our security is
 * threatened") are two quotes; "the entire mainland of the US is within the range of our nuclear weapons"
 * and "the entire United States is within range of our nuclear weapons" are one, reworded.
 */
export function wordingOverlap(a: string, b: string): number {
  if (sameWording(a, b)) return 1;
  const x = saidTerms(a);
  const y = saidTerms(b);
  if (x.size === 0 || y.size === 0) return 0;
  const shared = sharedTerms(x, y);
  const dice = (2 * shared) / (x.size + y.size);
  // A quote of one term shares that one: "Heavenly Palace" (the name left out) against "Heavenly Place".
  const enough = Math.min(MIN_SHARED_TERMS, x.size, y.size);
  if (shared >= enough && dice > MIN_SHARED_SHARE) return dice;
  // Many shared terms make a long quote one reworded at a lower share: "When the first signal came back, the
  // whole control room went silent for a moment" / "The entire control room fell quiet for a moment when the
  // first signal arrived" share five.
  return shared >= MANY_SHARED_TERMS && dice >= MANY_SHARED_SHARE ? dice : 0;
}

/**
 * Share of a quote's content words a sentence must repeat in the quote's order to be the same words reported
 * without quote marks...
 */
const INDIRECT_SHARE = 0.55;
/** ...with at least this many of the quote's word pairs (next to each other, or one word apart) kept together. */
const INDIRECT_PAIRS = 2;
/** Content words of a quote, at least, for its indirect report to be told from a sentence on the same topic. */
const INDIRECT_MIN_WORDS = 4;
/** Content words of each side compared at most: the order check is quadratic, and a report sentence is short. */
const INDIRECT_MAX_WORDS = 120;

/**
 * Whether `sentence` reports the quote in indirect speech: the caller has already matched the sentence to the
 * quote's own sentence, and here, with no quotation marks of its own, it must repeat more than half of the
 * quote's content words in the quote's order and keep some of them together. “We will not stop until we
 * reach every family,” Vidal said → Vidal said rescuers would not stop until they reached every family. On
 * real coverage a sentence on the same topic shares words too, but scattered: "This is why most banks have
 * limited their ban to credit cards" is not "Lloyds Bank bans customers from buying bitcoins using credit
 * cards".
 */
export function isIndirectSpeech(quoteWords: string, sentence: string): boolean {
  if (/["“”„«»]/.test(sentence)) return false;
  const quoted = contentKeys(quoteWords).slice(0, INDIRECT_MAX_WORDS);
  if (new Set(quoted).size < INDIRECT_MIN_WORDS) return false;
  const said = contentKeys(sentence).slice(0, INDIRECT_MAX_WORDS);
  return (
    commonInOrder(quoted, said) / quoted.length >= INDIRECT_SHARE && pairsKeptTogether(quoted, said) >= INDIRECT_PAIRS
  );
}

/** The length of the longest run of `a`'s words found in `b` in the same order (not necessarily adjacent). */
function commonInOrder(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** How many pairs of neighbouring words of `a` stand in `b` next to each other or one word apart, in order. */
function pairsKeptTogether(a: readonly string[], b: readonly string[]): number {
  const near = new Set<string>();
  for (let i = 0; i + 1 < b.length; i++) {
    near.add(`${b[i]} ${b[i + 1]}`);
    if (i + 2 < b.length) near.add(`${b[i]} ${b[i + 2]}`);
  }
  let kept = 0;
  for (let i = 0; i + 1 < a.length; i++) if (near.has(`${a[i]} ${a[i + 1]}`)) kept++;
  return kept;
}

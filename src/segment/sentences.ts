// Sentence segmentation: split each source into sentences and stand-alone lines (headlines, subheadings).
//
// Design:
// - The text is handled one line at a time and a sentence never spans a line break. News files put one
//   paragraph (or one headline) per line, so a line without final punctuation is a unit of its own.
// - Within a line, a single left-to-right scan stops only at terminators (. ! ? …) and decides with a few
//   bounded look-arounds whether the sentence ends there. No regular expressions run over the text, so the
//   cost is linear in its length.
// - Positions are JavaScript string indices (UTF-16 code units): `offset` indexes `text` directly and
//   `column` counts from the start of the line in the same units, as editors and compilers do.

import { MONTHS, WEEKDAYS } from '../lexicon/calendar.js';
import { NEWS_AGENCIES, alternation } from '../lexicon/agencies.js';
import type { Sentence } from '../types.js';

export interface SegmentOptions {
  /** 1-based line numbers to leave out entirely (boilerplate). They do not count as paragraphs either. */
  skipLines?: ReadonlySet<number>;
  /**
   * 1-based line numbers that open a block of their own and never continue the line before: a Markdown list
   * item, heading or quote, whose mark is blanked before the text is split (markdown.ts).
   */
  blockStarts?: ReadonlySet<number>;
}

/** Start (inclusive) and end (exclusive) of a sentence in the source text. */
type Span = readonly [start: number, end: number];

/** The line being split and where its current sentence began. */
interface LineScan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  sentenceStart: number;
}

/** One line of the text: where it starts and ends (without its newline) and its 1-based number. */
interface Line {
  start: number;
  end: number;
  number: number;
}

/**
 * The most characters a sentence has: a longer one (a page's menu run together, a 10 MB line without a full
 * stop, "1, 2, 3, …" to 100,000) is cut into pieces of at most this length, at a space where there is one.
 * Every fact of a sentence carries its text into the report, so a sentence of 100,000 characters with
 * 20,000 numbers in it made gigabytes of JSON. News sentences stay under 1,200 characters.
 */
export const MAX_SENTENCE_LENGTH = 2000;

export interface Segmentation {
  sentences: Sentence[];
  /** How many sentences were over MAX_SENTENCE_LENGTH, and so cut into pieces. */
  cut: number;
}

/** `segmentText(...).sentences`. */
export function segment(sourceId: string, text: string, options: SegmentOptions = {}): Sentence[] {
  return segmentText(sourceId, text, options).sentences;
}

/**
 * Split `text` into sentences. A paragraph is a non-empty line that is not in `skipLines`, joined with the
 * lines that continue it when the text is hard-wrapped (see `continuesParagraph`); each paragraph is split
 * independently. Each returned sentence is trimmed and is exactly `text.slice(offset, offset + text.length)`,
 * so a sentence that runs over a wrapped line break keeps the newline; `line` and `column` are where it starts.
 */
export function segmentText(sourceId: string, text: string, options: SegmentOptions = {}): Segmentation {
  const skipLines = options.skipLines;
  const lines = linesOf(text).filter((l) => !skipLines?.has(l.number));
  const wrapped = isHardWrapped(text, lines);
  const sentences: Sentence[] = [];
  let cut = 0;
  let paragraph = -1;
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]!;
    if (isBlank(text, first.start, first.end)) continue;
    const firstIndex = i;
    let last = first;
    while (
      i + 1 < lines.length &&
      lines[i + 1]!.number === last.number + 1 &&
      !options.blockStarts?.has(lines[i + 1]!.number) &&
      continuesParagraph(text, last, lines[i + 1]!, wrapped)
    ) {
      last = lines[++i]!;
    }
    paragraph += 1;
    // The lines of the paragraph, to turn an offset into a line and column: sentences come in order, so the
    // line of each is found going forward from that of the one before (100,000 wrapped lines are linear).
    let at = firstIndex;
    for (const sentence of splitLine(text, first.start, last.end)) {
      const pieces = sentence[1] - sentence[0] > MAX_SENTENCE_LENGTH ? cutSpan(text, sentence) : [sentence];
      if (pieces.length > 1) cut++;
      for (const [start, end] of pieces) {
        while (at < i && lines[at + 1]!.start <= start) at++;
        const line = lines[at]!;
        sentences.push({
          source: sourceId,
          index: sentences.length,
          text: text.slice(start, end),
          line: line.number,
          column: start - line.start + 1,
          offset: start,
          paragraph,
        });
      }
    }
  }
  return { sentences, cut };
}

/**
 * A sentence over MAX_SENTENCE_LENGTH in pieces of at most that length, each ending at the last space in
 * its second half, else just before the limit (never between the halves of a surrogate pair).
 */
function cutSpan(text: string, [start, end]: Span): Span[] {
  const pieces: Span[] = [];
  let from = start;
  while (end - from > MAX_SENTENCE_LENGTH) {
    let to = from + MAX_SENTENCE_LENGTH;
    let space = to;
    while (space > from + MAX_SENTENCE_LENGTH / 2 && !isSpaceAt(text, space)) space--;
    if (space > from + MAX_SENTENCE_LENGTH / 2) to = space;
    else if (/[\uD800-\uDBFF]/.test(text.charAt(to - 1))) to--;
    const piece = trimSpan(text, from, to);
    if (piece) pieces.push(piece);
    from = to;
  }
  const piece = trimSpan(text, from, end);
  if (piece) pieces.push(piece);
  return pieces;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let number = 1; ; number++) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    lines.push({ start, end, number });
    if (newline === -1) return lines;
    start = newline + 1;
  }
}

/** A line that ends as a paragraph does: terminal punctuation, perhaps with closing quotes, or a colon. */
function endsLikeParagraph(text: string, line: Line): boolean {
  let i = line.end;
  while (i > line.start && isSpaceAt(text, i - 1)) i--;
  while (i > line.start && isOneOf(CLOSERS, text.charAt(i - 1))) i--;
  return i > line.start && (isOneOf(TERMINATORS, text.charAt(i - 1)) || text.charAt(i - 1) === ':');
}

/**
 * A text is hard-wrapped (e-mail, `fmt`, Markdown written at 80 columns) when a good share of its lines are
 * long, stop without terminal punctuation and run straight into another line: "the range of up to 306" /
 * "kilometres, officials said." One paragraph per line, as news sites are saved, has almost none.
 */
function isHardWrapped(text: string, lines: Line[]): boolean {
  let nonBlank = 0;
  let broken = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(text, line.start, line.end)) continue;
    nonBlank++;
    const next = lines[i + 1];
    if (
      line.end - line.start >= 40 &&
      next &&
      next.number === line.number + 1 &&
      !isBlank(text, next.start, next.end) &&
      !endsLikeParagraph(text, line)
    ) {
      broken++;
    }
  }
  return broken >= 3 && broken >= nonBlank * 0.3;
}

/**
 * Whether the line after `line` continues its paragraph. Always when the break falls mid-sentence and the
 * next line goes on in lower case or with a number ("which have a range" / "of up to 190 miles"); in a
 * hard-wrapped text also before a capital ("more than 10,000 North Korean" / "Soldiers..."), unless the
 * next line opens a list item. A headline before its first paragraph ("Biden Permits Strikes" / "In a
 * startling twist") stays apart in a text that is not hard-wrapped.
 */
function continuesParagraph(text: string, line: Line, next: Line, wrapped: boolean): boolean {
  if (isBlank(text, next.start, next.end) || endsLikeParagraph(text, line)) return false;
  const first = skipSpaces(text, next.start, next.end);
  const ch = text.charAt(first);
  if (
    isOneOf(BULLETS, ch) ||
    ((ch === '-' || ch === '*') && isSpaceAt(text, first + 1)) ||
    parseListMarker(text, first, next.end)
  )
    return false;
  if (isLower(ch)) return true;
  // "more than" / "10,000 soldiers" continues; a headline ("Storm hits the north coast") before a first
  // paragraph that opens with a number ("12 people died") does not.
  if (isDigitAt(text, first)) return wrapped || LEADS_TO_NUMBER.has(lastWord(text, line));
  return wrapped;
}

/** Words after which a line break must go on to a number: "more than" / "10,000". */
const LEADS_TO_NUMBER = new Set([
  'than',
  'of',
  'to',
  'about',
  'nearly',
  'almost',
  'some',
  'least',
  'over',
  'under',
  'by',
  'from',
  'and',
  'with',
  'at',
  'around',
  'approximately',
  'estimated',
  'up',
  'the',
  'a',
  'were',
  'was',
  'is',
  'are',
  'had',
  'killed',
  'injured',
  'left',
  'reached',
  'totalled',
  'totaled',
  'hit',
  'rose',
  'fell',
]);

function lastWord(text: string, line: Line): string {
  const words = text.slice(line.start, line.end).trim().split(/\s+/);
  return (words[words.length - 1] ?? '').toLowerCase();
}

// ---------------------------------------------------------------------------------------------------------
// Word lists. Look-ups are case-sensitive on purpose: "Ill." (Illinois) is an abbreviation, "ill." is not.

/**
 * Titles and other abbreviations that always precede a name or a word of the same sentence, so their
 * period never ends a sentence: "Sen. Warren said", "Mt. Fuji", "Roe v. Wade", "e.g. Germany".
 */
const NEVER_FINAL = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Messrs',
  'Mmes',
  'Mme',
  'Mlle',
  'Dr',
  'Drs',
  'Prof',
  'Profs',
  'Sen',
  'Sens',
  'Rep',
  'Reps',
  'Gov',
  'Govs',
  'Gen',
  'Gens',
  'Lt',
  'Col',
  'Sgt',
  'Capt',
  'Cmdr',
  'Cdr',
  'Adm',
  'Maj',
  'Cpl',
  'Pvt',
  'Brig',
  'Rev',
  'Hon',
  'Pres',
  'Supt',
  'Det',
  'Insp',
  'Atty',
  'Amb',
  'Msgr',
  'Fr',
  'Mt',
  'Ft',
  'Sgts',
  'Lts',
  'e.g',
  'i.e',
  'E.g',
  'I.e',
  'cf',
  'Cf',
  'viz',
  'vs',
  'Vs',
  'v',
]);

/** Abbreviations that introduce a number: "No. 5", "p. 55", "N°. 1026", "Vol. 3". No break before a digit. */
const BEFORE_NUMBER = new Set([
  'No',
  'no',
  'Nos',
  'nos',
  'Nr',
  'nr',
  'N°',
  'Nº',
  'n°',
  'p',
  'pp',
  'Vol',
  'vol',
  'Art',
  'art',
  'Fig',
  'fig',
  'Ch',
  'ch',
  'Sec',
  'sec',
  'Para',
  'para',
  'Pt',
  'pt',
  'Ex',
  'Ed',
  'ed',
  'Op',
  'op',
  'Apt',
  'apt',
  'Rm',
  'Ste',
  'Tel',
  'tel',
  'approx',
  'Approx',
  'ca',
  'c',
  'pop',
  'Pop',
  'est',
  'Est',
  // "Mar. 4": March, which is left out of the ambiguous months because "Mar." could end a sentence about a
  // place called Mar; before a day it cannot.
  'Mar',
]);

/** Clock-time abbreviations, handled by `timeEndsSentence`. */
const CLOCK_TIME = new Set(['a.m', 'p.m', 'A.M', 'P.M']);

/**
 * Abbreviations that may end a sentence as well as sit inside one: "Briggs & Co. at noon" / "& Co. It closed",
 * "Martin Luther King Jr. Day" / "King Jr. The", "Jan. 20", "Atlanta, Ga. The". Treated by `looksLikeNewSentence`.
 * Months and states in AP style; common words (Mass, Wash, Ill, Miss, Sun, Sat, Wed, Mar) are left out because
 * "He went to Mass. Priests said" is more likely than the abbreviation.
 */
const AMBIGUOUS = new Set([
  'Inc',
  'Corp',
  'Ltd',
  'Co',
  'co',
  'Cos',
  'Bros',
  'Jr',
  'Sr',
  'Esq',
  'etc',
  'al',
  'St',
  'st',
  'Ave',
  'Blvd',
  'Rd',
  'Sq',
  'Dept',
  'Univ',
  'Assn',
  'Gov\u2019t',
  'Jan',
  'Feb',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
  'Mon',
  'Tue',
  'Tues',
  'Thu',
  'Thur',
  'Thurs',
  'Fri',
  'Ala',
  'Ariz',
  'Ark',
  'Calif',
  'Colo',
  'Conn',
  'Del',
  'Fla',
  'Ga',
  'Ind',
  'Kan',
  'Kans',
  'Ky',
  'La',
  'Md',
  'Mich',
  'Minn',
  'Mo',
  'Mont',
  'Neb',
  'Nev',
  'Okla',
  'Ore',
  'Pa',
  'Tenn',
  'Tex',
  'Va',
  'Vt',
  'Wis',
  'Wyo',
]);

/**
 * Capitalised words that typically begin a sentence and hardly ever continue a name. After an ambiguous
 * abbreviation they mark a boundary: "I live in the U.S. How about you?" splits, "the U.S. Government" does not.
 */
const SENTENCE_STARTERS = new Set([
  'A',
  'An',
  'The',
  'This',
  'That',
  'These',
  'Those',
  'It',
  'Its',
  'He',
  'His',
  'She',
  'Her',
  'They',
  'Their',
  'We',
  'Our',
  'I',
  'You',
  'Your',
  'My',
  'There',
  'Here',
  'But',
  'And',
  'Or',
  'So',
  'Yet',
  'Nor',
  'However',
  'Meanwhile',
  'Moreover',
  'Still',
  'Then',
  'Now',
  'Also',
  'In',
  'On',
  'At',
  'As',
  'By',
  'For',
  'From',
  'If',
  'When',
  'While',
  'After',
  'Before',
  'Since',
  'Although',
  'Though',
  'Because',
  'What',
  'Who',
  'Why',
  'How',
  'Where',
  'Which',
  'Whether',
  'Some',
  'Many',
  'Most',
  'All',
  'Both',
  'Each',
  'Every',
  'Several',
  'Not',
  'Such',
  'Another',
  'Is',
  'Are',
  'Was',
  'Were',
  'Did',
  'Do',
  'Does',
  'Can',
  'Could',
  'Will',
  'Would',
  'Should',
  'Must',
  'Has',
  'Have',
  'Had',
  'Let',
  'Please',
  'Yes',
  'Nonetheless',
  'Nevertheless',
  'Instead',
  'Despite',
  'According',
]);

/** Words that continue a clock time: "4:12 a.m. Monday", "9 p.m. ET", "6 a.m. Moscow time" is not covered. */
const AFTER_CLOCK_TIME = new Set([
  ...[...WEEKDAYS, ...MONTHS].map((word) => word[0]!.toUpperCase() + word.slice(1)),
  'ET',
  'EST',
  'EDT',
  'CT',
  'CST',
  'CDT',
  'MT',
  'MST',
  'MDT',
  'PT',
  'PST',
  'PDT',
  'GMT',
  'UTC',
  'BST',
  'CET',
  'CEST',
  'EET',
  'EEST',
  'MSK',
  'IST',
  'JST',
  'KST',
  'Eastern',
  'Pacific',
  'Central',
  'Mountain',
  'local',
]);

/** Prepositions that open a time phrase: "At 5 a.m. Mr. Smith went to the bank" ("At 5 a.m." is no sentence). */
const TIME_PREPOSITIONS = new Set([
  'At',
  'By',
  'Around',
  'About',
  'Before',
  'After',
  'Until',
  'Till',
  'From',
  'Since',
  'Shortly',
  'Just',
  'Until',
]);

// ---------------------------------------------------------------------------------------------------------
// Characters.

const TERMINATORS = '.!?\u2026'; // . ! ? …
/**
 * Zero-width spaces and joiners, the word joiner and the soft hyphen: invisible, so "left.\u200B The" ends a
 * sentence as "left. The" does, and they are trimmed from a sentence's ends like spaces.
 */
const INVISIBLES = '\u200B\u200C\u200D\u2060\u00AD';
/** Closing quotes and brackets that belong to the sentence they follow: `themselves.' The`, `“Really?” he`. */
const CLOSERS = `"'\u201D\u2019)]}\u00BB\u203A${INVISIBLES}`; // " ' ” ’ ) ] } » › and invisible characters
/** Opening quotes and brackets that may precede the first word of a sentence: `said. “We will`. */
const OPENERS = '"\'\u201C\u2018\u201E([{\u00AB\u2039\u00BF\u00A1'; // " ' “ ‘ „ ( [ { « ‹ ¿ ¡
/** List bullets: "• 9. The first item • 10. The second item", "⁃9. The first item". */
const BULLETS = '\u2022\u2043\u2023\u25E6\u25AA\u25CF'; // • ⁃ ‣ ◦ ▪ ●

function isSpaceCode(code: number): boolean {
  // The same set as JavaScript's \s and String.prototype.trim.
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function isSpaceAt(text: string, i: number): boolean {
  return isSpaceCode(text.charCodeAt(i));
}

function isDigitAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code >= 48 && code <= 57;
}

const LETTER = /\p{L}/u;

function isLetter(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(ch);
}

function isUpper(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLower(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isOneOf(set: string, ch: string): boolean {
  return ch !== '' && set.includes(ch);
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpaceAt(text, i) && !isOneOf(INVISIBLES, text.charAt(i))) return false;
  return true;
}

function skipSpaces(text: string, i: number, end: number): number {
  while (i < end && isSpaceAt(text, i)) i++;
  return i;
}

function skipOpeners(text: string, i: number, end: number): number {
  while (i < end && isOneOf(OPENERS, text.charAt(i))) i++;
  return i;
}

/** The span with surrounding whitespace removed, or null when nothing is left. */
function trimSpan(text: string, start: number, end: number): Span | null {
  const blank = (i: number): boolean => isSpaceAt(text, i) || isOneOf(INVISIBLES, text.charAt(i));
  while (start < end && blank(start)) start++;
  while (end > start && blank(end - 1)) end--;
  return start < end ? [start, end] : null;
}

// ---------------------------------------------------------------------------------------------------------
// Splitting one line.

function splitLine(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  const line: LineScan = { text, start, end, sentenceStart: start };
  const closeSentence = (at: number): void => {
    const span = trimSpan(text, line.sentenceStart, at);
    if (span) spans.push(span);
    line.sentenceStart = at;
  };
  const listBreaks = findListBreaks(text, start, end);
  let nextListBreak = 0;
  let i = start;
  while (i < end) {
    while (nextListBreak < listBreaks.length && (listBreaks[nextListBreak] ?? end) <= i) {
      closeSentence(listBreaks[nextListBreak] ?? end);
      nextListBreak++;
    }
    if (!isOneOf(TERMINATORS, text.charAt(i))) {
      i++;
      continue;
    }
    const { resume, split } = examineTerminator(line, i);
    if (split) closeSentence(resume);
    i = resume;
  }
  closeSentence(end);
  return spans;
}

/** Where scanning goes on after the terminator at `i`, and whether the sentence ends there. */
interface Verdict {
  resume: number;
  split: boolean;
}

function examineTerminator(line: LineScan, i: number): Verdict {
  const { text, end } = line;

  // A spaced ellipsis standing apart from the previous word (". . ." in quotations) marks an omission
  // inside a sentence: "the thing is . . . I didn’t mean it." Four spaced dots are an ellipsis plus a full
  // stop: "with a period . . . . Next sentence." splits after the fourth dot.
  if (text.charAt(i) === '.' && (i === line.start || isSpaceAt(text, i - 1))) {
    const dots = countSpacedDots(text, i, end);
    if (dots.count >= 3) {
      const resume = skipClosers(text, dots.end, end);
      const split = dots.count >= 4 && spaceThenCapital(text, resume, end);
      return { resume, split };
    }
  }

  // The terminator run ("." "?!" "....") and the closing quotes and brackets after it: `themselves.' The`.
  let runEnd = i;
  while (runEnd < end && isOneOf(TERMINATORS, text.charAt(runEnd))) runEnd++;
  let resume = runEnd;
  while (resume < end && (isOneOf(CLOSERS, text.charAt(resume)) || isOneOf(TERMINATORS, text.charAt(resume)))) {
    resume++;
  }

  // A boundary needs whitespace after it, so "U.S.-made", "3.5", "Jane.Doe@example.com", "a.b" in URLs,
  // "Jr.'s" and "mean...see" never split. The end of the line ends the sentence anyway.
  if (resume >= end) return { resume, split: false };
  if (!isSpaceAt(text, resume)) {
    const glued = runEnd - i === 1 ? gluedBoundary(line, i) : undefined;
    return glued === undefined ? { resume, split: false } : { resume: glued, split: true };
  }
  const next = skipSpaces(text, resume, end);
  if (next >= end) return { resume, split: false };
  // "... a soldier stands guard. (AP Photo/Efrem Lukatsky, File)": a closing credit belongs to its caption.
  if (isClosingCredit(text, next, end)) return { resume, split: false };
  // A dateline: "SPRINGFIELD, Ill. (AP) — Officials said", "KYIV, Ukraine (Reuters) -".
  if (DATELINE_AGENCY.test(text.slice(next, Math.min(end, next + 24)))) return { resume, split: false };

  const cluster = text.slice(i, resume);
  if (cluster.includes('!') || cluster.includes('?')) {
    // "Hello!? Is that you?" splits; "“Really?” he asked." and "Yahoo! in the" do not.
    return { resume, split: startsSentence(text, next, end) };
  }
  if (runEnd - i >= 2 || cluster.includes('\u2026')) {
    return { resume, split: ellipsisEndsSentence(text, i, next, end) };
  }
  return { resume, split: periodEndsSentence(line, i, resume, next) };
}

/**
 * Pages that join their paragraphs without a space: "across the ocean.The rings were spotted", "time and
 * place.\"My thinking is", "said Hughes.\u201cWe". A sentence ends at the period between a lower-case word of
 * three letters or more (or an acronym: "in the UK.The ocean") and a capitalised word, unless the word
 * before is an abbreviation ("Gov.Brown") or part of a dotted name ("example.com", "U.S.Army"). Returns where
 * the next sentence starts: after a closing quote, before an opening one (a straight quote opens when the
 * line's quotes before it are paired).
 */
function gluedBoundary(line: LineScan, i: number): number | undefined {
  const { text, end } = line;
  const tokenStart = tokenStartBefore(text, i, line.start);
  const token = text.slice(tokenStart, i);
  const acronym = token.length >= 2 && token === token.toUpperCase();
  if (
    !/^\p{L}+$/u.test(token) ||
    (token.length < 3 && !acronym) ||
    (!acronym && !isLower(token.charAt(token.length - 1)))
  )
    return undefined;
  if (NEVER_FINAL.has(token) || AMBIGUOUS.has(token) || text.charAt(tokenStart - 1) === '.') return undefined;
  const quote = text.charAt(i + 1);
  const quoted = quote === '"' || quote === '\u201C' || quote === '\u201D' || quote === '\u2018' || quote === '\u2019';
  const at = quoted ? i + 2 : i + 1;
  if (at + 1 >= end || !isUpper(text.charAt(at)) || !isLower(text.charAt(at + 1))) return undefined;
  // "Jane.Doe@example.com", "Node.Js.org": a name in an address, not two sentences.
  const wordEnd = letterRunEnd(text, at, end);
  const after = text.charAt(wordEnd);
  if (after === '@' || ((after === '.' || after === '_') && isLetter(text.charAt(wordEnd + 1)))) return undefined;
  if (!quoted) return at;
  // Asked only once the sentence ends here, so the quotes of a line are counted once, not once per period.
  const closes =
    quote === '\u201D' || quote === '\u2019' || (quote === '"' && !opensQuote(text, line.sentenceStart, i + 1));
  return closes ? at : i + 1;
}

/**
 * Whether the straight quote at `at` opens a quotation: the straight quotes of its sentence before it are
 * paired. Counted from the sentence's start, so a line of many glued sentences is read once, not once each.
 */
function opensQuote(text: string, sentenceStart: number, at: number): boolean {
  let count = 0;
  for (let j = sentenceStart; j < at; j++) if (text.charAt(j) === '"') count++;
  return count % 2 === 0;
}

/**
 * A bracketed photo or reporting credit that closes the line: "(AP Photo/Efrem Lukatsky, File)",
 * "(Photo: Reuters)", "(Reporting by Tom Balmforth; Editing by Alex Richardson)". A bracketed sentence
 * such as "(The Kremlin denied it.)" is not a credit and still starts a sentence of its own.
 */
const CLOSING_CREDIT =
  /^\((?:[A-Z][\w&.-]*\s+)?(?:Photos?|Image|Pictures?|Video|Pool|File|Reporting|Writing|Editing)\b[^()]*\)$/;

function isClosingCredit(text: string, next: number, end: number): boolean {
  const opener = text.charAt(next);
  if (opener !== '(' && opener !== '\u2014' && opener !== '\u2013' && opener !== '-') return false;
  const lineEnd = trimSpan(text, next, end)?.[1] ?? next;
  // Only the line's tail is tested, once, so the cost stays bounded.
  if (lineEnd - next > 200) return false;
  const tail = text.slice(next, lineEnd);
  return opener === '(' ? CLOSING_CREDIT.test(tail) : AGENCY_SIGN_OFF.test(tail);
}

/** The agency in brackets that closes a dateline: "(AP)", "(Reuters)", "(AFP) —". */
const DATELINE_AGENCY = new RegExp(`^\\((?:${alternation(NEWS_AGENCIES)})\\)`);

/** "..., officials said. — Reuters": wire copy republished with the agency's name after a dash. */
const AGENCY_SIGN_OFF = new RegExp(`^(?:\u2014|\u2013|-{1,2})\\s*(?:${alternation(NEWS_AGENCIES)})\\.?$`);

/** Dots separated by single spaces from `i`: ". . . ." has count 4. */
function countSpacedDots(text: string, i: number, end: number): { count: number; end: number } {
  let count = 1;
  let j = i + 1;
  while (j + 1 < end && text.charAt(j) === ' ' && text.charAt(j + 1) === '.') {
    count++;
    j += 2;
  }
  return { count, end: j };
}

function skipClosers(text: string, i: number, end: number): number {
  while (i < end && isOneOf(CLOSERS, text.charAt(i))) i++;
  return i;
}

/** Whitespace at `i`, then (after opening quotes) a capital letter. */
function spaceThenCapital(text: string, i: number, end: number): boolean {
  if (i >= end || !isSpaceAt(text, i)) return false;
  return capitalAfterOpeners(text, skipSpaces(text, i, end), end);
}

function capitalAfterOpeners(text: string, i: number, end: number): boolean {
  const j = skipOpeners(text, i, end);
  return j < end && isUpper(text.charAt(j));
}

/**
 * Whether the text at `next` can begin a sentence: a capital ("Hello World. My name"), a digit
 * ("1.) The first item. 2.) The second"), a bullet, an opening quote before a capital or digit
 * ("said. “We will"), or an ellipsis before a capital ("compounds. . . . The practice").
 */
function startsSentence(text: string, next: number, end: number): boolean {
  const ch = text.charAt(next);
  if (isUpper(ch) || isDigitAt(text, next) || isOneOf(BULLETS, ch)) return true;
  if (ch === '.' || ch === '\u2026') {
    let j = next;
    while (j < end) {
      const c = text.charAt(j);
      if (c === '.' || c === '\u2026') j++;
      else if (c === ' ' && j + 1 < end && (text.charAt(j + 1) === '.' || text.charAt(j + 1) === '\u2026')) j++;
      else break;
    }
    return spaceThenCapital(text, j, end);
  }
  const j = skipOpeners(text, next, end);
  return j > next && j < end && (isUpper(text.charAt(j)) || isDigitAt(text, j));
}

/**
 * "I never meant that.... She left" splits: an ellipsis ends a sentence when a capitalised word follows,
 * but "really ... well" does not, and neither does an omission mark in brackets: "Bohr [...] used",
 * "stairways [...]" (Smith 55).
 */
function ellipsisEndsSentence(text: string, i: number, next: number, end: number): boolean {
  const before = text.charAt(i - 1);
  if (before === '[' || before === '(') return false;
  return capitalAfterOpeners(text, next, end);
}

/**
 * The hard case: a single period followed by whitespace and something that could start a sentence.
 * `i` is the period, `resume` is after its closing quotes, `next` is the next non-space character.
 */
function periodEndsSentence(line: LineScan, i: number, resume: number, next: number): boolean {
  const { text, end } = line;
  // "'speak for themselves.' The White House" splits; "'This is great.' she said." does not.
  if (!startsSentence(text, next, end)) return false;
  // A list marker is not a sentence: "1. The first item", "1.) The first item", "• 9. The first item", "a. The".
  if (isListMarker(text, line.sentenceStart, resume)) return false;

  const tokenStart = tokenStartBefore(text, i, line.start);
  const token = text.slice(tokenStart, i);
  // After a closing quote or bracket: "“World War Three”. Such a declaration".
  if (token === '') return true;
  // "No. 5", "p. 55", "N°. 1026.253.553" — but "the answer was No. The" may still split.
  if (BEFORE_NUMBER.has(token) && isDigitAt(text, next)) return false;
  // "Sen. Warren said", "Mt. Fuji", "e.g. Germany".
  if (NEVER_FINAL.has(token)) return false;
  if (CLOCK_TIME.has(token)) return timeEndsSentence(line, tokenStart, next);
  if (AMBIGUOUS.has(token) || isInitial(token) || isDottedAcronym(token)) {
    // The pronoun I after a lower-case word ends a sentence: "you and I. Did you see Albert I. Jones".
    if (token === 'I' && previousWordIsLowerCase(text, tokenStart, line.sentenceStart)) return true;
    return looksLikeNewSentence(text, next, end);
  }
  // Any other word: "Hello World. My name", "$100.00. It is", "...awesome_content.html. Please".
  return true;
}

/**
 * Start of the word that ends at the period `i`: letters, digits, inner periods and the degree sign,
 * so "U.S.A", "a.m", "N°", "100.00" and "Mass" (of "D-Mass.") come out whole.
 */
function tokenStartBefore(text: string, i: number, lineStart: number): number {
  let j = i;
  while (j > lineStart) {
    const ch = text.charAt(j - 1);
    if (ch === '.' || ch === '\u00B0' || ch === '\u00BA' || isDigitAt(text, j - 1) || isLetter(ch)) j--;
    else break;
  }
  return j;
}

/** A single letter: the initial in "V. Putin", "Jonas E. Smith", "J. R. R. Tolkien". */
function isInitial(token: string): boolean {
  return token.length === 1 && isLetter(token);
}

/**
 * Letters joined by periods, one or two letters each: "U.S", "U.S.A", "E.U", "U.N", "D.C", "Ph.D".
 * (The final period is not part of the token.) "example.com" and "content.html" are not.
 */
function isDottedAcronym(token: string): boolean {
  if (!token.includes('.')) return false;
  let letters = 0;
  for (const ch of token) {
    if (ch === '.') {
      if (letters === 0) return false;
      letters = 0;
    } else if (isLetter(ch)) {
      letters++;
      if (letters > 2) return false;
    } else {
      return false;
    }
  }
  return letters > 0;
}

/**
 * After an abbreviation that can end a sentence, a boundary is assumed only when the next word is one
 * that usually begins a sentence ("U.S. How about you?", "& Co. It closed", "Jane and co. They") or an
 * opening quote introduces a capitalised word. A name continues: "U.S. Government", "V. Putin", "E. Smith".
 */
function looksLikeNewSentence(text: string, next: number, end: number): boolean {
  const wordStart = skipOpeners(text, next, end);
  if (wordStart > next) return wordStart < end && isUpper(text.charAt(wordStart));
  const wordEnd = letterRunEnd(text, wordStart, end);
  const word = text.slice(wordStart, wordEnd);
  // Another initial ("J. A. Smith") is not the pronoun "A".
  if (word.length === 1 && text.charAt(wordEnd) === '.') return false;
  return SENTENCE_STARTERS.has(word);
}

function letterRunEnd(text: string, i: number, end: number): number {
  while (i < end && isLetter(text.charAt(i))) i++;
  return i;
}

/**
 * "He left the bank at 6 P.M. Mr. Smith then went" splits before a capitalised word after a clock time,
 * except when the word continues the time ("4:12 a.m. Monday", "9 p.m. ET") or when what precedes is only
 * a time phrase that cannot stand as a sentence ("At 5 a.m. Mr. Smith went to the bank").
 * "4:12 a.m. on Monday" never reaches this (lower case).
 */
function timeEndsSentence(line: LineScan, tokenStart: number, next: number): boolean {
  const { text, end } = line;
  if (!capitalAfterOpeners(text, next, end)) return false;
  const wordStart = skipOpeners(text, next, end);
  const wordEnd = letterRunEnd(text, wordStart, end);
  if (AFTER_CLOCK_TIME.has(text.slice(wordStart, wordEnd))) return false;
  // "at 6 a.m. Moscow time", "9 p.m. Kyiv time": the place names the time zone.
  if (text.startsWith(' time', wordEnd)) return false;
  return !isTimePhraseOnly(text, line.sentenceStart, tokenStart);
}

/** "At 5", "At about 5:30", "Shortly after 5": a preposition and at most two more words. */
function isTimePhraseOnly(text: string, from: number, to: number): boolean {
  if (to - from > 40) return false;
  const words = text.slice(from, to).trim().split(/\s+/);
  return words.length <= 3 && TIME_PREPOSITIONS.has(words[0] ?? '');
}

/** Whether the word before the token at `tokenStart` (in the same sentence) starts with a lower-case letter. */
function previousWordIsLowerCase(text: string, tokenStart: number, sentenceStart: number): boolean {
  let j = tokenStart;
  while (j > sentenceStart && isSpaceAt(text, j - 1)) j--;
  if (j === tokenStart || j === sentenceStart) return false;
  while (j > sentenceStart && !isSpaceAt(text, j - 1)) j--;
  const wordStart = skipOpeners(text, j, tokenStart);
  return isLower(text.charAt(wordStart));
}

/**
 * Whether the sentence so far is only a list marker: "1.", "1.)", "a.", "• 9.", "⁃10.". Its period is
 * the marker's, not a sentence end ("1. The first item").
 */
function isListMarker(text: string, from: number, to: number): boolean {
  // Bounded, so sentences with many abbreviations ("Mr. A Mr. B ...") are not re-scanned from their start.
  if (to - from > 64) return false;
  let i = skipSpaces(text, from, to);
  while (i < to && (isOneOf(BULLETS, text.charAt(i)) || isSpaceAt(text, i))) i++;
  if (to - i > 6) return false;
  const labelStart = i;
  while (i < to && isDigitAt(text, i)) i++;
  const digits = i - labelStart;
  if (digits === 0) {
    if (i < to && isLetter(text.charAt(i))) i++;
    else return false;
  } else if (digits > 3) {
    return false;
  }
  if (i === to) return false;
  for (; i < to; i++) if (text.charAt(i) !== '.' && text.charAt(i) !== ')') return false;
  return true;
}

// ---------------------------------------------------------------------------------------------------------
// Lists written on one line.

/**
 * Positions where a list written on one line starts a new item. Only a line that itself begins with a
 * marker counts as a list, so ordinary prose is never cut here:
 * - bullets: "• 9. The first item • 10. The second item" breaks before each later "•" after a space;
 * - numbers and letters counted in sequence: "1) The first item 2) The second item",
 *   "1. The first item 2. The second item", "a. The first item b. The second item c. The third".
 */
function findListBreaks(text: string, start: number, end: number): number[] {
  const first = skipSpaces(text, start, end);
  if (first >= end) return [];
  const ch = text.charAt(first);
  if (isOneOf(BULLETS, ch)) return bulletBreaks(text.slice(first, end), ch).map((k) => first + k);
  const marker = parseListMarker(text, first, end);
  if (!marker) return [];
  return sequenceBreaks(text.slice(first, end), marker).map((k) => first + k);
}

function bulletBreaks(line: string, bullet: string): number[] {
  const breaks: number[] = [];
  for (let k = line.indexOf(bullet, 1); k !== -1; k = line.indexOf(bullet, k + 1)) {
    if (isSpaceAt(line, k - 1)) breaks.push(k);
  }
  return breaks;
}

interface ListMarker {
  /** "1" or "a". */
  label: string;
  /** What follows the label: ".", ")" or ".)". */
  punctuation: string;
}

/** A list marker at `i` followed by whitespace: "1.", "12)", "1.)", "a.", "b)". */
function parseListMarker(text: string, i: number, end: number): ListMarker | null {
  let j = i;
  while (j < end && isDigitAt(text, j)) j++;
  if (j === i) {
    const code = text.charCodeAt(i);
    const asciiLetter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (!asciiLetter) return null;
    j = i + 1;
  } else if (j - i > 3) {
    return null;
  }
  const label = text.slice(i, j);
  const punctuationStart = j;
  while (j < end && (text.charAt(j) === '.' || text.charAt(j) === ')')) j++;
  const punctuation = text.slice(punctuationStart, j);
  if (punctuation !== '.' && punctuation !== ')' && punctuation !== '.)') return null;
  if (j >= end || !isSpaceAt(text, j)) return null;
  return { label, punctuation };
}

function nextLabel(label: string): string | null {
  if (isDigitAt(label, 0)) return String(Number(label) + 1);
  if (label === 'z' || label === 'Z') return null;
  return String.fromCharCode(label.charCodeAt(0) + 1);
}

/** Positions of the following markers in sequence ("2.", "3." ...), each between whitespace. */
function sequenceBreaks(line: string, marker: ListMarker): number[] {
  const breaks: number[] = [];
  let label = nextLabel(marker.label);
  let from = 1;
  while (label !== null) {
    const needle = label + marker.punctuation;
    let found = -1;
    for (let k = line.indexOf(needle, from); k !== -1; k = line.indexOf(needle, k + 1)) {
      const after = k + needle.length;
      if (isSpaceAt(line, k - 1) && after < line.length && isSpaceAt(line, after)) {
        found = k;
        break;
      }
    }
    if (found === -1) break;
    breaks.push(found);
    from = found + needle.length;
    label = nextLabel(label);
  }
  return breaks;
}

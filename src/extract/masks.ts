// Digits that state no fact, hidden from every finder before a sentence is read: the digits of a web address
// ("bbc.com/news/world-55341227"), of a phone number ("1-800-555-0199", "(202) 555-0143", "020 7946 0958"),
// of a season ("the 2015/16 season") and of a generation's name ("5G", "3D"). A hidden token becomes an empty
// symbol, so token positions, and with them every fact's place in its sentence, stay as they were.
import { isYearDigits } from '../lexicon/calendar.js';
import type { Token } from './tokens.js';

/** The tokens of a sentence with those of web addresses, phone numbers and seasons hidden. */
export function maskNonFacts(tokens: Token[]): Token[] {
  const hidden = new Set<number>();
  markUrls(tokens, hidden);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== 'number' || hidden.has(i)) continue;
    const end = phoneEnd(tokens, i) ?? seasonEnd(tokens, i) ?? formatEnd(tokens, i);
    if (end === undefined) continue;
    const first = tokens[i - 1]?.lower === '(' || tokens[i - 1]?.lower === '+' ? i - 1 : i;
    for (let k = first; k < end; k++) hidden.add(k);
    i = end - 1;
  }
  if (hidden.size === 0) return tokens;
  return tokens.map((t, k) => (hidden.has(k) ? { ...t, kind: 'symbol', lower: '' } : t));
}

const glued = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && a.end === b.start;

// "https://…", "www.…", or a domain before a path ("bbc.co.uk/news"): labels start with a letter, so
// "3.5/10" and "km/h" are no address.
const URL_START = /^(?:https?:\/\/|www\.|(?:[a-z][\w-]*\.)+[a-z]{2,}\/)/i;

/** Runs of tokens with no space between them that spell a web address. */
function markUrls(tokens: Token[], hidden: Set<number>): void {
  for (let i = 0; i < tokens.length; ) {
    let end = i + 1;
    while (end < tokens.length && glued(tokens[end - 1], tokens[end])) end++;
    if (end - i >= 3) {
      const text = tokens
        .slice(i, end)
        .map((t) => t.text)
        .join('');
      if (URL_START.test(text)) for (let k = i; k < end; k++) hidden.add(k);
    }
    i = end;
  }
}

/**
 * The token after a phone number starting at i: three or more groups of digits joined by hyphens, dots,
 * brackets or single spaces, nine digits or more, the last group four digits ("555-0143"). Groups joined by
 * spaces alone are a phone number only after "+" or with a trunk "0" ("020 7946 0958"), not "2015 2016 2017".
 */
function phoneEnd(tokens: Token[], i: number): number | undefined {
  const groups: string[] = [];
  let joinedBySpaces = true;
  let at = i;
  for (;;) {
    const token = tokens[at];
    if (token?.kind !== 'number' || !/^\d+(?:\.\d+)*$/.test(token.lower)) break;
    groups.push(...token.lower.split('.'));
    if (token.lower.includes('.')) joinedBySpaces = false;
    const next = tokens[at + 1];
    const after = tokens[at + 2];
    if ((next?.lower === '-' || next?.lower === '.') && glued(token, next) && glued(next, after)) {
      joinedBySpaces = false;
      at += 2;
    } else if (next?.lower === ')' && glued(token, next) && after?.kind === 'number') {
      joinedBySpaces = false;
      at += 2;
    } else if (next?.kind === 'number' && next.start === token.end + 1) at += 1;
    else break;
  }
  const end = at + 1;
  const digits = groups.join('').length;
  if (groups.length < 3 || digits < 9 || digits > 15 || groups[groups.length - 1]!.length !== 4) return undefined;
  if (groups.slice(1).some((g) => g.length < 2)) return undefined;
  if (joinedBySpaces && !groups[0]!.startsWith('0') && tokens[i - 1]?.lower !== '+') return undefined;
  if (tokens[i - 1]?.lower === '(' && tokens[i + 1]?.lower !== ')') return undefined;
  return end;
}

/**
 * Names of generations and formats written as a number and a letter: "5G" networks, "3D" films. Neither is
 * an amount: "5G" is no five grams. (A screen's "4K" or "1080p" is a resolution, read as a measure.)
 */
const FORMATS: Readonly<Record<string, ReadonlySet<string>>> = {
  G: new Set(['2', '3', '4', '5', '6']),
  D: new Set(['2', '3', '4']),
};

function formatEnd(tokens: Token[], i: number): number | undefined {
  const number = tokens[i]!;
  const letter = tokens[i + 1];
  if (!letter || !glued(number, letter) || /^[$€£¥]$/.test(tokens[i - 1]?.text ?? '')) return undefined;
  return FORMATS[letter.text]?.has(number.lower) ? i + 2 : undefined;
}

/** "2015/16", "2015/2016", "2015-16": a sports or school season, two years written as one. */
function seasonEnd(tokens: Token[], i: number): number | undefined {
  const year = tokens[i]!;
  const join = tokens[i + 1];
  const second = tokens[i + 2];
  if (!isYearDigits(year.lower) || !glued(year, join) || !glued(join, second) || second?.kind !== 'number')
    return undefined;
  const next = Number(year.lower) + 1;
  const isNext = second.lower === String(next) || second.lower === String(next % 100).padStart(2, '0');
  if (join!.lower === '/' ? isNext || /^\d\d$/.test(second.lower) : join!.lower === '-' && isNext) return i + 3;
  return undefined;
}

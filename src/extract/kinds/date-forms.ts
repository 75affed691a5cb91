// Dates written without a calendar date's usual words: times of day ("6.10am", "12:10 p.m.", "9:24 p.m. ET",
// "21:24 GMT", "at noon", "at midnight") and holidays that name their day ("New Year's Eve", "Boxing Day").
import type { DateValue } from '../../types.js';
import type { Token } from '../tokens.js';

type DateAt = { first: number; next: number; value: DateValue };

const adjacent = (a: Token | undefined, b: Token | undefined) =>
  a !== undefined && b !== undefined && a.end === b.start;

/** Time zones after a time, read past and left out of the value: every version of a story keeps one zone. */
const ZONES = new Set(['et', 'est', 'edt', 'ct', 'cst', 'cdt', 'pt', 'pst', 'pdt', 'gmt', 'utc', 'bst', 'cet', 'cest']);

/** "am", "p.m.", "P.M.", "a . m ." at token k: the half of the day and the token after it. */
function meridiemAt(tokens: Token[], k: number): { pm: boolean; next: number } | undefined {
  const t = tokens[k];
  if (!t) return undefined;
  if (/^[ap]\.?m\.?$/.test(t.lower)) {
    const dotted = t.lower.length === 3 && tokens[k + 1]?.lower === '.' && adjacent(t, tokens[k + 1]);
    return { pm: t.lower.startsWith('p'), next: dotted ? k + 2 : k + 1 };
  }
  // "p.m." as four tokens: "p" "." "m" "."
  if ((t.lower === 'a' || t.lower === 'p') && tokens[k + 1]?.lower === '.' && tokens[k + 2]?.lower === 'm') {
    if (!adjacent(t, tokens[k + 1]) || !adjacent(tokens[k + 1], tokens[k + 2])) return undefined;
    const dot = tokens[k + 3]?.lower === '.' && adjacent(tokens[k + 2], tokens[k + 3]);
    return { pm: t.lower === 'p', next: dot ? k + 4 : k + 3 };
  }
  return undefined;
}

/**
 * "6.10am", "12:10 p.m.", "9:24 p.m. ET", "21:24", "7pm", "6 o'clock". A time with a dot ("6.10") needs its
 * "am" or "pm", or it is a decimal; one with a colon is read on a 24-hour clock without them.
 */
export const clockTime = (tokens: Token[], i: number): DateAt | undefined => {
  const token = tokens[i]!;
  if (token.kind !== 'number') return undefined;
  let hour: number;
  let minute: number | undefined;
  let next = i + 1;
  const dotted = /^(\d{1,2})\.(\d\d)$/.exec(token.lower);
  if (dotted) [hour, minute] = [Number(dotted[1]), Number(dotted[2])];
  else if (/^\d{1,2}$/.test(token.lower)) {
    hour = Number(token.lower);
    const colon = tokens[i + 1];
    const minutes = tokens[i + 2];
    if (colon?.lower === ':' && adjacent(token, colon) && adjacent(colon, minutes) && /^\d\d$/.test(minutes!.lower)) {
      minute = Number(minutes!.lower);
      next = i + 3;
    }
  } else return undefined;
  const meridiem = meridiemAt(tokens, next);
  if (meridiem) next = meridiem.next;
  else if (tokens[next]?.lower === "o'clock" || tokens[next]?.lower === 'o’clock') next++;
  else if (minute === undefined || dotted) return undefined;
  if (minute !== undefined && minute > 59) return undefined;
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem.pm ? 12 : 0);
  } else if (hour > 23) return undefined;
  if (ZONES.has(tokens[next]?.lower ?? '')) next++;
  // "It happened at 5:52" beside "5:52 p.m.": a colon time of 1 to 12 without "am" or "pm" may be either half.
  const unstated = !meridiem && hour >= 1 && hour <= 12 && !/o[’']clock/.test(tokens[next - 1]?.lower ?? '');
  const value: DateValue = {
    type: 'date',
    hour,
    ...(minute !== undefined ? { minute } : {}),
    ...(unstated ? { halfOfDayUnstated: true } : {}),
  };
  return { first: i, next, value };
};

const NAMED_TIMES: Record<string, number> = { noon: 12, midday: 12, midnight: 0 };

/** "at noon", "by midnight": the hour a word names. */
export const namedTime = (tokens: Token[], i: number): DateAt | undefined => {
  const hour = NAMED_TIMES[tokens[i]!.text];
  return hour === undefined ? undefined : { first: i, next: i + 1, value: { type: 'date', hour, minute: 0 } };
};

/** Holidays that name a day of the year, by their words as written (capitalised). */
const HOLIDAYS: Array<[string[], number, number]> = [
  [['New', "Year's", 'Day'], 1, 1],
  [['New', "Year's", 'Eve'], 12, 31],
  [['Christmas', 'Day'], 12, 25],
  [['Christmas', 'Eve'], 12, 24],
  [['Boxing', 'Day'], 12, 26],
  [["Valentine's", 'Day'], 2, 14],
  [['St', "Valentine's", 'Day'], 2, 14],
  [['Halloween'], 10, 31],
];

/** "New Year's Day", "Christmas Eve", "Halloween": the day a holiday falls on (its year when one follows). */
export const holiday = (tokens: Token[], i: number): DateAt | undefined => {
  for (const [words, month, day] of HOLIDAYS) {
    const matches = words.every((w, k) => tokens[i + k]?.text.replace('’', "'") === w);
    if (!matches) continue;
    let next = i + words.length;
    const value: DateValue = { type: 'date', month, day };
    const yearAt = tokens[next]?.lower === ',' ? next + 1 : next;
    if (tokens[yearAt]?.kind === 'number' && /^(1[89]|20)\d\d$/.test(tokens[yearAt]!.lower)) {
      value.year = Number(tokens[yearAt]!.lower);
      next = yearAt + 1;
    }
    return { first: i, next, value };
  }
  return undefined;
};

/** The hour and minute read back: "21:24", "09:00". */
export function describeTime(value: DateValue): string | undefined {
  if (value.hour === undefined) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return value.minute === undefined ? `${pad(value.hour)}h` : `${pad(value.hour)}:${pad(value.minute)}`;
}

/**
 * "5/17/2019", "17/05/2019": a date in figures with slashes. Month and day are read only when one of them is
 * over 12 and so tells the order; "5/6/2019" (May 6 or 5 June) states its year alone, which is never wrong.
 */
export const slashDate = (tokens: Token[], i: number): DateAt | undefined => {
  const [a, s1, b, s2, y] = tokens.slice(i, i + 5);
  const chain = [a, s1, b, s2, y];
  if (chain.some((t) => t === undefined) || s1!.lower !== '/' || s2!.lower !== '/') return undefined;
  if (!chain.every((t, k) => k === 0 || adjacent(chain[k - 1], t))) return undefined;
  if (![a, b].every((t) => /^\d{1,2}$/.test(t!.lower)) || !/^(1[89]|20)\d\d$/.test(y!.lower)) return undefined;
  const [first, second] = [Number(a!.lower), Number(b!.lower)];
  const value: DateValue = { type: 'date', year: Number(y!.lower) };
  if (first <= 12 && second > 12 && second <= 31) Object.assign(value, { month: first, day: second });
  else if (second <= 12 && first > 12 && first <= 31) Object.assign(value, { month: second, day: first });
  else if (first > 12 || second > 12 || first === 0 || second === 0) return undefined;
  return { first: i, next: i + 5, value };
};

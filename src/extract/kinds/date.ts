// Dates: calendar dates in every common form and dates relative to the article's own ("yesterday").
import type { ChangeAspect, DateValue } from '../../types.js';
import type { Token } from '../tokens.js';
import type { FactKindSpec, FoundFact } from './kind.js';
import { startsUpper } from '../../text/letters.js';
import { MONTHS, MONTH_NAMES, WEEKDAYS, WEEKDAY_NAMES, isYearDigits, monthNumber } from '../../lexicon/calendar.js';
import { isBareYear } from '../numbers/years.js';
import { clockTime, describeTime, holiday, namedTime, slashDate } from './date-forms.js';

const isYear = (t: Token | undefined) => t?.kind === 'number' && isYearDigits(t.lower);
const isDay = (t: Token | undefined) => t?.kind === 'number' && /^\d{1,2}$/.test(t.lower) && Number(t.lower) <= 31;
/** "31st", "1st": the ordinal suffix glued to a day, read as part of the date. */
const suffixAfter = (tokens: Token[], k: number) =>
  /^(?:st|nd|rd|th)$/.test(tokens[k]?.lower ?? '') && adjacent(tokens[k - 1], tokens[k]) ? k + 1 : k;
/** A year after an optional comma at k ("March 31, 2016", "31st March, 2016"): the token after it, or k. */
const yearAfter = (tokens: Token[], k: number, value: DateValue) => {
  const at = tokens[k]?.lower === ',' && isYear(tokens[k + 1]) ? k + 1 : k;
  if (!isYear(tokens[at])) return k;
  value.year = Number(tokens[at]!.lower);
  return at + 1;
};
/**
 * A month as a word: capitalised, or in lower case as careless copy writes it ("on january 5") when a day
 * follows and it is a full name other than "may" and "march" (usually verbs).
 */
const monthAt = (tokens: Token[], k: number): number | undefined => {
  const t = tokens[k];
  if (t?.kind !== 'word') return undefined;
  if (startsUpper(t.text)) return monthNumber(t.lower);
  if (!MONTH_NAMES.includes(t.lower) || t.lower === 'may' || t.lower === 'march') return undefined;
  return isDay(tokens[k + 1]) || isDay(tokens[k - 1]) ? monthNumber(t.lower) : undefined;
};

/**
 * Calendar dates: "January 20", "Jan. 20, 2025", "20 January 2025", "the 4th of March", "2025-03-04",
 * "November 2024", "in August", "on Sunday", "since 2022"; and dates relative to the article's own:
 * "yesterday", "last week". "May" as a month needs a day or year next to it ("may" is usually a verb).
 */
export function findDates(tokens: Token[]): FoundFact[] {
  const found: FoundFact[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!mayStartDate(tokens[i]!)) continue;
    const date = readDate(tokens, i);
    if (!date) continue;
    found.push({ kind: 'date', first: date.first, next: date.next, value: date.value });
    i = date.next - 1;
  }
  return found;
}

/**
 * Words that name a day relative to the article's own date. "Today" is left out: it mostly means "nowadays"
 * ("Today many in the media say ...") and, when it does not, it is the day every version was published.
 */
const RELATIVE_DAYS = new Set(['yesterday', 'tomorrow']);
/**
 * "last week", "next month", "last Tuesday". ("This year" is left out: it says little a calendar date would
 * contradict.)
 */
const RELATIVE_LEADS = new Set(['last', 'next', 'past']);
const RELATIVE_SPANS = new Set(['week', 'weekend', 'month', 'year', 'spring', 'summer', 'autumn', 'fall', 'winter']);

const adjacent = (a: Token | undefined, b: Token | undefined) =>
  a !== undefined && b !== undefined && a.end === b.start;
const twoDigits = (t: Token | undefined, max: number) =>
  t?.kind === 'number' && /^\d\d$/.test(t.lower) && Number(t.lower) >= 1 && Number(t.lower) <= max;

type DateAt = { first: number; next: number; value: DateValue };
/** One way of writing a date, read at token `i`, or undefined. */
type DateReader = (tokens: Token[], i: number) => DateAt | undefined;

/** "2025-03-04": an ISO date, written as one word. */
const isoDate: DateReader = (tokens, i) => {
  const token = tokens[i]!;
  if (
    !(
      isYear(token) &&
      tokens[i + 1]?.lower === '-' &&
      adjacent(token, tokens[i + 1]) &&
      twoDigits(tokens[i + 2], 12) &&
      adjacent(tokens[i + 1], tokens[i + 2]) &&
      tokens[i + 3]?.lower === '-' &&
      twoDigits(tokens[i + 4], 31) &&
      adjacent(tokens[i + 3], tokens[i + 4])
    )
  )
    return undefined;
  return {
    first: i,
    next: i + 5,
    value: {
      type: 'date',
      year: Number(token.lower),
      month: Number(tokens[i + 2]!.lower),
      day: Number(tokens[i + 4]!.lower),
    },
  };
};

/** "yesterday", "tomorrow". */
const relativeDay: DateReader = (tokens, i) =>
  RELATIVE_DAYS.has(tokens[i]!.lower)
    ? { first: i, next: i + 1, value: { type: 'date', relative: tokens[i]!.lower } }
    : undefined;

/** "last week", "next month", "last Tuesday" ("past week" reads as "last week"). */
const relativeSpan: DateReader = (tokens, i) => {
  const lead = tokens[i]!.lower;
  const span = tokens[i + 1]?.lower;
  if (!RELATIVE_LEADS.has(lead) || span === undefined || !(RELATIVE_SPANS.has(span) || WEEKDAYS.includes(span)))
    return undefined;
  return { first: i, next: i + 2, value: { type: 'date', relative: `${lead === 'past' ? 'last' : lead} ${span}` } };
};

/** "the 4th of March", "4th of March, 2025". */
const ordinalOfMonth: DateReader = (tokens, i) => {
  const token = tokens[i]!;
  if (
    !(
      isDay(token) &&
      /^(?:st|nd|rd|th)$/.test(tokens[i + 1]?.lower ?? '') &&
      adjacent(token, tokens[i + 1]) &&
      tokens[i + 2]?.lower === 'of' &&
      tokens[i + 3] &&
      monthNumber(tokens[i + 3]!.lower) &&
      startsUpper(tokens[i + 3]!.text)
    )
  )
    return undefined;
  const value: DateValue = { type: 'date', month: monthNumber(tokens[i + 3]!.lower)!, day: Number(token.lower) };
  let next = i + 4;
  if (tokens[next]?.lower === ',' && isYear(tokens[next + 1])) next++;
  if (isYear(tokens[next])) value.year = Number(tokens[next++]!.lower);
  return { first: i, next, value };
};

/** "Sunday", "Sunday's vote". */
const weekdayName: DateReader = (tokens, i) => {
  const token = tokens[i]!;
  const weekday = WEEKDAYS.indexOf(token.lower.replace(/['’]s$/, ''));
  return weekday >= 0 && startsUpper(token.text)
    ? { first: i, next: i + 1, value: { type: 'date', weekday } }
    : undefined;
};

/** "20 January 2025", "20 Jan. 2025", "31st March, 2016". */
const dayMonth: DateReader = (tokens, i) => {
  const token = tokens[i]!;
  if (!isDay(token)) return undefined;
  const at = suffixAfter(tokens, i + 1);
  const month = monthAt(tokens, at);
  if (!month) return undefined;
  const value: DateValue = { type: 'date', month, day: Number(token.lower) };
  let next = at + 1;
  if (tokens[next]?.lower === '.' && !MONTH_NAMES.includes(tokens[at]!.lower) && isYear(tokens[next + 1])) next++;
  next = yearAfter(tokens, next, value);
  return { first: i, next, value };
};

/** "January 20", "Jan. 20, 2025", "November 2024", "in August"; "May" alone is usually the verb. */
const monthFirst: DateReader = (tokens, i) => {
  const token = tokens[i]!;
  const month = monthAt(tokens, i);
  if (!month) return undefined;
  let next = i + 1;
  // "Sept. 30": the dot of an abbreviated month belongs to the date; "in April." ends the sentence.
  if (tokens[next]?.lower === '.' && !MONTH_NAMES.includes(token.lower)) next++;
  const value: DateValue = { type: 'date', month };
  // "January 1st", "March 31st, 2016"
  if (isDay(tokens[next])) {
    value.day = Number(tokens[next++]!.lower);
    next = suffixAfter(tokens, next);
    if (tokens[next]?.lower === ',' && isYear(tokens[next + 1])) next++;
  }
  if (isYear(tokens[next])) value.year = Number(tokens[next++]!.lower);
  if (token.lower === 'may' && value.day === undefined && value.year === undefined) return undefined;
  return { first: i, next, value };
};

const YEAR_LEADS = new Set(['in', 'since', 'by', 'until', 'of', 'from', 'before', 'after']);

/**
 * A bare year: "since 2022", "in 2024", "a 2015 sting operation" (numbers/years.ts tells it from "2000
 * troops"). Not a name's number ("Windows 2000"): after a capitalised word other than the first, a month or a
 * weekday.
 */
const bareYear: DateReader = (tokens, i) => {
  if (!isYear(tokens[i])) return undefined;
  const before = tokens[i - 1];
  const named = before !== undefined && i > 1 && startsUpper(before.text) && !WEEKDAY_NAMES.has(before.lower);
  const year =
    YEAR_LEADS.has(before?.lower ?? '') || (isBareYear(tokens, i) && !named && !MONTHS.has(before?.lower ?? ''));
  return year ? { first: i, next: i + 1, value: { type: 'date', year: Number(tokens[i]!.lower) } } : undefined;
};

/** The ways of writing a date, tried in this order at each token: the first that reads one wins. */
const DATE_READERS: readonly DateReader[] = [
  isoDate,
  slashDate,
  clockTime,
  namedTime,
  holiday,
  relativeDay,
  relativeSpan,
  ordinalOfMonth,
  weekdayName,
  dayMonth,
  monthFirst,
  bareYear,
];

/**
 * Whether a date may start at a token: a number, a capitalised word (a month or a weekday) or a word of a
 * relative date. Every reader below starts with one of these; most words of a sentence are none, and are
 * passed over without trying eight readers on each.
 */
function mayStartDate(token: Token): boolean {
  return (
    token.kind === 'number' ||
    startsUpper(token.text) ||
    MONTHS.has(token.lower) ||
    token.lower === 'noon' ||
    token.lower === 'midday' ||
    token.lower === 'midnight' ||
    RELATIVE_DAYS.has(token.lower) ||
    RELATIVE_LEADS.has(token.lower)
  );
}

function readDate(tokens: Token[], i: number): DateAt | undefined {
  for (const read of DATE_READERS) {
    const date = read(tokens, i);
    if (date) return date;
  }
  return undefined;
}

/** A stable key and a reading of a date: "January 20", "2022", "Sunday". */
export function describeDate(value: DateValue): string {
  if (value.relative !== undefined) return value.relative;
  const parts: string[] = [];
  if (value.weekday !== undefined) parts.push(capitalise(WEEKDAYS[value.weekday]!));
  if (value.month !== undefined)
    parts.push(capitalise(MONTH_NAMES[value.month - 1]!) + (value.day ? ` ${value.day}` : ''));
  if (value.year !== undefined) parts.push(String(value.year));
  const time = describeTime(value);
  if (time) parts.push(time);
  return parts.join(' ');
}

const capitalise = (word: string) => word[0]!.toUpperCase() + word.slice(1);

/**
 * Two dates agree when every field both give is equal ("January 20" and "January 20, 2025" agree; the
 * second is more precise). A field only one gives makes the other less precise, not wrong.
 */
export function compareDates(reference: DateValue, other: DateValue): DateComparison {
  // Without the article's date, "yesterday" and "March 4" cannot be checked against each other: a relative
  // date is less precise than a calendar one, and two relative dates agree only in the same words.
  if (reference.relative !== undefined || other.relative !== undefined) {
    if (reference.relative !== undefined && other.relative !== undefined)
      return reference.relative === other.relative ? 'same' : 'different';
    return reference.relative === undefined ? 'lessPrecise' : 'same';
  }
  const fields = ['year', 'month', 'day', 'weekday', 'hour', 'minute'] as const;
  let lessPrecise = false;
  const eitherHalf = reference.halfOfDayUnstated || other.halfOfDayUnstated;
  for (const field of fields) {
    const a = reference[field];
    const b = other[field];
    // "5:52" and "5:52 p.m." (17:52) are one time when one of them leaves the half of the day unstated.
    if (field === 'hour' && eitherHalf && a !== undefined && b !== undefined && a % 12 === b % 12) continue;
    if (a !== undefined && b !== undefined && a !== b) return 'different';
    if (a !== undefined && b === undefined) lessPrecise = true;
  }
  return lessPrecise ? 'lessPrecise' : 'same';
}

export type DateComparison = 'same' | 'lessPrecise' | 'different';

/** "9:24 p.m.", "at noon": a time of day and no day. */
const isTimeOnly = (value: DateValue) =>
  value.hour !== undefined && value.year === undefined && value.month === undefined && value.day === undefined;

/** A date with year, month and day: one that can anchor relative dates. */
export function isCalendarDate(value: DateValue): value is DateValue & { year: number; month: number; day: number } {
  return value.year !== undefined && value.month !== undefined && value.day !== undefined;
}

const DAY_OFFSETS: Record<string, number> = { yesterday: -1, tomorrow: 1 };

/**
 * "yesterday" in an article dated November 17, 2024 is Saturday, November 16, 2024: a relative day becomes a
 * calendar date (with its weekday) when the article states its own date, so it can be checked against
 * "on Saturday" or "November 16" in another version. Other relative dates ("last week") stay as they are.
 */
export function resolveRelativeDate(value: DateValue, articleDate: DateValue | undefined): DateValue {
  const offset = value.relative === undefined ? undefined : DAY_OFFSETS[value.relative];
  if (offset === undefined || !articleDate || !isCalendarDate(articleDate)) return value;
  const day = new Date(Date.UTC(articleDate.year, articleDate.month - 1, articleDate.day + offset));
  return {
    type: 'date',
    year: day.getUTCFullYear(),
    month: day.getUTCMonth() + 1,
    day: day.getUTCDate(),
    weekday: day.getUTCDay(),
  };
}

/** How many sentences from the top may carry the article's own date (a dateline, a "Published" line). */
const DATELINE_SENTENCES = 3;

/**
 * Dates, found by their own words before any number is read (so the digits of "2025-03-04" are no count).
 * Two different days cannot both be the day it happened: a contradiction, where a date that leaves out the
 * year is only less precise.
 */
export const date: FactKindSpec<'date'> = {
  kind: 'date',
  scan: findDates,
  scanClaimsNumbers: true,
  // "yesterday" and "tomorrow" as calendar dates when the article states its own date near the top.
  settle(facts) {
    const own = facts.find((f) => f.sentence < DATELINE_SENTENCES && isCalendarDate(f.value));
    if (!own) return facts;
    return facts.map((f) =>
      f.value.relative !== undefined ? { ...f, value: resolveRelativeDate(f.value, own.value) } : f,
    );
  },
  difference(reference, other): ChangeAspect[] | null {
    const verdict = compareDates(reference, other);
    return verdict === 'same' ? null : verdict === 'lessPrecise' ? ['precision'] : ['value', 'contradiction'];
  },
  describe: describeDate,
  // "Tuesday, February 6, 2018" says more than "February 6", which says more than "February" or "last week".
  specificity: (value) =>
    value.relative !== undefined
      ? 0
      : (['year', 'month', 'day', 'weekday', 'hour', 'minute'] as const).filter((f) => value[f] !== undefined).length,
  // A time of day ("9:24 p.m.") aligns with times, never with a day: neither makes the other less precise. A
  // date relative to an article's own that stayed so ("last week", "last year") aligns only with others of
  // its kind: against "Thursday" or "2030" it says nothing either way, and real coverage pairs them by
  // accident ("the 2030 goal" / "launched last year").
  bucket: ({ value }) => (isTimeOnly(value) ? 'date:time' : value.relative !== undefined ? 'date:relative' : 'date'),
  // A day of the month, a month of a year, or a year: "January 31" and "Jan. 31, 2018" share a key. A month
  // alone ("in March") is too common in one story to join rows by.
  valueKey: ({ value }) =>
    value.day !== undefined && value.month !== undefined
      ? `day ${value.month}-${value.day}`
      : value.month !== undefined && value.year !== undefined
        ? `month ${value.year}-${value.month}`
        : value.year !== undefined && value.month === undefined
          ? `year ${value.year}`
          : undefined,
  // "Monday" in two outlets of one story is one day, and "in November" the month of "November 29"; twice in
  // one outlet, two events of it.
  commonValueKeys: ({ value }) =>
    value.relative !== undefined
      ? []
      : [
          ...(value.weekday !== undefined && value.month === undefined ? [`weekday ${value.weekday}`] : []),
          ...(value.month !== undefined ? [`month ${value.month}`] : []),
          // "5:52 p.m." in one outlet and "5:52" or "5:52 a.m." in another: one time of the story, the half of
          // the day the same or at most a change of it.
          ...(isTimeOnly(value) && value.minute !== undefined ? [`time ${value.hour! % 12}:${value.minute}`] : []),
        ],
  setting: true,
};

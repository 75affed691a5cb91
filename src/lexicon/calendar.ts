// The calendar's words, for every stage that must recognise them: dates are read from them, a number
// before a month is a day rather than a count, a weekday is no person's name, a clock time goes on into
// "Monday", and "By Tuesday" is a deadline, not a byline.

export const MONTH_NAMES: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
export const MONTH_ABBREVIATIONS: readonly string[] = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];
/** Weekdays in the order of `Date.getUTCDay()`: Sunday is 0. */
export const WEEKDAYS: readonly string[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];

export const WEEKDAY_NAMES: ReadonlySet<string> = new Set(WEEKDAYS);

/** Month words and abbreviations (without the dot, "sept" too), lower case. */
export const MONTHS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...MONTH_ABBREVIATIONS, 'sept']);

/** The 1-based month a word names ("March", "Mar.", "Sept"), if any. */
/** A weekday or a month, in lower case: "friday", "march". */
export const isCalendarWord = (lower: string): boolean => WEEKDAY_NAMES.has(lower) || MONTHS.has(lower);

export function monthNumber(word: string): number | undefined {
  const plain = word.replace(/\.$/, '');
  const full = MONTH_NAMES.indexOf(plain);
  if (full >= 0) return full + 1;
  const short = MONTH_ABBREVIATIONS.indexOf(plain === 'sept' ? 'sep' : plain);
  return short >= 0 ? short + 1 : undefined;
}

/** A year as news writes it, 1800–2099: "since 2022", "the 1918 flu". */
export const isYearDigits = (text: string): boolean => /^(1[89]|20)\d\d$/.test(text);

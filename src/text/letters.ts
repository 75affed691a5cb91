// Letter classes for the regexes that run on every token. Written as explicit ranges — Latin with its
// accented and extended letters, Greek and Cyrillic — rather than \p{L}: each Unicode property class costs
// up to a few milliseconds to compile on first use, which adds up to a large share of claimdiff's start-up
// budget, and news copy in English rarely needs other scripts. A letter outside these ranges is still kept:
// it falls through to single-character tokens rather than being lost.
export const LETTERS = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF';
export const UPPER = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0391-\\u03A9\\u0410-\\u042F';
export const LOWER = 'a-z\\u00DF-\\u00F6\\u00F8-\\u00FF\\u03B1-\\u03C9\\u0430-\\u044F';

const UPPER_START = new RegExp(`^[${UPPER}]`);
const LOWER_START = new RegExp(`^[${LOWER}]`);
const LETTER_OR_DIGIT = new RegExp(`[${LETTERS}0-9]`);

/** "Grenell" → true, "grenell" → false. */
export const startsUpper = (text: string): boolean => UPPER_START.test(text);
/** "troops" → true, "Troops" → false. */
export const startsLower = (text: string): boolean => LOWER_START.test(text);
/** One character: a letter or a digit. */
export const isLetterOrDigit = (char: string): boolean => LETTER_OR_DIGIT.test(char);

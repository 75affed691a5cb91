// Letter classes for the hot regexes (tokenising, splitting into words). Written as explicit ranges —
// Latin with its accented and extended letters, Greek and Cyrillic — rather than \p{L}: Unicode
// property classes cost several milliseconds to compile on first use, which is most of claimdiff's
// start-up budget, and news copy in English rarely needs other scripts. A letter outside these ranges
// is still kept: it falls through to single-character tokens rather than being lost.
export const LETTERS = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF';
export const UPPER = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0391-\\u03A9\\u0410-\\u042F';

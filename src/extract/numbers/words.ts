// Numbers written as words, and the scale words that multiply them. Shared by every
// numeric fact kind (counts, quantities, money, percentages, durations).

const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

export const SCALES: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

/** Abbreviated scales glued to money: "$4.5bn", "£600m", "$20k". Only after a currency, so "306m" stays metres. */
export const MONEY_SCALES: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  bn: 1e9,
  b: 1e9,
  t: 1e12,
  tn: 1e12,
  trn: 1e12,
};

/** Plural scales that stand alone as vague amounts: "thousands of troops", "dozens of homes". */
export const VAGUE_PLURALS: Record<string, number> = {
  dozens: 12,
  scores: 20,
  hundreds: 1e2,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
  trillions: 1e12,
};

/** "twenty-five" → 25, "seven" → 7, "dozen" → 12; undefined for anything else. */
export function wordValue(word: string): number | undefined {
  if (word === 'dozen') return 12;
  if (word in SMALL) return SMALL[word];
  const parts = word.split('-');
  if (parts.length === 2 && parts[0]! in SMALL && parts[1]! in SMALL) {
    const tens = SMALL[parts[0]!]!;
    const ones = SMALL[parts[1]!]!;
    if (tens >= 20 && tens % 10 === 0 && ones < 10) return tens + ones;
  }
  return undefined;
}

// "first" and "second" are left out: "the first time", "a second" say no place in an order worth comparing.
const ORDINALS: Record<string, number> = {
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100,
};
const COMPOUND_ORDINAL_ONES: Record<string, number> = { first: 1, second: 2, ...ORDINALS };

/** "eighth" → 8, "twenty-first" → 21; undefined for anything else (and for "first", "second"). */
export function ordinalValue(word: string): number | undefined {
  if (word in ORDINALS) return ORDINALS[word];
  const [tens, ones, ...rest] = word.split('-');
  if (rest.length || !tens || !ones || !(tens in SMALL) || !(ones in COMPOUND_ORDINAL_ONES)) return undefined;
  const t = SMALL[tens]!;
  const o = COMPOUND_ORDINAL_ONES[ones]!;
  return t >= 20 && t % 10 === 0 && o < 10 ? t + o : undefined;
}

/** "10,000" → 10000, "3.5" → 3.5; `step` is the place of the last written digit (1, 0.1 ...). */
export function digitValue(text: string): { value: number; step: number } {
  const plain = text.replace(/,(?=\d{3}\b)/g, '');
  const decimals = /\.(\d+)$/.exec(plain)?.[1]?.length ?? 0;
  return { value: Number(plain), step: 10 ** -decimals };
}

const STARTS = new Set([
  ...Object.keys(SMALL),
  ...Object.keys(VAGUE_PLURALS),
  ...Object.keys(ORDINALS),
  'tens',
  'hundreds',
  'a',
  'dozen',
]);

/** Whether a word can begin a number written in words: "two", "twenty-five", "thousands", "a (dozen)". */
export function mayStartNumber(word: string): boolean {
  if (STARTS.has(word)) return true;
  const dash = word.indexOf('-');
  return dash > 0 && word.slice(0, dash) in SMALL;
}

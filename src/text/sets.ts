/** Dice's coefficient of two sets: twice the shared members over the total, 0 when either is empty. */
export function diceOfSets<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}

const wordSets = new WeakMap<readonly string[], Set<string>>();

/** Dice's coefficient of two word lists, each list turned into a set once (the same lists meet many times). */
export function diceOfWords(a: readonly string[], b: readonly string[]): number {
  const setOf = (words: readonly string[]) => {
    let set = wordSets.get(words);
    if (!set) wordSets.set(words, (set = new Set(words)));
    return set;
  };
  return diceOfSets(setOf(a), setOf(b));
}

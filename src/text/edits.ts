// One slip of the keyboard: whether two words differ by at most one inserted, dropped or replaced letter.

/**
 * Whether `a` becomes `b` with at most one letter inserted, dropped or replaced ("palace" / "place",
 * "frame" / "fame"), in one pass over both words.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  // The first difference is the one slip: skip it in the longer word (an insertion) or in both (a change).
  const rest = short.length === long.length ? i + 1 : i;
  return short.slice(rest) === long.slice(i + 1);
}

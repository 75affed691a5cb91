// Fact ids made from content ("count:north-korean-soldiers"), never from file names or order, so a baseline
// keeps naming the same fact across runs; and the --ignore patterns that match them.
import type { ComparedFact, Fact } from '../types.js';
import { describeFact, kindSpec } from '../extract/kinds/index.js';
import { plainWords } from '../text/normalize.js';
import { compareCodeUnits } from '../text/order.js';

/**
 * What an id says about a fact, from its consensus form (so --reference and file names do not change it):
 * the kind's own words (FactKindSpec.idWords: a person's name, a quote's speaker and opening words, what a
 * count counts), else the value itself ("date:january-20", "quantity:up-to-306-km", "duration:2-months-before").
 */
export function idWordsOf(fact: Fact): string {
  return kindSpec(fact.kind).idWords?.(fact) ?? describeFact(fact);
}

/**
 * Readable, content-made ids ("count:north-korean-soldier"), in story order, numbered only when two facts share
 * one.
 */
export function assignIds(facts: Array<{ fact: ComparedFact; position: number; idWords: string }>): ComparedFact[] {
  const sorted = [...facts].sort(
    (a, b) =>
      a.position - b.position ||
      compareCodeUnits(a.fact.kind, b.fact.kind) ||
      compareCodeUnits(a.idWords, b.idWords) ||
      compareCodeUnits(a.fact.normalized, b.fact.normalized),
  );
  const bases = sorted.map(({ fact, idWords }) => `${fact.kind}:${slug(idWords)}`);
  // Every base is taken by the first fact that has it; a second is numbered past the ids already taken, as
  // "count:8-3" may be a base of its own (a tally of 8-3) as well as the third "count:8".
  const taken = new Set(bases);
  const seen = new Map<string, number>();
  return sorted.map(({ fact }, i) => {
    const base = bases[i]!;
    let n = seen.get(base) ?? 0;
    if (n === 0) {
      seen.set(base, 1);
      return { ...fact, id: base };
    }
    let id: string;
    do id = `${base}-${++n}`;
    while (taken.has(id));
    taken.add(id);
    seen.set(base, n);
    return { ...fact, id };
  });
}

/** Lower-case ASCII words joined by hyphens ("Andrés" → andres), whole words only, at most about 48 characters. */
function slug(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range, control characters included
  const ascii = /[^\x00-\x7f]/.test(text) ? text.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : text;
  const words = plainWords(ascii)
    .map((w) => w.replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
  let out = '';
  for (const word of words) {
    if (out && out.length + word.length + 1 > 48) break;
    out = out ? `${out}-${word}` : word;
  }
  return out || 'fact';
}

/** Whether a fact id matches one of the ignore patterns ("date:*" matches every date). */
export function isIgnored(id: string, patterns: readonly string[]): boolean {
  return ignoreMatcher(patterns)(id);
}

/**
 * The ignore patterns made once into a test of a fact id (`*` matches any run of characters), for every fact
 * of a run: each pattern is split at its stars and its pieces found in order, leftmost first, which is linear
 * in the id and cannot backtrack ("*a*a*a*a*b" as a regular expression took the id's length to the power of
 * its stars). Compiled once per run, not once per fact and pattern.
 */
export function ignoreMatcher(patterns: readonly string[]): (id: string) => boolean {
  const split = patterns.map((pattern) => pattern.split('*'));
  if (split.length === 0) return () => false;
  return (id) => split.some((pieces) => matchesGlob(pieces, id));
}

function matchesGlob(pieces: readonly string[], id: string): boolean {
  const first = pieces[0]!;
  if (pieces.length === 1) return id === first;
  const last = pieces[pieces.length - 1]!;
  if (id.length < first.length + last.length || !id.startsWith(first) || !id.endsWith(last)) return false;
  let at = first.length;
  const end = id.length - last.length;
  for (let k = 1; k < pieces.length - 1; k++) {
    const piece = pieces[k]!;
    if (piece === '') continue;
    const found = id.indexOf(piece, at);
    if (found === -1 || found + piece.length > end) return false;
    at = found + piece.length;
  }
  return true;
}

// What more than one format shows alike: the verdict marks and the short names of the sources. (Text kept
// on one line, and Markdown escaping, are report/markup.ts: the words of messages.ts need them too.)
import type { SourceVerdict, Status } from '../types.js';

/** Marks that read without colour: ✓ kept, ≠ changed, – missing. */
export const MARKS: Record<Status, string> = { included: '✓', altered: '≠', omitted: '–' };

/** The mark of a change that is only a compatible qualifier or precision ("about 60,000 km" for "60,000 km"). */
export const NUANCE_MARK = '≈';

/** A verdict's mark: a nuance shows apart from a change. */
export function markOf(verdict: SourceVerdict): string {
  return verdict.severity === 'nuance' ? NUANCE_MARK : MARKS[verdict.status];
}

/**
 * Short column heads for the sources: A, B, C ... for up to 26 sources, 1, 2, 3 ... beyond. `padded`
 * right-aligns the numbers to one width (" 9", "10") for the fixed columns of a terminal; a Markdown table
 * aligns its cells itself.
 */
export function columnKeys(ids: readonly string[], { padded = false }: { padded?: boolean } = {}): Map<string, string> {
  const width = padded ? String(ids.length).length : 0;
  return new Map(
    ids.map((id, i) => [id, ids.length <= 26 ? String.fromCharCode(65 + i) : String(i + 1).padStart(width)]),
  );
}

/**
 * The length of the longest text, 0 for none. A loop, not `Math.max(...lengths)`: a spread passes every
 * element as an argument on the stack, and the 180,000 fact labels of a 3 MB one-paragraph file overflow it.
 */
export function longestLength(texts: Iterable<string>): number {
  let longest = 0;
  for (const text of texts) if (text.length > longest) longest = text.length;
  return longest;
}

// What more than one format shows alike: the verdict marks, the short names of the sources, and text kept
// on one line (and, for Markdown, kept from turning into formatting).
import type { Status } from '../types.js';

/** Marks that read without colour: ✓ kept, ≠ changed, – missing. */
export const MARKS: Record<Status, string> = { included: '✓', altered: '≠', omitted: '–' };

/**
 * Short column heads for the sources: A, B, C ... for up to 26 sources, 1, 2, 3 ... beyond. `padded`
 * right-aligns the numbers to one width (" 9", "10") for the fixed columns of a terminal; a Markdown table
 * aligns its cells itself.
 */
export function columnKeys(ids: readonly string[], { padded = false }: { padded?: boolean } = {}): Map<string, string> {
  const width = padded ? String(ids.length).length : 0;
  return new Map(ids.map((id, i) => [id, ids.length <= 26 ? String.fromCharCode(65 + i) : String(i + 1).padStart(width)]));
}

/** A sentence that ran over a wrapped line break, on one line: "killed at least\n  37 people" → "killed at least 37 people". */
export const flat = (text: string): string => text.replace(/\s*\n\s*/g, ' ');

/**
 * Text that may hold Markdown, on one line and escaped so that a source's "*" or "_" cannot change the
 * formatting; "|" is escaped too, so the text is safe in a table cell: "a *new* | claim" → "a \*new\* \| claim".
 */
export function inline(text: string): string {
  return flat(text).replace(/([\\`*_[\]<>|~#])/g, '\\$1');
}

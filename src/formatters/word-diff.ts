// A word-level diff of two wordings, built on fast-diff's character diff.
import diff from 'fast-diff';

export interface DiffPart {
  /** -1 only in the reference, 1 only in the source, 0 in both. */
  op: -1 | 0 | 1;
  text: string;
}

/**
 * Word-level diff of a source's wording against the reference. fast-diff compares characters, so each
 * distinct word (with its trailing space) is first mapped to one private-use character; the character diff
 * is then a word diff, and no change ever splits a word ("12,000" vs "10,000" is one word replaced).
 */
export function diffWords(reference: string, other: string): DiffPart[] {
  const vocabulary = new Map<string, string>();
  const words: string[] = [];
  const encode = (text: string) =>
    (text.match(/\S+\s*/g) ?? [])
      .map((word) => {
        let code = vocabulary.get(word);
        if (code === undefined) {
          code = String.fromCodePoint(0xf0000 + words.length);
          vocabulary.set(word, code);
          words.push(word);
        }
        return code;
      })
      .join('');
  const a = encode(reference);
  const b = encode(other);
  const parts: DiffPart[] = [];
  for (const [op, chars] of diff(a, b)) {
    const text = [...chars].map((c) => words[c.codePointAt(0)! - 0xf0000]).join('');
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += text;
    else parts.push({ op, text });
  }
  return parts;
}

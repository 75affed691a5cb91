// The 48 English Golden Rules for sentence boundary detection (Pragmatic Segmenter, as packaged by pySBD;
// origin and licence in the fixture's `note`), run as one table test each.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/sentences.js';

interface GoldenRule {
  rule: number;
  description: string;
  text: string;
  sentences: string[];
}

interface GoldenFile {
  note: Record<string, unknown>;
  rules: GoldenRule[];
}

const golden = JSON.parse(
  readFileSync(new URL('../../fixtures/sbd-golden-en.json', import.meta.url), 'utf8'),
) as GoldenFile;

/**
 * Rules our design is known to fail. Empty: every rule passes. (The design never joins lines, so a rule
 * with a line break inside a sentence would belong here; none of the 48 has one.)
 */
const KNOWN_FAILURES: ReadonlySet<number> = new Set<number>();

const cases = golden.rules.map((r) => ({ ...r, name: `${r.rule}) ${r.description}` }));
const passing = cases.filter((r) => !KNOWN_FAILURES.has(r.rule));
const failing = cases.filter((r) => KNOWN_FAILURES.has(r.rule));

function sentenceTexts(text: string): string[] {
  return segment('golden', text).map((s) => s.text.trim());
}

describe('English Golden Rules', () => {
  it('has all 48 rules', () => {
    expect(golden.rules).toHaveLength(48);
  });

  it.each(passing)('$name', ({ text, sentences }) => {
    expect(sentenceTexts(text)).toEqual(sentences.map((s) => s.trim()));
  });

  if (failing.length > 0) {
    it.fails.each(failing)('known failure: $name', ({ text, sentences }) => {
      expect(sentenceTexts(text)).toEqual(sentences.map((s) => s.trim()));
    });
  }
});

// Quote attribution at scale (issue 14): every quote looked at every name and every other quote of its source,
// so that a paragraph of a thousand short quotes took minutes; now each looks at its own sentences. (A
// paragraph of over MAX_QUOTE_MARKS marks is not read for quotes at all: test/extract/limits.test.ts.)
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/extract/index.js';
import type { QuoteValue } from '../../../src/types.js';
import { segmented } from '../../helpers.js';

const quotes = (text: string) =>
  extractFacts([segmented('s', text)])
    .filter((f) => f.kind === 'quote')
    .map((f) => f.value as QuoteValue);

describe('attributeQuotes on many quotes', () => {
  it('a thousand quotes, forty to a paragraph ("q0 x" said "q1 x" said …), are each read', () => {
    const paragraph = (p: number) => Array.from({ length: 40 }, (_, i) => `"q${40 * p + i} x"`).join(' said ');
    const found = quotes(Array.from({ length: 25 }, (_, p) => paragraph(p)).join('\n\n'));
    expect(found.length).toBe(1000);
    expect(found.at(-1)).toMatchObject({ words: 'q999 x', speaker: null });
  });

  it('1,500 quotes by pronoun, each after its speaker is named: each is that speaker’s', () => {
    // 130 people told apart by their surname's initial and length (sameSurname joins near spellings).
    const surname = (i: number) => `${String.fromCharCode(65 + (i % 26))}${'o'.repeat(3 * Math.floor(i / 26))}lson`;
    const names = Array.from({ length: 1500 }, (_, i) => `Ann ${surname(i % 130)}`);
    const text = names.map((name, i) => `Officer ${name} spoke on Monday. "We finished part ${i} on time," she said.`);
    expect(quotes(text.join('\n\n')).map((q) => q.speaker)).toEqual(names);
  });
});

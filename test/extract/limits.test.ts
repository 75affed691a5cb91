// The caps of the extract stage (issue 14): facts per sentence, facts per source, quotation marks per
// paragraph. Each is met with a warning naming the file, and leaves what is within it as it was.
import { describe, expect, it } from 'vitest';
import { MAX_FACTS_PER_SENTENCE, MAX_FACTS_PER_SOURCE, extractStage } from '../../src/extract/index.js';
import { MAX_QUOTE_MARKS } from '../../src/extract/quotes/spans.js';
import { compareSources } from '../../src/index.js';
import { segmented } from '../helpers.js';

const counting = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `${i + from} people`).join(', ');
const run = (text: string) => extractStage([segmented('s', text)]);

describe('extract limits', () => {
  it.each([
    {
      name: 'a sentence of 150 counts gives its first 100',
      text: `They counted ${counting(150)}.`,
      facts: MAX_FACTS_PER_SENTENCE,
      warnings: [`1 sentence(s) with over ${MAX_FACTS_PER_SENTENCE} facts: the first ${MAX_FACTS_PER_SENTENCE} read`],
    },
    {
      name: 'a sentence of 100 counts is read whole',
      text: `They counted ${counting(100)}.`,
      facts: 100,
      warnings: [],
    },
    {
      name: '6,000 sentences of one count each: the first 5,000',
      text: Array.from({ length: 6000 }, (_, i) => `They found ${i + 1} people.`).join('\n'),
      facts: MAX_FACTS_PER_SOURCE,
      warnings: [`over ${MAX_FACTS_PER_SOURCE} facts: none read from line 5001, column 1 on`],
    },
    {
      name: 'a paragraph of 200 quotation marks gives no quotes',
      text: `${'"We will win," he said. '.repeat(100)}\n\nAnother paragraph.`,
      facts: 0,
      warnings: [`1 paragraph(s) with over ${MAX_QUOTE_MARKS} quotation marks: their quotes not read`],
    },
  ])('$name', ({ text, facts, warnings }) => {
    const result = run(text);
    expect(result.facts.length).toBe(facts);
    expect(result.warnings).toEqual(warnings.map((message) => ({ file: 's.txt', message })));
  });

  it('the first facts of a crowded sentence are those that stand first', () => {
    const values = run(`They counted ${counting(150)}.`).facts.map((f) => f.surface);
    expect(values.slice(0, 2)).toEqual(['1 people', '2 people']);
    expect(values.at(-1)).toBe('100 people');
  });

  it('quotes of the paragraphs within the limit are still read', () => {
    const text = `${'"We will win," he said. '.repeat(60)}\n\n"We will rebuild," Mayor Ellen Hale said.`;
    const quotes = run(text).facts.filter((f) => f.kind === 'quote');
    expect(quotes.map((f) => f.value)).toEqual([
      { type: 'quote', words: 'We will rebuild', speaker: 'Ellen Hale', partial: false },
    ]);
  });

  it('a run reports each limit as a warning naming the file', () => {
    const report = compareSources([
      { id: 'a', path: 'stories/a.txt', text: `They counted ${counting(150)}.` },
      { id: 'b', path: 'stories/b.txt', text: 'They counted 1 people.' },
    ]);
    expect(report.warnings).toEqual([
      {
        file: 'stories/a.txt',
        message: `1 sentence(s) with over ${MAX_FACTS_PER_SENTENCE} facts: the first ${MAX_FACTS_PER_SENTENCE} read`,
      },
    ]);
  });
});

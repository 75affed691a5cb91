import { findBoilerplate } from '../src/segment/boilerplate.js';
import { segment } from '../src/segment/sentences.js';
import { extractFacts } from '../src/extract/index.js';
import { expect } from 'vitest';
import type { ChangeAspect, Fact, SegmentedSource, Sentence } from '../src/types.js';
import { differenceOf } from '../src/extract/kinds/index.js';

/** A segmented source from a text, as the pipeline builds it (boilerplate lines skipped). */
export function segmented(id: string, text: string): SegmentedSource {
  const boilerplate = findBoilerplate(text);
  return {
    id,
    path: `${id}.txt`,
    text,
    boilerplate,
    sentences: segment(id, text, { skipLines: new Set(boilerplate.map((b) => b.line)) }),
  };
}

/** A source of one paragraph per sentence, positions filled in as the segmenter would. */
export function sourceOf(id: string, texts: string[]): SegmentedSource {
  let offset = 0;
  const sentences: Sentence[] = texts.map((text, index) => {
    const sentence = { source: id, index, text, line: 2 * index + 1, column: 1, offset, paragraph: index };
    offset += text.length + 2;
    return sentence;
  });
  return { id, path: `${id}.txt`, text: texts.join('\n\n'), sentences, boilerplate: [] };
}

/** The facts of one kind in a one-sentence source. */
export function factsOf(text: string, kind: Fact['kind']): Fact[] {
  return extractFacts([sourceOf('a', [text])]).filter((f) => f.kind === kind);
}

/** The one fact of a kind in a one-sentence source (fails the test when there is not exactly one). */
export function onlyFact(text: string, kind: Fact['kind']): Fact {
  const facts = factsOf(text, kind);
  expect(facts, `${kind} facts in ${JSON.stringify(text)}`).toHaveLength(1);
  return facts[0]!;
}

/** What differs between the one fact of a kind in each of two sentences (null: the same fact). */
export function differenceBetween(reference: string, other: string, kind: Fact['kind']): ChangeAspect[] | null {
  return differenceOf(onlyFact(reference, kind), onlyFact(other, kind));
}

import { findBoilerplate } from '../src/boilerplate.js';
import { segment } from '../src/segment.js';
import type { SegmentedSource } from '../src/types.js';

/** A segmented source from a text, as the pipeline builds it (boilerplate lines skipped). */
export function segmented(id: string, text: string): SegmentedSource {
  const boilerplate = findBoilerplate(text);
  return { id, path: `${id}.txt`, text, boilerplate, sentences: segment(id, text, { skipLines: new Set(boilerplate.map((b) => b.line)) }) };
}

// Segment stage: Source[] → SegmentedSource[]. Pure. Markdown syntax is blanked (so its marks do not read
// as words), site furniture is found line by line (the built-in rules, the user's patterns, and lines
// shared word for word by most sources), and what is left is split into sentences.
import type { SegmentedSource, Source } from '../types.js';
import { findBoilerplate, keepSharedLines } from './boilerplate.js';
import { blankMarkdown, markdownBlockStarts } from './markdown.js';
import { segment } from './sentences.js';

/** Every source's sentences and boilerplate lines; `patterns` are the user's extra boilerplate. */
export function segmentSources(sources: readonly Source[], patterns: readonly RegExp[]): SegmentedSource[] {
  const withBoilerplate = sources.map((source) => {
    const markdown = /\.(md|markdown)$/i.test(source.path);
    const text = markdown ? blankMarkdown(source.text) : source.text;
    const blockStarts = markdown ? markdownBlockStarts(source.text) : undefined;
    return { source, text, blockStarts, boilerplate: findBoilerplate(text, { patterns }) };
  });
  return keepSharedLines(withBoilerplate).map(({ source, text, blockStarts, boilerplate }) => {
    const skipLines = new Set(boilerplate.map((b) => b.line));
    const sentences = segment(source.id, text, { skipLines, ...(blockStarts ? { blockStarts } : {}) });
    return { ...source, sentences, boilerplate };
  });
}

// Segment stage: Source[] → SegmentedSource[]. Pure. Markdown syntax is blanked (so its marks do not read
// as words), site furniture is found line by line (the built-in rules, the user's patterns, and lines
// shared word for word by most sources), and what is left is split into sentences.
import type { SegmentedSource, Source, Warning } from '../types.js';
import { PATTERN_LINE_LIMIT, findBoilerplate, keepSharedLines, linesBeyondPatterns } from './boilerplate.js';
import { blankMarkdown, markdownBlockStarts } from './markdown.js';
import { MAX_SENTENCE_LENGTH, segmentText } from './sentences.js';

export interface SegmentResult {
  segmented: SegmentedSource[];
  /**
   * Per source, in order: a source left without sentences, lines too long for the user's patterns, sentences
   * cut at MAX_SENTENCE_LENGTH.
   */
  warnings: Warning[];
}

/** Every source's sentences and boilerplate lines; `patterns` are the user's extra boilerplate. */
export function segmentSources(sources: readonly Source[], patterns: readonly RegExp[]): SegmentResult {
  const withBoilerplate = sources.map((source) => {
    const markdown = /\.(md|markdown)$/i.test(source.path);
    const text = markdown ? blankMarkdown(source.text) : source.text;
    const blockStarts = markdown ? markdownBlockStarts(source.text) : undefined;
    return { source, text, blockStarts, boilerplate: findBoilerplate(text, { patterns }) };
  });
  const warnings: Warning[] = [];
  const segmented = keepSharedLines(withBoilerplate).map(({ source, text, blockStarts, boilerplate }) => {
    const skipLines = new Set(boilerplate.map((b) => b.line));
    const { sentences, cut } = segmentText(source.id, text, { skipLines, ...(blockStarts ? { blockStarts } : {}) });
    const warn = (message: string) => warnings.push({ file: source.path, message });
    // A file that is all site furniture still takes part (it omits every fact), but the user should know.
    if (sentences.length === 0) warn('no article text besides boilerplate');
    const long = patterns.length > 0 ? linesBeyondPatterns(source.text) : 0;
    if (long > 0)
      warn(`${long} line(s) over ${PATTERN_LINE_LIMIT} characters not tested against the boilerplate patterns`);
    const most = MAX_SENTENCE_LENGTH;
    if (cut > 0) warn(`${cut} sentence(s) over ${most} characters read in pieces of ${most}`);
    return { ...source, sentences, boilerplate };
  });
  return { segmented, warnings };
}

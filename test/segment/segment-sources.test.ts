import { describe, expect, it } from 'vitest';
import { segmentSources } from '../../src/segment/index.js';
import { MAX_SENTENCE_LENGTH } from '../../src/segment/sentences.js';

describe('segmentSources: warnings', () => {
  it('a source with sentences cut at MAX_SENTENCE_LENGTH is named, with how many', () => {
    const long = `${'word '.repeat(1000)}end.`;
    const { segmented, warnings } = segmentSources(
      [
        { id: 'a', path: 'stories/a.txt', text: `${long}\n\n${long}\n\nShort one.` },
        { id: 'b', path: 'stories/b.txt', text: 'Short one.' },
      ],
      [],
    );
    expect(segmented.map((s) => s.sentences.length)).toEqual([7, 1]);
    expect(warnings).toEqual([
      {
        file: 'stories/a.txt',
        message: `2 sentence(s) over ${MAX_SENTENCE_LENGTH} characters read in pieces of ${MAX_SENTENCE_LENGTH}`,
      },
    ]);
  });
});

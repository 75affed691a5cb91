// The words of the report come from the data the compare stage emits: aspects, the two values, and the
// speakers or offices before and after.
import { describe, expect, it } from 'vitest';
import { aspectWords, describeChange, whoChanged } from '../../src/report/messages.js';
import type { SourceVerdict } from '../../src/types.js';

const altered = (fields: Partial<SourceVerdict>): SourceVerdict => ({ status: 'altered', value: '12,000 troops', ...fields });

describe('describeChange', () => {
  it.each([
    ['a changed number', altered({ aspects: ['value', 'contradiction'] }), 'value, contradiction: "12,000 troops" instead of "10,000 troops"'],
    ['a quote given to another speaker', altered({ aspects: ['speaker'], speaker: { reference: 'Ellen Hale', source: 'Tom Berg' } }),
      'speaker: attributed to Tom Berg instead of Ellen Hale'],
    ['another office', altered({ aspects: ['role'], role: { reference: 'Foreign Minister', source: 'Defence Minister' } }),
      'role: "Defence Minister" instead of "Foreign Minister"'],
    ['indirect speech', altered({ aspects: ['indirect'] }), 'indirect: reported without quotation marks'],
  ])('%s', (_, verdict, words) => {
    expect(describeChange({ value: '10,000 troops' }, verdict)).toBe(words);
  });

  it('says who changed only where the word diff cannot show it', () => {
    expect(whoChanged(altered({ aspects: ['wording'] }))).toBeUndefined();
    expect(whoChanged(altered({ aspects: ['speaker'], speaker: { reference: 'A', source: 'B' } }))).toContain('B');
  });

  it('words every aspect', () => {
    expect(aspectWords(['wording', 'speaker'])).toBe('reworded, speaker');
  });
});

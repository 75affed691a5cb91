// The words of the report come from the data the compare stage emits: aspects, the two values, and the
// speakers or offices before and after.
import { describe, expect, it } from 'vitest';
import { aspectWords, describeChange, describeFinding, whoChanged } from '../../src/report/messages.js';
import type { Finding, SourceVerdict } from '../../src/types.js';

const altered = (fields: Partial<SourceVerdict>): SourceVerdict => ({
  status: 'altered',
  value: '12,000 troops',
  ...fields,
});

describe('describeChange', () => {
  it.each([
    [
      'a changed number',
      altered({ aspects: ['value', 'contradiction'] }),
      'value, contradiction: "12,000 troops" instead of "10,000 troops"',
    ],
    [
      'a quote given to another speaker',
      altered({ aspects: ['speaker'], speaker: { reference: 'Ellen Hale', source: 'Tom Berg' } }),
      'speaker: attributed to Tom Berg instead of Ellen Hale',
    ],
    [
      'another office',
      altered({ aspects: ['role'], role: { reference: 'Foreign Minister', source: 'Defence Minister' } }),
      'role: "Defence Minister" instead of "Foreign Minister"',
    ],
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

describe('describeFinding', () => {
  const base = { key: 'k', source: 'ours', path: 'stories/ours.txt', line: 4 };
  const altered: Finding = {
    ...base,
    kind: 'altered',
    subject: 'count:people',
    label: 'count of people',
    expected: '37 people',
    actual: '39 *people*',
    aspects: ['value'],
  };
  const omitted: Finding = {
    ...base,
    kind: 'omitted',
    subject: 'count:people',
    label: 'count of people',
    expected: '37 people',
  };
  const fact: Finding = { ...base, kind: 'unique', subject: 'money:aid', label: 'money of aid', actual: '$4 billion' };
  const claim: Finding = {
    ...base,
    kind: 'unique',
    subject: 'claim:rescuers pulled 84',
    label: 'Rescuers pulled\n84 | survivors.',
    actual: 'Rescuers pulled\n84 | survivors.',
  };

  it.each([
    ['altered', altered, 'plain', 'full', 'count of people: "39 *people*" instead of "37 people" (value)'],
    ['altered', altered, 'plain', 'short', 'count of people: "39 *people*" instead of "37 people"'],
    ['altered', altered, 'markdown', 'bare', 'count of people: 39 \\*people\\* instead of 37 people'],
    ['omitted', omitted, 'plain', 'full', 'count of people: omitted (the others say "37 people")'],
    ['omitted', omitted, 'plain', 'short', 'count of people: omitted'],
    ['omitted', omitted, 'markdown', 'bare', 'count of people: omitted'],
    ['fact', fact, 'plain', 'full', 'money of aid: "$4 billion" stated by this source only'],
    ['fact', fact, 'plain', 'short', 'money of aid: "$4 billion"'],
    ['fact', fact, 'markdown', 'bare', '$4 billion'],
    ['claim', claim, 'plain', 'full', 'claim only this source makes: Rescuers pulled\n84 | survivors.'],
    ['claim', claim, 'plain', 'short', 'claim: Rescuers pulled\n84 | survivors.'],
    ['claim', claim, 'markdown', 'bare', 'Rescuers pulled 84 \\| survivors.'],
  ] as const)('%s in %s, %s', (_, finding, markup, detail, words) => {
    expect(describeFinding(finding, markup, detail)).toBe(words);
  });

  it('says it all by default', () => {
    expect(describeFinding(omitted, 'plain')).toBe(describeFinding(omitted, 'plain', 'full'));
  });
});

// Unique claims: which unmatched sentences count as claims only one source makes.
import { describe, expect, it } from 'vitest';
import { compareSources } from '../../src/index.js';
import type { Source } from '../../src/types.js';

const story = (texts: Record<string, string>): Source[] =>
  Object.entries(texts).map(([id, text]) => ({ id, path: `${id}.txt`, text }));

const BASE =
  'The council approved a $182 million budget on Tuesday. ' +
  'Mayor Denise Okafor said the plan keeps every library open six days a week. ' +
  'The police department will hire 12 new officers.';

describe('unique claims', () => {
  it.each([
    {
      name: 'an invented sentence with a new person and number',
      extra: 'Resident Gloria Feeney, 68, said she would appeal the decision.',
      unique: true,
    },
    {
      name: 'an invented sentence that resembles nothing else',
      extra: 'The weather in the valley stayed unusually dry through the spring.',
      unique: true,
    },
    {
      name: 'a paraphrase of a sentence the others have',
      extra: '',
      paraphrase: [
        'The police department will hire 12 new officers.',
        'Twelve new officers will join the police department.',
      ],
      unique: false,
    },
  ])('$name', ({ extra, paraphrase, unique }) => {
    let edited = extra ? `${BASE} ${extra}` : BASE;
    if (paraphrase) edited = edited.replace(paraphrase[0]!, paraphrase[1]!);
    const report = compareSources(story({ a: BASE, b: BASE, c: edited }));
    const claims = report.uniqueClaims.filter((c) => c.source === 'c').map((c) => c.text);
    expect(claims.length > 0).toBe(unique);
    expect(report.uniqueClaims.filter((c) => c.source !== 'c')).toEqual([]);
  });

  it('never lists boilerplate as a claim', () => {
    const withFurniture =
      `${BASE}\nSource link: https://example.com/story\n` +
      'This website uses cookies to improve your experience. Accept Read More';
    const report = compareSources(story({ a: BASE, b: BASE, c: withFurniture }));
    expect(report.uniqueClaims).toEqual([]);
    expect(report.sources.find((s) => s.id === 'c')!.boilerplate.map((b) => b.rule)).toEqual([
      'source-link',
      'cookie-notice',
    ]);
  });
});

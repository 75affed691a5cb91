import { describe, expect, it } from 'vitest';

import { clusterSentences } from '../../src/cluster/index.js';
import { compareFacts } from '../../src/compare/index.js';
import { extractFacts } from '../../src/extract/index.js';
import { candidatePairs } from '../../src/compare/candidates.js';
import { segment } from '../../src/segment/sentences.js';
import type { Fact } from '../../src/types.js';
import { versionsOfStory } from '../../bench/generate.mjs';

const fact = (source: string, sentence: number, context: string[], subject: string[] = []): Fact => ({
  kind: 'count',
  source,
  sentence,
  surface: '',
  start: 0,
  topic: '',
  subject,
  context,
  value: {
    type: 'number',
    amount: 1,
    qualifier: 'exact',
    unit: '',
    tolerance: 0.5,
    roundedTolerance: 0.5,
    statedUnit: '',
    vague: false,
  },
});

describe('candidatePairs', () => {
  const facts = [
    fact('a', 0, ['soldier', 'kursk']),
    fact('b', 0, ['soldier', 'kursk']),
    fact('c', 3, ['troop']),
    fact('a', 1, ['home']),
    fact('b', 1, ['home']),
    fact('c', 4, ['said']),
  ];
  const evidence = {
    clusterOf: (f: Fact) => (f.source === 'c' && f.sentence === 3 ? 'c1' : f.sentence === 0 ? 'c1' : undefined),
    similarSentences: (f: Fact): Array<[string, number, number]> =>
      f.source === 'c' && f.sentence === 4 ? [['a', 1, 0.5]] : [],
    sources: 3,
  };

  it('scores every pair of different sources in a small bucket', () => {
    expect(candidatePairs(facts, evidence).length).toBe(12);
  });

  it('in a large bucket, pairs facts by cluster, similar sentence and shared words only', () => {
    const pairs = candidatePairs(facts, evidence, 0)
      .map(([i, j]) => `${i}-${j}`)
      .sort();
    // 0,1,2 share a cluster; 3-4 share "home"; 5 is similar to 3's sentence.
    expect(pairs).toEqual(['0-1', '0-2', '1-2', '3-4', '3-5'].sort());
  });
});

describe('blocking keeps the verdicts of the exact method on a story in many versions', () => {
  it('gives the same status to every fact for 30 generated versions', () => {
    const sources = versionsOfStory(30).map((s) => ({ ...s, boilerplate: [], sentences: segment(s.id, s.text) }));
    const clustered = clusterSentences(sources);
    const input = {
      sources,
      facts: extractFacts(sources),
      clusters: clustered.clusters,
      similarity: clustered.similarity,
      neighbours: clustered.neighbours,
    };
    const statuses = (allPairsUpTo: number) =>
      Object.fromEntries(
        compareFacts(input, { allPairsUpTo }).map((f) => [
          f.id,
          Object.entries(f.sources)
            .map(([source, v]) => `${source}:${v.status}`)
            .join(' '),
        ]),
      );
    expect(statuses(0)).toEqual(statuses(Infinity));
  });
});

// The shortcuts that keep large runs near-linear must not change what a run finds. Each is forced on a
// generated story small enough for the exact method, and the two reports compared fact by fact.
import { describe, expect, it } from 'vitest';

import { compareSources } from '../../src/index.js';
import { clusterMethodFor, clusterSentences } from '../../src/cluster/index.js';
import { compareFacts } from '../../src/compare/index.js';
import { extractFacts } from '../../src/extract/index.js';
import { segment } from '../../src/segment/sentences.js';
import type { Report } from '../../src/types.js';
import { versionsOfStory } from '../../bench/generate.mjs';

/** Every pair of sentences that share a cluster, as "source#sentence|source#sentence". */
function clusteredPairs(report: Report): Set<string> {
  const pairs = new Set<string>();
  for (const cluster of report.clusters) {
    const members = cluster.members.map((m) => `${m.source}#${m.sentence}`).sort();
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) pairs.add(`${members[i]}|${members[j]}`);
  }
  return pairs;
}

/** Each fact's status in each source, keyed by fact id and source. */
function statuses(report: Report): Map<string, string> {
  return new Map(
    report.facts.flatMap((f) =>
      Object.entries(f.sources).map(([source, v]) => [`${f.id} ${source}`, v.status] as const),
    ),
  );
}

describe('incremental clustering (for runs too large to score every pair)', () => {
  it.each([
    [30, 1],
    [30, 2],
    [12, 4],
  ])('finds the clusters and verdicts of the exact method on %i generated versions (seed %i)', (n, seed) => {
    const sources = versionsOfStory(n, seed);
    const exact = compareSources(sources, { clusterMethod: 'exact' });
    const incremental = compareSources(sources, { clusterMethod: 'incremental' });
    expect(clusteredPairs(exact).size).toBeGreaterThan(n * 10);
    expect(clusteredPairs(incremental)).toEqual(clusteredPairs(exact));
    expect(statuses(incremental)).toEqual(statuses(exact));
  });

  it.each<{ name: string; df: Array<[string, number]>; sentences: number; method: 'exact' | 'incremental' }>([
    {
      name: 'a story in five versions',
      df: [
        ['troop', 5],
        ['kursk', 5],
      ],
      sentences: 100,
      method: 'exact',
    },
    // 3,000 words each in 100 of 20,000 sentences: 3,000 × 4,950 pairs, past the budget.
    {
      name: 'hundreds of versions',
      df: Array.from({ length: 3000 }, (_, k): [string, number] => [`w${k}`, 100]),
      sentences: 20000,
      method: 'incremental',
    },
    // A word in a third of the sentences proposes no pairs at all, however many it would make.
    { name: 'one word everywhere', df: [['said', 7000]], sentences: 20000, method: 'exact' },
  ])('picks the method from the pairs the words would propose: $name', ({ df, sentences, method }) => {
    expect(clusterMethodFor(new Map(df), sentences)).toBe(method);
  });
});

describe('progress within long stages', () => {
  it('reports clustering source by source and comparison fact by fact, ending at the total', () => {
    const calls: Array<[string, number, number]> = [];
    compareSources(versionsOfStory(12, 4), {
      clusterMethod: 'incremental',
      onProgress: (stage, done, total) => calls.push([stage, done, total]),
    });
    const cluster = calls.filter(([stage]) => stage === 'cluster');
    expect(cluster.map(([, done]) => done)).toEqual(Array.from({ length: 12 }, (_, k) => k + 1));
    const compare = calls.filter(([stage]) => stage === 'compare');
    expect(compare.length).toBeGreaterThan(1);
    const [, done, total] = compare[compare.length - 1]!;
    expect(done).toBe(total);
    expect(compare.every(([, d], k) => k === 0 || d > compare[k - 1]![1])).toBe(true);
  });
});

describe('blocked fact alignment (sparse candidate pairs, sampled group averages)', () => {
  it('gives every fact the status the all-pairs alignment gives it on 80 generated versions', () => {
    const sources = versionsOfStory(80).map((s) => ({ ...s, boilerplate: [], sentences: segment(s.id, s.text) }));
    const clustered = clusterSentences(sources);
    const input = {
      sources,
      facts: extractFacts(sources),
      clusters: clustered.clusters,
      similarity: clustered.similarity,
      neighbours: clustered.neighbours,
    };
    const byId = (allPairsUpTo: number) =>
      new Map(
        compareFacts(input, { allPairsUpTo }).map((f) => [
          f.id,
          Object.entries(f.sources)
            .map(([source, v]) => `${source}:${v.status}`)
            .join(' '),
        ]),
      );
    const blocked = byId(0);
    expect(blocked.size).toBeGreaterThan(20);
    expect(blocked).toEqual(byId(Infinity));
  });
});

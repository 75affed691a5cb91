import { describe, expect, it } from 'vitest';
import { groupOnePerSource } from '../../src/grouping/one-per-source.js';

describe('groupOnePerSource', () => {
  it.each([
    {
      name: 'joins a strong pair',
      sources: ['a', 'b'],
      edges: [[0, 1, 0.9]] as const,
      threshold: 0.5,
      groups: [[0, 1]],
    },
    {
      name: 'ignores edges under the threshold',
      sources: ['a', 'b'],
      edges: [[0, 1, 0.4]] as const,
      threshold: 0.5,
      groups: [[0], [1]],
    },
    {
      name: 'never puts two items of one source in a group (the stronger edge wins)',
      sources: ['a', 'a', 'b'],
      edges: [
        [0, 2, 0.6],
        [1, 2, 0.9],
      ] as const,
      threshold: 0.5,
      groups: [[0], [1, 2]],
    },
    {
      name: 'joins a chain only when the whole group resembles the newcomer (average linkage)',
      // c resembles b strongly but a not at all: average (0.9 + 0) / 2 < 0.5
      sources: ['a', 'b', 'c'],
      edges: [
        [0, 1, 0.95],
        [1, 2, 0.9],
      ] as const,
      threshold: 0.5,
      groups: [[0, 1], [2]],
    },
    {
      name: 'joins three sources that all resemble each other',
      sources: ['a', 'b', 'c'],
      edges: [
        [0, 1, 0.9],
        [1, 2, 0.8],
        [0, 2, 0.7],
      ] as const,
      threshold: 0.5,
      groups: [[0, 1, 2]],
    },
  ])('$name', ({ sources, edges, threshold, groups }) => {
    expect(groupOnePerSource(sources, edges, threshold)).toEqual(groups);
  });
});

describe('groupOnePerSource on a sample', () => {
  // c resembles a (0.9) but not b: on every member the average is 0.45, on a sample of one (a) it is 0.9.
  const edges = [
    [0, 1, 0.95],
    [0, 2, 0.9],
  ] as const;
  it.each([
    { sample: undefined, groups: [[0, 1], [2]] },
    { sample: 2, groups: [[0, 1], [2]] },
    { sample: 1, groups: [[0, 1, 2]] },
  ])('averages over at most $sample evenly spaced members of each group', ({ sample, groups }) => {
    expect(groupOnePerSource(['a', 'b', 'c'], edges, 0.5, sample === undefined ? {} : { sample })).toEqual(groups);
  });

  it('asks for the scores of pairs without an edge when given a look-up', () => {
    const asked: string[] = [];
    const pairScore = (a: number, b: number) => {
      asked.push(`${a}-${b}`);
      return a + b === 2 ? 0.9 : 0.95;
    };
    expect(
      groupOnePerSource(
        ['a', 'b', 'c'],
        [
          [0, 1, 0.95],
          [1, 2, 0.9],
        ],
        0.5,
        { pairScore },
      ),
    ).toEqual([[0, 1, 2]]);
    expect(asked).toContain('0-2');
  });
});

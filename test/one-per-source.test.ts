import { describe, expect, it } from 'vitest';
import { groupOnePerSource } from '../src/one-per-source.js';

describe('groupOnePerSource', () => {
  it.each([
    {
      name: 'joins a strong pair',
      sources: ['a', 'b'], edges: [[0, 1, 0.9]] as const, threshold: 0.5, groups: [[0, 1]],
    },
    {
      name: 'ignores edges under the threshold',
      sources: ['a', 'b'], edges: [[0, 1, 0.4]] as const, threshold: 0.5, groups: [[0], [1]],
    },
    {
      name: 'never puts two items of one source in a group (the stronger edge wins)',
      sources: ['a', 'a', 'b'], edges: [[0, 2, 0.6], [1, 2, 0.9]] as const, threshold: 0.5, groups: [[0], [1, 2]],
    },
    {
      name: 'joins a chain only when the whole group resembles the newcomer (average linkage)',
      // c resembles b strongly but a not at all: average (0.9 + 0) / 2 < 0.5
      sources: ['a', 'b', 'c'], edges: [[0, 1, 0.95], [1, 2, 0.9]] as const, threshold: 0.5, groups: [[0, 1], [2]],
    },
    {
      name: 'joins three sources that all resemble each other',
      sources: ['a', 'b', 'c'], edges: [[0, 1, 0.9], [1, 2, 0.8], [0, 2, 0.7]] as const, threshold: 0.5, groups: [[0, 1, 2]],
    },
  ])('$name', ({ sources, edges, threshold, groups }) => {
    expect(groupOnePerSource(sources, edges, threshold)).toEqual(groups);
  });
});

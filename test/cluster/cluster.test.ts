import { describe, expect, it } from 'vitest';
import { clusterSentences } from '../../src/cluster/index.js';
import { segmented } from '../helpers.js';

/** Cluster two or three one-paragraph sources and return, for each cluster with 2+ members, its texts. */
function clustersOf(...texts: string[]): string[][] {
  const sources = texts.map((text, i) => segmented(`s${i}`, text));
  const { clusters } = clusterSentences(sources);
  return clusters
    .filter((c) => c.members.length > 1)
    .map((c) => c.members.map((m) => sources.find((s) => s.id === m.source)!.sentences[m.sentence]!.text));
}

describe('clusterSentences', () => {
  it.each([
    {
      name: 'the same sentence in two sources',
      texts: ['The council approved the budget on Tuesday.', 'The council approved the budget on Tuesday.'],
      together: [['The council approved the budget on Tuesday.', 'The council approved the budget on Tuesday.']],
    },
    {
      name: 'a paraphrase that keeps the number and the name',
      texts: [
        'Mayor Denise Okafor said the city will hire 12 new police officers next year. The library will stay open.',
        'The city is set to recruit 12 new police officers next year, Mayor Denise Okafor said. Rain fell all day.',
      ],
      together: [
        [
          'Mayor Denise Okafor said the city will hire 12 new police officers next year.',
          'The city is set to recruit 12 new police officers next year, Mayor Denise Okafor said.',
        ],
      ],
    },
    {
      name: 'synonyms folded: U.S.-made weapons and American-made armaments',
      texts: [
        'The administration has allowed Kyiv to use U.S.-made weapons to strike deep inside Russia.',
        'The administration has permitted Kyiv to use American-made armaments for strikes deep inside Russia.',
      ],
      together: [
        [
          'The administration has allowed Kyiv to use U.S.-made weapons to strike deep inside Russia.',
          'The administration has permitted Kyiv to use American-made armaments for strikes deep inside Russia.',
        ],
      ],
    },
    {
      name: 'unrelated sentences stay apart',
      texts: ['The probe photographed the asteroid from 60 km away.', 'Shares in the food company fell 3% on Friday.'],
      together: [],
    },
  ])('$name', ({ texts, together }) => {
    expect(clustersOf(...texts)).toEqual(together);
  });

  it('keeps at most one sentence per source in a cluster', () => {
    const sources = [
      segmented('a', 'The quake killed 37 people. The quake killed at least 37 people in the north.'),
      segmented('b', 'The quake killed 37 people in the north.'),
    ];
    for (const cluster of clusterSentences(sources).clusters) {
      const ids = cluster.members.map((m) => m.source);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('reports how near each unmatched sentence comes to any other source', () => {
    const sources = [
      segmented('a', 'Wheat prices rose sharply in Kansas.'),
      segmented('b', 'Wheat prices rose sharply in Kansas.'),
    ];
    const { nearest } = clusterSentences(sources);
    expect(nearest.a![0]).toBeGreaterThan(0.5);
  });
});

// The sentence-pair scorer (bench/pairs/score.mjs) judges claimdiff's clusters; these cases pin how it locates a
// gold sentence in the report and counts pairs once per pair of sentence locations.
import { describe, expect, it } from 'vitest';
import { type ClusterReport, type GoldPairs, locate, rates, scoreStory, tally } from '../../bench/pairs/score.mjs';

const sentences = (texts: [string, number][]) => texts.map(([text, line], index) => ({ index, text, line }));

/** Three versions of one story; the tool split a's "Police said the driver was drunk." in two (a1, a2). */
const SOURCES: ClusterReport['sources'] = [
  {
    id: 'a',
    path: 'story/a.txt',
    sentences: sentences([
      ['Seven people died in the crash.', 1],
      ['Police said the driver', 2],
      ['was drunk.', 2],
      ['It rained.', 3],
    ]),
  },
  {
    id: 'b',
    path: 'story/b.txt',
    sentences: sentences([
      ['The crash killed seven.', 1],
      ['The driver was drunk, police said.', 2],
      ['Rain fell.', 3],
    ]),
  },
  {
    id: 'c',
    path: 'story/c.txt',
    sentences: sentences([
      ['Seven were “killed”.', 1],
      ['It was raining.', 2],
    ]),
  },
];

/** Gold pairs: 3 (dead) + 1 (drunk) + 3 (rain) = 7. */
const GOLD: GoldPairs = {
  story: 'crash',
  versions: ['a', 'b', 'c'],
  groups: [
    {
      members: [
        { version: 'a', line: 1, text: 'Seven people died' },
        { version: 'b', line: 1, text: 'The crash killed seven.' },
        { version: 'c', line: 1, text: 'Seven were "killed".' },
      ],
    },
    {
      members: [
        { version: 'a', line: 2, text: 'Police said the driver was drunk.' },
        { version: 'b', line: 2, text: 'The driver was drunk' },
      ],
    },
    {
      members: [
        { version: 'a', line: 3, text: 'It rained.' },
        { version: 'b', line: 3, text: 'Rain fell.' },
        { version: 'c', line: 2, text: 'It was raining.' },
      ],
    },
  ],
};

/** A report whose clusters are written as lists of "<source><index>" ("a0", "b1"). */
const report = (clusters: string[][]): ClusterReport => ({
  sources: SOURCES,
  clusters: clusters.map((members) => ({
    members: members.map((m) => ({ source: m.slice(0, 1), sentence: Number(m.slice(1)) })),
  })),
});

interface Row {
  name: string;
  clusters: string[][];
  expected: { predicted: number; hits: number; missed: number; spurious: number };
}

describe('sentence-pair scorer', () => {
  it.each<{ name: string; source: number; text: string; line: number; expected: number[] }>([
    { name: 'a sentence that contains the opening', source: 1, text: 'the crash killed', line: 1, expected: [0] },
    {
      name: 'a sentence the tool split in two',
      source: 0,
      text: 'Police said the driver was drunk.',
      line: 2,
      expected: [1, 2],
    },
    { name: 'other quote marks, spaces and case', source: 2, text: 'SEVEN  were "killed"', line: 1, expected: [0] },
    { name: 'text that is nowhere', source: 0, text: 'Nobody was hurt.', line: 1, expected: [] },
  ])('locates $name', ({ source, text, line, expected }) => {
    expect(locate(SOURCES[source]!.sentences, text, line)).toEqual(expected);
  });

  it('prefers the place on the gold line when the text is in several', () => {
    const repeated = sentences([
      ['Seven die in crash', 1],
      ['Seven die in crash, police say.', 3],
      ['Seven die in crash.', 5],
    ]);
    expect(locate(repeated, 'Seven die in crash', 3)).toEqual([1]);
    expect(locate(repeated, 'Seven die in crash', 4)).toEqual([1]);
    expect(locate(repeated, 'Seven die in crash', 9)).toEqual([2]);
  });

  it.each<Row>([
    {
      name: 'every group clustered: all right, the split sentence counted once',
      clusters: [
        ['a0', 'b0', 'c0'],
        ['a1', 'a2', 'b1'],
        ['a3', 'b2', 'c1'],
      ],
      expected: { predicted: 7, hits: 7, missed: 0, spurious: 0 },
    },
    {
      name: 'one half of a split sentence clustered: the gold pair is hit',
      clusters: [['a2', 'b1']],
      expected: { predicted: 1, hits: 1, missed: 6, spurious: 0 },
    },
    {
      name: 'a version left out of a cluster: its two pairs missed',
      clusters: [['a0', 'b0']],
      expected: { predicted: 1, hits: 1, missed: 6, spurious: 0 },
    },
    {
      name: 'two claims in one cluster: the cross pairs are spurious',
      clusters: [['a0', 'b0', 'b2', 'c1']],
      expected: { predicted: 5, hits: 2, missed: 5, spurious: 3 },
    },
    {
      name: 'members of one source, and singletons, make no pair',
      clusters: [['a0', 'a3'], ['b0'], ['c1']],
      expected: { predicted: 0, hits: 0, missed: 7, spurious: 0 },
    },
    {
      name: 'a source that is not an annotated version is ignored',
      clusters: [['a0', 'b0', 'z0']],
      expected: { predicted: 1, hits: 1, missed: 6, spurious: 0 },
    },
  ])('$name', ({ clusters, expected }) => {
    const score = scoreStory(report(clusters), GOLD);
    expect(score.gold).toBe(7);
    expect(score.unlocated).toEqual([]);
    expect({
      predicted: score.predicted,
      hits: score.hits,
      missed: score.missed.length,
      spurious: score.spurious.length,
    }).toEqual(expected);
  });

  it('shows a spurious pair with the report texts, a split sentence whole', () => {
    const score = scoreStory(report([['a1', 'c0']]), GOLD);
    expect(score.spurious).toEqual([
      { a: 'a#1', b: 'c#0', textA: 'Police said the driver was drunk.', textB: 'Seven were “killed”.' },
    ]);
  });

  it('counts a member not located, and its pairs as missed', () => {
    const gold = structuredClone(GOLD);
    gold.groups[0]!.members[2]!.text = 'Seven were injured.';
    const score = scoreStory(report([['a0', 'b0', 'c0']]), gold);
    expect(score.unlocated).toEqual([{ version: 'c', line: 1, text: 'Seven were injured.' }]);
    expect([score.gold, score.predicted, score.hits]).toEqual([7, 3, 1]);
  });

  it('joins a source to its version by file name when the ids differ', () => {
    const renamed = report([['x0', 'b0']]);
    renamed.sources = SOURCES.map((s) => (s.id === 'a' ? { ...s, id: 'x' } : s));
    expect(scoreStory(renamed, GOLD).hits).toBe(1);
  });

  it('counts a unit pair that two groups share once', () => {
    const gold = structuredClone(GOLD);
    // b's rain sentence also restates the crash (as an annotator may mark a combined sentence), and a's crash
    // sentence the rain: a0-b2 is then a pair of both groups.
    gold.groups[0]!.members.push({ version: 'b', line: 3, text: 'Rain fell' });
    gold.groups[2]!.members.push({ version: 'a', line: 1, text: 'Seven people' });
    // 7, then a0-b2 and c0-b2 (dead), a0-c1 (rain) and a0-b2 again.
    expect(scoreStory(report([]), gold).gold).toBe(10);
  });

  it('merges gold sentences that share a report sentence into one unit', () => {
    const gold = structuredClone(GOLD);
    // Half of the split sentence is a member of its own: a1 and a2 are one unit, hit through either.
    gold.groups.push({
      members: [
        { version: 'a', line: 2, text: 'was drunk.' },
        { version: 'c', line: 1, text: 'Seven were' },
      ],
    });
    const score = scoreStory(report([['a1', 'c0']]), gold);
    expect([score.gold, score.predicted, score.hits]).toEqual([8, 1, 1]);
  });

  it.each<{
    t: { gold: number; predicted: number; hits: number };
    expected: Record<'precision' | 'recall' | 'f1', number>;
  }>([
    { t: { gold: 10, predicted: 5, hits: 4 }, expected: { precision: 0.8, recall: 0.4, f1: (0.8 * 0.4 * 2) / 1.2 } },
    { t: { gold: 4, predicted: 0, hits: 0 }, expected: { precision: Number.NaN, recall: 0, f1: 0 } },
    { t: { gold: 0, predicted: 0, hits: 0 }, expected: { precision: Number.NaN, recall: Number.NaN, f1: Number.NaN } },
  ])('rates of $t', ({ t, expected }) => {
    const r = rates(t);
    for (const key of ['precision', 'recall', 'f1'] as const) {
      if (Number.isNaN(expected[key])) expect(r[key]).toBeNaN();
      else expect(r[key]).toBeCloseTo(expected[key], 10);
    }
  });

  it('tallies stories by summing their pairs', () => {
    const one = scoreStory(report([['a0', 'b0']]), GOLD);
    const two = scoreStory(report([['a0', 'b0', 'c0']]), GOLD);
    expect(tally([one, two])).toEqual({ stories: 2, members: 16, unlocated: 0, gold: 14, predicted: 4, hits: 4 });
  });
});

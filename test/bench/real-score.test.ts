// The real-news scorer (bench/real/score.mjs) judges the tool; these cases pin how it finds a gold fact's row
// and judges each cell as the report shows it.
import { describe, expect, it } from 'vitest';
import { fold, locate, rates, scoreCheck, tally } from '../../bench/real/score.mjs';
import { auditFigures } from '../../bench/real/audit-figures.mjs';

const sentence = (index: number, text: string) => ({ index, text });

type FactSpec = { id: string; kind: string; cells: Record<string, [string, string, number]> };
interface Row {
  name: string;
  facts: FactSpec[];
  expected: { row: string | undefined; aligned: boolean; right: boolean; tools: string[] };
}

/** A report with two sources and the given facts (cells: source → [status, value, sentence]). */
function report(facts: FactSpec[]) {
  return {
    sources: [
      { id: 'a', sentences: [sentence(0, 'Seven people were killed and 50 hurt.'), sentence(1, 'It rained.')] },
      { id: 'b', sentences: [sentence(0, 'The crash killed seven.'), sentence(1, 'Dozens were hurt on Monday.')] },
    ],
    facts: facts.map((f) => ({
      id: f.id,
      kind: f.kind,
      sources: Object.fromEntries(
        Object.entries(f.cells).map(([s, [status, value, index]]) => [s, { status, value, sentence: index }]),
      ),
    })),
  };
}

const dead = {
  fact: 'dead',
  kind: 'count',
  cells: { a: { anchor: 'Seven people', status: ['included'] }, b: { anchor: 'killed seven', status: ['included'] } },
};

describe('real-news scorer', () => {
  it('folds curly quotes, soft hyphens and case', () => {
    expect(fold('“Wash\u00adington’s”  Rule')).toBe('"washington\'s" rule');
  });

  it('locates an anchor in a sentence, and one that runs over two', () => {
    const sentences = [sentence(0, 'He said: "We will'), sentence(1, 'win." Then he left.')];
    expect(locate(sentences, 'we will win')).toEqual([0]);
    expect(locate(sentences, 'nothing here')).toEqual([]);
  });

  it.each<Row>([
    {
      name: 'one row holding both outlets: aligned and right',
      facts: [
        { id: 'count:dead', kind: 'count', cells: { a: ['included', 'Seven people', 0], b: ['included', 'seven', 0] } },
      ],
      expected: { row: 'count:dead', aligned: true, right: true, tools: ['included', 'included'] },
    },
    {
      name: 'a split: each outlet in its own row, the other shown omitted',
      facts: [
        { id: 'count:people', kind: 'count', cells: { a: ['included', 'Seven people', 0] } },
        { id: 'count:crash', kind: 'count', cells: { b: ['included', 'seven', 0] } },
      ],
      expected: { row: 'count:crash', aligned: false, right: false, tools: ['omitted', 'included'] },
    },
    {
      name: 'the right row but a false alarm',
      facts: [
        { id: 'count:dead', kind: 'count', cells: { a: ['included', 'Seven people', 0], b: ['altered', 'seven', 0] } },
      ],
      expected: { row: 'count:dead', aligned: true, right: false, tools: ['included', 'altered'] },
    },
    {
      name: 'a fact of the sentence that shares no word with the anchor is not a hit',
      facts: [{ id: 'count:hurt', kind: 'count', cells: { a: ['included', '50', 0], b: ['included', 'Dozens', 1] } }],
      expected: { row: undefined, aligned: false, right: false, tools: ['omitted', 'omitted'] },
    },
  ])('$name', ({ facts, expected }) => {
    const scored = scoreCheck(report(facts), dead);
    expect(scored.row).toBe(expected.row);
    expect(scored.aligned).toBe(expected.aligned);
    expect(scored.right).toBe(expected.right);
    expect(scored.cells.map((c) => c.tool)).toEqual(expected.tools);
  });

  it('counts a caught discrepancy, a false alarm and a lost fact', () => {
    const facts: FactSpec[] = [
      { id: 'count:dead', kind: 'count', cells: { a: ['included', 'Seven people', 0], b: ['altered', 'seven', 0] } },
    ];
    const discrepancy = { ...dead, cells: { ...dead.cells, b: { anchor: 'killed seven', status: ['altered'] } } };
    const lost = { ...dead, cells: { a: dead.cells.a, b: { anchor: 'It rained', status: ['included'] } } };
    const t = tally([scoreCheck(report(facts), dead), scoreCheck(report(facts), discrepancy)]);
    expect([t.caught, t.altered, t.falseAlarms, t.included]).toEqual([1, 1, 1, 3]);
    expect(rates(t).caught).toBe(1);
    expect(tally([scoreCheck(report(facts), lost)]).unlocated).toBe(1);
  });
});

describe('auditFigures', () => {
  it('counts the reviewers’ entries across files, per severity', () => {
    const audit = (commit: string, events: Record<string, unknown>) => ({ auditor: 'U', commit, events });
    const figures = auditFigures([
      audit('abc', {
        one: {
          altered: [
            { fact: 'a', source: 'x', severity: 'changed', true: true },
            { fact: 'b', source: 'x', severity: 'nuance', true: false },
          ],
          rows: [
            { fact: 'a', verdict: 'ok' },
            { fact: 'c', verdict: 'junk' },
          ],
          quotes: [{ fact: 'q', source: 'x', speaker: 'missing' }],
          splits: [{ fact: 'a', rows: ['a', 'd'] }],
        },
      }),
      audit('abc', { two: { altered: [{ fact: 'e', source: 'y', severity: 'changed', true: false }], rows: [] } }),
    ]);
    expect(figures).toMatchObject({
      altered: 3,
      alteredTrue: 1,
      bySeverity: { changed: { altered: 2, true: 1 }, nuance: { altered: 1, true: 0 } },
      rows: { ok: 1, junk: 1, misread: 0 },
      speakers: { right: 0, wrong: 0, missing: 1 },
      splits: 1,
      events: 2,
      commits: ['abc'],
    });
  });
});

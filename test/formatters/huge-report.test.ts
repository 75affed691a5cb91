// A 3 MB one-paragraph file gave 180,000 facts, and the terminal report overflowed the stack (exit 3):
// `Math.max(...labels)` and `push(...rows)` pass every element as an argument. The terminal report renders
// 200,000 facts with two sources (one mark column each) and with many (counts per fact).
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/index.js';
import type { ComparedFact, Report } from '../../src/types.js';

const FACTS = 200_000;

function hugeReport(sourceCount: number): Report {
  const ids = Array.from({ length: sourceCount }, (_, i) => `s${i}`);
  const facts: ComparedFact[] = Array.from({ length: FACTS }, (_, i) => ({
    id: `count:people-${i}`,
    kind: 'count',
    label: `count of people ${i}`,
    value: `${i} people`,
    normalized: String(i),
    referenceSource: 's0',
    inReference: true,
    support: 1,
    unique: true,
    sources: { s0: { status: 'included', value: `${i} people`, line: 1, sentence: 0 } },
  }));
  return {
    schemaVersion: 2,
    tool: { name: 'claimdiff', version: '0.0.0-test' },
    reference: 'consensus',
    sources: ids.map((id) => ({ id, path: `${id}.txt`, sentences: [], boilerplate: [] })),
    clusters: [],
    facts,
    uniqueClaims: [],
    summary: Object.fromEntries(
      ids.map((id) => [
        id,
        { included: id === 's0' ? FACTS : 0, altered: 0, nuance: 0, omitted: 0, unique: 0, uniqueClaims: 0 },
      ]),
    ),
    warnings: [],
  };
}

describe('a report of 200,000 facts', () => {
  it.each([2, 30])('renders with %i sources', (sources) => {
    // Every fact shown: the limit a run with many sources has by default would hide the overflow.
    expect(formatReport(hugeReport(sources), 'stylish', { limit: FACTS }).split('\n').length).toBeGreaterThan(FACTS);
  });
});

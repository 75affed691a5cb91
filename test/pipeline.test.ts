// Names and order never change a report (issue 14): renaming every file, so that the ids sort the other way
// round, gives the same report up to the ids; and the order the sources are given in changes nothing at all.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { compareSources } from '../src/index.js';
import type { Report, Source } from '../src/types.js';

const seedDir = 'fixtures/seeds';
const seeds: Source[] = readdirSync(seedDir)
  .sort()
  .map((file) => ({
    id: file.replace(/\.txt$/, ''),
    path: `${file}`,
    text: readFileSync(path.join(seedDir, file), 'utf8'),
  }));

/** The report with ids (and paths) mapped back through `names`, every list put in one order. */
function canonical(report: Report, names: Map<string, string>): unknown {
  let json = JSON.stringify(report);
  for (const [renamed, id] of names) json = json.split(renamed).join(id);
  const r = JSON.parse(json) as Report;
  const byKey = <T>(record: Record<string, T>) =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    sources: r.sources.sort((a, b) => (a.id < b.id ? -1 : 1)),
    clusters: r.clusters
      .map((c) =>
        c.members
          .map((m) => `${m.source}:${m.sentence}`)
          .sort()
          .join(' '),
      )
      .sort(),
    facts: r.facts.map((f) => ({ ...f, sources: byKey(f.sources) })),
    claims: r.uniqueClaims.map((c) => c.id).sort(),
    summary: byKey(r.summary),
  };
}

/** Renames so that the ids sort in reverse: s0, s1, s2 → z3-s0, z2-s1, z1-s2. */
function reversingNames(sources: Source[]): { renamed: Source[]; back: Map<string, string> } {
  const ids = sources.map((s) => s.id).sort();
  const name = new Map(ids.map((id, i) => [id, `z${ids.length - i}-${id}`]));
  return {
    renamed: sources.map((s) => ({ id: name.get(s.id)!, path: `${name.get(s.id)!}.txt`, text: s.text })),
    back: new Map([...name].map(([id, renamed]) => [renamed, id])),
  };
}

// Found by the fuzz runs: consensus ties credited to the first id; a vague "January" that scored as the same
// value as "January 20" one way round only (so which source came first decided whether it was a repeat).
const CASES: Array<{ name: string; sources: Source[] }> = [
  { name: 'the seed story (12 facts credited by file name before)', sources: seeds },
  {
    name: 'a month against a day of it',
    sources: [
      { id: 'a', path: 'a.txt', text: 'Trump takes office on January 20.\nTrump, who takes office in January, spoke.' },
      { id: 'b', path: 'b.txt', text: 'Trump takes office on January 20.' },
      { id: 'c', path: 'c.txt', text: 'Donald Trump takes office on January 20.' },
    ],
  },
];

describe('compareSources: names and order', () => {
  it.each(CASES)('$name: renaming the files changes only the names', ({ sources }) => {
    const { renamed, back } = reversingNames(sources);
    const names = new Map(sources.map((s) => [s.id, s.id]));
    expect(canonical(compareSources(renamed), back)).toEqual(canonical(compareSources(sources), names));
  });

  it.each(CASES)('$name: the order of the sources changes nothing', ({ sources }) => {
    expect(JSON.stringify(compareSources([...sources].reverse()))).toBe(JSON.stringify(compareSources(sources)));
  });
});

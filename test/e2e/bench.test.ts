// The scale benchmark in small, only to prove it runs (no timing is asserted): the generator is
// deterministic and a cold run of each corpus kind reports every stage.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { differentArticles, templatedArticles, versionsOfStory } from '../../bench/generate.mjs';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

describe('bench/generate.mjs', () => {
  it('gives the same corpus for the same seed, and another for another', () => {
    expect(versionsOfStory(5)).toEqual(versionsOfStory(5));
    expect(differentArticles(3)).toEqual(differentArticles(3));
    expect(differentArticles(3, 7)).not.toEqual(differentArticles(3));
    expect(templatedArticles(3)).toEqual(templatedArticles(3));
  });

  it('writes articles of about 2.5 KB and versions that differ from one another', () => {
    for (const a of differentArticles(5)) expect(a.text.length).toBeGreaterThan(2000);
    const texts = new Set(versionsOfStory(10).map((v) => v.text));
    expect(texts.size).toBeGreaterThan(5);
  });
});

describe('bench/scale-run.mjs', () => {
  it.each(['versions', 'articles', 'templated'])(
    'runs the pipeline on a small %s corpus and reports each stage',
    (kind) => {
      const run = spawnSync(process.execPath, [path.join(ROOT, 'bench', 'scale-run.mjs'), kind, '4', 'naive'], {
        encoding: 'utf8',
        cwd: ROOT,
      });
      expect(run.status, run.stderr).toBe(0);
      const result = JSON.parse(run.stdout) as { stages: Record<string, number>; sentences: number; naive: number };
      expect(Object.keys(result.stages).sort()).toEqual(['cluster', 'compare', 'extract', 'read', 'report', 'segment']);
      expect(result.sentences).toBeGreaterThan(0);
      expect(result.naive).toBeGreaterThanOrEqual(0);
    },
  );
});

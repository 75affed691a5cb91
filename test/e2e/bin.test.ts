// The installed command end to end: spawn the BUILT bin/claimdiff.js (`npm test` runs tsc first) with this
// Node and check behaviour a user or a script relies on: exit codes, JSON that parses, one-line errors.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import type { Report } from '../../src/types.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'claimdiff.js');
const SEEDS_DIR = 'fixtures/seeds';
const SEED_IDS = readdirSync(path.join(ROOT, SEEDS_DIR))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''))
  .sort();

/** Runs the command from the repo root with colour left to the command's own rules (no FORCE_COLOR from the runner). */
function claimdiff(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  delete env.CLAIMDIFF_DEBUG;
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env });
}

describe('bin/claimdiff.js', () => {
  // The bin loads the bundle, which `npm run build` makes from dist/cli/index.js.
  it('is run against the built output (run `npm run build` first)', () => {
    expect(existsSync(path.join(ROOT, 'dist', 'claimdiff.cjs'))).toBe(true);
  });

  it('prints a report on the seeds that mentions each source id, and exits 0', () => {
    const result = claimdiff(SEEDS_DIR);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    for (const id of SEED_IDS) expect(result.stdout).toContain(id);
    // stdout is a pipe, not a terminal: no colour.
    expect(result.stdout).not.toContain(`${String.fromCharCode(27)}[`);
  });

  it('--json prints a report that parses', () => {
    const result = claimdiff('--json', SEEDS_DIR);
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.schemaVersion).toBe(2);
    expect(report.sources.map((s) => s.id)).toEqual(SEED_IDS);
  });

  it('a missing path exits 2 with one stderr line naming it and no stack trace', () => {
    const missing = 'fixtures/no-such-story.txt';
    const result = claimdiff(SEEDS_DIR, missing);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines, result.stderr).toHaveLength(1);
    expect(lines[0]).toContain(missing);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('--fail-on altered exits 1 on the seeds and still prints the report', () => {
    const result = claimdiff('--fail-on', 'altered', SEEDS_DIR);
    expect(result.status, result.stderr).toBe(1);
    for (const id of SEED_IDS) expect(result.stdout).toContain(id);
  });

  it('an unknown option exits 2 with one stderr line naming it', () => {
    const result = claimdiff('--frobnicate', SEEDS_DIR);
    expect(result.status).toBe(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines, result.stderr).toHaveLength(1);
    expect(lines[0]).toContain('--frobnicate');
  });

  it('--version exits 0 and prints a version', () => {
    const result = claimdiff('--version');
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('reads a version piped on standard input as "-"', () => {
    const wire = readFileSync(path.join(ROOT, 'fixtures', 'cases', 'reference-drift', 'articles', 'wire.txt'), 'utf8');
    const result = spawnSync(
      process.execPath,
      [BIN, '--json', 'fixtures/cases/reference-drift/articles/wire.txt', '-', '--stdin-name', 'piped'],
      { cwd: ROOT, encoding: 'utf8', input: wire.replace('37', '52') },
    );
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { sources: Array<{ id: string }> };
    expect(report.sources.map((s) => s.id)).toEqual(['piped', 'wire']);
  });
});

// Golden end-to-end cases: every folder under fixtures/cases holds articles and an expected.json of
// behaviour (statuses per fact, unique claims, boilerplate kept out, exit code). Each case runs the built
// bin/claimdiff.js exactly as a user would, with --json.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { verdictOf } from '../../src/report/verdict-of.js';
import { schemaErrors } from '../schema.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CASES = join(ROOT, 'fixtures', 'cases');
const BIN = join(ROOT, 'bin', 'claimdiff.js');

interface Expected {
  description: string;
  paths?: string[];
  args: string[];
  exitCode: number;
  facts: Array<{
    kind: string;
    where: { source: string; contains: string };
    status: Record<string, string>;
    why?: string;
    /** Sources deliberately not asserted for this fact, each with the reason. */
    unasserted?: Record<string, string>;
  }>;
  uniqueClaims?: Array<{ source: string; contains: string }>;
  notUnique?: Array<{ source: string; contains: string }>;
  absent?: string[];
}

const cases = readdirSync(CASES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(CASES, d.name, 'expected.json')))
  .map((d) => d.name)
  .sort();

describe.each(cases)('golden case %s', (name) => {
  const dir = join(CASES, name);
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
  const paths = (expected.paths ?? ['articles']).map((p) => join(dir, p));
  const run = spawnSync(process.execPath, [BIN, '--json', ...expected.args, ...paths], { cwd: ROOT, encoding: 'utf8' });
  const report = JSON.parse(run.stdout || 'null') as Report;

  it('exits with the expected code and prints a report that matches the JSON Schema', () => {
    expect(run.status, run.stderr).toBe(expected.exitCode);
    expect(schemaErrors(report)).toEqual([]);
  });

  it.each(expected.facts.map((f) => [`${f.kind} "${f.where.contains}" in ${f.where.source}`, f] as const))(
    '%s',
    (_, fact) => {
      const matches = report.facts.filter(
        (f) =>
          f.kind === fact.kind &&
          (f.sources[fact.where.source]?.value ?? '').toLowerCase().includes(fact.where.contains.toLowerCase()),
      );
      expect(
        matches.map((m) => m.id),
        `exactly one ${fact.kind} fact contains "${fact.where.contains}"`,
      ).toHaveLength(1);
      const statuses = Object.fromEntries(
        Object.keys(fact.status).map((id) => [id, verdictOf(matches[0]!, id).status]),
      );
      expect(statuses, fact.why).toEqual(fact.status);
      // Every source is asserted, or named as left out on purpose.
      const covered = [...Object.keys(fact.status), ...Object.keys(fact.unasserted ?? {})].sort();
      expect(covered, 'status lists every source').toEqual(report.sources.map((x) => x.id).sort());
    },
  );

  it('gives every fact its own id and lists facts in story order', () => {
    const ids = report.facts.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    const count = new Map(report.sources.map((x) => [x.id, x.sentences.length]));
    const place = (f: Report['facts'][number]) => {
      const stated = Object.entries(f.sources).filter(([, v]) => v.sentence !== undefined);
      return stated.reduce((sum, [id, v]) => sum + v.sentence! / Math.max(1, count.get(id)! - 1), 0) / stated.length;
    };
    const places = report.facts.map(place);
    places.forEach((p, i) => {
      if (i > 0) expect(p).toBeGreaterThanOrEqual(places[i - 1]! - 1e-9);
    });
  });

  it('lists unique claims by source, then sentence', () => {
    const keys = report.uniqueClaims.map((c) => [c.source, c.sentence] as const);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    expect(keys).toEqual(sorted);
  });

  it('flags the claims only one source makes, and only those', () => {
    for (const claim of expected.uniqueClaims ?? []) {
      const found = report.uniqueClaims.some((c) => c.source === claim.source && c.text.includes(claim.contains));
      expect(found, `unique claim of ${claim.source}: "${claim.contains}"`).toBe(true);
    }
    for (const claim of expected.notUnique ?? []) {
      const found = report.uniqueClaims.some((c) => c.source === claim.source && c.text.includes(claim.contains));
      expect(found, `not a unique claim of ${claim.source}: "${claim.contains}"`).toBe(false);
    }
  });

  it('keeps boilerplate out of facts and claims', () => {
    const texts = [
      ...report.facts.flatMap((f) => [f.value, ...Object.values(f.sources).map((v) => v.value ?? '')]),
      ...report.uniqueClaims.map((c) => c.text),
      ...report.clusters.flatMap((c) => c.members.map((m) => m.text)),
    ];
    for (const needle of expected.absent ?? []) {
      expect(
        texts.filter((t) => t.includes(needle)),
        `"${needle}" appears in the report`,
      ).toEqual([]);
    }
  });
});

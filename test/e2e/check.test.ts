// `claimdiff check` end to end, in-process: a clean check, a drifted copy with its GitHub annotation, writing
// and using a baseline, a stale entry, the CI guard, --output, and every format's JSON against the schema.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { type Io, run } from '../../src/cli/index.js';
import { progressLine } from '../../src/cli/progress.js';
import { FORMAT_NAMES } from '../../src/formatters/index.js';
import type { Report } from '../../src/types.js';
import { schemaErrors } from '../schema.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const DRIFT = path.join(ROOT, 'fixtures', 'cases', 'reference-drift', 'articles');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'claimdiff-check-'));
  cpSync(DRIFT, path.join(dir, 'stories'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(argv: string[], env: Record<string, string> = {}, stdin?: string) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: {
      write: (t: string) => {
        stdout += t;
        return true;
      },
      isTTY: false,
    },
    stderr: {
      write: (t: string) => {
        stderr += t;
        return true;
      },
    },
    env,
    cwd: dir,
    ...(stdin !== undefined ? { readStdin: () => Promise.resolve(new TextEncoder().encode(stdin)) } : {}),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

const wire = () => readFileSync(path.join(dir, 'stories', 'wire.txt'), 'utf8');
const makeClean = () => writeFileSync(path.join(dir, 'stories', 'ours.txt'), wire());

describe('claimdiff check', () => {
  it('passes a clean copy (exit 0)', async () => {
    makeClean();
    const result = await cli(['check', 'stories']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/no new drift/);
  });

  it('fails a drifted copy (exit 1) with an error annotation at the drifting line', async () => {
    const result = await cli(['check', 'stories', '--format', 'github']);
    expect(result.code).toBe(1);
    const annotation = result.stdout.split('\n').find((l) => l.startsWith('::error '))!;
    expect(annotation).toMatch(/^::error file=stories\/ours\.txt,line=\d+,title=claimdiff%3A altered in ours::/);
    const line = Number(annotation.match(/line=(\d+)/)![1]);
    expect(readFileSync(path.join(dir, 'stories', 'ours.txt'), 'utf8').split('\n')[line - 1]).toMatch(/39/);
  });

  it('--update-baseline writes a sorted, newline-terminated file; the next check passes', async () => {
    const written = await cli(['check', 'stories', '--baseline', 'claimdiff-baseline.json', '--update-baseline']);
    expect(written.code, written.stderr).toBe(0);
    const text = readFileSync(path.join(dir, 'claimdiff-baseline.json'), 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    const keys = (JSON.parse(text) as { accepted: Array<{ key: string }> }).accepted.map((e) => e.key);
    expect(keys).toEqual([...keys].sort());
    expect(keys.length).toBeGreaterThan(0);
    expect((await cli(['check', 'stories', '--baseline', 'claimdiff-baseline.json'])).code).toBe(0);
  });

  it('keeps the baseline stable when a line is added elsewhere in the article', async () => {
    await cli(['check', 'stories', '--baseline', 'b.json', '--update-baseline']);
    const ours = path.join(dir, 'stories', 'ours.txt');
    writeFileSync(ours, `Breaking news\n\n${readFileSync(ours, 'utf8')}`);
    const again = await cli(['check', 'stories', '--baseline', 'b.json', '--fail-on', 'altered,omitted']);
    expect(again.code, again.stderr).toBe(0);
  });

  // Issue 14: a FIFO given as the baseline blocked the check for good, reading or writing it.
  it.each([
    ['a FIFO', [], (file: string) => execFileSync('mkfifo', [file])],
    ['a FIFO', ['--update-baseline'], (file: string) => execFileSync('mkfifo', [file])],
    ['a directory', [], (file: string) => mkdirSync(file)],
  ])('%s as the baseline (%j) is exit 2 naming it', async (_kind, flags, make) => {
    make(path.join(dir, 'b.json'));
    const result = await cli(['check', 'stories', '--baseline', 'b.json', ...flags]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/b\.json: not a regular file/);
  });

  it('fails on new drift beyond the baseline and lists stale entries', async () => {
    await cli(['check', 'stories', '--baseline', 'b.json', '--update-baseline']);
    const ours = path.join(dir, 'stories', 'ours.txt');
    writeFileSync(ours, readFileSync(ours, 'utf8').replace('39', '41'));
    const result = await cli(['check', 'stories', '--baseline', 'b.json', '-f', 'github']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/"at least 41 people"/);
    expect(result.stderr).toMatch(
      /stale baseline entry \(no longer found\): altered\|ours\|count:people\|at least 39 people/,
    );
  });

  it('never writes the baseline when CI is set, unless forced', async () => {
    const refused = await cli(['check', 'stories', '--baseline', 'b.json', '--update-baseline'], { CI: 'true' });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/b\.json: refusing/);
    const forced = await cli(['check', 'stories', '--baseline', 'b.json', '--update-baseline', '--force'], {
      CI: 'true',
    });
    expect(forced.code).toBe(0);
  });

  it.each([
    ['a missing baseline', null, /b\.json: cannot read/],
    ['a baseline that is not JSON', 'nope', /b\.json: not a claimdiff baseline/],
    ['a JSON file that is no baseline', '{"accepted": 3}', /b\.json: not a claimdiff baseline/],
  ])('exits 2 for %s', async (_name, content, message) => {
    if (content !== null) writeFileSync(path.join(dir, 'b.json'), content);
    const result = await cli(['check', 'stories', '--baseline', 'b.json']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });

  it('prints byte-identical annotations and baselines whatever the order of the paths', async () => {
    const a = await cli([
      'check',
      'stories/wire.txt',
      'stories/ours.txt',
      '-f',
      'github',
      '--baseline',
      'a.json',
      '--update-baseline',
    ]);
    const b = await cli([
      'check',
      'stories/ours.txt',
      'stories/wire.txt',
      '-f',
      'github',
      '--baseline',
      'b.json',
      '--update-baseline',
    ]);
    expect(readFileSync(path.join(dir, 'a.json'), 'utf8')).toBe(readFileSync(path.join(dir, 'b.json'), 'utf8'));
    const x = await cli(['check', 'stories/wire.txt', 'stories/ours.txt', '-f', 'github']);
    const y = await cli(['check', 'stories/ours.txt', 'stories/wire.txt', '-f', 'github']);
    expect(x.stdout).toBe(y.stdout);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
  });

  it('lists what fails the check in the terminal and Markdown reports too', async () => {
    const stylish = await cli(['check', 'stories']);
    expect(stylish.stdout).toMatch(
      new RegExp(
        String.raw`Check: 1 finding not in the baseline[\s\S]*≠ A +line \d+ +count of people: ` +
          '"at least 39 people" instead of "at least 37 people"',
      ),
    );
    const markdown = await cli(['check', 'stories', '-f', 'markdown']);
    expect(markdown.stdout).toMatch(
      /### Check: 1 finding not in the baseline\n\n- \*\*altered\*\* in `ours` line \d+:/,
    );
  });

  it('treats CI=false and CI=0 as not CI', async () => {
    for (const value of ['false', '0']) {
      expect((await cli(['check', 'stories', '--baseline', 'b.json', '--update-baseline'], { CI: value })).code).toBe(
        0,
      );
    }
  });

  it('--force without --update-baseline is a usage error', async () => {
    const result = await cli(['check', 'stories', '--force']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--force only goes with --update-baseline/);
  });

  it('annotates paths from $GITHUB_WORKSPACE when run in a subfolder', async () => {
    const result = await cli(['check', 'stories', '-f', 'github'], { GITHUB_WORKSPACE: path.dirname(dir) });
    expect(result.stdout).toContain(`file=${path.basename(dir)}/stories/ours.txt,line=`);
  });

  it('--json adds what fails the check and what is stale, and still matches the schema', async () => {
    await cli(['check', 'stories', '--baseline', 'b.json', '--update-baseline']);
    const ours = path.join(dir, 'stories', 'ours.txt');
    writeFileSync(ours, readFileSync(ours, 'utf8').replace('39', '41'));
    const result = await cli(['check', 'stories', '--baseline', 'b.json', '--json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as Report & {
      check: { failing: Array<{ kind: string; actual: string }>; stale: Array<{ key: string }> };
    };
    expect(schemaErrors(report)).toEqual([]);
    expect(report.check.failing.map((f) => [f.kind, f.actual])).toEqual([['altered', 'at least 41 people']]);
    expect(report.check.stale.map((e) => e.key)).toEqual(['altered|ours|count:people|at least 39 people']);
  });

  it('works against a reference: the copy must say what the wire says', async () => {
    const result = await cli(['check', 'stories', '--reference', 'wire', '--fail-on', 'altered,omitted', '--json']);
    expect(result.code).toBe(1);
    expect(schemaErrors(JSON.parse(result.stdout) as Report)).toEqual([]);
  });
});

describe('--output and formats', () => {
  it.each(FORMAT_NAMES)('--format %s --output writes the file, not stdout', async (format) => {
    const result = await cli(['stories', '--format', format, '--output', 'report.out']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe('');
    const text = readFileSync(path.join(dir, 'report.out'), 'utf8');
    expect(text.length).toBeGreaterThan(0);
    expect(text).not.toContain(`${String.fromCharCode(27)}[`);
    if (format === 'json') expect(schemaErrors(JSON.parse(text) as Report)).toEqual([]);
  });

  it('an output path that cannot be written is exit 2 naming it', async () => {
    const result = await cli(['stories', '--output', 'no/such/dir/report.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no\/such\/dir\/report\.txt: cannot write/);
  });
});

describe('standard input', () => {
  it('reads "-" as one source, named by --stdin-name', async () => {
    const result = await cli(
      ['stories/wire.txt', '-', '--stdin-name', 'live', '--json'],
      {},
      wire().replace('37', '52'),
    );
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.sources.map((s) => [s.id, s.path])).toEqual([
      ['live', '-'],
      ['wire', 'stories/wire.txt'],
    ]);
    expect(report.facts.some((f) => f.sources.live?.status === 'altered')).toBe(true);
    expect(schemaErrors(report)).toEqual([]);
  });

  it('an empty standard input is skipped and reported', async () => {
    const result = await cli(['stories/wire.txt', '-'], {}, '');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/-: empty file/);
  });

  it('"-" twice is a usage error', async () => {
    const result = await cli(['-', '-'], {}, 'text');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/standard input can be read only once/);
  });
});

describe('--timings', () => {
  it("prints each stage's time on one stderr line and leaves the report alone", async () => {
    const plain = await cli(['stories', '--json']);
    const timed = await cli(['stories', '--json', '--timings']);
    expect(timed.stdout).toBe(plain.stdout);
    const line = timed.stderr
      .trim()
      .split('\n')
      .find((l) => l.includes('timings'))!;
    for (const stage of ['read', 'segment', 'cluster', 'extract', 'compare', 'report', 'format'])
      expect(line).toMatch(new RegExp(`${stage} \\d+\\.\\d ms`));
  });
});

describe('progress line', () => {
  const ioWith = (stderrTTY: boolean, env: Record<string, string> = {}, stdoutTTY = true) => {
    let stderr = '';
    const io: Io = {
      stdout: { write: () => true, isTTY: stdoutTTY },
      stderr: {
        write: (t: string) => {
          stderr += t;
          return true;
        },
        isTTY: stderrTTY,
      },
      env,
      cwd: '.',
    };
    return { io, stderr: () => stderr };
  };

  it('shows the step on a terminal once the run is slow, and clears it', () => {
    const { io, stderr } = ioWith(true);
    const progress = progressLine(io, { format: 'stylish' }, 0);
    progress.stageDone('cluster');
    expect(stderr()).toMatch(/\[4\/6\] extracting facts… \(\d+\.\d s\)/);
    progress.clear();
    expect(stderr().endsWith('\r\u001b[2K')).toBe(true);
  });

  it('shows how far a long stage has got, at most every quarter second', () => {
    const { io, stderr } = ioWith(true);
    const progress = progressLine(io, { format: 'stylish' }, 0);
    progress.within('cluster', 40, 100);
    progress.within('cluster', 41, 100);
    expect(stderr()).toMatch(/\[3\/6\] clustering sentences 40% \(\d+\.\d s\)/);
    expect(stderr()).not.toContain('41%');
  });

  it.each([
    ['stderr is not a terminal', false, {}, { format: 'stylish' as const }, true],
    ['CI is set', true, { CI: 'true' }, { format: 'stylish' as const }, true],
    ['--quiet', true, {}, { format: 'stylish' as const, quiet: true }, true],
    ['--json to a pipe', true, {}, { format: 'stylish' as const, json: true }, false],
  ])('stays silent when %s', (_name, tty, env, options, stdoutTTY) => {
    const { io, stderr } = ioWith(tty, env, stdoutTTY);
    const progress = progressLine(io, options, 0);
    progress.stageDone('cluster');
    progress.within('compare', 1, 2);
    progress.clear();
    expect(stderr()).toBe('');
  });
});

// The command line driven in-process: `run(argv, io)` with fake streams, an empty environment and the repo
// root as working directory. Covers exit codes, the JSON contract, argument-order independence, colour
// rules and every kind of bad input (one stderr line, exit 2, never a stack trace).
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type Io, run } from '../../src/cli/index.js';
import type { Report } from '../../src/types.js';
import { verdictOf } from '../../src/report/verdict-of.js';
import { schemaErrors } from '../schema.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SEEDS_DIR = 'fixtures/seeds';
const SEED_FILES = readdirSync(path.join(ROOT, SEEDS_DIR))
  .filter((f) => f.endsWith('.txt'))
  .sort();
const SEED_PATHS = SEED_FILES.map((f) => `${SEEDS_DIR}/${f}`);
const SEED_IDS = SEED_FILES.map((f) => f.replace(/\.txt$/, ''));
/** The escape that opens every colour code. */
const ANSI = `${String.fromCharCode(27)}[`;
const STACK_LINE = /^\s+at /m;

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

interface RunOptions {
  env?: Record<string, string | undefined>;
  isTTY?: boolean;
  cwd?: string;
}

async function cli(argv: string[], options: RunOptions = {}): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: {
      write: (text: string) => {
        stdout += text;
        return true;
      },
      isTTY: options.isTTY ?? false,
    },
    stderr: {
      write: (text: string) => {
        stderr += text;
        return true;
      },
    },
    env: options.env ?? {},
    cwd: options.cwd ?? ROOT,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/** The lines written to stderr (without the final newline). */
function stderrLines(result: Result): string[] {
  return result.stderr === '' ? [] : result.stderr.replace(/\n$/, '').split('\n');
}

/** An error exit: code 2, nothing on stdout, one stderr line that mentions `subject`, no stack trace. */
function expectUsageError(result: Result, subject: string): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.endsWith('\n')).toBe(true);
  const lines = stderrLines(result);
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toContain(subject);
  expect(result.stderr).not.toMatch(STACK_LINE);
}

describe('claimdiff on fixtures/seeds', () => {
  let stylish: Result;
  let json: Result;
  let report: Report;

  beforeAll(async () => {
    stylish = await cli([SEEDS_DIR]);
    json = await cli(['--json', SEEDS_DIR]);
    report = JSON.parse(json.stdout) as Report;
  });

  it('exits 0 and prints a report naming every source, with nothing on stderr', () => {
    expect(stylish.code, stylish.stderr).toBe(0);
    expect(stylish.stderr).toBe('');
    for (const id of SEED_IDS) expect(stylish.stdout).toContain(id);
    expect(stylish.stdout).toMatch(/[✓≠–]/);
  });

  it('--json prints a report that matches the JSON Schema', () => {
    expect(schemaErrors(report)).toEqual([]);
  });

  it('--json prints a parseable report with schemaVersion 2', () => {
    expect(json.code, json.stderr).toBe(0);
    expect(json.stderr).toBe('');
    expect(report.schemaVersion).toBe(2);
    expect(report.sources.map((s) => s.id)).toEqual(SEED_IDS);
    expect(report.facts.length).toBeGreaterThan(0);
    expect(report.warnings).toEqual([]);
  });

  it('--format json prints the same bytes as --json', async () => {
    const viaFormat = await cli(['--format', 'json', SEEDS_DIR]);
    expect(viaFormat.code).toBe(0);
    expect(viaFormat.stdout).toBe(json.stdout);
  });

  it('each fact lists the sources that state it, in source order, each with its words; the others omit it', () => {
    for (const fact of report.facts) {
      const listed = Object.keys(fact.sources);
      expect(listed, fact.id).toEqual(SEED_IDS.filter((id) => listed.includes(id)));
      expect(listed.length, fact.id).toBe(fact.support);
      for (const [id, verdict] of Object.entries(fact.sources)) {
        expect(['included', 'altered'], `${fact.id} / ${id}`).toContain(verdict.status);
        expect(typeof verdict.value, `${fact.id} / ${id}`).toBe('string');
      }
    }
    expect(report.facts.some((f) => Object.keys(f.sources).length < SEED_IDS.length)).toBe(true);
    // The summary counts what each source does not state as omitted.
    for (const id of SEED_IDS) {
      const omitted = report.facts.filter((f) => f.sources[id] === undefined).length;
      expect(report.summary[id]!.omitted, id).toBe(omitted);
    }
  });

  it('every source has a summary', () => {
    expect(Object.keys(report.summary).sort()).toEqual(SEED_IDS);
  });

  it('reports sources[].path relative to cwd with POSIX separators', () => {
    expect(report.sources.map((s) => s.path)).toEqual(SEED_PATHS);
    for (const source of report.sources) {
      expect(path.isAbsolute(source.path)).toBe(false);
      expect(source.path).not.toContain('\\');
    }
  });

  it('prints relative paths even when the files are named by absolute path', async () => {
    const result = await cli(['--json', ...SEED_PATHS.map((p) => path.join(ROOT, p))]);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as Report).sources.map((s) => s.path)).toEqual(SEED_PATHS);
  });

  it('prints byte-identical JSON whatever the order of the files on the command line', async () => {
    const forward = await cli(['--json', ...SEED_PATHS]);
    const shuffled = await cli(['--json', ...[3, 0, 4, 2, 1].map((i) => SEED_PATHS[i]!)]);
    expect(forward.code).toBe(0);
    expect(shuffled.code).toBe(0);
    expect(shuffled.stdout).toBe(forward.stdout);
    // Naming the folder is the same run as naming its files.
    expect(json.stdout).toBe(forward.stdout);
  });

  it('reads a file named both directly and through its folder once, and says so', async () => {
    const result = await cli(['--json', SEEDS_DIR, SEED_PATHS[0]!]);
    expect(result.code).toBe(0);
    const twice = JSON.parse(result.stdout) as Report;
    expect({ ...twice, warnings: [] }).toEqual(report);
    expect(twice.warnings.map((w) => w.file)).toEqual([SEED_PATHS[0]]);
  });

  it('--reference <id> compares against that source and exits 0', async () => {
    const result = await cli(['--json', '--reference', '004_da38402eb2ffa1f2', SEEDS_DIR]);
    expect(result.code, result.stderr).toBe(0);
    const withReference = JSON.parse(result.stdout) as Report;
    expect(withReference.reference).toBe('004_da38402eb2ffa1f2');
    expect(report.reference).toBe('consensus');
  });
});

describe('exit codes', () => {
  it.each([
    { name: '--fail-on altered on the seeds', argv: ['--fail-on', 'altered', SEEDS_DIR], code: 1 },
    { name: '--fail-on altered with --json', argv: ['--json', '--fail-on', 'altered', SEEDS_DIR], code: 1 },
    { name: '--fail-on omitted,unique', argv: ['--fail-on', 'omitted,unique', SEEDS_DIR], code: 1 },
    { name: 'no --fail-on', argv: [SEEDS_DIR], code: 0 },
    { name: '--help', argv: ['--help'], code: 0 },
    { name: '-h', argv: ['-h'], code: 0 },
    { name: '--version', argv: ['--version'], code: 0 },
    { name: '-V', argv: ['-V'], code: 0 },
  ])('$name → $code', async ({ argv, code }) => {
    const result = await cli(argv);
    expect(result.code, result.stderr).toBe(code);
    expect(result.stdout).not.toBe('');
    expect(result.stderr).toBe('');
  });

  it('--fail-on altered on two identical stories exits 0', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'claimdiff-'));
    try {
      copyFileSync(path.join(ROOT, SEED_PATHS[0]!), path.join(dir, 'a.txt'));
      copyFileSync(path.join(ROOT, SEED_PATHS[0]!), path.join(dir, 'b.txt'));
      const result = await cli(['--fail-on', 'altered', '.'], { cwd: dir });
      expect(result.code, result.stderr).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--help prints usage mentioning the options', async () => {
    const result = await cli(['--help']);
    expect(result.stdout).toContain('--json');
    expect(result.stdout).toContain('--fail-on');
  });

  it('--version prints the package version', async () => {
    const result = await cli(['--version']);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('usage errors: exit 2, one stderr line naming the problem, no stack trace', () => {
  it.each([
    { name: 'unknown option', argv: ['--bogus', SEEDS_DIR], subject: '--bogus' },
    // Issue 14: commander's "(Did you mean --json?)" came on a second line.
    { name: 'a misspelt option', argv: ['--jsn', SEEDS_DIR], subject: '--json' },
    { name: 'a misspelt option of check', argv: ['check', '--baselin', 'b.json', SEEDS_DIR], subject: '--baseline' },
    {
      name: 'an option value with a line break',
      argv: ['--boilerplate', '(a\nb', SEEDS_DIR],
      subject: '--boilerplate',
    },
    { name: 'no paths', argv: [], subject: 'paths' },
    { name: 'no paths, only options', argv: ['--json'], subject: 'paths' },
    { name: '--fail-on with a bad kind', argv: ['--fail-on', 'modified', SEEDS_DIR], subject: 'modified' },
    {
      name: '--fail-on with one bad kind in a list',
      argv: ['--fail-on', 'altered,sideways', SEEDS_DIR],
      subject: 'sideways',
    },
    { name: '--fail-on with nothing in the list', argv: ['--fail-on', ',', SEEDS_DIR], subject: '--fail-on' },
    { name: '--fail-on without a value', argv: ['--fail-on'], subject: '--fail-on' },
    { name: '--reference with an unknown id', argv: ['--reference', 'nope', SEEDS_DIR], subject: 'nope' },
    { name: '--reference without a value', argv: ['--reference'], subject: '--reference' },
    // Issue 14 (fuzz): the second of two references silently won, even over a hostile first one.
    {
      name: '--reference given twice',
      argv: ['-r', '__proto__', '-r', '000_eaa965817c49724b', SEEDS_DIR],
      subject: '--reference',
    },
    { name: '--output given twice', argv: ['-o', 'a.txt', '-o', 'b.txt', SEEDS_DIR], subject: '--output' },
    { name: '--format with an unknown name', argv: ['--format', 'xml', SEEDS_DIR], subject: 'xml' },
    {
      name: 'a missing path',
      argv: ['fixtures/no-such-article.txt', SEEDS_DIR],
      subject: 'fixtures/no-such-article.txt',
    },
    {
      name: '--boilerplate with a pattern that does not compile',
      argv: ['--boilerplate', '(unclosed', SEEDS_DIR],
      subject: '(unclosed',
    },
    // Issue 14: both hung or overflowed the stack on a line of thirty "a"s and a "!".
    {
      name: '--boilerplate that can backtrack without end',
      argv: ['--boilerplate', '^(a+)+$', SEEDS_DIR],
      subject: '(a+)+',
    },
    { name: '--boilerplate over 500 characters', argv: ['--boilerplate', 'a'.repeat(501), SEEDS_DIR], subject: 'aaaa' },
  ])('$name', async ({ argv, subject }) => {
    expectUsageError(await cli(argv), subject);
  });
});

describe('colour', () => {
  it.each([
    { name: 'not a TTY', argv: [], isTTY: false, env: {}, ansi: false },
    { name: 'a TTY with NO_COLOR', argv: [], isTTY: true, env: { NO_COLOR: '1' }, ansi: false },
    { name: 'a TTY with --no-color', argv: ['--no-color'], isTTY: true, env: {}, ansi: false },
    {
      name: 'FORCE_COLOR=1 with --no-color',
      argv: ['--no-color'],
      isTTY: false,
      env: { FORCE_COLOR: '1' },
      ansi: false,
    },
    { name: 'FORCE_COLOR=0, not a TTY', argv: [], isTTY: false, env: { FORCE_COLOR: '0' }, ansi: false },
    { name: 'a TTY', argv: [], isTTY: true, env: {}, ansi: true },
    { name: '--color, not a TTY', argv: ['--color'], isTTY: false, env: {}, ansi: true },
    { name: '--color with NO_COLOR', argv: ['--color'], isTTY: false, env: { NO_COLOR: '1' }, ansi: true },
    { name: 'FORCE_COLOR=1, not a TTY', argv: [], isTTY: false, env: { FORCE_COLOR: '1' }, ansi: true },
  ])('$name → ANSI escapes: $ansi', async ({ argv, isTTY, env, ansi }) => {
    const result = await cli([...argv, SEEDS_DIR], { isTTY, env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.includes(ANSI)).toBe(ansi);
  });

  it('coloured and plain reports say the same once escapes are removed, except for the diff markers', async () => {
    const plain = await cli([SEEDS_DIR]);
    const coloured = await cli(['--color', SEEDS_DIR]);
    // eslint-disable-next-line no-control-regex
    const stripped = stripVTControlCharacters(coloured.stdout);
    expect(stripped.split('\n').length).toBe(plain.stdout.split('\n').length);
    for (const id of SEED_IDS) expect(stripped).toContain(id);
    expect(plain.stdout).toContain('[-');
    expect(plain.stdout).toContain('{+');
  });

  it('never colours JSON, even with --color', async () => {
    const result = await cli(['--json', '--color', SEEDS_DIR], { isTTY: true, env: { FORCE_COLOR: '1' } });
    expect(result.stdout).not.toContain(ANSI);
    expect(() => JSON.parse(result.stdout)).not.toThrow();
  });
});

describe('bad input', () => {
  let root: string;
  let seedA: string;
  let seedB: string;

  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'claimdiff-'));
    seedA = path.join(ROOT, SEED_PATHS[0]!);
    seedB = path.join(ROOT, SEED_PATHS[1]!);
  });

  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  /**
   * Makes `name` under the temp root holding two good articles plus `extra` files
   * (string = UTF-8, number[] = bytes).
   */
  function folder(name: string, options: { good?: number; extra?: Record<string, string | number[]> } = {}): string {
    const dir = path.join(root, name);
    mkdirSync(dir, { recursive: true });
    const good = options.good ?? 2;
    if (good >= 1) copyFileSync(seedA, path.join(dir, 'first-story.txt'));
    if (good >= 2) copyFileSync(seedB, path.join(dir, 'second-story.txt'));
    for (const [file, content] of Object.entries(options.extra ?? {})) {
      writeFileSync(path.join(dir, file), typeof content === 'string' ? content : Uint8Array.from(content));
    }
    return name;
  }

  const BINARY = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52];
  // "Café prices rose 5% on Monday, officials said." with é as the Windows-1252 byte 0xE9 (invalid UTF-8).
  const LATIN1 = [...Buffer.from('Caf'), 0xe9, ...Buffer.from(' prices rose 5% on Monday, officials said.\n')];

  describe('errors', () => {
    it.each([
      {
        name: 'a missing path',
        setup: () => {
          folder('missing-next-to');
          return ['missing-next-to', 'missing-next-to/gone.txt'];
        },
        subject: 'missing-next-to/gone.txt',
      },
      {
        name: 'a path through a file',
        setup: () => {
          folder('through-file');
          return ['through-file', 'through-file/first-story.txt/x.txt'];
        },
        subject: 'through-file/first-story.txt/x.txt',
      },
      {
        name: 'an empty folder',
        setup: () => {
          mkdirSync(path.join(root, 'empty-folder'));
          return ['empty-folder'];
        },
        subject: 'empty-folder',
      },
      {
        name: 'a folder with no article files',
        setup: () => folderWith('no-articles', { 'notes.json': '{}', 'scan.pdf': '%PDF-1.4' }),
        subject: 'no-articles',
      },
      {
        name: 'a folder with only one article',
        setup: () => [folder('only-one', { good: 1 })],
        // The message names the one source by its id, which is the file name without extension.
        subject: 'first-story',
      },
      {
        name: 'a folder with only binary and empty files',
        setup: () => folderWith('only-bad', { 'blank.txt': '', 'image.txt': BINARY, 'spaces.md': '  \n\n\t\n' }),
        subject: 'only-bad/image.txt',
      },
      {
        name: 'one good article next to an empty file',
        setup: () => [folder('one-and-empty', { good: 1, extra: { 'blank.txt': '' } })],
        subject: 'first-story',
      },
      {
        name: 'two files with the same id',
        setup: () => {
          folder('dup-1', { good: 1 });
          folder('dup-2', { good: 1 });
          return ['dup-1/first-story.txt', 'dup-2/first-story.txt'];
        },
        subject: 'dup-1/first-story.txt',
      },
    ])('$name → exit 2', async ({ setup, subject }) => {
      const result = await cli(setup(), { cwd: root });
      expectUsageError(result, subject);
    });

    function folderWith(name: string, files: Record<string, string | number[]>): string[] {
      return [folder(name, { good: 0, extra: files })];
    }

    it('the only-binary/empty message names every file it could not read', async () => {
      const dir = folder('only-bad-2', { good: 0, extra: { 'blank.txt': '', 'image.md': BINARY } });
      const result = await cli([dir], { cwd: root });
      expectUsageError(result, 'only-bad-2/blank.txt');
      expect(result.stderr).toContain('only-bad-2/image.md');
    });

    it('--reference naming a file that was skipped is an error naming the id', async () => {
      const dir = folder('ref-skipped', { extra: { 'blank.txt': '' } });
      const result = await cli(['--reference', 'blank', dir], { cwd: root });
      expectUsageError(result, 'blank');
    });
  });

  describe('warnings: the run goes on, stderr names the file', () => {
    it.each([
      { name: 'an empty file next to two good ones', file: 'blank.txt', content: '', kept: false },
      { name: 'a whitespace-only file', file: 'spaces.md', content: '   \n\n  \t\n', kept: false },
      { name: 'a binary file', file: 'image.txt', content: BINARY, kept: false },
      { name: 'an invalid UTF-8 file', file: 'latin.txt', content: LATIN1, kept: true },
    ])('$name', async ({ name, file, content, kept }) => {
      const dir = folder(name.replace(/\W+/g, '-'), { extra: { [file]: content } });
      const shown = `${dir}/${file}`;

      const stylish = await cli([dir], { cwd: root });
      expect(stylish.code, stylish.stderr).toBe(0);
      expect(stylish.stdout).toContain('first-story.txt');
      const lines = stderrLines(stylish);
      expect(lines, stylish.stderr).toHaveLength(1);
      expect(lines[0]).toContain(shown);
      expect(stylish.stderr).not.toMatch(STACK_LINE);

      const json = await cli(['--json', dir], { cwd: root });
      expect(json.code).toBe(0);
      expect(json.stderr).toBe(stylish.stderr);
      const report = JSON.parse(json.stdout) as Report;
      expect(report.warnings.map((w) => w.file)).toEqual([shown]);
      const id = file.replace(/\.\w+$/, '');
      expect(report.sources.map((s) => s.id)).toEqual(
        kept ? ['first-story', 'second-story', id].sort() : ['first-story', 'second-story'],
      );
    });

    it('decodes invalid UTF-8 as Windows-1252 rather than dropping characters', async () => {
      const dir = folder('latin-text', { extra: { 'latin.txt': LATIN1 } });
      const report = JSON.parse((await cli(['--json', dir], { cwd: root })).stdout) as Report;
      const latin = report.sources.find((s) => s.id === 'latin');
      expect(latin?.sentences.map((s) => s.text).join(' ')).toContain('Café prices rose 5%');
    });

    it('warns about a skipped file named explicitly whatever its extension', async () => {
      const dir = folder('explicit-binary', { extra: { 'scan.pdf': BINARY } });
      const result = await cli([dir, `${dir}/scan.pdf`], { cwd: root });
      expect(result.code, result.stderr).toBe(0);
      expect(stderrLines(result)).toHaveLength(1);
      expect(result.stderr).toContain(`${dir}/scan.pdf`);
    });

    it('puts each warning on its own line, one per skipped file', async () => {
      const dir = folder('two-bad', { extra: { 'blank.txt': '', 'image.txt': BINARY } });
      const result = await cli([dir], { cwd: root });
      expect(result.code, result.stderr).toBe(0);
      const lines = stderrLines(result);
      expect(lines).toHaveLength(2);
      expect(lines.some((l) => l.includes(`${dir}/blank.txt`))).toBe(true);
      expect(lines.some((l) => l.includes(`${dir}/image.txt`))).toBe(true);
    });

    it('passes over hidden files in silence and reports other extensions in a folder', async () => {
      const dir = folder('ignored', { extra: { '.draft.txt': 'Hidden draft.\n', 'notes.json': '{}' } });
      const result = await cli(['--json', dir], { cwd: root });
      expect(result.code).toBe(0);
      expect(stderrLines(result)).toHaveLength(1);
      expect(result.stderr).toContain(`${dir}/notes.json`);
      expect((JSON.parse(result.stdout) as Report).sources.map((s) => s.id)).toEqual(['first-story', 'second-story']);
    });
  });
});

describe('findings and the contract, checked on behaviour', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'claimdiff-findings-'));
    const wire = 'The council approved a $182 million budget on Tuesday. The police will hire 12 new officers.\n';
    writeFileSync(path.join(dir, 'wire.txt'), wire);
    writeFileSync(path.join(dir, 'copy.txt'), wire);
    writeFileSync(path.join(dir, 'ours.txt'), `${wire}Resident Gloria Feeney, 68, said she would appeal.\n`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--fail-on unique exits 1 when one source adds a claim, 0 when none does', async () => {
    expect((await cli(['--fail-on', 'unique', dir])).code).toBe(1);
    expect((await cli(['--fail-on', 'unique', path.join(dir, 'wire.txt'), path.join(dir, 'copy.txt')])).code).toBe(0);
  });

  it('--reference: additions by one copy fail neither altered nor omitted, with three sources', async () => {
    const result = await cli(['--json', '--reference', 'wire', '--fail-on', 'altered,omitted', dir]);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.facts.some((f) => !f.inReference)).toBe(true);
    // The reference states every fact it is the reference for, in its own words.
    for (const fact of report.facts.filter((f) => f.inReference)) {
      expect(fact.referenceSource).toBe('wire');
      expect(fact.sources.wire!.status).toBe('included');
    }
  });

  it('--reference changes the verdicts, not only the label', async () => {
    const edited = mkdtempSync(path.join(os.tmpdir(), 'claimdiff-ref-'));
    writeFileSync(path.join(edited, 'a.txt'), 'The quake killed at least 37 people on Tuesday.\n');
    writeFileSync(path.join(edited, 'b.txt'), 'The quake killed at least 37 people on Tuesday.\n');
    writeFileSync(path.join(edited, 'c.txt'), 'The quake killed at least 45 people on Tuesday.\n');
    const consensus = JSON.parse((await cli(['--json', edited])).stdout) as Report;
    const fromC = JSON.parse((await cli(['--json', '--reference', 'c', edited])).stdout) as Report;
    const status = (r: Report) => r.facts.find((f) => f.kind === 'count')!.sources;
    expect([status(consensus).a!.status, status(consensus).c!.status]).toEqual(['included', 'altered']);
    expect([status(fromC).a!.status, status(fromC).c!.status]).toEqual(['altered', 'included']);
    rmSync(edited, { recursive: true, force: true });
  });

  it('reports the package version', async () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect((await cli(['--version'])).stdout.trim()).toBe(pkg.version);
    const report = JSON.parse((await cli(['--json', SEEDS_DIR])).stdout) as Report;
    expect(report.tool).toEqual({ name: 'claimdiff', version: pkg.version });
  });

  it('warns about a source that is nothing but boilerplate, and still compares it', async () => {
    const furniture = mkdtempSync(path.join(os.tmpdir(), 'claimdiff-furniture-'));
    writeFileSync(path.join(furniture, 'a.txt'), 'The council approved a $182 million budget on Tuesday.\n');
    writeFileSync(path.join(furniture, 'b.txt'), 'The council approved a $182 million budget on Tuesday.\n');
    writeFileSync(path.join(furniture, 'c.txt'), 'Source link: https://example.com/budget\n');
    const result = await cli(['--json', furniture]);
    expect(result.code).toBe(0);
    expect(stderrLines(result).filter((l) => l.includes('c.txt'))).toHaveLength(1);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.facts.every((f) => verdictOf(f, 'c').status === 'omitted')).toBe(true);
    rmSync(furniture, { recursive: true, force: true });
  });
});

describe('--boilerplate', () => {
  it('leaves matching lines out of every source, repeatable, and reports them as user-pattern', async () => {
    const plain = JSON.parse((await cli(['--json', SEEDS_DIR])).stdout) as Report;
    const result = await cli(['--json', '--boilerplate', 'zelenskiy', '--boilerplate', '^Biden', SEEDS_DIR]);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    const userLines = report.sources.flatMap((s) =>
      s.boilerplate.filter((b) => b.rule === 'user-pattern').map((b) => b.text),
    );
    expect(userLines.length).toBeGreaterThan(0);
    expect(userLines.every((line) => /zelenskiy/i.test(line) || /^biden/i.test(line))).toBe(true);
    expect(report.sources.reduce((n, s) => n + s.sentences.length, 0)).toBeLessThan(
      plain.sources.reduce((n, s) => n + s.sentences.length, 0),
    );
  });
});

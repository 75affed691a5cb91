// The command line: parse options, call the library, print, return an exit code. The only module that
// touches `process` (through `main`); `run` takes its streams and environment as arguments so tests can
// drive it in-process.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { type LilconfigResult, lilconfigSync } from 'lilconfig';
import { compareWithBaseline, formatBaseline, parseBaseline } from '../report/baseline.js';
import { CONFIG_FILES, type Config, parseConfig } from './config.js';
import { FINDING_KINDS, findingsOf, selectFindings } from '../report/findings.js';
import { compare } from '../index.js';
import { InputError } from '../errors.js';
import type { BaselineEntry, CheckResult, FindingKind } from '../types.js';
import { TOOL } from '../version.js';
import { COLOURED_FORMATS, FORMATTERS, FORMAT_NAMES, type FormatContext, type FormatName, type Palette, PLAIN } from '../formatters/index.js';

/** 0 report produced; 1 findings asked for with --fail-on; 2 usage or input error; 3 a bug in claimdiff. */
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const;

const FAIL_ON = FINDING_KINDS;
type FailOn = FindingKind;

export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  /** File access for --output and baselines; Node's own by default. */
  readFile?: (file: string) => string;
  writeFile?: (file: string, text: string) => void;
  /** All of standard input, for a `-` among the paths. */
  readStdin?: () => Promise<Uint8Array>;
}

interface Options {
  json?: boolean;
  format: FormatName;
  output?: string;
  reference?: string;
  failOn?: FailOn[];
  color?: boolean;
  boilerplate?: string[];
  baseline?: string;
  updateBaseline?: boolean;
  force?: boolean;
  stdinName: string;
  recursive?: boolean;
  timings?: boolean;
  limit?: number;
  quiet?: boolean;
}

/** The options `claimdiff` and `claimdiff check` share. */
function commandFor(name: string, io: Io): Command {
  return new Command()
    .name(name)
    .argument('<paths...>', 'article files (.txt, .md, .html) or folders holding them')
    .option('--json', 'print the JSON report (same as --format json)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(FORMAT_NAMES).default('stylish'))
    .option('-o, --output <file>', 'write the report to this file instead of standard output')
    .option('-r, --reference <id>', 'compare against this source instead of the consensus')
    .option('--fail-on <kinds>', 'exit 1 when the report has any of: altered, omitted, unique (comma-separated)', parseFailOn)
    .option('--boilerplate <pattern>', 'also leave out lines matching this regular expression (case-insensitive; repeatable)', collectPattern)
    .option('--stdin-name <id>', 'the source id for "-", standard input', 'stdin')
    .option('-R, --recursive', 'read folders to any depth (hidden folders skipped); ids are paths in the folder')
    .option('--timings', 'print the time each stage took to stderr')
    .option('-q, --quiet', 'no progress line on stderr')
    .option('--limit <n>', 'terminal report: at most N facts and N unique claims, the most altered first', parseLimit)
    .option('--color', 'force colour on')
    .option('--no-color', 'turn colour off (also with NO_COLOR set, or when output is not a terminal)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(text.replace(/^error: /, 'claimdiff: ')),
    });
}

const HELP_AFTER = `
Folders are read one level deep (their .txt, .md, .html and .htm files); a
file named on its own is read whatever its extension. A source's id is its file name
without the extension.

  claimdiff check <paths...> [--baseline FILE] [--update-baseline]
      exit 1 on drift (altered, omitted or unique, or the kinds of --fail-on)
      that the baseline does not accept; see claimdiff check --help.

Exit codes: 0 report produced, 1 --fail-on or check found something,
            2 usage or input error, 3 internal error.`;

const CHECK_HELP_AFTER = `
Without --baseline every finding fails the check. With one, only findings the
baseline does not accept fail it; accepted entries no longer found are listed
as stale on stderr. --update-baseline writes the current findings to the
baseline and exits 0; it refuses to run when CI is set, unless --force.`;

export async function run(argv: string[], io: Io): Promise<number> {
  const checking = argv[0] === 'check';
  let paths: string[] = [];
  const program = commandFor(checking ? 'claimdiff check' : 'claimdiff', io);
  if (checking) {
    program
      .description('Fail when the versions drift: facts altered, omitted or stated by one source only, beyond an accepted baseline.')
      .option('--baseline <file>', 'accepted findings (JSON written by --update-baseline)')
      .option('--update-baseline', 'write the current findings to the baseline file and exit 0')
      .option('--force', 'with --update-baseline: write even when CI is set')
      .addHelpText('after', CHECK_HELP_AFTER);
  } else {
    program
      .description('Compare versions of one news story fact by fact: which source includes, alters or omits each fact.')
      .version(TOOL.version, '-V, --version')
      .addHelpText('after', HELP_AFTER);
  }
  program.action((given: string[]) => {
    paths = given;
  });

  try {
    program.parse(checking ? argv.slice(1) : argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successes; every other commander error is a usage error (commander says 1).
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help'
        ? EXIT.ok : EXIT.usage;
    }
    throw error;
  }
  const options = program.opts<Options>();
  const files = { readFile: io.readFile ?? ((file: string) => readFileSync(file, 'utf8')), writeFile: io.writeFile ?? writeFileSync };

  try {
    // Settings from a config file; flags given on the command line win.
    const config = loadConfig(io.cwd);
    const fromFlags = (key: string) => program.getOptionValueSource(key) === 'cli';
    if (config.reference !== undefined && options.reference === undefined) options.reference = config.reference;
    if (config.failOn && options.failOn === undefined) options.failOn = config.failOn;
    if (config.format && !fromFlags('format')) options.format = config.format;
    if (config.boilerplate) options.boilerplate = [...config.boilerplate, ...(options.boilerplate ?? [])];

    if (checking && options.updateBaseline && !options.baseline) throw new InputError('--update-baseline needs --baseline FILE');
    if (checking && options.force && !options.updateBaseline) throw new InputError('--force only goes with --update-baseline');
    if (checking && options.updateBaseline && isSet(io.env.CI) && !options.force) {
      throw new InputError('refusing to write the baseline when CI is set (accept drift locally, or add --force)', options.baseline);
    }
    const stdin = paths.includes('-') && io.readStdin ? { name: options.stdinName, bytes: await io.readStdin() } : undefined;
    const timings: Array<[string, number]> = [];
    const runStart = performance.now();
    const progress = progressLine(io, options);
    const report = await compare(paths, {
      cwd: io.cwd,
      ...(stdin ? { stdin } : {}),
      ...(options.recursive ? { recursive: true } : {}),
      onStage: (stage: string, ms: number) => {
        if (options.timings) timings.push([stage, ms]);
        progress.stageDone(stage);
      },
      onProgress: (stage: string, done: number, total: number) => progress.within(stage, done, total),
      ...(options.reference !== undefined ? { reference: options.reference } : {}),
      ...(options.boilerplate ? { boilerplate: options.boilerplate } : {}),
      ...(config.ignore ? { ignore: config.ignore } : {}),
      ...(config.thresholds?.cluster !== undefined ? { clusterThreshold: config.thresholds.cluster } : {}),
      ...(config.thresholds?.align !== undefined ? { alignThreshold: config.thresholds.align } : {}),
    });
    progress.clear();
    for (const warning of report.warnings) io.stderr.write(`claimdiff: warning: ${warning.file}: ${warning.message}\n`);

    const kinds = options.failOn ?? (checking ? [...FINDING_KINDS] : []);
    const findings = kinds.length > 0 ? selectFindings(findingsOf(report), kinds) : [];
    let failing = findings;
    let staleEntries: BaselineEntry[] = [];
    if (checking && options.baseline) {
      const baselineFile = path.resolve(io.cwd, options.baseline);
      if (options.updateBaseline) {
        writeOrFail(files.writeFile, baselineFile, options.baseline, formatBaseline(findings));
        io.stderr.write(`claimdiff: baseline ${options.baseline}: ${findings.length} accepted finding${findings.length === 1 ? '' : 's'} written\n`);
        failing = [];
      } else {
        const { fresh, stale } = compareWithBaseline(findings, parseBaseline(readOrFail(files.readFile, baselineFile, options.baseline), options.baseline));
        for (const entry of stale) io.stderr.write(`claimdiff: stale baseline entry (no longer found): ${entry.key}\n`);
        failing = fresh;
        staleEntries = stale;
      }
    }

    const format: FormatName = options.json ? 'json' : options.format;
    const formatStart = performance.now();
    const context = await formatContext(format, options, io, checking ? { failing, stale: staleEntries } : undefined);
    const text = FORMATTERS[format](report, context);
    if (options.timings) {
      timings.push(['format', performance.now() - formatStart]);
      // Wall time: on a large run extraction overlaps clustering, so the stages add up to more.
      const total = performance.now() - runStart;
      io.stderr.write(`claimdiff: timings: ${timings.map(([stage, ms]) => `${stage} ${ms.toFixed(1)} ms`).join(', ')}; total ${total.toFixed(1)} ms\n`);
    }
    if (options.output) writeOrFail(files.writeFile, path.resolve(io.cwd, options.output), options.output, text);
    else io.stdout.write(text);
    if (checking) {
      io.stderr.write(`claimdiff: check: ${failing.length === 0 ? 'no new drift' : `${failing.length} new finding${failing.length === 1 ? '' : 's'}`}\n`);
    }
    return failing.length > 0 ? EXIT.findings : EXIT.ok;
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr.write(`claimdiff: ${error.message}\n`);
      return EXIT.usage;
    }
    return internalError(error, io);
  }
}

/** What the format may need to know: colour and the terminal's width only when the report goes to the terminal. */
async function formatContext(format: FormatName, options: Options, io: Io, check: CheckResult | undefined): Promise<FormatContext> {
  // Annotations are placed by path from the repository root.
  const workspace = io.env.GITHUB_WORKSPACE;
  const filePath = workspace
    ? (p: string) => (p === '-' ? p : path.relative(workspace, path.resolve(io.cwd, p)).split(path.sep).join('/'))
    : undefined;
  return {
    palette: options.output || !COLOURED_FORMATS.has(format) ? PLAIN : await paletteFor(options, io),
    ...(options.limit !== undefined ? { limit: options.limit } : {}),
    ...(check ? { check } : {}),
    ...(filePath ? { filePath } : {}),
    ...(!options.output && io.stdout.isTTY && io.stdout.columns ? { width: io.stdout.columns } : {}),
  };
}

/** The nearest config file from `cwd` up, checked; no file is no settings. */
function loadConfig(cwd: string): Config {
  const shown = (file: string) => path.relative(cwd, file).split(path.sep).join('/') || file;
  // JSON is parsed here, not by lilconfig's loader, so that a syntax error names its file.
  const json = (file: string, content: string): unknown => {
    try {
      return JSON.parse(content);
    } catch (error) {
      throw new InputError(`cannot read the config (invalid JSON: ${error instanceof Error ? error.message : String(error)})`, shown(file));
    }
  };
  let found: LilconfigResult;
  try {
    found = lilconfigSync('claimdiff', { searchPlaces: CONFIG_FILES, loaders: { '.json': json } }).search(cwd);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read the config (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`, 'config');
  }
  if (!found || found.isEmpty) return {};
  return parseConfig(found.config, shown(found.filepath), FORMAT_NAMES);
}

/** An environment flag is set unless empty, "0" or "false" (CI=false turns CI mode off). */
function isSet(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

const STAGES = ['read', 'segment', 'cluster', 'extract', 'compare', 'report'];
const NEXT_STEP: Record<string, string> = {
  read: 'splitting sentences', segment: 'clustering sentences', cluster: 'extracting facts', extract: 'comparing facts',
  compare: 'building the report', report: 'formatting',
};
const DOING: Record<string, string> = { cluster: 'clustering sentences', compare: 'comparing facts' };
/** Within a long stage the line is rewritten at most this often. */
const PROGRESS_EVERY_MS = 250;
/** How long a run goes before it shows progress: a quick run stays silent. */
const PROGRESS_AFTER_MS = 1000;

/**
 * A one-line progress indicator on stderr for runs longer than a second: "claimdiff: [4/6] comparing facts
 * (3.2 s)", with how far a long stage has got ("[3/6] clustering sentences 40% (12.5 s)"). Only for a
 * terminal, never under CI, with --quiet, or when --json goes to a pipe.
 */
export function progressLine(io: Io, options: Pick<Options, 'json' | 'format' | 'quiet'>, afterMs = PROGRESS_AFTER_MS):
  { stageDone(stage: string): void; within(stage: string, done: number, total: number): void; clear(): void } {
  const jsonToPipe = (options.json || options.format === 'json') && io.stdout.isTTY !== true;
  const enabled = io.stderr.isTTY === true && !isSet(io.env.CI) && !options.quiet && !jsonToPipe;
  const start = performance.now();
  let shown = false;
  let lastWithin = -Infinity;
  return {
    within(stage, done, total) {
      const now = performance.now();
      if (!enabled || now - start < afterMs || now - lastWithin < PROGRESS_EVERY_MS || total <= 0) return;
      lastWithin = now;
      const step = STAGES.indexOf(stage) + 1;
      io.stderr.write(`\r\u001b[2Kclaimdiff: [${step}/${STAGES.length}] ${DOING[stage] ?? stage} ${Math.floor((100 * done) / total)}% (${((now - start) / 1000).toFixed(1)} s)`);
      shown = true;
    },
    stageDone(stage) {
      const elapsed = performance.now() - start;
      if (!enabled || elapsed < afterMs) return;
      const step = STAGES.indexOf(stage) + 2;
      io.stderr.write(`\r\u001b[2Kclaimdiff: [${Math.min(step, STAGES.length)}/${STAGES.length}] ${NEXT_STEP[stage] ?? ''}… (${(elapsed / 1000).toFixed(1)} s)`);
      shown = true;
    },
    clear() {
      if (shown) io.stderr.write('\r\u001b[2K');
      shown = false;
    },
  };
}

function readOrFail(read: (file: string) => string, file: string, shown: string): string {
  try {
    return read(file);
  } catch (error) {
    throw new InputError(`cannot read (${fsReason(error)})`, shown);
  }
}

function writeOrFail(write: (file: string, text: string) => void, file: string, shown: string, text: string): void {
  try {
    write(file, text);
  } catch (error) {
    throw new InputError(`cannot write (${fsReason(error)})`, shown);
  }
}

function fsReason(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  return code || (error instanceof Error ? error.message : String(error));
}

function collectPattern(value: string, previous: string[] | undefined): string[] {
  try {
    new RegExp(value, 'iu');
  } catch (error) {
    throw new InvalidArgumentError(`not a valid regular expression: ${error instanceof Error ? error.message : String(error)}.`);
  }
  return [...(previous ?? []), value];
}

function parseLimit(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number of 1 or more.');
  return Number(value);
}

function parseFailOn(value: string, previous: FailOn[] | undefined): FailOn[] {
  const kinds = value.split(',').map((k) => k.trim()).filter(Boolean);
  const bad = kinds.find((k) => !(FAIL_ON as readonly string[]).includes(k));
  if (bad !== undefined || kinds.length === 0) {
    throw new InvalidArgumentError(`expected a comma-separated list of ${FAIL_ON.join(', ')}${bad ? `, got "${bad}"` : ''}.`);
  }
  return [...new Set([...(previous ?? []), ...(kinds as FailOn[])])];
}

/**
 * Colour only for a terminal, never with NO_COLOR or --no-color; FORCE_COLOR or --color turn it on.
 * chalk is loaded only when colour is on, so piped and CI runs do not pay for it at start-up.
 */
async function paletteFor(options: Options, io: Io): Promise<Palette> {
  const forced = io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0';
  const wanted = options.color ?? (forced || (io.stdout.isTTY === true && !io.env.NO_COLOR));
  if (!wanted) return PLAIN;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 });
  return {
    included: chalk.green, altered: chalk.yellow, omitted: chalk.red, unique: chalk.magenta,
    removed: (t) => chalk.red.strikethrough(t), added: chalk.green.underline, heading: chalk.bold, dim: chalk.dim,
    colour: true,
  };
}

/** Anything but bad input is a bug: one line saying so (the stack only with CLAIMDIFF_DEBUG set), exit 3. */
function internalError(error: unknown, io: Pick<Io, 'stderr' | 'env'>): number {
  io.stderr.write(`claimdiff: internal error (please report it): ${error instanceof Error ? error.message : String(error)}\n`);
  if (io.env.CLAIMDIFF_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
  return EXIT.internal;
}

/** Entry point for bin/claimdiff.js. */
export async function main(): Promise<void> {
  const io: Io = {
    stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return new Uint8Array(Buffer.concat(chunks));
    },
  };
  // `claimdiff ... | head` closes the pipe early: stop quietly instead of dying on EPIPE.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    process.exit(error.code === 'EPIPE' ? process.exitCode ?? 0 : internalError(error, io));
  });
  try {
    process.exitCode = await run(process.argv.slice(2), io);
  } catch (error) {
    process.exitCode = internalError(error, io);
  }
}

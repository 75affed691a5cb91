// The command line: parse options, call the library, print, return an exit code. The only module that
// touches `process` (through `main`); `run` takes its streams and environment as arguments so tests can
// drive it in-process.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { FINDING_KINDS, type FindingKind, findingsOf, selectFindings } from './findings.js';
import { compare } from './index.js';
import { InputError } from './errors.js';
import type { Report } from './types.js';
import { TOOL } from './version.js';
import { formatJson } from './formatters/json.js';
import { formatStylish } from './formatters/stylish.js';
import { type Palette, PLAIN } from './formatters/palette.js';

/** 0 report produced; 1 findings asked for with --fail-on; 2 usage or input error; 3 a bug in claimdiff. */
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const;

const FAIL_ON = FINDING_KINDS;
type FailOn = FindingKind;

export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
  cwd: string;
}

interface Options {
  json?: boolean;
  format: 'stylish' | 'json';
  reference?: string;
  failOn?: FailOn[];
  color?: boolean;
  boilerplate?: string[];
}

export async function run(argv: string[], io: Io): Promise<number> {
  let paths: string[] = [];
  const program = new Command()
    .name('claimdiff')
    .description('Compare versions of one news story fact by fact: which source includes, alters or omits each fact.')
    .version(TOOL.version, '-V, --version')
    .argument('<paths...>', 'article files (.txt, .md, .html) or folders holding them')
    .option('--json', 'print the JSON report (same as --format json)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['stylish', 'json']).default('stylish'))
    .option('-r, --reference <id>', 'compare against this source instead of the consensus')
    .option('--fail-on <kinds>', 'exit 1 when the report has any of: altered, omitted, unique (comma-separated)', parseFailOn)
    .option('--boilerplate <pattern>', 'also leave out lines matching this regular expression (case-insensitive; repeatable)', collectPattern)
    .option('--color', 'force colour on')
    .option('--no-color', 'turn colour off (also with NO_COLOR set, or when output is not a terminal)')
    .addHelpText('after', `
Folders are read one level deep (their .txt, .md, .html and .htm files); a
file named on its own is read whatever its extension. A source's id is its file name
without the extension.

Exit codes: 0 report produced, 1 --fail-on found something,
            2 usage or input error, 3 internal error.`)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(text.replace(/^error: /, 'claimdiff: ')),
    })
    .action((given: string[]) => {
      paths = given;
    });

  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successes; every other commander error is a usage error (commander says 1).
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help'
        ? EXIT.ok : EXIT.usage;
    }
    throw error;
  }
  const options = program.opts<Options>();

  let report: Report;
  try {
    report = await compare(paths, {
      cwd: io.cwd,
      ...(options.reference !== undefined ? { reference: options.reference } : {}),
      ...(options.boilerplate ? { boilerplate: options.boilerplate } : {}),
    });
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr.write(`claimdiff: ${error.message}\n`);
      return EXIT.usage;
    }
    return internalError(error, io);
  }

  for (const warning of report.warnings) io.stderr.write(`claimdiff: warning: ${warning.file}: ${warning.message}\n`);
  const format = options.json ? 'json' : options.format;
  io.stdout.write(format === 'json'
    ? formatJson(report)
    : formatStylish(report, {
      palette: await paletteFor(options, io),
      // A terminal's width when there is one; to a pipe or a file, lines are not cut short.
      ...(io.stdout.isTTY && io.stdout.columns ? { width: io.stdout.columns } : {}),
    }));
  return hasFindings(report, options.failOn ?? []) ? EXIT.findings : EXIT.ok;
}

function collectPattern(value: string, previous: string[] | undefined): string[] {
  try {
    new RegExp(value, 'iu');
  } catch (error) {
    throw new InvalidArgumentError(`not a valid regular expression: ${error instanceof Error ? error.message : String(error)}.`);
  }
  return [...(previous ?? []), value];
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

/**
 * Whether the report holds what the user asked to fail on. With a reference source, only the other sources
 * can drift: "altered" and "omitted" count their verdicts on facts the reference states, and facts the
 * reference does not state count as "unique" (additions).
 */
function hasFindings(report: Report, failOn: FailOn[]): boolean {
  return selectFindings(findingsOf(report), failOn).length > 0;
}

/** Anything but bad input is a bug: one line saying so (the stack only with CLAIMDIFF_DEBUG set), exit 3. */
function internalError(error: unknown, io: Pick<Io, 'stderr' | 'env'>): number {
  io.stderr.write(`claimdiff: internal error (please report it): ${error instanceof Error ? error.message : String(error)}\n`);
  if (io.env.CLAIMDIFF_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
  return EXIT.internal;
}

/** Entry point for bin/claimdiff.js. */
export async function main(): Promise<void> {
  const io: Io = { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
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

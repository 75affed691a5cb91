// The command line's grammar: the options of `claimdiff` and `claimdiff check`, their help, and the parsers
// that check a value as it is read. `parseArgs` turns argv into an Invocation, or into the exit code of
// help, --version or a usage error, which commander has already printed.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';

import { FORMAT_NAMES, type FormatName } from '../formatters/index.js';
import { FAIL_ON_KINDS } from '../report/findings.js';
import { compileUserPattern } from '../segment/user-patterns.js';
import type { FailOnKind } from '../types.js';
import { TOOL } from '../version.js';
import { EXIT, type Io } from './io.js';

/** The flags as commander reads them. */
export interface Options {
  json?: boolean;
  format: FormatName;
  output?: string;
  reference?: string;
  failOn?: FailOnKind[];
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

export interface Invocation {
  /** `claimdiff check ...`: exit 1 on drift the baseline does not accept. */
  checking: boolean;
  paths: string[];
  options: Options;
  /**
   * Whether the flag was given on the command line, rather than left at its default (a config file may set it
   * then).
   */
  given: (option: keyof Options) => boolean;
}

/**
 * The command line read, or the exit code when nothing is to be run. `check` is the first word or not at
 * all: `claimdiff --reference wire check ours` compares the folders check/ and ours/, as it always has, so
 * check is chosen here rather than as a commander subcommand (which would take it for the subcommand).
 */
export function parseArgs(argv: string[], io: Io): Invocation | number {
  const checking = argv[0] === 'check';
  let paths: string[] = [];
  const program = (checking ? checkCommand(io) : mainCommand(io)).action((given: string[]) => {
    paths = given;
  });
  try {
    program.parse(checking ? argv.slice(1) : argv, { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    // Help and version are successes; every other commander error is a usage error (commander says 1).
    const success =
      error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help';
    return success ? EXIT.ok : EXIT.usage;
  }
  return {
    checking,
    paths,
    options: program.opts<Options>(),
    given: (option) => program.getOptionValueSource(option) === 'cli',
  };
}

function mainCommand(io: Io): Command {
  return commandFor('claimdiff', io)
    .description('Compare versions of one news story fact by fact: which source includes, alters or omits each fact.')
    .version(TOOL.version, '-V, --version')
    .addHelpText('after', HELP_AFTER);
}

function checkCommand(io: Io): Command {
  return commandFor('claimdiff check', io)
    .description(
      'Fail when the versions drift: facts altered, omitted or stated by one source only, beyond an accepted baseline.',
    )
    .option('--baseline <file>', 'accepted findings (JSON written by --update-baseline)')
    .option('--update-baseline', 'write the current findings to the baseline file and exit 0')
    .option('--force', 'with --update-baseline: write even when CI is set')
    .addHelpText('after', CHECK_HELP_AFTER);
}

/** The options `claimdiff` and `claimdiff check` share. */
function commandFor(name: string, io: Io): Command {
  return new Command()
    .name(name)
    .argument('<paths...>', 'article files (.txt, .md, .html) or folders holding them')
    .option('--json', 'print the JSON report (same as --format json)')
    .addOption(
      new Option('-f, --format <name>', 'output format').choices(FORMAT_NAMES).default('stylish' satisfies FormatName),
    )
    .option('-o, --output <file>', 'write the report to this file instead of standard output', once)
    .option('-r, --reference <id>', 'compare against this source instead of the consensus', once)
    .option(
      '--fail-on <kinds>',
      `exit 1 when the report has any of: ${FAIL_ON_KINDS.join(', ')} (comma-separated; altered means a\n` +
        'contradiction or a change, nuance a compatible qualifier or precision only)',
      parseFailOn,
    )
    .option(
      '--boilerplate <pattern>',
      'also leave out lines matching this regular expression (case-insensitive; repeatable)',
      collectPattern,
    )
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
      outputError: (text, write) => write(`${oneLine(text.replace(/^error: /, 'claimdiff: '))}\n`),
    });
}

/**
 * An option that takes one value: given twice ("-r wire -r copy"), which one was meant is unknown, so it is a
 * usage error rather than the last one silently winning.
 */
function once(value: string, previous: string | undefined): string {
  if (previous !== undefined) throw new InvalidArgumentError(`given twice ('${previous}', '${value}'); give it once.`);
  return value;
}

/**
 * A usage error on one line, as every error of claimdiff is: commander puts its suggestion on a second line
 * ("unknown option '--jsn'\n(Did you mean --json?)") and quotes an argument's own line breaks; they are
 * joined with a space ("unknown option '--jsn' (Did you mean --json?)").
 */
function oneLine(text: string): string {
  return text
    .trim()
    .split(/\s*[\r\n]+\s*/)
    .join(' ');
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

/** `--boilerplate`, repeatable: each pattern checked as it is read, so a bad one names itself. */
function collectPattern(value: string, previous: string[] | undefined): string[] {
  const compiled = compileUserPattern(value);
  if ('problem' in compiled) throw new InvalidArgumentError(`${compiled.problem}.`);
  return [...(previous ?? []), value];
}

function parseLimit(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new InvalidArgumentError('expected a whole number of 1 or more.');
  return Number(value);
}

/** `--fail-on altered,omitted`, repeatable: the kinds, each once. */
function parseFailOn(value: string, previous: FailOnKind[] | undefined): FailOnKind[] {
  const kinds = value
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  const bad = kinds.find((k) => !(FAIL_ON_KINDS as readonly string[]).includes(k));
  if (bad !== undefined || kinds.length === 0) {
    throw new InvalidArgumentError(
      `expected a comma-separated list of ${FAIL_ON_KINDS.join(', ')}${bad ? `, got "${bad}"` : ''}.`,
    );
  }
  return [...new Set([...(previous ?? []), ...(kinds as FailOnKind[])])];
}

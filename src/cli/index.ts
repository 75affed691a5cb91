// The command line: parse → config → compare → check → format → write → exit code. The only module that
// touches `process` (through `main`); `run` takes its streams and environment as an Io so that tests drive
// it in-process. Each step is a module of this folder.
import { InputError } from '../errors.js';
import { checkFindings, checkVerdict, findingsToFailOn, refuseBaselineMisuse } from './check.js';
import { compareFiles } from './compare.js';
import { loadConfig, settingsOf } from './config.js';
import { EXIT, type Io } from './io.js';
import { parseArgs } from './options.js';
import { formatted, writeOutput } from './output.js';

export type { Io } from './io.js';

export async function run(argv: string[], io: Io): Promise<number> {
  const invocation = parseArgs(argv, io);
  if (typeof invocation === 'number') return invocation; // help, --version, or a usage error commander printed
  const { checking, paths } = invocation;
  try {
    const settings = settingsOf(invocation, loadConfig(io.cwd));
    if (checking) refuseBaselineMisuse(settings, io.env);
    const { report, timings } = await compareFiles(paths, settings, io);
    const findings = findingsToFailOn(report, settings, checking);
    const check = checking ? checkFindings(findings, settings, io) : undefined;
    const text = await timings.format(() => formatted(report, settings, io, check));
    timings.print(io);
    writeOutput(text, settings, io);
    if (check) io.stderr.write(checkVerdict(check));
    return (check?.failing ?? findings).length > 0 ? EXIT.findings : EXIT.ok;
  } catch (error) {
    if (!(error instanceof InputError)) return internalError(error, io);
    io.stderr.write(`claimdiff: ${error.message}\n`);
    return EXIT.usage;
  }
}

/** Anything but bad input is a bug: one line saying so (the stack only with CLAIMDIFF_DEBUG set), exit 3. */
function internalError(error: unknown, io: Pick<Io, 'stderr' | 'env'>): number {
  io.stderr.write(
    `claimdiff: internal error (please report it): ${error instanceof Error ? error.message : String(error)}\n`,
  );
  if (io.env.CLAIMDIFF_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
  return EXIT.internal;
}

/** Entry point for bin/claimdiff.js. */
export async function main(): Promise<void> {
  const io: Io = {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return new Uint8Array(Buffer.concat(chunks));
    },
  };
  // `claimdiff ... | head` closes the pipe early: stop quietly instead of dying on EPIPE.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : internalError(error, io));
  });
  try {
    process.exitCode = await run(process.argv.slice(2), io);
  } catch (error) {
    process.exitCode = internalError(error, io);
  }
}

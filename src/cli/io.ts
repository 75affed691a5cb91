// What the CLI is handed to touch (streams, environment, files) and what it hands back (an exit code).
// `run` takes an Io instead of reaching for `process`, so that tests drive it in-process.
import { type Stats, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { InputError } from '../errors.js';

/** 0 report produced; 1 findings asked for with --fail-on; 2 usage or input error; 3 a bug in claimdiff. */
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const;

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

/** An environment flag is set unless empty, "0" or "false" (CI=false turns CI mode off). */
export function isSet(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

/**
 * The text of `file` (as the user named it, relative to the working directory); failing that, an InputError
 * naming it.
 */
export function readText(io: Io, file: string): string {
  const read = io.readFile ?? ((absolute: string) => readFileSync(absolute, 'utf8'));
  const absolute = path.resolve(io.cwd, file);
  if (!io.readFile) requireRegularFile(absolute, file);
  try {
    return read(absolute);
  } catch (error) {
    throw new InputError(`cannot read (${fsReason(error)})`, file);
  }
}

/**
 * An InputError naming `file` when it exists and is not a regular file. Reading a FIFO given as the baseline
 * (`mkfifo b.json`) or found as `.claimdiffrc.json` waits for a writer that never comes; a directory or a
 * device is no baseline or config either. A missing file is left to the read, which names it.
 */
export function requireRegularFile(absolute: string, file: string): void {
  let stats: Stats;
  try {
    stats = statSync(absolute);
  } catch {
    return;
  }
  if (!stats.isFile()) throw new InputError(`not a regular file (${kindOf(stats)})`, file);
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isSocket()) return 'a socket';
  return 'a device';
}

/** Writes `text` to `file` (as the user named it); failing that, an InputError naming it. */
export function writeText(io: Io, file: string, text: string): void {
  const write = io.writeFile ?? writeFileSync;
  try {
    write(path.resolve(io.cwd, file), text);
  } catch (error) {
    throw new InputError(`cannot write (${fsReason(error)})`, file);
  }
}

/**
 * The error code alone ("ENOENT"), as these messages have always given it: "cannot write (ENOENT)". The
 * reader's `describeFsError` (read/index.ts) words it ("no such file (ENOENT)") and is private to read/.
 */
function fsReason(error: unknown): string {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  return code || (error instanceof Error ? error.message : String(error));
}

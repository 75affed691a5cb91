// The format and write steps: the report in the format asked for, given what the format may need to know
// about where the text goes, then written to standard output or to --output.
import path from 'node:path';

import { COLOURED_FORMATS, FORMATTERS, type FormatContext, type FormatName, PLAIN } from '../formatters/index.js';
import type { CheckResult, Report } from '../types.js';
import { paletteFor } from './colour.js';
import type { Settings } from './config.js';
import { type Io, writeText } from './io.js';

/** The report as text; in `check`, with what the check found. */
export async function formatted(
  report: Report,
  settings: Settings,
  io: Io,
  check: CheckResult | undefined,
): Promise<string> {
  const format: FormatName = settings.json ? 'json' : settings.format;
  return FORMATTERS[format](report, await contextFor(format, settings, io, check));
}

export function writeOutput(text: string, settings: Settings, io: Io): void {
  if (settings.output) writeText(io, settings.output, text);
  else io.stdout.write(text);
}

/**
 * Colour and the terminal's width only when the report goes to the terminal, and chalk only for a format that
 * colours.
 */
async function contextFor(
  format: FormatName,
  settings: Settings,
  io: Io,
  check: CheckResult | undefined,
): Promise<FormatContext> {
  const toTerminal = !settings.output;
  return {
    palette: toTerminal && COLOURED_FORMATS.has(format) ? await paletteFor(settings, io) : PLAIN,
    ...(settings.limit !== undefined ? { limit: settings.limit } : {}),
    ...(check ? { check } : {}),
    ...filePaths(io),
    ...(toTerminal && io.stdout.isTTY && io.stdout.columns ? { width: io.stdout.columns } : {}),
  };
}

/**
 * GitHub places annotations by path from the repository root: with claimdiff run in a subfolder of the
 * workspace, "stories/ours.txt" becomes "site/stories/ours.txt". Standard input ("-") has no path to rebase.
 */
function filePaths(io: Io): Pick<FormatContext, 'filePath'> {
  const workspace = io.env.GITHUB_WORKSPACE;
  if (!workspace) return {};
  return {
    filePath: (p) => (p === '-' ? p : path.relative(workspace, path.resolve(io.cwd, p)).split(path.sep).join('/')),
  };
}

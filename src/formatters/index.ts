// The formats, one module each, behind the one contract of contract.ts. A new format is one file and one
// line in FORMATTERS: the CLI's --format choices, its help, the config check and the README test derive
// from this list, and a library user gets the format from `formatReport` without further ado.
import type { Report } from '../types.js';
import type { FormatContext, Formatter } from './contract.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { PLAIN } from './palette.js';
import { formatStylish } from './stylish.js';

export type { FormatContext, Formatter } from './contract.js';
export { type Palette, PLAIN } from './palette.js';

/** Every format by its --format name, in the order help and the README list them. */
export const FORMATTERS = {
  stylish: formatStylish,
  json: formatJson,
  markdown: formatMarkdown,
  github: formatGithub,
} as const satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;

export const FORMAT_NAMES = Object.keys(FORMATTERS) as readonly FormatName[];

/**
 * The formats that read `context.palette`. For the others the CLI does not load chalk at all, so that
 * `--format json` in a terminal starts as quickly as it does into a pipe.
 */
export const COLOURED_FORMATS: ReadonlySet<FormatName> = new Set<FormatName>(['stylish']);

/**
 * The report in a format: `formatReport(report, 'markdown')`. Without a palette the text is plain (no
 * colour codes); in check mode, pass `{ check }` to list what fails the check.
 */
export function formatReport(report: Report, format: FormatName, context: Partial<FormatContext> = {}): string {
  // From JavaScript any string can come in: name the formats rather than fail on `undefined(...)`.
  if (!Object.hasOwn(FORMATTERS, format))
    throw new RangeError(`unknown format "${String(format)}" (known: ${FORMAT_NAMES.join(', ')})`);
  return FORMATTERS[format](report, { ...context, palette: context.palette ?? PLAIN });
}

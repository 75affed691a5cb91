// The one contract every format implements (textlint's `(results, config) => string`): the report in, the
// text out, with what the caller knows about where it goes. A module of its own so that each format can
// name the contract without importing the registry that imports it.
import type { CheckResult, Report } from '../types.js';
import type { Palette } from './palette.js';

/** What the caller knows beyond the report. A format reads what concerns it and ignores the rest. */
export interface FormatContext {
  /** Colours for a terminal, or `PLAIN`; only formats that colour (stylish) read it. */
  palette: Palette;
  /** Terminal width to fit rows into; without one (output to a pipe or file) nothing is cut short. */
  width?: number;
  /**
   * At most this many facts and unique claims (`--limit N`): for large runs, the facts most sources alter
   * first, then the best supported; the rest is counted, and all of it is in the JSON.
   */
  limit?: number;
  /** In `claimdiff check`: what the check found; its failing findings are listed, or annotated, on their own. */
  check?: CheckResult;
  /**
   * The file path a reader should see for a report path. GitHub places annotations by path from the
   * repository root, so the CLI rebases paths on $GITHUB_WORKSPACE when claimdiff runs in a subfolder.
   */
  filePath?: (reportPath: string) => string;
}

/** A format: `(report, context) => text`, ending with a newline. */
export type Formatter = (report: Report, context: FormatContext) => string;

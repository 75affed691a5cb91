// `claimdiff check`: the findings of the kinds asked for fail the run, unless a baseline accepts them.
// `--update-baseline` writes today's findings as the new baseline instead; the CI guard keeps a pipeline
// from accepting its own drift.
import path from 'node:path';

import { InputError } from '../errors.js';
import { compareWithBaseline, formatBaseline, parseBaseline } from '../report/baseline.js';
import { FINDING_KINDS, findingsOf, selectFindings } from '../report/findings.js';
import type { CheckResult, Finding, Report } from '../types.js';
import type { Settings } from './config.js';
import { type Io, isSet, readText, requireRegularFile, writeText } from './io.js';

/**
 * The findings that fail the run: of the kinds of --fail-on; in `check`, of every kind unless --fail-on narrows
 * them.
 */
export function findingsToFailOn(report: Report, settings: Settings, checking: boolean): Finding[] {
  const kinds = settings.failOn ?? (checking ? FINDING_KINDS : []);
  return kinds.length > 0 ? selectFindings(findingsOf(report), kinds) : [];
}

/** Flags that do not go together, refused before any article is read. */
export function refuseBaselineMisuse(settings: Settings, env: Io['env']): void {
  if (settings.updateBaseline && !settings.baseline) throw new InputError('--update-baseline needs --baseline FILE');
  if (settings.force && !settings.updateBaseline) throw new InputError('--force only goes with --update-baseline');
  if (settings.updateBaseline && isSet(env.CI) && !settings.force) {
    throw new InputError(
      'refusing to write the baseline when CI is set (accept drift locally, or add --force)',
      settings.baseline,
    );
  }
}

/**
 * What fails the check: every finding without a baseline; with one, those it does not accept (the entries
 * it holds that are no longer found are listed as stale on stderr); none once the baseline is rewritten.
 */
export function checkFindings(findings: Finding[], settings: Settings, io: Io): CheckResult {
  const file = settings.baseline;
  if (!file) return { failing: findings, stale: [] };
  if (settings.updateBaseline) {
    // Writing a FIFO blocks until something reads it, as reading one does.
    if (!io.writeFile) requireRegularFile(path.resolve(io.cwd, file), file);
    writeText(io, file, formatBaseline(findings));
    io.stderr.write(
      `claimdiff: baseline ${file}: ${findings.length} accepted finding${findings.length === 1 ? '' : 's'} written\n`,
    );
    return { failing: [], stale: [] };
  }
  const { fresh, stale } = compareWithBaseline(findings, parseBaseline(readText(io, file), file));
  for (const entry of stale) io.stderr.write(`claimdiff: stale baseline entry (no longer found): ${entry.key}\n`);
  return { failing: fresh, stale };
}

/** The check's last word, on stderr after the report: "claimdiff: check: 2 new findings". */
export function checkVerdict({ failing }: CheckResult): string {
  const found =
    failing.length === 0 ? 'no new drift' : `${failing.length} new finding${failing.length === 1 ? '' : 's'}`;
  return `claimdiff: check: ${found}\n`;
}

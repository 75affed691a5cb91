// Baselines for `claimdiff check`: the findings a team has accepted, so CI fails only on new drift. Pure:
// the CLI reads and writes the file.
//
// The file is JSON sorted by key, one entry per finding, with a readable label next to each key, and ends
// with a newline, so it diffs cleanly in review. Keys come from normalised content (see findings.ts), never
// from line numbers, so edits elsewhere in an article do not churn it.

import { InputError } from '../errors.js';
import type { BaselineEntry, Finding } from '../types.js';
import { compareCodeUnits } from '../text/order.js';
import { flat } from './markup.js';

export const BASELINE_VERSION = 1;

/** The baseline file's text for these findings. */
export function formatBaseline(findings: readonly Finding[]): string {
  const accepted: BaselineEntry[] = [...findings]
    .map((f) => ({ key: f.key, kind: f.kind, source: f.source, label: flat(f.label) }))
    .sort((a, b) => compareCodeUnits(a.key, b.key));
  const unique = accepted.filter((e, i) => i === 0 || accepted[i - 1]!.key !== e.key);
  return `${JSON.stringify({ baselineVersion: BASELINE_VERSION, tool: 'claimdiff', accepted: unique }, null, 2)}\n`;
}

/** The accepted entries of a baseline file; `file` names it in errors. */
export function parseBaseline(text: string, file: string): BaselineEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(
      `not a claimdiff baseline: invalid JSON (${error instanceof Error ? error.message : String(error)})`,
      file,
    );
  }
  const record = data as { baselineVersion?: unknown; accepted?: unknown };
  if (
    typeof data !== 'object' ||
    data === null ||
    record.baselineVersion !== BASELINE_VERSION ||
    !Array.isArray(record.accepted)
  ) {
    throw new InputError(
      `not a claimdiff baseline (expected "baselineVersion": ${BASELINE_VERSION} and an "accepted" list)`,
      file,
    );
  }
  return record.accepted.map((entry, i) => {
    const e = entry as Partial<BaselineEntry>;
    if (typeof e?.key !== 'string' || e.key === '') throw new InputError(`accepted[${i}] has no "key"`, file);
    return { key: e.key, kind: e.kind ?? 'altered', source: e.source ?? '', label: e.label ?? '' } as BaselineEntry;
  });
}

export interface BaselineComparison {
  /** Findings the baseline does not accept: new drift. */
  fresh: Finding[];
  /** Accepted entries no longer found: fixed, or the story changed; candidates for removal. */
  stale: BaselineEntry[];
}

export function compareWithBaseline(
  findings: readonly Finding[],
  accepted: readonly BaselineEntry[],
): BaselineComparison {
  const acceptedKeys = new Set(accepted.map((e) => e.key));
  const foundKeys = new Set(findings.map((f) => f.key));
  return {
    fresh: findings.filter((f) => !acceptedKeys.has(f.key)),
    stale: accepted.filter((e) => !foundKeys.has(e.key)),
  };
}

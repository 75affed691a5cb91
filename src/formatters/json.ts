// The json format: the report as the versioned contract scripts read.
import type { Report } from '../types.js';
import type { FormatContext } from './contract.js';

/**
 * The report as JSON: the versioned contract scripts read (see README, "JSON report"). In `claimdiff check`
 * it carries what the check found as its `check` field, last:
 * `{ ..., "warnings": [], "check": { "failing": [...], "stale": [] } }`.
 */
export function formatJson(report: Report, context: FormatContext): string {
  return `${JSON.stringify(context.check ? { ...report, check: context.check } : report, null, 2)}\n`;
}

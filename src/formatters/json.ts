import type { Report } from '../types.js';

/** The report as JSON: the versioned contract scripts read (see README, "JSON report"). */
export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

// The JSON report of a built claimdiff on one folder, for the scoring scripts (eval:real, eval:pairs).
import { execFileSync } from 'node:child_process';

/** Runs `bin` (a claimdiff.js) on `dir` with `--format json` and parses the report. */
export function reportOf(bin, dir) {
  try {
    return JSON.parse(execFileSync(process.execPath, [bin, dir, '--format', 'json'], { maxBuffer: 1 << 28 }));
  } catch (error) {
    // Exit 1 (findings) still prints the report.
    if (error.status === 1 && error.stdout) return JSON.parse(error.stdout);
    throw error;
  }
}

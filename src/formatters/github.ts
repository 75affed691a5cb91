// The github format: GitHub Actions workflow commands, one annotation per finding.
import { FINDING_KINDS, findingsOf } from '../report/findings.js';
import { describeFinding } from '../report/messages.js';
import type { Report } from '../types.js';
import type { FormatContext } from './contract.js';

/**
 * GitHub Actions workflow commands: one annotation per finding at the line of the drifting sentence, shown
 * on the pull request's diff. Altered and omitted facts are errors, claims only one source makes warnings.
 * An omitted fact has no line in the source that omits it, so it is annotated on the file alone. File paths go
 * through `context.filePath`, as GitHub places annotations by path from the repository root.
 */
export function formatGithub(report: Report, context: FormatContext): string {
  // In `check`, only the findings that fail it: those the baseline accepts are not news on the diff.
  const findings = context.check?.failing ?? findingsOf(report);
  const filePath = context.filePath ?? ((p: string) => p);
  // In file and line order, as a reviewer reads the diff.
  const ordered = [...findings].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : (a.line ?? 0) - (b.line ?? 0),
  );
  const lines = ordered.map((f) => {
    const level = f.kind === 'unique' ? 'warning' : 'error';
    const properties = [`file=${escapeProperty(filePath(f.path))}`];
    if (f.line !== undefined) properties.push(`line=${f.line}`);
    properties.push(`title=${escapeProperty(`claimdiff: ${f.kind} in ${f.source}`)}`);
    return `::${level} ${properties.join(',')}::${escapeData(describeFinding(f, 'plain'))}`;
  });
  const counts = FINDING_KINDS.map((kind) => `${findings.filter((f) => f.kind === kind).length} ${kind}`);
  lines.push(
    `claimdiff: ${report.sources.length} sources, ${report.facts.length} facts; findings: ${counts.join(', ')}`,
  );
  return `${lines.join('\n')}\n`;
}

/** Workflow command data: "%", CR and LF are escaped, as the runner's parser requires. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Workflow command properties: as data, plus ":" and ",", which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

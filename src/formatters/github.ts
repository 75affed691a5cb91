import type { Finding } from '../report/findings.js';
import { findingsOf } from '../report/findings.js';
import type { Report } from '../types.js';

export interface GithubOptions {
  /** The findings to annotate; all of the report's by default (`check` passes only the new ones). */
  findings?: readonly Finding[];
  /**
   * The file path GitHub should see for a report path: annotations are placed by path from the repository
   * root, so the CLI rebases paths on $GITHUB_WORKSPACE when claimdiff runs in a subfolder.
   */
  filePath?: (reportPath: string) => string;
}

/**
 * GitHub Actions workflow commands: one annotation per finding at the line of the drifting sentence, shown
 * on the pull request's diff. Altered and omitted facts are errors, claims only one source makes warnings.
 * An omitted fact has no line in the source that omits it, so it is annotated on the file alone.
 */
export function formatGithub(report: Report, options: GithubOptions = {}): string {
  const findings = options.findings ?? findingsOf(report);
  const filePath = options.filePath ?? ((p: string) => p);
  // In file and line order, as a reviewer reads the diff.
  const ordered = [...findings].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  const lines = ordered.map((f) => {
    const level = f.kind === 'unique' ? 'warning' : 'error';
    const properties = [`file=${escapeProperty(filePath(f.path))}`];
    if (f.line !== undefined) properties.push(`line=${f.line}`);
    properties.push(`title=${escapeProperty(`claimdiff: ${f.kind} in ${f.source}`)}`);
    return `::${level} ${properties.join(',')}::${escapeData(message(f))}`;
  });
  const counts = (['altered', 'omitted', 'unique'] as const).map((kind) => `${findings.filter((f) => f.kind === kind).length} ${kind}`);
  lines.push(`claimdiff: ${report.sources.length} sources, ${report.facts.length} facts; findings: ${counts.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

function message(f: Finding): string {
  switch (f.kind) {
    case 'altered':
      return `${f.label}: "${f.actual ?? ''}" instead of "${f.expected ?? ''}" (${(f.aspects ?? []).join(', ')})`;
    case 'omitted':
      return `${f.label}: omitted (the others say "${f.expected ?? ''}")`;
    case 'unique':
      return f.subject.startsWith('claim:') ? `claim only this source makes: ${f.actual ?? f.label}` : `${f.label}: "${f.actual ?? ''}" stated by this source only`;
  }
}

/** Workflow command data: "%", CR and LF are escaped, as the runner's parser requires. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Workflow command properties: as data, plus ":" and ",", which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

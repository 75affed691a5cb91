import { verdictOf } from '../report/verdict-of.js';
import type { Finding } from '../report/findings.js';
import type { Report, Status } from '../types.js';
import { diffWords } from './word-diff.js';

// GitHub-flavoured Markdown for a pull-request comment or a job summary ($GITHUB_STEP_SUMMARY): the same
// sections as the terminal report, as tables, with the word diff as ~~removed~~ **added**.

const MARKS: Record<Status, string> = { included: '✓', altered: '≠', omitted: '–' };

export interface MarkdownOptions {
  /** In `claimdiff check`: the findings that fail the check, listed in a section of their own. */
  drift?: readonly Finding[];
}

export function formatMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const out: string[] = [];
  const reference = report.reference === 'consensus' ? 'consensus of the sources' : `source \`${report.reference}\``;
  out.push('## claimdiff', '', `${report.sources.length} sources, ${report.facts.length} facts, reference: ${reference}.`, '');

  out.push('| | source | file |', '|---|---|---|');
  const keys = new Map(report.sources.map((s, i) => [s.id, columnKey(i, report.sources.length)]));
  for (const s of report.sources) out.push(`| ${keys.get(s.id)} | ${cell(s.id)} | \`${cell(s.path)}\` |`);
  const additions = report.facts.some((f) => !f.inReference) ? ` · + not in the reference ${report.reference}` : '';
  out.push('', `${MARKS.included} included · ${MARKS.altered} altered · ${MARKS.omitted} omitted · * stated by one source only${additions}`, '');

  if (report.facts.length > 0) {
    out.push(`| fact | ${report.sources.map((s) => keys.get(s.id)).join(' | ')} | reference value |`);
    out.push(`|---|${report.sources.map(() => ':-:').join('|')}|---|`);
    for (const fact of report.facts) {
      const marks = report.sources.map((s) => MARKS[verdictOf(fact, s.id).status]);
      const flag = !fact.inReference ? '\\+ ' : fact.unique ? '\\* ' : '';
      out.push(`| ${flag}${cell(fact.label)} | ${marks.join(' | ')} | ${cell(fact.value)} |`);
    }
    out.push('');
  }

  const altered = report.facts.filter((f) => Object.values(f.sources).some((v) => v.status === 'altered'));
  if (altered.length > 0) {
    out.push('### Altered', '');
    for (const fact of altered) {
      out.push(`**${cell(fact.label)}** — reference ${keys.get(fact.referenceSource)}: ${inline(fact.value)}`, '');
      for (const [id, verdict] of Object.entries(fact.sources)) {
        if (verdict.status !== 'altered') continue;
        const where = verdict.line ? `, line ${verdict.line}` : '';
        out.push(`- ${keys.get(id)} \`${cell(id)}\`: ${markdownDiff(fact.value, verdict.value ?? '')} _(${inline(verdict.change ?? (verdict.aspects ?? []).join(', '))}${where})_`);
      }
      out.push('');
    }
  }

  if (report.uniqueClaims.length > 0) {
    out.push('### Claims only one source makes', '');
    for (const claim of report.uniqueClaims) out.push(`- ${keys.get(claim.source)} line ${claim.line}: ${inline(claim.text)}`);
    out.push('');
  }

  out.push('### Summary', '', '| source | included | altered | omitted | unique facts | unique claims |', '|---|--:|--:|--:|--:|--:|');
  for (const s of report.sources) {
    const n = report.summary[s.id]!;
    out.push(`| ${keys.get(s.id)} ${cell(s.id)} | ${n.included} | ${n.altered} | ${n.omitted} | ${n.unique} | ${n.uniqueClaims} |`);
  }
  if (options.drift) {
    out.push('', options.drift.length === 0 ? '### Check: no drift beyond the baseline' : `### Check: ${options.drift.length} finding${options.drift.length === 1 ? '' : 's'} not in the baseline`, '');
    for (const f of options.drift) {
      const where = f.line !== undefined ? ` line ${f.line}` : '';
      const what = f.kind === 'altered' ? `${inline(f.label)}: ${inline(f.actual ?? '')} instead of ${inline(f.expected ?? '')}`
        : f.kind === 'omitted' ? `${inline(f.label)}: omitted` : inline(f.actual ?? f.label);
      out.push(`- **${f.kind}** in \`${cell(f.source)}\`${where}: ${what}`);
    }
  }
  if (report.warnings.length > 0) {
    out.push('', '### Warnings', '');
    for (const w of report.warnings) out.push(`- \`${cell(w.file)}\`: ${inline(w.message)}`);
  }
  return `${out.join('\n')}\n`;
}

function columnKey(i: number, count: number): string {
  return count <= 26 ? String.fromCharCode(65 + i) : String(i + 1);
}

/** Text that may hold Markdown: escaped so a source's "*" or "_" cannot change the formatting. */
function inline(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/([\\`*_[\]<>|~#])/g, '\\$1');
}

/** A table cell: inline text, with the pipe escaped too. */
function cell(text: string): string {
  return inline(text);
}

/** The source's wording against the reference: ~~removed~~ **added**. */
function markdownDiff(reference: string, other: string): string {
  return diffWords(reference.replace(/\s*\n\s*/g, ' '), other.replace(/\s*\n\s*/g, ' ')).map(({ op, text }) => {
    const body = inline(text.trim());
    if (body === '') return text;
    const [lead, tail] = [text.match(/^\s*/)![0], text.match(/\s*$/)![0]];
    if (op === -1) return `${lead}~~${body}~~${tail}`;
    if (op === 1) return `${lead}**${body}**${tail}`;
    return inline(text);
  }).join('');
}

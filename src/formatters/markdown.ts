// The markdown format: GitHub-flavoured Markdown for a pull-request comment or a job summary.
import { MARKUPS, flat, inline } from '../report/markup.js';
import { describeFinding } from '../report/messages.js';
import { verdictOf } from '../report/verdict-of.js';
import type { Report } from '../types.js';
import type { FormatContext } from './contract.js';
import { MARKS, NUANCE_MARK, columnKeys, markOf } from './shared.js';
import { diffWords } from './word-diff.js';

// GitHub-flavoured Markdown for a pull-request comment or a job summary ($GITHUB_STEP_SUMMARY): the same
// sections as the terminal report, as tables, with the word diff as ~~removed~~ **added**.

/** In `claimdiff check`, the findings that fail the check follow in a section of their own. */
const { code } = MARKUPS.markdown;

export function formatMarkdown(report: Report, context: FormatContext): string {
  const out: string[] = [];
  const reference = report.reference === 'consensus' ? 'consensus of the sources' : `source \`${report.reference}\``;
  out.push(
    '## claimdiff',
    '',
    `${report.sources.length} sources, ${report.facts.length} facts, reference: ${reference}.`,
    '',
  );

  out.push('| | source | file |', '|---|---|---|');
  const keys = columnKeys(report.sources.map((s) => s.id));
  for (const s of report.sources) out.push(`| ${keys.get(s.id)} | ${inline(s.id)} | ${code(s.path)} |`);
  const additions = report.facts.some((f) => !f.inReference) ? ` · + not in the reference ${report.reference}` : '';
  out.push(
    '',
    `${MARKS.included} included · ${MARKS.altered} altered · ${NUANCE_MARK} nuance · ${MARKS.omitted} omitted · ` +
      `* stated by one source only${additions}`,
    '',
  );

  if (report.facts.length > 0) {
    out.push(`| fact | ${report.sources.map((s) => keys.get(s.id)).join(' | ')} | reference value |`);
    out.push(`|---|${report.sources.map(() => ':-:').join('|')}|---|`);
    for (const fact of report.facts) {
      const marks = report.sources.map((s) => markOf(verdictOf(fact, s.id)));
      const flag = !fact.inReference ? '\\+ ' : fact.unique ? '\\* ' : '';
      out.push(`| ${flag}${inline(fact.label)} | ${marks.join(' | ')} | ${inline(fact.value)} |`);
    }
    out.push('');
  }

  const altered = report.facts.filter((f) => Object.values(f.sources).some((v) => v.status === 'altered'));
  if (altered.length > 0) {
    out.push('### Altered', '');
    for (const fact of altered) {
      out.push(`**${inline(fact.label)}** — reference ${keys.get(fact.referenceSource)}: ${inline(fact.value)}`, '');
      for (const [id, verdict] of Object.entries(fact.sources)) {
        if (verdict.status !== 'altered') continue;
        const where = verdict.line ? `, line ${verdict.line}` : '';
        out.push(
          `- ${keys.get(id)} ${code(id)}: ${markdownDiff(fact.value, verdict.value ?? '')} ` +
            `_(${inline(verdict.change ?? (verdict.aspects ?? []).join(', '))}${where})_`,
        );
      }
      out.push('');
    }
  }

  if (report.uniqueClaims.length > 0) {
    out.push('### Claims only one source makes', '');
    for (const claim of report.uniqueClaims)
      out.push(`- ${keys.get(claim.source)} line ${claim.line}: ${inline(claim.text)}`);
    out.push('');
  }

  out.push(
    '### Summary',
    '',
    '| source | included | altered | omitted | unique facts | unique claims |',
    '|---|--:|--:|--:|--:|--:|',
  );
  for (const s of report.sources) {
    const n = report.summary[s.id]!;
    out.push(
      `| ${keys.get(s.id)} ${inline(s.id)} | ${n.included} | ${n.altered} | ${n.omitted} | ` +
        `${n.unique} | ${n.uniqueClaims} |`,
    );
  }
  const drift = context.check?.failing;
  if (drift) {
    out.push(
      '',
      drift.length === 0
        ? '### Check: no drift beyond the baseline'
        : `### Check: ${drift.length} finding${drift.length === 1 ? '' : 's'} not in the baseline`,
      '',
    );
    for (const f of drift) {
      const where = f.line !== undefined ? ` line ${f.line}` : '';
      // The item names the kind and the source: the bare words follow.
      out.push(`- **${f.kind}** in ${code(f.source)}${where}: ${describeFinding(f, 'markdown', 'bare')}`);
    }
  }
  if (report.warnings.length > 0) {
    out.push('', '### Warnings', '');
    for (const w of report.warnings) out.push(`- ${code(w.file)}: ${inline(w.message)}`);
  }
  return `${out.join('\n')}\n`;
}

/** The source's wording against the reference: ~~removed~~ **added**. */
function markdownDiff(reference: string, other: string): string {
  return diffWords(flat(reference), flat(other))
    .map(({ op, text }) => {
      const body = inline(text.trim());
      if (body === '') return text;
      const [lead, tail] = [text.match(/^\s*/)![0], text.match(/\s*$/)![0]];
      if (op === -1) return `${lead}~~${body}~~${tail}`;
      if (op === 1) return `${lead}**${body}**${tail}`;
      return inline(text);
    })
    .join('');
}

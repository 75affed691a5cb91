// The stylish format, for a terminal: a row of marks per fact, word diffs of what changed, claims of one source.
import { flat } from '../report/markup.js';
import { describeFinding, severityWords, whoChanged } from '../report/messages.js';
import { verdictOf } from '../report/verdict-of.js';
import type { ComparedFact, Finding, Report } from '../types.js';
import type { FormatContext } from './contract.js';
import type { Palette } from './palette.js';
import { MARKS, NUANCE_MARK, columnKeys, longestLength, markOf } from './shared.js';
import { diffWords } from './word-diff.js';

/**
 * Beyond this many sources a row of one mark per source no longer reads (nor fits a terminal): each fact's
 * row counts its sources by verdict instead, and sources are named by id.
 */
const MARK_COLUMNS_UP_TO = 30;
/** With that many sources, the facts and claims shown unless `--limit` says otherwise. */
const WIDE_LIMIT = 25;
/** ...and the altered versions shown under each fact. */
const WIDE_ALTERED = 5;

/**
 * The terminal report: a legend of sources, one row per fact with a mark per source, the altered facts
 * with a word diff against the reference, the claims only one source makes, and a count per source; in
 * `claimdiff check`, last, the findings that fail the check.
 */
export function formatStylish(report: Report, context: FormatContext): string {
  const p = context.palette;
  const width = context.width === undefined ? Infinity : Math.max(60, context.width);
  const wide = report.sources.length > MARK_COLUMNS_UP_TO;
  const ids = report.sources.map((s) => s.id);
  const keys = wide ? new Map(ids.map((id) => [id, id])) : columnKeys(ids, { padded: true });
  const limit = context.limit ?? (wide ? WIDE_LIMIT : undefined);
  const out: string[] = [];
  const reference = report.reference === 'consensus' ? 'consensus of the sources' : `source ${report.reference}`;
  out.push(
    p.heading(`claimdiff: ${report.sources.length} sources, ${report.facts.length} facts, reference: ${reference}`),
    '',
  );
  if (!wide)
    for (const source of report.sources) out.push(`  ${keys.get(source.id)}  ${source.id}  ${p.dim(source.path)}`);
  const additions = report.facts.some((f) => !f.inReference) ? `   + not in the reference ${report.reference}` : '';
  out.push(
    ...(wide ? [] : ['']),
    p.dim(
      `  ${MARKS.included} included   ${MARKS.altered} altered   ${NUANCE_MARK} nuance   ${MARKS.omitted} omitted   ` +
        `* stated by one source only${additions}`,
    ),
    '',
  );

  const shown = limitedFacts(report, limit);
  const view: Report = { ...report, facts: shown, uniqueClaims: report.uniqueClaims.slice(0, limit ?? Infinity) };
  // One row per fact: pushed one by one, as a spread of 180,000 rows overflows the stack.
  for (const row of wide ? countTable(view, p, width) : factTable(view, keys, p, width)) out.push(row);
  if (shown.length < report.facts.length) {
    const how = context.limit === undefined ? `the ${limit} most altered; --limit N for more` : `--limit ${limit}`;
    out.push(p.dim(`  … and ${report.facts.length - shown.length} more facts (${how}; all of them with --json)`));
  }
  out.push('');
  const altered = alteredSection(view, keys, p, width, wide ? WIDE_ALTERED : Infinity);
  if (altered.length) out.push(p.heading('Altered'), '', ...altered);
  if (report.uniqueClaims.length) {
    out.push(p.heading('Claims only one source makes'), '', ...uniqueSection(view, keys, p, width));
    const more = report.uniqueClaims.length - view.uniqueClaims.length;
    if (more > 0) out.push(p.dim(`  … and ${more} more claims (all of them with --json)`));
    out.push('');
  }
  out.push(p.heading('Summary'), '');
  for (const source of report.sources) {
    const s = report.summary[source.id]!;
    out.push(
      `  ${keys.get(source.id)}  ${source.id}: ` +
        `${p.included(`${s.included} included`)}, ${p.altered(`${s.altered} altered`)}, ` +
        `${p.omitted(`${s.omitted} omitted`)}, ` +
        p.unique(
          `${s.unique} unique ${plural(s.unique, 'fact')}, ` +
            `${s.uniqueClaims} unique ${plural(s.uniqueClaims, 'claim')}`,
        ),
    );
  }
  if (context.check) out.push('', ...driftSection(context.check.failing, keys, p, width));
  return `${out.join('\n')}\n`;
}

const FINDING_MARKS: Record<Finding['kind'], string> = { altered: MARKS.altered, omitted: MARKS.omitted, unique: '*' };

/** What fails a check, one line each: mark, source, line, what drifted. */
function driftSection(drift: readonly Finding[], keys: Map<string, string>, p: Palette, width: number): string[] {
  if (drift.length === 0) return [p.heading('Check'), '', `  ${p.included('no drift beyond the baseline')}`];
  const lines = [p.heading(`Check: ${drift.length} finding${drift.length === 1 ? '' : 's'} not in the baseline`), ''];
  for (const f of drift) {
    // The heading says these fail the check and the mark gives the kind: the short words.
    const what = describeFinding(f, 'plain', 'short');
    const where = f.line !== undefined ? `line ${f.line}` : '';
    const mark = f.severity === 'nuance' ? NUANCE_MARK : FINDING_MARKS[f.kind];
    lines.push(
      `  ${p[f.kind === 'unique' ? 'unique' : f.kind](mark)} ${keys.get(f.source)}  ` +
        `${p.dim(where.padEnd(9))} ${clip(flat(what), width - 18)}`,
    );
  }
  return lines;
}

/** The facts to show under a limit: the most altered first, then the best supported, kept in story order. */
function limitedFacts(report: Report, limit: number | undefined): ComparedFact[] {
  if (limit === undefined || report.facts.length <= limit) return report.facts;
  const altered = new Map(report.facts.map((f) => [f, alteredCount(f)]));
  const chosen = new Set(
    [...report.facts].sort((a, b) => altered.get(b)! - altered.get(a)! || b.support - a.support).slice(0, limit),
  );
  return report.facts.filter((f) => chosen.has(f));
}

const alteredCount = (fact: ComparedFact) => Object.values(fact.sources).filter((v) => v.status === 'altered').length;

/** One row per fact with its sources counted by verdict: the fact table of a run with many sources. */
function countTable(report: Report, p: Palette, width: number): string[] {
  const total = report.sources.length;
  const digits = String(total).length;
  const countsWidth = 3 * (digits + 4);
  const longest = longestLength(report.facts.map((f) => f.label));
  const labelWidth = Math.max(10, Math.min(34, Math.floor((width - 8 - countsWidth) / 2), longest));
  const valueWidth = Math.max(10, width - 4 - labelWidth - 2 - countsWidth - 3);
  const rows = [p.dim(`  ${'fact'.padEnd(labelWidth)}  ${'sources'.padEnd(countsWidth)}  reference value`)];
  for (const fact of report.facts) {
    const altered = alteredCount(fact);
    const counts = [
      p.included(`${MARKS.included} ${String(fact.support - altered).padStart(digits)}`),
      p.altered(`${MARKS.altered} ${String(altered).padStart(digits)}`),
      p.omitted(`${MARKS.omitted} ${String(total - fact.support).padStart(digits)}`),
    ].join('  ');
    const star = !fact.inReference ? p.unique('+') : fact.unique ? p.unique('*') : ' ';
    rows.push(
      `${star} ${clip(flat(fact.label), labelWidth).padEnd(labelWidth)}  ${counts}    ` +
        clip(flat(fact.value), valueWidth),
    );
  }
  return rows;
}

function factTable(report: Report, keys: Map<string, string>, p: Palette, width: number): string[] {
  const ids = report.sources.map((s) => s.id);
  const keyWidth = longestLength(keys.values());
  const marksWidth = ids.length * (keyWidth + 1);
  // Labels and values share what the marks leave; on a narrow terminal the label gets at most half.
  const room = width - 4 - marksWidth - 4;
  const longest = longestLength(report.facts.map((f) => f.label));
  const labelWidth = Math.max(10, Math.min(34, Math.floor(room / 2), longest));
  const valueWidth = Math.max(10, width - 4 - labelWidth - 2 - marksWidth - 2);
  const head = ids.map((id) => keys.get(id)!.padStart(keyWidth)).join(' ');
  const rows = [p.dim(`  ${'fact'.padEnd(labelWidth)}  ${head}   reference value`)];
  for (const fact of report.facts) {
    const marks = ids.map((id) => colourMark(fact, id, p, keyWidth)).join(' ');
    const star = !fact.inReference ? p.unique('+') : fact.unique ? p.unique('*') : ' ';
    rows.push(
      `${star} ${clip(flat(fact.label), labelWidth).padEnd(labelWidth)}  ${marks}   ` +
        clip(flat(fact.value), valueWidth),
    );
  }
  return rows;
}

/** The mark padded to its column first, then coloured: colour codes must not count as width. */
function colourMark(fact: ComparedFact, id: string, p: Palette, width: number): string {
  const verdict = verdictOf(fact, id);
  return p[verdict.status](markOf(verdict).padStart(width));
}

function alteredSection(
  report: Report,
  keys: Map<string, string>,
  p: Palette,
  width: number,
  perFact: number,
): string[] {
  const out: string[] = [];
  for (const fact of report.facts) {
    const all = Object.entries(fact.sources).filter(([, v]) => v.status === 'altered');
    if (!all.length) continue;
    const altered = all.slice(0, perFact);
    // Sources named by a column key are named in full here too; sources named by id only once.
    const key = keys.get(fact.referenceSource)!;
    out.push(
      `  ${fact.label}  ` +
        p.dim(`(reference ${key === fact.referenceSource ? key : `${key} ${fact.referenceSource}`})`),
    );
    out.push(`    ${keys.get(fact.referenceSource)}  ${clip(flat(fact.value), width - 8)}`);
    for (const [id, verdict] of altered) {
      const where = verdict.line ? ` line ${verdict.line}` : '';
      // Another speaker or office does not show in the words themselves: say who.
      const changed = whoChanged(verdict);
      const who = changed ? `; ${changed}` : '';
      out.push(
        `    ${keys.get(id)}  ${renderDiff(flat(fact.value), flat(verdict.value ?? ''), p)}  ` +
          p.dim(`(${severityWords(verdict)}${aspectsOf(verdict.aspects)}${where}${who})`),
      );
    }
    if (all.length > altered.length) out.push(p.dim(`    … and ${all.length - altered.length} more sources alter it`));
    out.push('');
  }
  return out;
}

/** Removed words then added words, marked [-so-]{+so+} without colour; in colour a space keeps them apart. */
function renderDiff(reference: string, other: string, p: Palette): string {
  const parts = diffWords(reference, other);
  return parts
    .map(({ op, text }, i) => {
      if (op === 0) return text;
      const body = text.trimEnd();
      const tail = text.slice(body.length) || (p.colour && parts[i + 1]?.op === 1 ? ' ' : '');
      if (op === -1) return (p.colour ? p.removed(body) : `[-${body}-]`) + tail;
      return (p.colour ? p.added(body) : `{+${body}+}`) + tail;
    })
    .join('');
}

const aspectsOf = (aspects: string[] | undefined) => (aspects ?? []).join(', ');

function uniqueSection(report: Report, keys: Map<string, string>, p: Palette, width: number): string[] {
  return report.uniqueClaims.map(
    (claim) =>
      `  ${keys.get(claim.source)}  ${p.dim(`line ${claim.line}`.padEnd(9))} ${clip(flat(claim.text), width - 16)}`,
  );
}

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= width ? flat : `${flat.slice(0, Math.max(1, width - 1))}…`;
}

const plural = (n: number, word: string) => (n === 1 ? word : `${word}s`);

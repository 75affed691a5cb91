// What a report says has drifted, as a flat list of typed findings: the unit that `--fail-on`, `check`,
// baselines and the GitHub annotations work with. Pure: report in, findings out.
//
// A finding's key is made from normalised content (source, kind, fact id and the source's value in plain
// words), never from line numbers, so edits elsewhere in a file do not change it and a baseline of accepted
// findings stays stable across unrelated changes.

import type { FailOnKind, Finding, FindingKind, Report } from '../types.js';
import { plainWords } from '../text/normalize.js';
import { compareCodeUnits } from '../text/order.js';
import { verdictOf } from './verdict-of.js';

// A Record, so that a kind added to FindingKind (types.ts) and not here is a compile error.
const LISTED: Record<FindingKind, true> = { altered: true, omitted: true, unique: true };
/** Every kind, in the order reports count them: "1 altered, 0 omitted, 2 unique". */
export const FINDING_KINDS = Object.keys(LISTED) as readonly FindingKind[];
/** What `--fail-on` takes: the kinds, and `nuance` for the altered facts `altered` leaves out. */
export const FAIL_ON_KINDS: readonly FailOnKind[] = [...FINDING_KINDS, 'nuance'];

/** How the subject of a unique claim begins, where a fact's is the fact id: "claim:such things are not announced". */
const CLAIM = 'claim:';

/** Whether the finding is a claim (a sentence) only one source makes, rather than a fact. */
export function isClaim(finding: Finding): boolean {
  return finding.subject.startsWith(CLAIM);
}

/**
 * Every finding of the report. With a `--reference` source, only the other sources drift, and only on facts
 * the reference states; a fact the reference does not state is `unique` to the source that adds it.
 */
export function findingsOf(report: Report): Finding[] {
  const reference = report.reference === 'consensus' ? undefined : report.reference;
  const paths = new Map(report.sources.map((s) => [s.id, s.path]));
  const findings: Finding[] = [];
  for (const fact of report.facts) {
    const stating = Object.entries(fact.sources);
    // Against a reference, what the reference states is what every copy must state, even when no copy
    // does: a fact only the wire states is omitted by the copies, not a claim of the wire's own. Without a
    // reference, a fact one source alone states is that source's claim.
    const claimOfOne = reference === undefined ? fact.unique : !fact.inReference;
    if (claimOfOne) {
      for (const [source, verdict] of stating) {
        if (source === reference) continue;
        findings.push(
          finding({
            kind: 'unique',
            source,
            path: paths.get(source)!,
            line: verdict.line,
            subject: fact.id,
            factKind: fact.kind,
            label: fact.label,
            actual: verdict.value ?? fact.value,
          }),
        );
      }
      continue;
    }
    for (const { id: source } of report.sources) {
      const verdict = verdictOf(fact, source);
      if (source === reference || verdict.status === 'included') continue;
      findings.push(
        finding({
          kind: verdict.status,
          source,
          path: paths.get(source)!,
          line: verdict.line,
          subject: fact.id,
          factKind: fact.kind,
          label: fact.label,
          expected: fact.value,
          actual: verdict.value,
          aspects: verdict.aspects,
          severity: verdict.severity,
        }),
      );
    }
  }
  for (const claim of report.uniqueClaims) {
    if (claim.source === reference) continue;
    // A claim is named by its words, not by where it stands in the file.
    findings.push(
      finding({
        kind: 'unique',
        source: claim.source,
        path: paths.get(claim.source)!,
        line: claim.line,
        subject: `${CLAIM}${plainWords(claim.text).join(' ')}`,
        label: claim.text,
        actual: claim.text,
      }),
    );
  }
  return findings.sort((a, b) => compareCodeUnits(a.key, b.key));
}

function finding(fields: Omit<Finding, 'key'>): Finding {
  // The value is part of the key for what a source says (a second, different alteration is new drift);
  // an omission or a unique fact is keyed by the fact alone.
  const value = fields.kind === 'altered' ? plainWords(fields.actual ?? '').join(' ') : '';
  const clean = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Omit<Finding, 'key'>;
  return { key: [fields.kind, fields.source, fields.subject, value].join('|'), ...clean };
}

/**
 * The findings of the kinds asked for: `--fail-on altered,omitted`. `altered` selects contradictions and
 * changes; a nuance ("about 60,000 km" against "60,000 km") only with `nuance`.
 */
export function selectFindings(findings: readonly Finding[], kinds: readonly FailOnKind[]): Finding[] {
  return findings.filter((f) => kinds.includes(f.kind === 'altered' && f.severity === 'nuance' ? 'nuance' : f.kind));
}

// Report stage: ComparedFact[] and the run's sources and clusters → Report (schema v2). Pure. Puts each
// change into words (messages.ts), finds the claims only one source makes, counts per source.
import { compareCodeUnits } from '../text/order.js';
import { emptyRecord } from '../text/records.js';
import type {
  Cluster,
  ComparedFact,
  Report,
  SegmentedSource,
  SourceSummary,
  SourceVerdict,
  UniqueClaim,
  Warning,
} from '../types.js';
import { describeChange } from './messages.js';
import { kindSpec } from '../extract/kinds/index.js';

export const SCHEMA_VERSION = 2;

export interface ReportInput {
  tool: { name: string; version: string };
  reference: string | undefined;
  sources: SegmentedSource[];
  clusters: Cluster[];
  /** Each sentence's best match score in any other source (from the cluster stage). */
  nearest: Record<string, number[]>;
  clusterThreshold: number;
  facts: ComparedFact[];
  warnings: Warning[];
}

/** Report stage: the plain, versioned report every formatter renders and `--json` prints. */
export function buildReport(input: ReportInput): Report {
  const facts = input.facts.map(withChangeWords);
  const uniqueClaims = findUniqueClaims(input);
  const byId = new Map(input.sources.map((s) => [s.id, s]));
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: input.tool,
    reference: input.reference ?? 'consensus',
    sources: input.sources.map((s) => ({
      id: s.id,
      path: s.path,
      sentences: s.sentences.map(({ index, text, line, column }) => ({ index, text, line, column })),
      boilerplate: s.boilerplate.map(({ line, text, rule }) => ({ line, text, rule })),
    })),
    clusters: input.clusters.map((c) => ({
      id: c.id,
      members: c.members.map((m) => ({ ...m, text: byId.get(m.source)!.sentences[m.sentence]!.text })),
    })),
    facts,
    uniqueClaims,
    summary: summarise(input.sources, facts, uniqueClaims, input.reference),
    warnings: input.warnings,
  };
}

/** The fact with each altered verdict's change put in words (`change`, after `sentence` as schema v2 has it). */
function withChangeWords(fact: ComparedFact): ComparedFact {
  let sources: Record<string, SourceVerdict> | undefined;
  for (const id in fact.sources) {
    const verdict = fact.sources[id]!;
    if (verdict.status !== 'altered' || verdict.change !== undefined) continue;
    sources ??= Object.assign(emptyRecord<SourceVerdict>(), fact.sources);
    const { status, value, text, line, sentence, ...rest } = verdict;
    sources[id] = { status, value, text, line, sentence, change: describeChange(fact, verdict), ...rest };
  }
  return sources ? { ...fact, sources } : fact;
}

/**
 * Claims only one source makes: sentences no other source matched that state a fact no other source
 * states, or that resemble nothing elsewhere and state no fact another source shares. A sentence that lost
 * its match to a better one (two wire sentences merged into one) still resembles something; a sentence
 * whose number or quote other sources state too (if reworded) is not a claim of its own.
 */
function findUniqueClaims(input: ReportInput): UniqueClaim[] {
  const byId = new Map(input.sources.map((s) => [s.id, s]));
  const withUniqueFact = new Set<string>();
  const withSharedFact = new Set<string>();
  for (const fact of input.facts) {
    for (const source in fact.sources) {
      const verdict = fact.sources[source]!;
      if (verdict.sentence === undefined) continue;
      if (fact.unique) withUniqueFact.add(`${source}:${verdict.sentence}`);
      // Names and dates are the setting of a story, shared by most of its sentences, not its claims.
      else if (!kindSpec(fact.kind).setting) withSharedFact.add(`${source}:${verdict.sentence}`);
    }
  }
  const claims: UniqueClaim[] = [];
  for (const cluster of input.clusters) {
    if (cluster.members.length !== 1) continue;
    const { source, sentence } = cluster.members[0]!;
    const near = input.nearest[source]?.[sentence] ?? 0;
    const key = `${source}:${sentence}`;
    if (!withUniqueFact.has(key) && (near >= input.clusterThreshold || withSharedFact.has(key))) continue;
    const s = byId.get(source)!.sentences[sentence]!;
    claims.push({ id: `${source}:${sentence}`, source, sentence, line: s.line, text: s.text });
  }
  return claims.sort((a, b) => compareCodeUnits(a.source, b.source) || a.sentence - b.sentence);
}

/** Counts per source. The reference source does not "omit" the facts only other sources add. */
function summarise(
  sources: SegmentedSource[],
  facts: ComparedFact[],
  claims: UniqueClaim[],
  reference: string | undefined,
): Record<string, SourceSummary> {
  const summary = emptyRecord<SourceSummary>();
  const notInReference = facts.filter((fact) => !fact.inReference).length;
  for (const source of sources) {
    // Every fact a source does not state, it omits.
    const facing = source.id === reference ? facts.length - notInReference : facts.length;
    summary[source.id] = { included: 0, altered: 0, nuance: 0, omitted: facing, unique: 0, uniqueClaims: 0 };
  }
  for (const fact of facts) {
    for (const id in fact.sources) {
      if (id === reference && !fact.inReference) continue;
      const counts = summary[id]!;
      const verdict = fact.sources[id]!;
      counts[verdict.status]++;
      if (verdict.severity === 'nuance') counts.nuance++;
      counts.omitted--;
      if (fact.unique) counts.unique++;
    }
  }
  for (const claim of claims) summary[claim.source]!.uniqueClaims++;
  return summary;
}

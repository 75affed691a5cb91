// Types for the audit's figures (see audit-figures.mjs), used by test/bench/real-score.test.ts.
export interface AuditFigures {
  altered: number;
  alteredTrue: number;
  bySeverity: Record<string, { altered: number; true: number }>;
  rows: { ok: number; junk: number; misread: number };
  speakers: { right: number; wrong: number; missing: number };
  splits: number;
  events: number;
  commits: string[];
}
export function auditFigures(audits: unknown[]): AuditFigures;

// Types for the real-news scorer (see score.mjs), used by test/bench/real-score.test.ts.
export interface GoldCell {
  anchor?: string;
  status: string[];
}
export interface GoldCheck {
  cluster?: string;
  fact: string;
  kind: string;
  cells: Record<string, GoldCell>;
}
export interface ScoredCell {
  source: string;
  gold: string[];
  stated: boolean;
  located: boolean;
  hits: string[];
  tool: string;
  nuance: boolean;
  right: boolean;
  elsewhere: boolean;
}
export interface ScoredCheck {
  fact: string;
  kind: string;
  row: string | undefined;
  multi: boolean;
  aligned: boolean;
  right: boolean;
  cells: ScoredCell[];
}
export type Tally = Record<
  'facts' | 'multi' | 'aligned' | 'right' | 'cells' | 'cellsRight' | 'altered' | 'caught' | 'included',
  number
> &
  Record<'falseAlarms' | 'strictFalseAlarms' | 'lost' | 'unlocated' | 'nuance', number>;
export function fold(text: string): string;
export function locate(sentences: { index: number; text: string }[], anchor: string): number[];
export function hitsOf(
  report: unknown,
  kind: string,
  source: string,
  anchor: string,
): { located: boolean; hits: string[] };
export function scoreCheck(report: unknown, check: GoldCheck): ScoredCheck;
export function tally(checks: ScoredCheck[]): Tally;
export function rates(
  t: Tally,
): Record<'fullyRight' | 'aligned' | 'cellsRight' | 'caught' | 'falseAlarms' | 'strictFalseAlarms' | 'lost', number>;

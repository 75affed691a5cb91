// Types for the perturbation harness (plain ESM so that `npm run perturb` runs it on the built library
// without a compile step), used by test/e2e/perturbation.test.ts.
import type { Report, Source } from '../../src/types.js';

export interface Counter {
  hit: number;
  total: number;
  misses: string[];
}

export interface Scores {
  alteredNumbers: Counter;
  alteredQuotes: Counter;
  omitted: Counter;
  fabricated: Counter;
  untouched: Counter;
  preserved: Counter;
  paraphraseNotUnique: Counter;
  notExtracted: Counter;
}

export interface Article {
  kind: string;
  title: string;
  sentences: Array<{ text: string; paraphrase?: string; quoteRewording?: string }>;
  fabrications: string[];
}

export function emptyScores(): Scores;
export function scoreArticles(
  articles: Array<[string, Article]>,
  compareSources: (sources: Source[]) => Report,
  options?: { onVersion?: (label: string) => void },
): { scores: Scores; byEdit: Map<string, Scores> };
export function rate(counter: Counter): number;

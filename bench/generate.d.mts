// Types for the corpus generator (see generate.mjs), used by test/e2e/bench.test.ts.
import type { Source } from '../src/types.js';

export function random(seed: number): () => number;
export function versionsOfStory(n: number, seed?: number, base?: string): Source[];
export function differentArticles(n: number, seed?: number): Source[];
export function templatedArticles(n: number, seed?: number): Source[];

// One scale measurement, run in a child process by scale.mjs so that each size starts cold and a size that
// takes too long can be stopped: `node bench/scale-run.mjs versions 200` prints one line of JSON.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { findBoilerplate, keepSharedLines } from '../dist/boilerplate.js';
import { segment } from '../dist/segment.js';
import { clusterSentences } from '../dist/cluster-sentences.js';
import { extractFacts } from '../dist/extract-facts.js';
import { compareFacts } from '../dist/compare-facts.js';
import { buildReport } from '../dist/build-report.js';
import { contentKeys } from '../dist/text/words.js';
import { differentArticles, versionsOfStory } from './generate.mjs';

const [kind, size, naiveFlag] = process.argv.slice(2);
const n = Number(size);
const sources = kind === 'versions' ? versionsOfStory(n) : differentArticles(n);
const bytes = sources.reduce((sum, s) => sum + Buffer.byteLength(s.text), 0);

// The floor: writing the corpus to disk, then merely reading it back and splitting it into words.
const dir = mkdtempSync(path.join(os.tmpdir(), 'claimdiff-scale-'));
for (const s of sources) {
  const file = path.join(dir, s.path);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, s.text);
}
let start = performance.now();
let words = 0;
for (const folder of readdirSync(dir)) {
  for (const name of readdirSync(path.join(dir, folder))) words += readFileSync(path.join(dir, folder, name), 'utf8').split(/[^\p{L}\p{N}]+/u).length;
}
const floor = performance.now() - start;
rmSync(dir, { recursive: true, force: true });

let peak = 0;
const sample = () => { peak = Math.max(peak, process.memoryUsage().rss); };
const timer = setInterval(sample, 50);
const stages = {};
const lap = (name, fn) => {
  const t = performance.now();
  const out = fn();
  stages[name] = performance.now() - t;
  sample();
  return out;
};
start = performance.now();
const segmented = lap('segment', () => keepSharedLines(sources.map((s) => ({ source: s, text: s.text, boilerplate: findBoilerplate(s.text) })))
  .map(({ source, text, boilerplate }) => ({ ...source, boilerplate, sentences: segment(source.id, text, { skipLines: new Set(boilerplate.map((b) => b.line)) }) })));
const clustered = lap('cluster', () => clusterSentences(segmented));
const facts = lap('extract', () => extractFacts(segmented));
const compared = lap('compare', () => compareFacts({ sources: segmented, facts, clusters: clustered.clusters, similarity: clustered.similarity, neighbours: clustered.neighbours }));
lap('report', () => buildReport({
  tool: { name: 'claimdiff', version: 'bench' }, reference: undefined, sources: segmented, clusters: clustered.clusters,
  nearest: clustered.nearest, clusterThreshold: 0.2, facts: compared, warnings: [],
}));
const total = performance.now() - start;
clearInterval(timer);
const sentences = segmented.reduce((sum, s) => sum + s.sentences.length, 0);

// The naive alternative to the clustering stage: every pair of sentences of different sources scored on
// their content words. Only where it can finish.
let naive;
if (naiveFlag === 'naive') {
  const keys = segmented.flatMap((s) => s.sentences.map((x) => ({ source: s.id, keys: new Set(contentKeys(x.text)) })));
  const t = performance.now();
  let pairs = 0;
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      if (keys[i].source === keys[j].source) continue;
      let shared = 0;
      for (const k of keys[i].keys) if (keys[j].keys.has(k)) shared++;
      if ((2 * shared) / (keys[i].keys.size + keys[j].keys.size || 1) > 0.5) pairs++;
    }
  }
  naive = performance.now() - t;
}

console.log(JSON.stringify({ kind, n, bytes, sentences, words, floor, stages, total, peak, naive, facts: compared.length }));

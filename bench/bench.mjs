// npm run bench: start-up, segmentation speed and per-stage pipeline time, measured on this machine.
// Figures only; nothing here asserts. Run after `npm run build`.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { segment } from '../dist/segment/sentences.js';
import { findBoilerplate } from '../dist/segment/boilerplate.js';
import { clusterSentences } from '../dist/cluster/index.js';
import { extractFacts } from '../dist/extract/index.js';
import { compareFacts } from '../dist/compare/index.js';
import { loadHtmlReader } from '../dist/read/html.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seeds = join(root, 'fixtures', 'seeds');
const runs = Number(process.env.BENCH_RUNS ?? 31);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function timeOnce(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

// 1. Start-up: the whole CLI on the seeds against an empty Node process, runs interleaved so that a
// busy moment on the machine hits both alike.
const nodeTimes = [];
const seedTimes = [];
for (let i = 0; i < runs; i++) {
  nodeTimes.push(timeOnce(['-e', '0']));
  seedTimes.push(timeOnce([join(root, 'bin', 'claimdiff.js'), seeds]));
}
const nodeOnly = median(nodeTimes);
const seedsRun = median(seedTimes);
console.log(`start-up (median of ${runs})`);
console.log(`  node -e 0                ${nodeOnly.toFixed(1)} ms`);
console.log(
  `  claimdiff fixtures/seeds ${seedsRun.toFixed(1)} ms  (${(seedsRun / nodeOnly).toFixed(2)}x node -e 0; target < 3x)`,
);

// 2. Segmentation throughput on the seed text repeated to ~5 MB.
const seedTexts = readdirSync(seeds)
  .sort()
  .map((f) => readFileSync(join(seeds, f), 'utf8'));
const big = seedTexts.join('\n').repeat(Math.ceil(5e6 / seedTexts.join('\n').length));
segment('warm', big.slice(0, 100000));
let start = performance.now();
const sentences = segment('big', big);
const seconds = (performance.now() - start) / 1000;
console.log(`segmentation`);
console.log(
  `  ${(big.length / 1e6).toFixed(1)} MB, ${sentences.length} sentences in ${(seconds * 1000).toFixed(0)} ms: ` +
    `${(big.length / 1e6 / seconds).toFixed(1)} MB/s (target >= 5)`,
);

// 2b. Web pages: loading the DOM and Readability (paid once, only by runs with an HTML file), then pages/s.
start = performance.now();
const readHtml = await loadHtmlReader();
const loadMs = performance.now() - start;
const page = readFileSync(join(root, 'fixtures', 'cases', 'html', 'articles', 'daily.html'), 'utf8');
readHtml(page);
const pages = 200;
start = performance.now();
for (let i = 0; i < pages; i++) readHtml(page);
const pageMs = (performance.now() - start) / pages;
console.log(`web pages`);
console.log(
  `  loading the HTML reader ${loadMs.toFixed(0)} ms; ${(page.length / 1024).toFixed(1)} KB page in ` +
    `${pageMs.toFixed(2)} ms (${(page.length / 1e3 / pageMs).toFixed(1)} MB/s)`,
);

// 3. Per-stage time and memory on N copies of the seeds treated as separate versions.
for (const copies of [1, 4, 16]) {
  const sources = [];
  for (let c = 0; c < copies; c++)
    seedTexts.forEach((text, i) => {
      sources.push({ id: `${String(i).padStart(3, '0')}-${c}`, path: `x/${i}-${c}.txt`, text });
    });
  const stages = {};
  const lap = (name, fn) => {
    const t = performance.now();
    const out = fn();
    stages[name] = performance.now() - t;
    return out;
  };
  const segmented = lap('segment', () =>
    sources.map((s) => {
      const boilerplate = findBoilerplate(s.text);
      return {
        ...s,
        boilerplate,
        sentences: segment(s.id, s.text, { skipLines: new Set(boilerplate.map((b) => b.line)) }),
      };
    }),
  );
  const clustered = lap('cluster', () => clusterSentences(segmented));
  const facts = lap('extract', () => extractFacts(segmented));
  lap('compare', () =>
    compareFacts({
      sources: segmented,
      facts,
      clusters: clustered.clusters,
      similarity: clustered.similarity,
      neighbours: clustered.neighbours,
    }),
  );
  const total = Object.values(stages).reduce((a, b) => a + b, 0);
  const sentenceCount = segmented.reduce((n, s) => n + s.sentences.length, 0);
  console.log(
    `pipeline, ${sources.length} versions, ${sentenceCount} sentences: ${total.toFixed(0)} ms ` +
      `(${Object.entries(stages)
        .map(([k, v]) => `${k} ${v.toFixed(0)}`)
        .join(', ')}), heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`,
  );
}

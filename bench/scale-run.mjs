// One scale measurement, run in a child process by scale.mjs so that each size starts cold and a size that
// takes too long can be stopped: `node bench/scale-run.mjs versions 200 [naive]` prints one line of JSON.
//
// The corpus is generated (bench/generate.mjs), written to a temporary folder and compared by the library's
// compare(), exactly as `claimdiff DIR` does (reading, both cores, every stage), with its stage timings.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { compare } from '../dist/index.js';
import { contentKeys } from '../dist/text/words.js';
import { differentArticles, templatedArticles, versionsOfStory } from './generate.mjs';

const GENERATORS = { versions: versionsOfStory, articles: differentArticles, templated: templatedArticles };
const [kind, size, naiveFlag] = process.argv.slice(2);
if (!GENERATORS[kind]) throw new Error(`unknown corpus ${kind} (${Object.keys(GENERATORS).join(', ')})`);
const n = Number(size);

const dir = mkdtempSync(path.join(os.tmpdir(), 'claimdiff-scale-'));
let bytes = 0;
for (const s of GENERATORS[kind](n)) {
  const file = path.join(dir, path.basename(s.path));
  writeFileSync(file, s.text);
  bytes += Buffer.byteLength(s.text);
}

try {
  // The floor: merely reading the same files and splitting them into words.
  let start = performance.now();
  let words = 0;
  for (const name of readdirSync(dir))
    words += readFileSync(path.join(dir, name), 'utf8').split(/[^\p{L}\p{N}]+/u).length;
  const floor = performance.now() - start;

  const stages = {};
  start = performance.now();
  const report = await compare([dir], {
    onStage: (stage, ms) => {
      stages[stage] = ms;
    },
  });
  const total = performance.now() - start;
  // Peak resident memory of the whole process (worker thread included), in bytes.
  const peak = process.resourceUsage().maxRSS * 1024;
  const sentences = report.sources.reduce((sum, s) => sum + s.sentences.length, 0);

  // The naive alternative to the clustering stage: every pair of sentences of different sources scored on
  // their content words. Only where it can finish.
  let naive;
  // Pairs the naive comparison would match, printed so the loop is not optimised away.
  let naivePairs;
  if (naiveFlag === 'naive') {
    const keys = report.sources.flatMap((s) =>
      s.sentences.map((x) => ({ source: s.id, keys: new Set(contentKeys(x.text)) })),
    );
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
    naivePairs = pairs;
  }
  console.log(
    JSON.stringify({
      kind,
      n,
      bytes,
      sentences,
      words,
      floor,
      stages,
      total,
      peak,
      naive,
      naivePairs,
      facts: report.facts.length,
    }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

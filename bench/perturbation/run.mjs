// npm run perturb: generate versions of the base articles with known edits, run claimdiff on each and print
// how often its verdicts are right. Figures only; the targets are printed next to them.
//
//   node bench/perturbation/run.mjs [--verbose] [--json] [--rewritten-mirror] [article ...]
//
// --verbose lists every miss; --json prints the scores as JSON; --rewritten-mirror makes the third source a
// faithful rewrite of the whole article instead of an identical copy; naming articles (disaster, business,
// ...) limits the run to them.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { compareSources } from '../../dist/index.js';
import { rate, scoreArticles } from './score.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const asJson = args.includes('--json');
const only = args.filter((a) => !a.startsWith('--'));

export function loadArticles(dir = join(here, 'articles')) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [basename(f, '.json'), JSON.parse(readFileSync(join(dir, f), 'utf8'))]);
}

const articles = loadArticles().filter(([name]) => only.length === 0 || only.includes(name));
const started = performance.now();
let versions = 0;
const mirror = args.includes('--rewritten-mirror') ? 'rewritten' : 'copy';
const { scores, byEdit } = scoreArticles(articles, compareSources, {
  mirror,
  onVersion: () => {
    versions += 1;
  },
});
const seconds = (performance.now() - started) / 1000;

const TARGETS = {
  alteredNumbers: ['changed numbers reported altered', 0.95],
  alteredQuotes: ['reworded quotes reported altered', 0.95],
  omitted: ['facts of dropped sentences reported omitted', 0.95],
  fabricated: ['fabricated sentences flagged as unique claims', 1],
  untouched: ['untouched facts reported included', 0.98],
  preserved: ['facts kept by conversion, reformat or paraphrase included', 0.98],
  paraphraseNotUnique: ['paraphrased sentences matched (not unique)', null],
  notExtracted: ['edited facts that claimdiff extracted from the wire', null],
};

if (asJson) {
  const plain = (s) =>
    Object.fromEntries(Object.entries(s).map(([k, c]) => [k, { hit: c.hit, total: c.total, rate: rate(c) }]));
  console.log(
    JSON.stringify(
      {
        articles: articles.map(([n]) => n),
        versions,
        scores: plain(scores),
        byEdit: Object.fromEntries([...byEdit].map(([e, s]) => [e, plain(s)])),
      },
      null,
      2,
    ),
  );
} else {
  console.log(
    `perturbation harness (third source: ${mirror === 'copy' ? 'identical copy' : 'rewritten article'}): ` +
      `${articles.length} articles (${articles.map(([n]) => n).join(', ')}), ` +
      `${versions} versions, ${seconds.toFixed(1)} s`,
  );
  console.log('');
  for (const [key, [what, target]] of Object.entries(TARGETS)) {
    const c = scores[key];
    const pct = (100 * rate(c)).toFixed(1).padStart(5);
    const goal = target === null ? '' : `  target ${(100 * target).toFixed(0)}%${rate(c) >= target ? '' : '  MISSED'}`;
    console.log(`  ${pct}%  ${String(c.hit).padStart(4)}/${String(c.total).padEnd(4)} ${what}${goal}`);
  }
  console.log('');
  console.log('  by edit: facts judged as expected (untouched facts in the same versions)');
  for (const [edit, s] of byEdit) {
    const judged = ['alteredNumbers', 'alteredQuotes', 'omitted', 'fabricated', 'preserved']
      .map((k) => s[k])
      .filter((c) => c.total > 0);
    const hit = judged.reduce((n, c) => n + c.hit, 0);
    const total = judged.reduce((n, c) => n + c.total, 0);
    console.log(
      `    ${edit.padEnd(22)} ${String(hit).padStart(4)}/${String(total).padEnd(4)} ` +
        `(untouched ${s.untouched.hit}/${s.untouched.total})`,
    );
  }
  if (verbose) {
    console.log('');
    for (const [key, c] of Object.entries(scores))
      for (const miss of c.misses) if (miss) console.log(`  [${key}] ${miss}`);
  }
}

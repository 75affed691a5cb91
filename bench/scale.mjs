// npm run bench:scale (and the second half of npm run bench) — the pipeline on generated corpora of growing
// size (bench/generate.mjs): many versions of one story and many different articles, and on request the
// worst case of articles written from ten templates. Each size runs cold in its own process with a time
// limit, through the library's compare() as `claimdiff DIR` runs, and prints per-stage times (extraction
// overlaps clustering on large runs, so stages add up to more than the total), peak memory, throughput,
// the floor of merely reading and splitting the same files into words, and (where it can finish) a naive
// all-pairs sentence comparison for the ratio.
//
//   node bench/scale.mjs [--limit SECONDS] [versions:20,200,1000] [articles:200,2000,20000] [templated:2000]
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit');
const limitSeconds = limitAt >= 0 ? Number(args[limitAt + 1]) : 300;
const plans = args.filter((a, i) => a.includes(':') && (limitAt < 0 || i !== limitAt + 1));
const sizes = (plans.length ? plans : ['versions:20,200,1000', 'articles:200,2000,20000']).flatMap((plan) => {
  const [kind, list] = plan.split(':');
  return list.split(',').map((n) => [kind, Number(n)]);
});

/** The naive comparison is quadratic in sentences: only run it where it finishes in reasonable time. */
const NAIVE_MAX_SENTENCES = 8000;

console.log(`scale (each size cold, limit ${limitSeconds} s)`);
const results = [];
let naiveRate;
for (const [kind, n] of sizes) {
  const estimate = kind === 'versions' ? n * 19 : n * 21;
  const run = spawnSync(
    process.execPath,
    [join(here, 'scale-run.mjs'), kind, String(n), estimate <= NAIVE_MAX_SENTENCES ? 'naive' : ''],
    { encoding: 'utf8', timeout: limitSeconds * 1000, maxBuffer: 1 << 24 },
  );
  if (run.status !== 0 || !run.stdout.trim()) {
    const why =
      run.error?.code === 'ETIMEDOUT' || run.signal === 'SIGTERM'
        ? `did not finish within ${limitSeconds} s`
        : `failed: ${(run.stderr || '').trim().split('\n').pop()}`;
    console.log(`  ${kind.padEnd(8)} ${String(n).padStart(6)}: ${why}`);
    results.push({ kind, n, failed: true });
    continue;
  }
  const r = JSON.parse(run.stdout.trim().split('\n').pop());
  results.push(r);
  const stages = Object.entries(r.stages)
    .map(([k, v]) => `${k} ${Math.round(v)}`)
    .join(', ');
  // Where the naive comparison cannot run, its time is extrapolated from the largest run that measured it:
  // it scores every pair of sentences, so it grows with their square.
  if (r.naive !== undefined) naiveRate = r.naive / (r.sentences * r.sentences);
  const naiveMs = r.naive ?? (naiveRate !== undefined ? naiveRate * r.sentences * r.sentences : undefined);
  const naive =
    naiveMs === undefined
      ? ''
      : `; naive all-pairs ${r.naive !== undefined ? '' : '≈ '}${Math.round(naiveMs)} ms` +
        `${r.naive !== undefined ? '' : ' (extrapolated)'} = ` +
        `${(naiveMs / r.stages.cluster).toFixed(1)}x our clustering`;
  console.log(
    `  ${kind.padEnd(8)} ${String(n).padStart(6)}: ${(r.bytes / 1e6).toFixed(1)} MB, ${r.sentences} sentences, ` +
      `${(r.total / 1000).toFixed(2)} s ` +
      `(${stages} ms), peak ${(r.peak / 1e6).toFixed(0)} MB, ${(r.bytes / 1e6 / (r.total / 1000)).toFixed(2)} MB/s; ` +
      `floor ${Math.round(r.floor)} ms (${(r.total / r.floor).toFixed(0)}x)${naive}`,
  );
}

// Growth: time per tenfold input, where two sizes of one kind finished.
for (const kind of ['versions', 'articles', 'templated']) {
  const done = results.filter((r) => r.kind === kind && !r.failed).sort((a, b) => a.n - b.n);
  for (let i = 1; i < done.length; i++) {
    const [a, b] = [done[i - 1], done[i]];
    const growth = (b.total / a.total / (b.n / a.n)) * 10;
    console.log(
      `  growth, ${kind} ${a.n} → ${b.n}: ${(b.total / a.total).toFixed(1)}x the time for ` +
        `${(b.n / a.n).toFixed(0)}x the input (≈ ${growth.toFixed(1)}x per 10x; target ≤ 12x)`,
    );
  }
}

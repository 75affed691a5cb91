// npm run bench (third part), or `node bench/worst-shapes.mjs [--limit SECONDS] [SHAPE...]`: the time of
// each stage on the worst input shapes the fuzz runs found (issue 14): deep and large HTML, deep Markdown, 10 MB lines,
// 100,000 short lines, floods of quotation marks, digit runs, "1, 2, 3, …" counting. Each shape is one file
// compared with a seed article, cold in its own process with a time limit, through the library's compare()
// as `claimdiff FILES` runs it, then formatted as JSON and as the terminal report. Figures only; nothing here
// asserts, and no unit test times anything. Target: every shape, the 10 MB ones included, within 30 s.
//
//   node bench/worst-shapes.mjs --run SHAPE   (internal: one shape, one line of JSON)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const seedFile = path.join(here, '..', 'fixtures', 'seeds', '000_eaa965817c49724b.txt');
const MB = 1024 * 1024;
/** Just under the 10 MB limit on a file. */
const TEN_MB = 10 * MB - 4096;

/** `piece` repeated to at most `size` bytes of UTF-8. */
const repeatTo = (piece, size) => piece.repeat(Math.max(1, Math.floor(size / Buffer.byteLength(piece))));
const paragraphs = (text) =>
  text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => `<p>${l}</p>`)
    .join('\n');
const page = (body) => `<!doctype html><html><head><title>Story</title></head><body>${body}</body></html>`;

/** Each shape: the name of its file and its text, given the seed article. */
const SHAPES = {
  'deep-html-divs': (seed) => ['deep.html', page(`${'<div>'.repeat(100_000)}${paragraphs(seed)}`)],
  'deep-html-spans': (seed) => [
    'deep.html',
    page(`<p>${'<span>'.repeat(100_000)}${seed.replace(/\n/g, ' ')}${'</span>'.repeat(100_000)}</p>`),
  ],
  'deep-html-sections': (seed) => [
    'deep.html',
    page(`<article>${'<section><div>'.repeat(5000)}${paragraphs(seed)}${'</div></section>'.repeat(5000)}</article>`),
  ],
  'html-paragraphs': () => [
    'flood.html',
    page(Array.from({ length: 100_000 }, (_, i) => `<p>Paragraph ${i} says ${i} people.</p>`).join('')),
  ],
  'html-inline-tags': (seed) => ['inline.html', page(`${paragraphs(seed)}<p>${'<b>x</b> '.repeat(200_000)}</p>`)],
  'deep-md-list': (seed) => [
    'deep.md',
    `${Array.from({ length: 10_000 }, (_, i) => `${' '.repeat(i % 200)}- item ${i}`).join('\n')}\n${seed}`,
  ],
  'md-brackets': (seed) => ['brackets.md', `${seed}\n${'['.repeat(200_000)}\n`],
  'md-unclosed-links': (seed) => ['links.md', `${seed}\n${'[a]('.repeat(200_000)}\n`],
  'md-angle-brackets': (seed) => ['angle.md', `${seed}\n${'<a'.repeat(200_000)}\n`],
  'ten-mb-line': (seed) => ['line.txt', repeatTo(`${seed.replace(/\n/g, ' ')} `, TEN_MB)],
  'ten-mb-words': () => ['words.txt', repeatTo('word ', TEN_MB)],
  'ten-mb-article': (seed) => ['article.txt', repeatTo(`${seed}\n`, TEN_MB)],
  'hundred-k-lines': () => ['lines.txt', Array(100_000).fill('37').join('\n')],
  'quote-marks': () => ['quotes.txt', '"'.repeat(100_000)],
  'quote-flood': () => ['quotes.txt', Array.from({ length: 5000 }, (_, i) => `"q${i}"`).join(' said ')],
  'nested-quotes': () => {
    const open = Array.from({ length: 10_000 }, (_, i) => '“‘"\'«'[i % 5]).join('');
    return ['quotes.txt', `The minister said ${open}we will win 37 battles on Monday.`];
  },
  'unbalanced-quotes': () => [
    'quotes.txt',
    `${Array.from({ length: 10_000 }, (_, i) => `${'“"‘«'[i % 4]}word${i}`).join(' ')} said Biden.`,
  ],
  'digit-run': () => ['digits.txt', `The count was ${'7'.repeat(1_000_000)} people.`],
  'digit-groups': () => ['digits.txt', `The debt is $1${',000'.repeat(100_000)} dollars, officials said.`],
  counting: () => [
    'counting.txt',
    `The numbers were ${Array.from({ length: 100_000 }, (_, i) => i + 1).join(', ')}, the report said.`,
  ],
  'long-sentence': (seed) => {
    const words = seed.split(/\s+/);
    return [
      'long.txt',
      `${Array.from({ length: 200_000 }, (_, i) => (i % 10 ? words[i % words.length] : i)).join(' ')}.`,
    ];
  },
  'many-sentences': () => ['sentences.txt', Array.from({ length: 50_000 }, (_, i) => `A ${i} b.`).join(' ')],
  'many-names': () => [
    'names.txt',
    Array.from({ length: 20_000 }, (_, i) => `Officer ${String.fromCharCode(65 + (i % 26))}son${i} said ${i}.`).join(
      '\n',
    ),
  ],
};

const STAGES = ['read', 'segment', 'cluster', 'extract', 'compare', 'report', 'format'];
const args = process.argv.slice(2);

if (args[0] === '--run') {
  const shape = args[1];
  const { compare, formatReport } = await import('../dist/index.js');
  const seed = readFileSync(seedFile, 'utf8');
  const [name, text] = SHAPES[shape](seed);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimdiff-shapes-'));
  try {
    writeFileSync(path.join(dir, name), text);
    writeFileSync(path.join(dir, 'seed.txt'), seed);
    const stages = {};
    let start = performance.now();
    const report = await compare([name, 'seed.txt'], {
      cwd: dir,
      onStage: (stage, ms) => {
        stages[stage] = ms;
      },
    });
    const total = performance.now() - start;
    start = performance.now();
    const json = formatReport(report, 'json');
    formatReport(report, 'stylish');
    stages.format = performance.now() - start;
    console.log(
      JSON.stringify({
        shape,
        bytes: Buffer.byteLength(text),
        total: total + stages.format,
        stages,
        sentences: report.sources.reduce((n, s) => n + s.sentences.length, 0),
        facts: report.facts.length,
        json: json.length,
        warnings: report.warnings.map((w) => `${w.file}: ${w.message}`),
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} else {
  const limitAt = args.indexOf('--limit');
  const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : 60;
  const chosen = args.filter((a, i) => !a.startsWith('--') && (limitAt < 0 || i !== limitAt + 1));
  const unknown = chosen.filter((s) => !SHAPES[s]);
  if (unknown.length) throw new Error(`unknown shape ${unknown.join(', ')} (${Object.keys(SHAPES).join(', ')})`);
  const ms = (x) => (x === undefined ? '' : x >= 1000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(0)} ms`);
  const pad = (s, n) => String(s).padStart(n);
  console.log(`worst shapes (each cold, with a seed article; limit ${limit} s; target: 30 s for a 10 MB file)`);
  console.log(
    `  ${'shape'.padEnd(20)} ${pad('MB', 5)} ${STAGES.map((s) => pad(s, 8)).join(' ')} ${pad('total', 8)} ` +
      `${pad('facts', 6)} ${pad('JSON MB', 7)}  warnings`,
  );
  for (const shape of chosen.length ? chosen : Object.keys(SHAPES)) {
    const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--run', shape], {
      encoding: 'utf8',
      timeout: limit * 1000,
      maxBuffer: 1 << 24,
    });
    if (run.status !== 0 || !run.stdout.trim()) {
      const why =
        run.error?.code === 'ETIMEDOUT' || run.signal === 'SIGTERM'
          ? `did not finish within ${limit} s`
          : `failed: ${(run.stderr || String(run.error))
              .split('\n')
              .find((l) => /error|heap/i.test(l))
              ?.trim()
              .slice(0, 160)}`;
      console.log(`  ${shape.padEnd(20)} ${why}`);
      continue;
    }
    const r = JSON.parse(run.stdout.trim().split('\n').pop());
    const warned = r.warnings.map((w) => w.replace(/^[^:]*: /, '')).join('; ');
    const stages = STAGES.map((s) => pad(ms(r.stages[s]), 8)).join(' ');
    console.log(
      `  ${shape.padEnd(20)} ${pad((r.bytes / MB).toFixed(1), 5)} ${stages} ${pad(ms(r.total), 8)} ` +
        `${pad(r.facts, 6)} ${pad((r.json / MB).toFixed(1), 7)}  ${warned.slice(0, 160)}`,
    );
  }
}

// npm run eval:pairs [-- --details] [--json FILE] [--bin PATH] [--story NAME]
//
// Runs the built claimdiff on every story with a blind sentence-pair gold (bench/pairs/gold/) and scores the JSON
// report's clusters against it (score.mjs says how): precision, recall and F1 of sentence pairs, per story and
// overall (pairs summed). The story "seeds" is fixtures/seeds; the others are bench/real/data/<story> (npm run
// real:build). --details prints the members not located, the missed gold pairs and the spurious predicted ones;
// --json writes the figures; --bin scores another build (an older commit's, for before and after).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rates, scoreStory, tally } from './score.mjs';
import { reportOf } from '../report-of.mjs';

const HERE = import.meta.dirname;
const ROOT = path.join(HERE, '..', '..');
const DEFAULT_BIN = path.join(ROOT, 'bin', 'claimdiff.js');
/** The target (issue 15). */
const TARGET_F1 = 0.92;

function parseArgs(argv) {
  const args = { details: false, json: undefined, bin: DEFAULT_BIN, story: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--details') args.details = true;
    else if (argv[i] === '--json') args.json = argv[++i];
    else if (argv[i] === '--bin') args.bin = path.resolve(argv[++i]);
    else if (argv[i] === '--story') args.story = argv[++i];
    else throw new Error(`eval:pairs: unknown option ${argv[i]}`);
  }
  return args;
}

const folderOf = (story) =>
  story === 'seeds' ? path.join(ROOT, 'fixtures', 'seeds') : path.join(ROOT, 'bench', 'real', 'data', story);

const pct = (x) => (Number.isNaN(x) ? '   -' : `${(100 * x).toFixed(1).padStart(5)}%`);
const clip = (text, n = 150) => {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};

function line(name, width, t) {
  const r = rates(t);
  return (
    `${name.padEnd(width)}  gold ${String(t.gold).padStart(4)}  predicted ${String(t.predicted).padStart(4)}  ` +
    `hits ${String(t.hits).padStart(4)}  precision ${pct(r.precision)}  recall ${pct(r.recall)}  F1 ${pct(r.f1)}  ` +
    `unlocated ${t.unlocated}/${t.members}`
  );
}

function details(score) {
  const out = [];
  for (const m of score.unlocated) out.push(`  not located: ${m.version} line ${m.line}: ${clip(m.text)}`);
  for (const [title, pairs] of [
    ['missed', score.missed],
    ['spurious', score.spurious],
  ]) {
    for (const p of pairs) out.push(`  ${title}:\n    ${p.a}: ${clip(p.textA)}\n    ${p.b}: ${clip(p.textB)}`);
  }
  return out.length > 0 ? [`\n${score.story}:`, ...out] : [];
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const goldDir = path.join(HERE, 'gold');
  const stories = readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort()
    .filter((s) => args.story === undefined || s === args.story);
  if (stories.length === 0) throw new Error(`eval:pairs: no gold for story ${args.story}`);
  const scores = [];
  for (const story of stories) {
    const dir = folderOf(story);
    if (!existsSync(dir))
      throw new Error(`eval:pairs: ${dir} is missing; run npm run real:build (bench/real/README.md)`);
    const gold = JSON.parse(readFileSync(path.join(goldDir, `${story}.json`), 'utf8'));
    scores.push({ ...scoreStory(reportOf(args.bin, dir), gold), story });
  }
  const width = Math.max(3, ...stories.map((s) => s.length));
  for (const score of scores) console.log(line(score.story, width, tally([score])));
  const all = tally(scores);
  console.log(line('all', width, all));
  console.log(`target: pair F1 >= ${TARGET_F1} (${rates(all).f1 >= TARGET_F1 ? 'met' : 'not met'})`);
  if (args.details) console.log(scores.flatMap(details).join('\n'));
  if (args.json) {
    const figures = (t) => ({ ...t, ...rates(t) });
    const json = {
      stories: Object.fromEntries(scores.map((s) => [s.story, figures(tally([s]))])),
      all: figures(all),
      targetF1: TARGET_F1,
    };
    writeFileSync(args.json, `${JSON.stringify(json, null, 2)}\n`);
  }
}

try {
  main();
} catch (error) {
  console.error(error.message);
  process.exit(2);
}

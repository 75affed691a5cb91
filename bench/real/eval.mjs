// npm run eval:real [-- --split dev|test|all] [--details] [--json FILE] [--cells FILE] [--bin PATH]
//
// Runs the built claimdiff on every event that has a blind gold file (bench/real/gold/) and scores the JSON
// report against it (score.mjs says how). Needs bench/real/data/ (npm run real:build; README.md here).
//
// The test split is fixed by the event's name, not chosen by looking: an event is in it when the first byte of
// the SHA-1 of its name is divisible by 3 (about a third of the events). While tuning, only the dev split's
// failures are printed (--details); the test split prints figures only. --cells writes every dev cell's outcome
// (one line each, to diff two runs); --bin scores another build (an older commit's, for before and after).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rates, scoreCheck, tally } from './score.mjs';
import { reportOf } from '../report-of.mjs';

const HERE = import.meta.dirname;
const ROOT = path.join(HERE, '..', '..');
const DEFAULT_BIN = path.join(ROOT, 'bin', 'claimdiff.js');

export const splitOf = (event) =>
  Number.parseInt(createHash('sha1').update(event).digest('hex').slice(0, 2), 16) % 3 === 0 ? 'test' : 'dev';

function parseArgs(argv) {
  const args = { split: 'all', details: false, json: undefined, cells: undefined, bin: DEFAULT_BIN };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--split') args.split = argv[++i];
    else if (argv[i] === '--details') args.details = true;
    else if (argv[i] === '--json') args.json = argv[++i];
    else if (argv[i] === '--cells') args.cells = argv[++i];
    else if (argv[i] === '--bin') args.bin = path.resolve(argv[++i]);
    else throw new Error(`eval:real: unknown option ${argv[i]}`);
  }
  if (!['dev', 'test', 'all'].includes(args.split)) throw new Error('eval:real: --split is dev, test or all');
  return args;
}

const pct = (x) => (Number.isNaN(x) ? '   -' : `${(100 * x).toFixed(0).padStart(3)}%`);

function line(name, t) {
  const r = rates(t);
  return (
    `${name.padEnd(9)} facts ${String(t.facts).padStart(3)}  fully right ${pct(r.fullyRight)}  ` +
    `one row ${pct(r.aligned)} (${t.aligned}/${t.multi})  cells right ${pct(r.cellsRight)}  ` +
    `caught ${pct(r.caught)} (${t.caught}/${t.altered})\n${''.padEnd(19)}false alarms ${pct(r.falseAlarms)} ` +
    `(${t.falseAlarms}/${t.included}; ${t.strictFalseAlarms} counting nuances)  lost ${pct(r.lost)} (${t.lost})  ` +
    `nuance cells ${t.nuance}  anchors not in report ${t.unlocated}`
  );
}

function details(event, checks) {
  const out = [];
  for (const check of checks) {
    if (check.right) continue;
    out.push(`  ${event} | ${check.kind} | ${check.fact} -> ${check.row ?? 'no row'}`);
    for (const c of check.cells) {
      if (c.right) continue;
      const why = !c.stated ? '' : !c.located ? ' (anchor not in report)' : c.hits.length === 0 ? ' (no fact)' : '';
      const split = c.elsewhere ? ` (split: in ${c.hits.join(', ')})` : '';
      out.push(`      ${c.source}: gold ${c.gold.join('/')} tool ${c.tool}${why}${split}`);
    }
  }
  return out;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const goldDir = path.join(HERE, 'gold');
  const events = readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort()
    .filter((e) => args.split === 'all' || splitOf(e) === args.split);
  const results = { dev: [], test: [] };
  const lines = [];
  for (const event of events) {
    const dir = path.join(HERE, 'data', event);
    if (!existsSync(dir))
      throw new Error(`eval:real: ${dir} is missing; run npm run real:build (bench/real/README.md)`);
    const gold = JSON.parse(readFileSync(path.join(goldDir, `${event}.json`), 'utf8'));
    const report = reportOf(args.bin, dir);
    const checks = gold.checks.map((check) => scoreCheck(report, check));
    const split = splitOf(event);
    results[split].push(...checks.map((c) => ({ ...c, event })));
    if (args.details && split === 'dev') lines.push(...details(event, checks));
  }
  for (const split of ['dev', 'test']) {
    const checks = results[split];
    if (checks.length === 0) continue;
    const count = new Set(checks.map((c) => c.event)).size;
    console.log(`\n${split} split: ${count} events`);
    console.log(line('all', tally(checks)));
    for (const kind of [...new Set(checks.map((c) => c.kind))].sort()) {
      console.log(line(kind, tally(checks.filter((c) => c.kind === kind))));
    }
  }
  if (lines.length > 0) console.log(`\ndev failures:\n${lines.join('\n')}`);
  if (args.cells) {
    const cells = results.dev.flatMap((check) =>
      check.cells.map(
        (c) =>
          `${c.right ? 'right' : 'wrong'}\t${check.event}\t${check.fact}\t${c.source}\tgold ${c.gold.join('/')}\t` +
          `tool ${c.tool}${c.elsewhere ? ` (in ${c.hits.join(', ')})` : ''}`,
      ),
    );
    writeFileSync(args.cells, `${cells.join('\n')}\n`);
  }
  if (args.json) {
    const figures = Object.fromEntries(
      Object.entries(results).map(([split, checks]) => [split, { ...tally(checks), ...rates(tally(checks)) }]),
    );
    writeFileSync(args.json, `${JSON.stringify(figures, null, 2)}\n`);
  }
}

try {
  main();
} catch (error) {
  console.error(error.message);
  process.exit(2);
}

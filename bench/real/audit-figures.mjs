// node bench/real/audit-figures.mjs bench/real/audit/test-<date>-*.json
//
// The audit's figures (README.md here, "Audit protocol"), worked out from the reviewers' entries rather than
// from the totals they wrote: altered precision (overall and per severity), rows ok / junk / misread, quote
// speakers right / wrong / missing, and splits per event.
import { readFileSync } from 'node:fs';

/** The figures of a set of audits (each one reviewer's file). */
export function auditFigures(audits) {
  const figures = {
    altered: 0,
    alteredTrue: 0,
    bySeverity: {},
    rows: { ok: 0, junk: 0, misread: 0 },
    speakers: { right: 0, wrong: 0, missing: 0 },
    splits: 0,
    events: 0,
    commits: [],
  };
  for (const audit of audits) {
    if (!figures.commits.includes(audit.commit)) figures.commits.push(audit.commit);
    for (const event of Object.values(audit.events)) {
      figures.events++;
      for (const cell of event.altered ?? []) {
        figures.altered++;
        if (cell.true) figures.alteredTrue++;
        const severity = (figures.bySeverity[cell.severity ?? 'none'] ??= { altered: 0, true: 0 });
        severity.altered++;
        if (cell.true) severity.true++;
      }
      for (const row of event.rows ?? []) if (row.verdict in figures.rows) figures.rows[row.verdict]++;
      for (const quote of event.quotes ?? []) if (quote.speaker in figures.speakers) figures.speakers[quote.speaker]++;
      figures.splits += (event.splits ?? []).length;
    }
  }
  return figures;
}

const pct = (part, whole) => (whole === 0 ? '-' : `${Math.round((100 * part) / whole)}%`);

function main(files) {
  if (files.length === 0) throw new Error('audit-figures: name the audit files (bench/real/audit/*.json)');
  const f = auditFigures(files.map((file) => JSON.parse(readFileSync(file, 'utf8'))));
  const rows = f.rows.ok + f.rows.junk + f.rows.misread;
  const quotes = f.speakers.right + f.speakers.wrong + f.speakers.missing;
  console.log(`audit of ${f.events} events (commit ${f.commits.join(', ')})`);
  console.log(`altered precision ${pct(f.alteredTrue, f.altered)} (${f.alteredTrue}/${f.altered})`);
  for (const [severity, s] of Object.entries(f.bySeverity).sort())
    console.log(`  ${severity.padEnd(13)} ${pct(s.true, s.altered)} (${s.true}/${s.altered})`);
  console.log(`rows ${rows}: ok ${f.rows.ok}, junk ${f.rows.junk}, misread ${f.rows.misread}`);
  console.log(
    `speakers right ${pct(f.speakers.right, quotes)} (${f.speakers.right}/${quotes}; ${f.speakers.wrong} wrong,` +
      ` ${f.speakers.missing} missing)`,
  );
  console.log(`splits ${f.splits} in ${f.events} events (${(f.splits / Math.max(1, f.events)).toFixed(1)} per event)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(error.message);
    process.exit(2);
  }
}

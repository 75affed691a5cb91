// Source ids come from file names, so `constructor.txt` or `__proto__.txt` is a source like any other: its
// counts, verdicts, formatted output and baseline match those of the same story under a plain name.
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, compareSources, formatReport, verdictOf } from '../../src/index.js';
import { compareWithBaseline, formatBaseline, parseBaseline } from '../../src/report/baseline.js';
import { findingsOf } from '../../src/report/findings.js';
import type { Report } from '../../src/types.js';

const WIRE =
  'The quake killed at least 37 people on Tuesday, officials said.\n\n' +
  'Rescuers pulled 84 survivors from the rubble in Calama.\n\n' +
  '"We are working hour by hour," Interior Minister Carolina Vidal told reporters.\n';
// The edited copy alters one number and omits another, so every summary count and verdict kind is used.
const EDITED = WIRE.replace('37', '45').replace('Rescuers pulled 84 survivors from the rubble in Calama.\n\n', '');

// The other two ids sort after every prototype name, so the renamed source keeps its place in the order.
const run = (id: string): Report =>
  compareSources([
    { id, path: `${id}.txt`, text: EDITED },
    { id: 'zz-wire', path: 'zz-wire.txt', text: WIRE },
    { id: 'zz-copy', path: 'zz-copy.txt', text: WIRE },
  ]);

const statuses = (report: Report, id: string) => report.facts.map((f) => verdictOf(f, id).status);

describe('source ids named after Object.prototype members', () => {
  const plain = run('a');
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])('%s', (id) => {
    const report = run(id);
    expect(report.summary[id]).toEqual(plain.summary.a);
    expect(Object.keys(report.summary).sort()).toEqual([id, 'zz-copy', 'zz-wire'].sort());
    expect(statuses(report, id)).toEqual(statuses(plain, 'a'));
    // A report read back from JSON is an ordinary object: `__proto__` stays an own key and an id the fact
    // does not list still reads as omitted, never as Object.prototype's member.
    const parsed = JSON.parse(formatReport(report, 'json')) as Report;
    expect(Object.hasOwn(parsed.summary, id)).toBe(true);
    expect(statuses(parsed, id)).toEqual(statuses(plain, 'a'));
    for (const format of FORMAT_NAMES) expect(() => formatReport(parsed, format)).not.toThrow();
    const findings = findingsOf(report);
    expect(findings.map((f) => f.kind)).toEqual(findingsOf(plain).map((f) => f.kind));
    const accepted = parseBaseline(formatBaseline(findings), 'b.json');
    expect(compareWithBaseline(findings, accepted)).toEqual({ fresh: [], stale: [] });
  });

  it('leaves Object.prototype alone', () => {
    run('__proto__');
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});

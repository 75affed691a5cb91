// The JSON Schema itself: it accepts what claimdiff prints (every golden case is validated in golden.test.ts
// and the CLI's own runs in cli.test.ts) and rejects reports that break the contract.
import { describe, expect, it } from 'vitest';

import { compareSources } from '../../src/index.js';
import type { Report } from '../../src/types.js';
import { schemaErrors } from '../schema.js';

const BASE =
  'The quake killed at least 37 people on Tuesday, officials said. ' +
  '"We are working hour by hour," Interior Minister Carolina Vidal told reporters.';
const report = (): Report =>
  JSON.parse(
    JSON.stringify(
      compareSources([
        { id: 'a', path: 'a.txt', text: BASE },
        { id: 'b', path: 'b.txt', text: BASE.replace('37', '45') },
        { id: 'c', path: 'sub/c.txt', text: BASE.replace(/"We[^"]+," /, '') },
      ]),
    ),
  ) as Report;

describe('report.schema.json', () => {
  it('accepts a report with included and altered verdicts (an omitting source is not listed)', () => {
    const r = report();
    const statuses = new Set(r.facts.flatMap((f) => Object.values(f.sources).map((v) => v.status)));
    expect([...statuses].sort()).toEqual(['altered', 'included']);
    expect(r.facts.some((f) => f.sources.c === undefined)).toBe(true);
    expect(schemaErrors(r)).toEqual([]);
  });

  it.each<[string, (r: Report) => void]>([
    [
      'another schemaVersion',
      (r) => {
        (r as { schemaVersion: number }).schemaVersion = 1;
      },
    ],
    [
      'an absolute path',
      (r) => {
        r.sources[0]!.path = '/home/me/a.txt';
      },
    ],
    [
      'a Windows path',
      (r) => {
        r.sources[0]!.path = 'stories\\a.txt';
      },
    ],
    [
      'an unknown status',
      (r) => {
        Object.values(r.facts[0]!.sources)[0]!.status = 'changed' as never;
      },
    ],
    [
      'an unknown aspect',
      (r) => {
        const altered = r.facts.flatMap((f) => Object.values(f.sources)).find((v) => v.status === 'altered')!;
        altered.aspects = ['colour' as never];
      },
    ],
    [
      'an omitted verdict listed (version 1 did; version 2 leaves the source out)',
      (r) => {
        const fact = r.facts.find((f) => f.sources.c === undefined)!;
        fact.sources.c = { status: 'omitted' };
      },
    ],
    [
      'a verdict without the sentence that states it',
      (r) => {
        delete Object.values(r.facts[0]!.sources)[0]!.text;
      },
    ],
    [
      'an altered verdict without aspects',
      (r) => {
        const altered = r.facts.flatMap((f) => Object.values(f.sources)).find((v) => v.status === 'altered')!;
        delete altered.aspects;
      },
    ],
    [
      'a fact id of another form',
      (r) => {
        r.facts[0]!.id = 'Fact 1';
      },
    ],
    [
      'a missing summary',
      (r) => {
        delete (r as Partial<Report>).summary;
      },
    ],
  ])('rejects %s', (_name, breakIt) => {
    const r = report();
    breakIt(r);
    expect(schemaErrors(r)).not.toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';

import { findingsOf, selectFindings } from '../../src/report/findings.js';
import { compareSources } from '../../src/index.js';

const WIRE =
  'The quake killed at least 37 people on Tuesday, officials said.\n\n' +
  'Rescuers pulled 84 survivors from the rubble in Calama.\n\n' +
  '"We are working hour by hour," Interior Minister Carolina Vidal told reporters.\n';
const sources = (texts: Record<string, string>) =>
  Object.entries(texts).map(([id, text]) => ({ id, path: `stories/${id}.txt`, text }));

describe('findingsOf', () => {
  const edited =
    WIRE.replace('37', '45').replace('Rescuers pulled 84 survivors from the rubble in Calama.\n\n', '') +
    '\nThe army sent 300 soldiers to the region on Wednesday.\n';
  const report = compareSources(sources({ wire: WIRE, copy: WIRE, edited }));
  const findings = findingsOf(report);

  it('lists each drift once, with its kind, source, file and line', () => {
    expect(findings.map((f) => [f.kind, f.source, f.subject.split(':')[0]])).toEqual([
      ['altered', 'edited', 'count'],
      ['omitted', 'edited', 'count'],
      ['unique', 'edited', 'claim'],
      ['unique', 'edited', 'count'],
      ['unique', 'edited', 'date'],
    ]);
    const altered = findings.find((f) => f.kind === 'altered')!;
    expect(altered).toMatchObject({
      path: 'stories/edited.txt',
      line: 1,
      expected: 'at least 37 people',
      actual: 'at least 45 people',
      aspects: ['value'],
      severity: 'changed', // "at least 45" does not rule out "at least 37"
    });
    expect(findings.find((f) => f.kind === 'omitted')!.line).toBeUndefined();
  });

  it('keys findings by content: the same drift elsewhere in the file keeps its key', () => {
    const moved = compareSources(
      sources({ wire: WIRE, copy: WIRE, edited: `Breaking news from the north.\n\n${edited}` }),
    );
    const keys = (f: ReturnType<typeof findingsOf>) =>
      f.filter((x) => !x.subject.startsWith('claim:breaking')).map((x) => x.key);
    expect(keys(findingsOf(moved))).toEqual(keys(findings));
  });

  it('gives a second, different alteration of the same fact a new key', () => {
    const again = compareSources(sources({ wire: WIRE, copy: WIRE, edited: edited.replace('45', '52') }));
    const key = (f: ReturnType<typeof findingsOf>) => f.find((x) => x.kind === 'altered')!.key;
    expect(key(findingsOf(again))).not.toBe(key(findings));
  });

  it('is sorted by key and independent of the order of the sources', () => {
    const reversed = compareSources(sources({ edited, copy: WIRE, wire: WIRE }).reverse());
    expect(findingsOf(reversed)).toEqual(findings);
    expect(findings.map((f) => f.key)).toEqual([...findings.map((f) => f.key)].sort());
  });

  it('with a reference, never blames the reference and treats what it does not state as unique', () => {
    const referenced = compareSources(sources({ wire: WIRE, edited }), { reference: 'edited' });
    const found = findingsOf(referenced);
    expect(found.every((f) => f.source !== 'edited')).toBe(true);
  });

  it('selects the kinds asked for', () => {
    expect(selectFindings(findings, ['omitted']).map((f) => f.kind)).toEqual(['omitted']);
    expect(selectFindings(findings, [])).toEqual([]);
  });

  it('leaves a nuance out of altered: it fails only with nuance asked for', () => {
    const nuanced = compareSources(sources({ wire: WIRE, copy: WIRE, edited: WIRE.replace('at least 37', '37') }));
    const found = findingsOf(nuanced);
    expect(found.map((f) => [f.kind, f.severity])).toEqual([['altered', 'nuance']]);
    expect(selectFindings(found, ['altered'])).toEqual([]);
    expect(selectFindings(found, ['altered', 'nuance'])).toEqual(found);
  });
});

describe('findingsOf against a reference', () => {
  it('counts a sentence every copy drops as omitted, though only the reference states it', () => {
    const wire =
      'The quake killed at least 37 people on Tuesday.\n\nMore than 1,500 homes were damaged, officials said.\n';
    const copy = 'The quake killed at least 37 people on Tuesday.\n';
    const report = compareSources(sources({ wire, ours: copy, theirs: copy }), { reference: 'wire' });
    const omitted = findingsOf(report).filter((f) => f.kind === 'omitted');
    expect(omitted.map((f) => [f.source, f.subject])).toEqual([
      ['ours', 'count:homes'],
      ['theirs', 'count:homes'],
    ]);
  });
});

// The terminal report with a reference source: facts the reference does not state are marked "+".
import { describe, expect, it } from 'vitest';
import { compareSources } from '../../src/index.js';
import { PLAIN } from '../../src/formatters/palette.js';
import { formatStylish } from '../../src/formatters/stylish.js';

const WIRE = 'The council approved a $182 million budget on Tuesday.';
const OURS = `${WIRE} Winds reached 150 km/h in the valley.`;

describe('stylish with --reference', () => {
  const sources = [
    { id: 'wire', path: 'wire.txt', text: WIRE },
    { id: 'ours', path: 'ours.txt', text: OURS },
  ];

  it('marks additions with + and explains the mark', () => {
    const text = formatStylish(compareSources(sources, { reference: 'wire' }), { palette: PLAIN });
    const rows = text.split('\n');
    expect(rows.filter((r) => r.startsWith('+ ')).map((r) => r.includes('150 km/h'))).toEqual([true]);
    expect(rows.some((r) => r.includes('+ not in the reference wire'))).toBe(true);
  });

  it('has no + rows and no + legend against the consensus', () => {
    const text = formatStylish(compareSources(sources), { palette: PLAIN });
    expect(text.split('\n').some((r) => r.startsWith('+ ') || r.includes('not in the reference'))).toBe(false);
  });
});

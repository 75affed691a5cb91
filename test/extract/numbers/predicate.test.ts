// The predicate of a number (extract/numbers/predicate.ts): what happens to what it counts, read from the
// words around it, so that the dead are never aligned with the injured.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/extract/index.js';
import { segmentSources } from '../../../src/segment/index.js';

/** Each amount fact of one sentence as "surface: predicate". */
function predicates(text: string): string[] {
  const [source] = segmentSources([{ id: 'a', path: 'a.txt', text }], []).segmented;
  return extractFacts([source!])
    .filter((f) => f.kind === 'count' || f.kind === 'money' || f.kind === 'quantity')
    .map((f) => `${f.surface}: ${f.predicate ?? '-'}`);
}

describe('predicateOf', () => {
  it.each<[string, string[]]>([
    [
      'The bomb went off, killing at least six civilians and wounding 120.',
      ['at least six civilians: dead', '120: injured'],
    ],
    ['At least two people have died in the attack.', ['At least two people: dead']],
    ['The strikes left up to 32 civilians dead.', ['up to 32 civilians: dead']],
    [
      'There have been at least two fatalities and 84 people have been taken to hospital.',
      ['at least two fatalities: dead', '84 people: injured'],
    ],
    ['Doctors said four dead bodies and 120 wounded had been brought in.', ['four dead bodies: dead', '120: injured']],
    [
      'The death toll from a powerful Taliban truck bombing at the German consulate in the city rose to at least six.',
      ['at least six: dead'],
    ],
    ['Police arrested 18 men in the sting.', ['18 men: arrested']],
    ['The gang stole $500 million from the exchange.', ['$500 million: stolen']],
    // What is counted is not its predicate: two hospitals are not two injured.
    ['The wounded were taken to two city hospitals.', ['two city hospitals: -']],
    ['Bitcoin hit a low of $5,920, far from its peak of $19,783.', ['$5,920: low', '$19,783: high']],
    // What a measure measures: the dimension, also from a unit's compound.
    ['The boy fell into a 30cm-diameter well that is 40 metres deep.', ['30cm-diameter: width', '40 metres: depth']],
    ['The station weighs 8.5 tonnes.', ['8.5 tonnes: weight']],
    // A number with no outcome word near it has none.
    ['The company has 2,000 workers.', ['2,000 workers: -']],
  ])('%s', (text, expected) => {
    expect(predicates(text)).toEqual(expected);
  });
});

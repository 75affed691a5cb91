import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/extract-facts.js';
import type { Fact, NumberValue, Qualifier, SegmentedSource, Sentence } from '../src/types.js';

/** A source of one paragraph per sentence, positions filled in as the segmenter would. */
function sourceOf(id: string, texts: string[]): SegmentedSource {
  let offset = 0;
  const sentences: Sentence[] = texts.map((text, index) => {
    const sentence = { source: id, index, text, line: 2 * index + 1, column: 1, offset, paragraph: index };
    offset += text.length + 2;
    return sentence;
  });
  return { id, path: `${id}.txt`, text: texts.join('\n\n'), sentences, boilerplate: [] };
}

function factsOf(text: string, kind: Fact['kind']): Fact[] {
  return extractFacts([sourceOf('a', [text])]).filter((f) => f.kind === kind);
}

function onlyFact(text: string, kind: Fact['kind']): Fact {
  const facts = factsOf(text, kind);
  expect(facts, `${kind} facts in ${JSON.stringify(text)}`).toHaveLength(1);
  return facts[0]!;
}

describe('percent facts', () => {
  it.each<[string, string, number, string, Qualifier]>([
    ['Unemployment rose to 15%.', '15%', 15, '%', 'exact'],
    ['Unemployment rose to 15 percent.', '15 percent', 15, '%', 'exact'],
    ['Unemployment rose to 15 per cent.', '15 per cent', 15, '%', 'exact'],
    ['Turnout was 60.5%.', '60.5%', 60.5, '%', 'exact'],
    ['It rose 2 percentage points.', '2 percentage points', 2, 'pp', 'exact'],
    ['Support reached nearly 40%.', 'nearly 40%', 40, '%', 'nearly'],
    ['Some 15 per cent of voters agreed.', 'Some 15 per cent', 15, '%', 'approx'],
  ])('%j → %j = %d %s (%s)', (text, surface, amount, unit, qualifier) => {
    const fact = onlyFact(text, 'percent');
    const value = fact.value as NumberValue;
    expect(fact.surface).toBe(surface);
    expect(value.amount).toBe(amount);
    expect(value.unit).toBe(unit);
    expect(value.qualifier).toBe(qualifier);
  });

  it('an interval of percentages', () => {
    const fact = onlyFact('Prices rose 5 to 7 percent.', 'percent');
    expect(fact.surface).toBe('5 to 7 percent');
    expect(fact.value).toMatchObject({ amount: 5, upper: 7, qualifier: 'between', unit: '%' });
  });

  it('tolerance follows the stated digits', () => {
    expect((onlyFact('Turnout was 60.5%.', 'percent').value as NumberValue).tolerance).toBeCloseTo(0.05, 9);
    expect((onlyFact('Turnout was 60%.', 'percent').value as NumberValue).tolerance).toBe(0.5);
  });

  it('"of voters" is the subject', () => {
    const fact = onlyFact('Some 15 per cent of voters agreed.', 'percent');
    expect(fact.subject).toContain('voter');
  });

  it.each<[string]>([['Support fell 3 points.'], ['About 2,000 workers went on strike.']])('%j has no percent', (text) => {
    expect(factsOf(text, 'percent')).toEqual([]);
  });
});

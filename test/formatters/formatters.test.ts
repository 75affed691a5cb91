// The formatters on a report built by hand, so these tests depend only on the Report shape, not on what the
// extractors find: the stylish report read without colour, the JSON round trip, and the word diff.
import { describe, expect, it } from 'vitest';

import { formatJson } from '../../src/formatters/json.js';
import { type Palette, PLAIN } from '../../src/formatters/palette.js';
import { formatStylish } from '../../src/formatters/stylish.js';
import { compareSources, formatReport } from '../../src/index.js';
import type { Report } from '../../src/types.js';
import { type DiffPart, diffWords } from '../../src/formatters/word-diff.js';

/** Three sources (A, B, C): a count B alters and C omits, a date all three include, a person only C names. */
function sampleReport(overrides: Partial<Report> = {}): Report {
  return {
    schemaVersion: 2,
    tool: { name: 'claimdiff', version: '0.0.0-test' },
    reference: 'consensus',
    sources: [
      { id: 'alpha', path: 'stories/alpha.txt', sentences: [], boilerplate: [] },
      { id: 'bravo', path: 'stories/bravo.txt', sentences: [], boilerplate: [] },
      { id: 'charlie', path: 'stories/sub/charlie.md', sentences: [], boilerplate: [] },
    ],
    clusters: [],
    facts: [
      {
        id: 'count:soldiers',
        kind: 'count',
        label: 'count of North Korean soldiers',
        value: 'more than 10,000 soldiers',
        normalized: 'more than 10,000',
        referenceSource: 'alpha',
        inReference: true,
        support: 2,
        unique: false,
        sources: {
          alpha: { status: 'included', value: 'more than 10,000 soldiers', line: 2, sentence: 1 },
          bravo: {
            status: 'altered',
            value: 'as many as 12,000 soldiers',
            line: 3,
            sentence: 2,
            change: 'value, qualifier',
            aspects: ['value', 'qualifier'],
          },
        },
      },
      {
        id: 'date:inauguration',
        kind: 'date',
        label: 'date: Trump inauguration',
        value: 'January 20',
        normalized: 'January 20',
        referenceSource: 'alpha',
        inReference: true,
        support: 3,
        unique: false,
        sources: {
          alpha: { status: 'included', value: 'January 20', line: 1 },
          bravo: { status: 'included', value: 'January 20', line: 1 },
          charlie: { status: 'included', value: 'Jan. 20', line: 1 },
        },
      },
      {
        id: 'person:mattis',
        kind: 'person',
        label: 'James Mattis',
        value: 'James Mattis',
        normalized: 'James Mattis',
        referenceSource: 'charlie',
        inReference: true,
        support: 1,
        unique: true,
        sources: {
          charlie: { status: 'included', value: 'James Mattis', line: 4 },
        },
      },
    ],
    uniqueClaims: [
      {
        id: 'claim:charlie-3',
        source: 'charlie',
        sentence: 3,
        line: 4,
        text: 'Incoming Defense Secretary James Mattis backed the plan.',
      },
    ],
    summary: {
      alpha: { included: 2, altered: 0, nuance: 0, omitted: 1, unique: 0, uniqueClaims: 0 },
      bravo: { included: 1, altered: 1, nuance: 0, omitted: 1, unique: 0, uniqueClaims: 0 },
      charlie: { included: 2, altered: 0, nuance: 0, omitted: 1, unique: 1, uniqueClaims: 1 },
    },
    warnings: [],
    ...overrides,
  };
}

/** The escape that opens every colour code. */
const ANSI = `${String.fromCharCode(27)}[`;

/** The fact rows: the lines between the table header ("fact ... reference value") and the next blank line. */
function factRows(text: string): string[] {
  const lines = text.split('\n');
  const head = lines.findIndex((l) => /^\s+fact\s/.test(l));
  expect(head).toBeGreaterThan(-1);
  const end = lines.indexOf('', head);
  return lines.slice(head + 1, end);
}

describe('formatStylish with the plain palette', () => {
  const report = sampleReport();
  const text = formatStylish(report, { palette: PLAIN, width: 100 });
  const lines = text.split('\n');

  it('has no ANSI escapes and ends with a newline', () => {
    expect(text).not.toContain(ANSI);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('is the default palette of formatReport', () => {
    expect(formatReport(report, 'stylish')).toBe(formatStylish(report, { palette: PLAIN }));
  });

  it('lists every source with its path', () => {
    for (const source of report.sources) {
      expect(
        lines.some((l) => l.includes(source.id) && l.includes(source.path)),
        source.id,
      ).toBe(true);
    }
  });

  it('prints one row per fact, in report order', () => {
    const rows = factRows(text);
    expect(rows).toHaveLength(report.facts.length);
    report.facts.forEach((fact, i) => {
      expect(rows[i]).toContain(fact.label);
    });
  });

  it.each([
    { label: 'count of North Korean soldiers', marks: '✓ ≠ –', value: 'more than 10,000 soldiers', unique: false },
    { label: 'date: Trump inauguration', marks: '✓ ✓ ✓', value: 'January 20', unique: false },
    { label: 'James Mattis', marks: '– – ✓', value: 'James Mattis', unique: true },
  ])(
    'row "$label" shows marks $marks in source order, the reference value, and * when unique',
    ({ label, marks, value, unique }) => {
      const row = factRows(text).find((r) => r.includes(label))!;
      expect(row).toContain(` ${marks} `);
      expect(row.trimEnd().endsWith(value)).toBe(true);
      expect(row.startsWith('*')).toBe(unique);
    },
  );

  it('explains the marks in a legend', () => {
    const legend = lines.find(
      (l) => l.includes('✓') && l.includes('≠') && l.includes('–') && !factRows(text).includes(l),
    );
    expect(legend).toBeDefined();
  });

  it('shows an altered value as a word diff with [- -] and {+ +} markers', () => {
    expect(text).toContain('[-more than 10,000-] {+as many as 12,000+} soldiers');
    const diffLine = lines.find((l) => l.includes('{+as many as 12,000+}'))!;
    expect(diffLine).toContain('line 3');
  });

  it('says who, when a quote has another speaker (the words alone would not show it)', () => {
    const quote = {
      id: 'quote:we-are-ready',
      kind: 'quote' as const,
      label: "Ellen Hale's quote",
      value: 'We are ready',
      normalized: 'We are ready',
      referenceSource: 'alpha',
      inReference: true,
      support: 3,
      unique: false,
      sources: {
        alpha: { status: 'included' as const, value: 'We are ready', line: 1, sentence: 0 },
        bravo: { status: 'included' as const, value: 'We are ready', line: 1, sentence: 0 },
        charlie: {
          status: 'altered' as const,
          value: 'We are ready',
          line: 4,
          sentence: 2,
          change: 'speaker: attributed to Tom Berg instead of Ellen Hale',
          aspects: ['speaker' as const],
          speaker: { reference: 'Ellen Hale', source: 'Tom Berg' },
        },
      },
    };
    const plain = formatStylish(sampleReport({ facts: [quote] }), { palette: PLAIN });
    expect(plain.split('\n').find((l) => l.includes('(speaker'))).toContain(
      'attributed to Tom Berg instead of Ellen Hale',
    );
  });

  it('--limit keeps the most altered facts and counts the rest', () => {
    const limited = formatStylish(sampleReport(), { palette: PLAIN, limit: 1 });
    const rows = factRows(limited).filter((row) => !row.includes('… and'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('count of North Korean soldiers');
    expect(limited).toMatch(/… and 2 more facts/);
  });

  it("with many sources, counts each fact's sources by verdict and shows the most altered facts only", () => {
    // 45 sources: alpha alters the count, bravo and charlie state it as the rest do, 42 copies omit it.
    const copies = Array.from({ length: 42 }, (_, k) => ({
      id: `copy-${String(k).padStart(2, '0')}`,
      path: `copies/${k}.txt`,
      sentences: [],
      boilerplate: [],
    }));
    const base = sampleReport();
    const many = sampleReport({
      sources: [...base.sources, ...copies],
      facts: Array.from({ length: 40 }, (_, k) => ({ ...base.facts[0]!, id: `count:soldiers-${k}` })),
      summary: Object.fromEntries(
        [...base.sources, ...copies].map((s) => [
          s.id,
          { included: 0, altered: 0, nuance: 0, omitted: 0, unique: 0, uniqueClaims: 0 },
        ]),
      ),
    });
    const plain = formatStylish(many, { palette: PLAIN });
    const rows = factRows(plain).filter((row) => !row.includes('… and'));
    expect(rows).toHaveLength(25);
    // No column per source: one included, one altered, 43 omitting.
    expect(rows[0]).toMatch(/✓\s+1\s+≠\s+1\s+–\s+43/);
    expect(plain).toMatch(/… and 15 more facts/);
    // Every source still has its line of counts.
    for (const source of many.sources) expect(plain).toContain(`${source.id}: `);
    expect(
      formatStylish(many, { palette: PLAIN, limit: 40 }).match(/count of North Korean soldiers/g)!.length,
    ).toBeGreaterThanOrEqual(40);
  });

  it('has no diff markers when nothing is altered', () => {
    const facts = sampleReport().facts.slice(1);
    const plain = formatStylish(sampleReport({ facts }), { palette: PLAIN });
    expect(plain).not.toContain('[-');
    expect(plain).not.toContain('{+');
    expect(factRows(plain)).toHaveLength(2);
  });

  it('lists the claims only one source makes, with the source key and line', () => {
    const claim = report.uniqueClaims[0]!;
    const line = lines.find((l) => l.includes(claim.text));
    expect(line).toBeDefined();
    // charlie is the third source: column key C.
    expect(line).toMatch(/^\s+C\s+line 4\s/);
  });

  it('leaves the unique-claims section out when there are none', () => {
    const without = formatStylish(sampleReport({ uniqueClaims: [] }), { palette: PLAIN });
    expect(without).not.toContain(report.uniqueClaims[0]!.text);
    expect(without.split('\n').length).toBeLessThan(lines.length);
  });

  it.each(Object.entries(sampleReport().summary))('prints a summary line for %s', (id, s) => {
    const summary = lines.filter((l) => l.includes(`${id}:`));
    expect(summary).toHaveLength(1);
    expect(summary[0]).toContain(`${s.included} included`);
    expect(summary[0]).toContain(`${s.altered} altered`);
    expect(summary[0]).toContain(`${s.omitted} omitted`);
  });

  it('truncates long values to fit the width instead of wrapping', () => {
    const long = 'word '.repeat(60).trim();
    const facts = [{ ...sampleReport().facts[1]!, value: long }];
    const narrow = formatStylish(sampleReport({ facts, uniqueClaims: [] }), { palette: PLAIN, width: 80 });
    const row = factRows(narrow)[0]!;
    expect(row.length).toBeLessThanOrEqual(80);
    expect(row.endsWith('…')).toBe(true);
  });
});

describe('formatStylish with a colour palette', () => {
  const tag = (name: string) => (t: string) => `<${name}>${t}</${name}>`;
  const palette: Palette = {
    included: tag('inc'),
    altered: tag('alt'),
    omitted: tag('omi'),
    unique: tag('uni'),
    removed: tag('del'),
    added: tag('ins'),
    heading: tag('h'),
    dim: tag('dim'),
    colour: true,
  };
  const text = formatStylish(sampleReport(), { palette });

  it('marks diffs with the palette instead of [- -] and {+ +}', () => {
    expect(text).toContain('<del>more than 10,000</del> <ins>as many as 12,000</ins> soldiers');
    expect(text).not.toContain('[-');
    expect(text).not.toContain('{+');
  });

  it('colours each mark by its status', () => {
    expect(text).toContain('<inc>✓</inc>');
    expect(text).toContain('<alt>≠</alt>');
    expect(text).toContain('<omi>–</omi>');
  });
});

describe('formatJson', () => {
  it('round-trips a hand-built report', () => {
    const report = sampleReport();
    const json = formatJson(report, { palette: PLAIN });
    expect(json.endsWith('\n')).toBe(true);
    expect(JSON.parse(json)).toEqual(report);
  });

  it('round-trips a report from compareSources and is stable', () => {
    const report = compareSources([
      {
        id: 'b',
        path: 'b.txt',
        text: 'As many as 12,000 North Korean soldiers are in Kursk, officials said on Monday.\n',
      },
      {
        id: 'a',
        path: 'a.txt',
        text: 'More than 10,000 North Korean soldiers are in Kursk, officials said on Monday.\n',
      },
    ]);
    const json = formatJson(report, { palette: PLAIN });
    expect(JSON.parse(json)).toEqual(report);
    expect(formatJson(JSON.parse(json) as Report, { palette: PLAIN })).toBe(json);
    expect(report.schemaVersion).toBe(2);
    expect(report.sources.map((s) => s.id)).toEqual(['a', 'b']);
  });
});

describe('diffWords', () => {
  it.each<{ name: string; reference: string; other: string; parts: DiffPart[] }>([
    {
      name: 'identical text',
      reference: 'The missiles will speak.',
      other: 'The missiles will speak.',
      parts: [{ op: 0, text: 'The missiles will speak.' }],
    },
    { name: 'two empty strings', reference: '', other: '', parts: [] },
    {
      name: 'a changed qualifier and number',
      reference: 'more than 10,000',
      other: 'as many as 12,000',
      parts: [
        { op: -1, text: 'more than 10,000' },
        { op: 1, text: 'as many as 12,000' },
      ],
    },
    {
      name: 'one number replaced inside a phrase',
      reference: 'over 10,000 soldiers',
      other: 'over 12,000 soldiers',
      parts: [
        { op: 0, text: 'over ' },
        { op: -1, text: '10,000 ' },
        { op: 1, text: '12,000 ' },
        { op: 0, text: 'soldiers' },
      ],
    },
    {
      name: 'a changed tail',
      reference: 'up to 306 km',
      other: 'up to 190 miles',
      parts: [
        { op: 0, text: 'up to ' },
        { op: -1, text: '306 km' },
        { op: 1, text: '190 miles' },
      ],
    },
    {
      name: 'a changed head',
      reference: 'two months before',
      other: 'just weeks before',
      parts: [
        { op: -1, text: 'two months ' },
        { op: 1, text: 'just weeks ' },
        { op: 0, text: 'before' },
      ],
    },
    { name: 'everything removed', reference: 'January 20', other: '', parts: [{ op: -1, text: 'January 20' }] },
    { name: 'everything added', reference: '', other: 'January 20', parts: [{ op: 1, text: 'January 20' }] },
  ])('$name', ({ reference, other, parts }) => {
    expect(diffWords(reference, other)).toEqual(parts);
  });

  it.each([
    ['more than 10,000', 'as many as 12,000'],
    ['over 10,000 North Korean soldiers', 'As many as 12,000 North Korean troops'],
    ['The wars will escalate before he leaves office', 'Intensifying conflicts on his way out'],
    ['10,000', '10,001'],
    ['Zelenskiy said', 'Zelensky said'],
  ])('"%s" vs "%s" rebuilds both sides from whole words', (reference, other) => {
    const parts = diffWords(reference, other);
    expect(
      parts
        .filter((p) => p.op !== 1)
        .map((p) => p.text)
        .join(''),
    ).toBe(reference);
    expect(
      parts
        .filter((p) => p.op !== -1)
        .map((p) => p.text)
        .join(''),
    ).toBe(other);
    const words = (text: string) => new Set(text.split(/\s+/).filter(Boolean));
    const referenceWords = words(reference);
    const otherWords = words(other);
    for (const part of parts) {
      // Never splits inside a word: every word of a part is a whole word of the side it comes from.
      for (const word of words(part.text)) {
        if (part.op !== 1) expect(referenceWords.has(word), `${word} in ${reference}`).toBe(true);
        if (part.op !== -1) expect(otherWords.has(word), `${word} in ${other}`).toBe(true);
      }
    }
    // Consecutive parts never share an op.
    parts.slice(1).forEach((part, i) => {
      expect(part.op).not.toBe(parts[i]!.op);
    });
  });
});

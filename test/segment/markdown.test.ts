import { describe, expect, it } from 'vitest';
import { blankMarkdown, markdownBlockStarts } from '../../src/segment/markdown.js';
import { segmentSources } from '../../src/segment/index.js';

describe('blankMarkdown', () => {
  it.each([
    ['# Corvale vaccine shows 94.1% efficacy', '  Corvale vaccine shows 94.1% efficacy'],
    ['## Subhead', '   Subhead'],
    ['- The trial enrolled 30,420 volunteers.', '  The trial enrolled 30,420 volunteers.'],
    ['1. First finding.', '   First finding.'],
    ['> A quoted paragraph.', '  A quoted paragraph.'],
    ['prevented *94.1%* of infections', 'prevented  94.1%  of infections'],
    ['a **bold** and __strong__ claim', 'a   bold   and   strong   claim'],
    ['published in the *journal.* An independent board', 'published in the  journal.  An independent board'],
    ['snake_case_name and 5 * 3 * 2 stay', 'snake_case_name and 5 * 3 * 2 stay'],
    ['-5 degrees is not a list', '-5 degrees is not a list'],
    ['================', '                '],
    ['---', '   '],
    ['* * *', '     '],
    ['|--------|-------|', '                  '],
    ['| ATACMS | 306 km |', '  ATACMS   306 km  '],
    ['[1]: https://en.wikipedia.org/wiki/ATACMS "ATACMS"', '                                                  '],
    [
      '![Soldiers near Kupiansk, November 4, 2024](https://example.com/img.jpg)',
      '                                                                        ',
    ],
    ['use [ATACMS][1] missiles', 'use  ATACMS     missiles'],
    ['<div class="ad">Advertisement</div>', '                Advertisement      '],
  ])('%s', (input, expected) => {
    const output = blankMarkdown(input);
    expect(output).toBe(expected);
    expect(output.length).toBe(input.length);
  });

  it("keeps a link's text and blanks its address, keeping the length", () => {
    const input = 'see [the report](https://example.com/r) today';
    const output = blankMarkdown(input);
    expect(output.length).toBe(input.length);
    expect(output.replace(/\s+/g, ' ')).toBe('see the report today');
  });
});

// Issue 14: lines the link, image, tag and table rules took minutes on (each tried again from every "[" or
// "<" and scanned to the end of the line), and a nested list read as one sentence.
describe('blankMarkdown on hostile lines', () => {
  const many = (piece: string, n = 200_000) => piece.repeat(n);
  it.each([
    { name: '200,000 "["', line: many('['), expected: many('[') },
    { name: '200,000 "!["', line: many('!['), expected: many('![') },
    { name: '200,000 unclosed links "[a]("', line: many('[a]('), expected: many('[a](') },
    { name: 'reference links after "[a]["', line: '[a][[a][[a][', expected: ' a     [[a][' },
    { name: '200,000 "<a"', line: many('<a'), expected: many('<a') },
    { name: 'a link after many "["', line: `${many('[', 1000)}a](u)`, expected: ` ${many('[', 999)}a    ` },
    { name: 'an image after many "!["', line: `${many('![', 3)}](u)`, expected: ' '.repeat(10) },
    { name: 'a tag after many "<"', line: `${many('<', 5)}b>x`, expected: '<<<<   x' },
    {
      name: 'a list item indented 20,000 spaces',
      line: `${' '.repeat(20_000)}- item`,
      expected: `${' '.repeat(20_002)}item`,
    },
    {
      name: 'a table rule with 20,000 spaces and trailing text',
      line: `|---|${' '.repeat(20_000)}x`,
      expected: ` ---|${' '.repeat(20_000)}x`,
    },
  ])('$name', ({ line, expected }) => {
    const output = blankMarkdown(line);
    expect(output).toBe(expected);
    expect(output.length).toBe(line.length);
  });
});

describe('markdownBlockStarts', () => {
  it('list items, headings and the first line of a quote open blocks; wrapped lines do not', () => {
    const text = [
      '# Headline',
      'A paragraph that',
      'wraps here.',
      '- item one',
      '   - item two',
      '10. item three',
      '> A quote that',
      '> wraps.',
      'more than 5',
    ].join('\n');
    expect([...markdownBlockStarts(text)]).toEqual([1, 4, 5, 6, 7]);
  });

  it('a nested list of 10,000 items in lower case is 10,000 sentences, not one', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `${' '.repeat(i % 200)}- item ${i}`).join('\n');
    const [source] = segmentSources([{ id: 'list', path: 'list.md', text }], []).segmented;
    expect(source?.sentences.length).toBe(10_000);
    expect(source?.sentences[1]).toMatchObject({ text: 'item 1', line: 2 });
  });
});

import { describe, expect, it } from 'vitest';
import { blankMarkdown } from '../../src/segment/markdown.js';

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

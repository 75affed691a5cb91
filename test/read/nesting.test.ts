import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { MAX_PAGE_ELEMENTS, loadHtmlReader } from '../../src/read/html.js';
import { readSources } from '../../src/read/index.js';
import { MAX_NESTING_DEPTH, limitNesting } from '../../src/read/nesting.js';

const BLOCKS = new Set(['DIV', 'P', 'LI', 'UL']);
const flat = (html: string, depth = 3) => {
  const { elements: _, ...rest } = limitNesting(html, depth, BLOCKS);
  return rest;
};

describe('limitNesting (issue 14: deep pages hung the DOM and Readability, or overflowed the stack)', () => {
  it.each([
    { name: 'within the cap: unchanged', html: '<div><p>One.</p></div><p>Two.</p>' },
    { name: 'a <p> closes the open <p>', html: `<div>${'<p>x'.repeat(50)}</div>` },
    { name: 'an <li> closes the open <li>', html: `<ul>${'<li>x'.repeat(50)}</ul>` },
    { name: 'void elements never nest', html: `<div>${'<br><img src=a>'.repeat(50)}</div>` },
    { name: 'tags in a comment', html: `<!--${'<div>'.repeat(50)}--><p>x</p>` },
    { name: 'tags in a script', html: `<script>${'<div>'.repeat(50)}</script><p>x</p>` },
    { name: 'a tag in an attribute value', html: `<p title="${'<div>'.repeat(50)}">x</p>` },
    { name: '"<" before a digit or a space is text', html: `<p>${'<3 < '.repeat(50)}</p>` },
  ])('$name', ({ html }) => {
    expect(flat(html)).toEqual({ html });
  });

  it.each([
    {
      name: 'blocks below the cap become line breaks, their text stays',
      html: '<div><div><div><div><p>One.</p><p>Two.</p></div></div></div></div>',
      flattened: '<div><div><div><br>One.<br>Two.<br></div></div></div>',
      deepest: 5,
    },
    {
      name: 'inline elements below the cap go without a break',
      html: '<p><b><i><u><s>Text</s></u></i></b></p>',
      flattened: '<p><b><i>Text</i></b></p>',
      deepest: 5,
    },
    {
      name: 'unclosed elements below the cap',
      html: '<div><div><div><div><div>Text',
      flattened: '<div><div><div><br>Text',
      deepest: 5,
    },
    {
      name: 'a script below the cap goes with its text',
      html: '<div><div><div><div><script>var x = "<p>";</script>Text</div></div></div></div>',
      flattened: '<div><div><div><br>Text<br></div></div></div>',
      deepest: 5,
    },
    {
      name: 'an end tag closes the elements opened inside it',
      html: '<div><div><div><span><b>x</div></div></div><p>After</p>',
      flattened: '<div><div><div>x</div></div></div><p>After</p>',
      deepest: 5,
    },
  ])('$name', ({ html, flattened, deepest }) => {
    expect(flat(html)).toEqual({ html: flattened, deepest });
  });

  it('100,000 nested <div>s are read as the paragraphs inside them, with a warning naming the file', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'claimdiff-nesting-'));
    try {
      const story = '<p>The quake killed 37 people.</p><p>Rescuers searched all night.</p>';
      writeFileSync(path.join(root, 'deep.html'), `<html><body>${'<div>'.repeat(100_000)}${story}</body></html>`);
      writeFileSync(path.join(root, 'b.txt'), 'The quake killed 37 people.\n');
      const { sources, warnings } = await readSources(['deep.html', 'b.txt'], { cwd: root });
      expect(sources.find((s) => s.id === 'deep')?.text).toBe(
        'The quake killed 37 people.\n\nRescuers searched all night.\n',
      );
      expect(warnings).toEqual([
        {
          file: 'deep.html',
          message: `elements nested 100003 deep; those below depth ${MAX_NESTING_DEPTH} were read as flat text`,
        },
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it.each([
    ['<p>One <b>two</b></p><br><img src=a><!-- <i> -->', 4],
    [`<script>${'<div>'.repeat(10)}</script>`, 1],
  ])('counts the elements a page opens: %j → %i', (html, elements) => {
    expect(limitNesting(html, 3, BLOCKS).elements).toBe(elements);
  });

  it(`a page of over ${MAX_PAGE_ELEMENTS} elements is read whole, with a warning naming the file`, async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'claimdiff-elements-'));
    try {
      const body = `<p>The quake killed 37 people.</p><p>${'<b>x</b> '.repeat(60_000)}</p>`;
      writeFileSync(path.join(root, 'big.html'), `<html><body>${body}</body></html>`);
      writeFileSync(path.join(root, 'b.txt'), 'The quake killed 37 people.\n');
      const { sources, warnings } = await readSources(['big.html', 'b.txt'], { cwd: root });
      expect(sources.find((s) => s.id === 'big')?.text.startsWith('The quake killed 37 people.\n\nx x x')).toBe(true);
      expect(warnings).toEqual([
        {
          file: 'big.html',
          message: `60004 elements, over ${MAX_PAGE_ELEMENTS}: read whole, the article not looked for`,
        },
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a page within the cap reads as before, without a warning', async () => {
    const read = await loadHtmlReader();
    const page = `<html><body>${'<div>'.repeat(MAX_NESTING_DEPTH - 3)}<p>The quake killed 37 people.</p></body></html>`;
    expect(read(page)).toEqual({ text: 'The quake killed 37 people.\n' });
  });
});

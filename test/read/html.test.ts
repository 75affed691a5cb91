import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

import { isHtmlPath, renderText } from '../../src/read/html.js';

/** Renders the <body> of a fragment. */
function render(body: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${body}</body></html>`);
  return renderText(document.body as unknown as Parameters<typeof renderText>[0]);
}

describe('renderText', () => {
  it.each([
    { name: 'one line per paragraph, blank lines between', html: '<p>One.</p><p>Two.</p>', text: 'One.\n\nTwo.\n' },
    { name: 'spaces and newlines inside a block collapse', html: '<p>One\n   and   two.</p>', text: 'One and two.\n' },
    {
      name: 'inline elements join their text',
      html: '<p>The <b>ATACMS</b> have a <a href="#">range</a>.</p>',
      text: 'The ATACMS have a range.\n',
    },
    { name: '<br> breaks the line', html: '<p>First line.<br>Second line.</p>', text: 'First line.\n\nSecond line.\n' },
    {
      name: 'list items and headings are lines of their own',
      html: '<h2>Key points</h2><ul><li>One</li><li>Two</li></ul>',
      text: 'Key points\n\nOne\n\nTwo\n',
    },
    {
      name: 'scripts, styles and buttons are left out',
      html: '<p>Text.<script>x()</script><style>p{}</style><button>Share</button></p>',
      text: 'Text.\n',
    },
    {
      name: 'entities are decoded, no-break spaces kept',
      html: '<p>&#8220;Yes,&#8221; 10&nbsp;km &amp; more</p>',
      text: '“Yes,” 10\u00A0km & more\n',
    },
    {
      name: 'a caption is its own line',
      html: '<figure><img src="a.png"><figcaption>Rescuers at work.</figcaption></figure><p>Body.</p>',
      text: 'Rescuers at work.\n\nBody.\n',
    },
    { name: 'nothing to read is empty', html: '<div> </div><img src="a.png">', text: '' },
  ])('$name', ({ html, text }) => {
    expect(render(html)).toBe(text);
  });
});

// Issue 14: linkedom makes a node's childNodes anew on each read, and the renderer read it for every child:
// a page of 100,000 paragraphs took minutes.
it('renders a body of 20,000 paragraphs, one line each', () => {
  const text = render(Array.from({ length: 20_000 }, (_, i) => `<p>Paragraph ${i} says ${i} people.</p>`).join(''));
  const lines = text.trim().split('\n\n');
  expect([lines.length, lines[19_999]]).toEqual([20_000, 'Paragraph 19999 says 19999 people.']);
});

describe('isHtmlPath', () => {
  it.each([
    ['page.html', true],
    ['page.HTM', true],
    ['page.xhtml', true],
    ['page.txt', false],
    ['html.md', false],
  ])('%s → %s', (file, html) => {
    expect(isHtmlPath(file)).toBe(html);
  });
});

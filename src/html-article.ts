// Article text from a saved web page, so a user can point claimdiff at .html files.
//
// Finding the article in a page (and not the menus, teasers and comments around it) is what Mozilla's
// Readability does for Firefox's reader view; it runs here over linkedom, a small DOM that needs no browser.
// Both are loaded only when a run has an HTML file, so plain-text runs do not pay for them at start-up.
//
// What Readability returns is rendered as plain text the way article files are written: one paragraph,
// heading, list item or caption per line, blank lines between them. Line and column numbers of an HTML
// source therefore count in this text, not in the markup.

/** The parts of a DOM node the renderer reads (linkedom's nodes have them; so would a browser's). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements that start and end a line of their own. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Elements whose text is never article prose. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'BUTTON', 'SELECT']);

/**
 * Plain text of a DOM subtree: one line per block, blank lines between blocks, runs of spaces and newlines
 * inside a block collapsed to one space (as a browser shows them), `<br>` a line break within the block.
 * No-break spaces and other special characters are kept as the page has them.
 */
export function renderText(root: DomNode): string {
  const blocks: string[] = [];
  let line = '';
  const endLine = (): void => {
    const trimmed = line.replace(/[ \t\n\r\f]+/g, ' ').trim();
    if (trimmed !== '') blocks.push(trimmed);
    line = '';
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name)) return;
    if (name === 'BR') {
      endLine();
      return;
    }
    const block = BLOCKS.has(name);
    if (block) endLine();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) endLine();
  };
  walk(root);
  endLine();
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

/** Turns the markup of one page into article text. */
export type HtmlReader = (html: string) => string;

/**
 * Loads the DOM and Readability and returns a reader. A page Readability finds no article in (a short page,
 * a list of links) is rendered whole, so its text is still compared rather than silently lost; the boilerplate
 * rules then take out what furniture they recognise.
 */
export async function loadHtmlReader(): Promise<HtmlReader> {
  const [{ parseHTML }, { Readability }] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
  // linkedom builds a document only around markup that has an <html> element; a fragment ("<p>...</p>") or a
  // plain-text file saved as .html is given one, as a browser would.
  const parse = (html: string) => parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  return (html) => {
    const { document } = parse(html);
    // Readability drops the page's headline when it repeats the <title>; a text version of the story starts
    // with it, so it is put back (the <h1> itself, not the <title>, which often carries the site's name).
    const h1 = document.querySelector('h1') as DomNode | null;
    const headline = h1 ? renderText(h1).trim() : '';
    let text = '';
    try {
      const article = new Readability(document, { serializer: (node: unknown) => renderText(node as DomNode) }).parse();
      text = article?.content ?? '';
    } catch {
      // Readability gives up on some malformed pages by throwing; the page is then read whole, below.
    }
    if (text !== '') return headline === '' || text.split('\n').includes(headline) ? text : `${headline}\n\n${text}`;
    // Readability takes the document apart as it works, so the fallback renders a fresh parse.
    const fresh = parse(html).document as unknown as { body: DomNode | null };
    return fresh.body ? renderText(fresh.body) : '';
  };
}

/** Whether a path names a web page by its extension. */
export function isHtmlPath(file: string): boolean {
  return /\.x?html?$/i.test(file);
}

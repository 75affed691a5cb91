// Article text from a saved web page, so a user can point claimdiff at .html files.
//
// Finding the article in a page (and not the menus, teasers and comments around it) is what Mozilla's
// Readability does for Firefox's reader view; it runs here over linkedom, a small DOM that needs no browser.
// Both are loaded only when a run has an HTML file, so plain-text runs do not pay for them at start-up.
//
// What Readability returns is rendered as plain text the way article files are written: one paragraph,
// heading, list item or caption per line, blank lines between them. Line and column numbers of an HTML
// source therefore count in this text, not in the markup.
import { MAX_NESTING_DEPTH, limitNesting } from './nesting.js';

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
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
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
    // Once per node: linkedom makes the list anew on each read, so 100,000 paragraphs took the square of it.
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) walk(children[i]!);
    if (block) endLine();
  };
  walk(root);
  endLine();
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

/** The article text of one page, and the limits it met. */
export interface PageText {
  text: string;
  /** Set when the page nested its elements deeper than MAX_NESTING_DEPTH and the deeper ones were flattened. */
  deepest?: number;
  /** Set when the page had more than MAX_PAGE_ELEMENTS elements and was read whole, without Readability. */
  elements?: number;
}

/**
 * Pages with more elements than this are read whole (their marked article, else their body), not searched for
 * the article by Readability, which takes some 50 µs an element and parses the page twice: 200,000 <b>s in a
 * paragraph took 12 s. News pages have a few thousand.
 */
export const MAX_PAGE_ELEMENTS = 50_000;

/** Turns the markup of one page into article text. */
export type HtmlReader = (html: string) => PageText;

/** The element methods the page clean-up uses (linkedom's elements have them). */
interface DomElement extends DomNode {
  remove(): void;
  getAttribute(name: string): string | null;
}
interface DomDocument {
  body: DomNode | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

/** Parts of a page that are never the article: navigation, asides, dialogs, footers outside the article. */
const CHROME_SELECTORS =
  'nav, aside, form, [role="dialog"], [role="navigation"], [role="complementary"], [role="banner"], ' +
  '[aria-modal="true"]';

/**
 * Class and id words of page furniture: comment threads, cookie banners, newsletter boxes, share bars,
 * "most read" lists, ads. Whole words only, so "commentary" or "shared-story" do not match.
 */
const CHROME_NAMES = new RegExp(
  String.raw`(?:^|[\s_-])(?:` +
    [
      'comments?|comment-list|disqus|cookies?|consent|gdpr|newsletters?|subscribe|subscription|related',
      'share|sharing|social|promo|adverts?|advertisement|ads?|ad-slot|sidebar|outbrain|taboola',
      'most-read|mostread|popular|paywall|recirculation|read-next',
    ].join('|') +
    String.raw`)(?:[\s_-]|$)`,
  'i',
);

/** Removes page furniture from a parsed page, in place. A <footer> or <header> inside the article stays. */
function removeChrome(document: DomDocument): void {
  for (const element of Array.from(document.querySelectorAll(CHROME_SELECTORS))) element.remove();
  for (const element of Array.from(document.querySelectorAll('footer, header'))) {
    if (!insideArticle(element)) element.remove();
  }
  // Pictures and their captions and credits ("... REUTERS/Gleb Garanich Purchase Licensing Rights"), and
  // publication stamps (<time> outside a paragraph): furniture that text versions of a story leave out.
  for (const element of Array.from(document.querySelectorAll('figure, figcaption, picture'))) element.remove();
  for (const element of Array.from(document.querySelectorAll('time'))) {
    const parent = (element as DomElement & { parentNode?: DomNode | null }).parentNode;
    if (!parent || (parent.nodeName !== 'P' && parent.nodeName !== 'LI')) element.remove();
  }
  for (const element of Array.from(document.querySelectorAll('[class], [id]'))) {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (CHROME_NAMES.test(names)) element.remove();
  }
}

function insideArticle(element: DomNode & { parentNode?: unknown }): boolean {
  for (
    let node = element.parentNode as (DomNode & { parentNode?: unknown }) | null | undefined;
    node;
    node = node.parentNode as typeof node
  ) {
    if (node.nodeName === 'ARTICLE' || node.nodeName === 'MAIN') return true;
  }
  return false;
}

/** The element a page marks as its story, if any: schema.org's articleBody, else <article>, else <main>. */
function markedArticle(document: DomDocument): DomElement | null {
  return (
    document.querySelector('[itemprop="articleBody"]') ??
    document.querySelector('article') ??
    document.querySelector('main')
  );
}

/**
 * Loads the DOM and Readability and returns a reader:
 * 1. furniture that is never the story (navigation, asides, comment threads, cookie banners, share bars) is
 *    removed first, so Readability cannot mistake a long comment thread for the article;
 * 2. Readability picks the article;
 * 3. when the page marks its story (<article>, <main>, schema.org articleBody) and Readability's pick leaves out
 *    its opening paragraph, the marked element is read instead;
 * 4. a page with neither is rendered whole, so its text is still compared rather than silently lost; the
 *    boilerplate rules then take out what furniture they recognise.
 */
export async function loadHtmlReader(): Promise<HtmlReader> {
  const [{ parseHTML }, { Readability }] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
  // linkedom builds a document only around markup that has an <html> element; a fragment ("<p>...</p>") or a
  // plain-text file saved as .html is given one, as a browser would.
  const parse = (html: string): DomDocument => {
    const { document } = parseHTML(
      /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`,
    );
    const page = document as unknown as DomDocument;
    removeChrome(page);
    return page;
  };
  const articleText = (html: string): string => {
    const document = parse(html);
    // Readability drops the page's headline when it repeats the <title>; a text version of the story starts
    // with it, so it is put back (the <h1> itself, not the <title>, which often carries the site's name).
    const h1 = document.querySelector('h1');
    const headline = h1 ? renderText(h1).trim() : '';
    const withHeadline = (text: string) =>
      headline === '' || text.split('\n').includes(headline) ? text : `${headline}\n\n${text}`;
    let text = '';
    try {
      const article = new Readability(document as never, {
        serializer: (node: unknown) => renderText(node as DomNode),
      }).parse();
      text = article?.content ?? '';
    } catch {
      // Readability gives up on some malformed pages by throwing; the page is then read as marked or whole.
    }
    // Readability takes the document apart as it works, so the checks below read a fresh parse.
    const fresh = parse(html);
    const marked = markedArticle(fresh);
    const markedText = marked ? renderText(marked) : '';
    const opening = markedText.split('\n').find((line) => line.length >= 60);
    if (text !== '' && (opening === undefined || text.includes(opening))) return withHeadline(text);
    if (markedText.trim() !== '') return withHeadline(markedText);
    if (text !== '') return withHeadline(text);
    return fresh.body ? renderText(fresh.body) : '';
  };
  // A page too large for Readability: its marked article, else the whole body.
  const wholeText = (html: string): string => {
    const document = parse(html);
    const marked = markedArticle(document);
    const markedText = marked ? renderText(marked) : '';
    if (markedText.trim() !== '') return markedText;
    return document.body ? renderText(document.body) : '';
  };
  // Markup nested deeper than the cap is flattened first (nesting.ts): the DOM and Readability are slow on it.
  return (page) => {
    const { html, deepest, elements } = limitNesting(page, MAX_NESTING_DEPTH, BLOCKS);
    const large = elements > MAX_PAGE_ELEMENTS;
    const text = large ? wholeText(html) : articleText(html);
    return { text, ...(deepest === undefined ? {} : { deepest }), ...(large ? { elements } : {}) };
  };
}

/** Whether a path names a web page by its extension. */
export function isHtmlPath(file: string): boolean {
  return /\.x?html?$/i.test(file);
}

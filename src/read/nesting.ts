// A cap on how deep the elements of a web page nest, applied to the markup before it is parsed. The DOM
// (linkedom, whose parser keeps its open elements in an array it shifts at the front) and Readability (which
// walks up every node's ancestors) both take time in the square of the depth, and the renderer recurses:
// 100,000 nested <div>s took minutes or overflowed the stack. Browsers cap the depth too (Chromium at 512,
// putting deeper elements beside the last one). Here an element that would open below `maxDepth` is left out,
// with its end tag, and its text stays where it was; a block element left out becomes a line break, so the
// paragraphs inside stay apart. A page within the cap is returned unchanged.
//
// The scan follows htmlparser2 (linkedom's parser) closely enough to count depth as it does: void elements,
// start tags that close the open <p>, <li>, <td> and the like, end tags that close every element above their
// own, comments and declarations, and the raw text of <script>, <style>, <title>, <textarea> and <xmp>. It
// is linear: each element goes on the stack of open elements once and comes off once.

/** How deep elements may nest before the deeper ones are flattened. Pages of the news sites nest some 30 deep. */
export const MAX_NESTING_DEPTH = 256;

export interface LimitedMarkup {
  html: string;
  /** The depth the page's elements reached, when it was over the cap (and the markup was flattened). */
  deepest?: number;
  /** How many elements the page opens (those left out not counted). */
  elements: number;
}

const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Elements whose content is text up to their end tag. */
const RAW_TEXT: ReadonlySet<string> = new Set(['script', 'style', 'title', 'textarea', 'xmp']);

/** Elements in which `<x/>` closes itself (SVG and MathML). */
const FOREIGN: ReadonlySet<string> = new Set(['svg', 'math']);

const P = new Set(['p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
/** A start tag closes these open elements first, as htmlparser2's openImpliesClose says. */
const CLOSES: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ['rt', new Set(['rt', 'rp'])],
  ['rp', new Set(['rt', 'rp'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((n): [string, ReadonlySet<string>] => [
    n,
    FORM,
  ]),
  ...[
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'address', 'article', 'aside', 'blockquote', 'details', 'div'],
    ...['dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre'],
    ...['section', 'table', 'ul'],
  ].map((n): [string, ReadonlySet<string>] => [n, P]),
]);

const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isTagNameEnd = (char: string) => char === '/' || char === '>' || /\s/.test(char);

/**
 * `html` with elements nested deeper than `maxDepth` flattened (see the top of this file); `blocks` are the
 * element names (upper case) whose boundaries are line breaks in the rendered text.
 */
export function limitNesting(html: string, maxDepth: number, blocks: ReadonlySet<string>): LimitedMarkup {
  // The open elements, outermost first; those from index maxDepth on are left out of the markup.
  const stack: string[] = [];
  const openByName = new Map<string, number>();
  let foreign = 0;
  let deepest = 0;
  let elements = 0;
  const out: string[] = [];
  let copiedTo = 0;
  // A run of block tags left out becomes one line break, not thousands.
  let textSinceBreak = true;
  const leaveOut = (start: number, end: number, name: string) => {
    const text = html.slice(copiedTo, start);
    if (/\S/.test(text)) textSinceBreak = true;
    out.push(text);
    if (blocks.has(name.toUpperCase()) && textSinceBreak) {
      out.push('<br>');
      textSinceBreak = false;
    }
    copiedTo = end;
  };
  const pop = (): string => {
    const name = stack.pop()!;
    openByName.set(name, openByName.get(name)! - 1);
    if (FOREIGN.has(name)) foreign--;
    return name;
  };

  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt === -1) break;
    const next = html.charAt(lt + 1);
    if (next === '!') {
      at = html.startsWith('<!--', lt) ? endOfComment(html, lt) : endOf(html, '>', lt + 2);
      continue;
    }
    if (next === '?') {
      at = endOf(html, '>', lt + 2);
      continue;
    }
    const closing = next === '/';
    const nameStart = closing ? lt + 2 : lt + 1;
    if (!isAsciiLetter(html.charCodeAt(nameStart))) {
      // "</ x>" and "</3>" are comments to the parser, "< p" and "<3" text.
      at = closing ? endOf(html, '>', nameStart) : lt + 1;
      continue;
    }
    let nameEnd = nameStart;
    while (nameEnd < html.length && !isTagNameEnd(html.charAt(nameEnd))) nameEnd++;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const tagEnd = closing ? endOf(html, '>', nameEnd) : endOfStartTag(html, nameEnd);
    at = tagEnd;
    if (closing) {
      // An end tag closes its element and every element opened inside it; one left out goes with it.
      if (!VOID_ELEMENTS.has(name) && (openByName.get(name) ?? 0) > 0) {
        while (stack[stack.length - 1] !== name) pop();
        if (stack.length > maxDepth) leaveOut(lt, tagEnd, name);
        pop();
      }
      continue;
    }
    const closes = CLOSES.get(name);
    if (closes) while (stack.length > 0 && closes.has(stack[stack.length - 1]!)) pop();
    const selfClosing = foreign > 0 && html.charAt(tagEnd - 2) === '/';
    const opens = !VOID_ELEMENTS.has(name) && !selfClosing;
    if (opens) {
      stack.push(name);
      openByName.set(name, (openByName.get(name) ?? 0) + 1);
      if (FOREIGN.has(name)) foreign++;
      deepest = Math.max(deepest, stack.length);
    }
    if (RAW_TEXT.has(name)) at = startOfEndTag(html, name, tagEnd);
    // A script left out goes with its text, which would otherwise read as the page's words.
    if (opens && stack.length > maxDepth) leaveOut(lt, at, name);
    else elements++;
  }
  if (deepest <= maxDepth) return { html, elements };
  out.push(html.slice(copiedTo));
  return { html: out.join(''), deepest, elements };
}

/** Just past the next `char` from `from`, or the end of the text. */
function endOf(html: string, char: string, from: number): number {
  const found = html.indexOf(char, from);
  return found === -1 ? html.length : found + 1;
}

/** Just past a comment opening at `lt` ("<!-->" and "<!--->" are comments too). */
function endOfComment(html: string, lt: number): number {
  if (html.startsWith('>', lt + 4)) return lt + 5;
  if (html.startsWith('->', lt + 4)) return lt + 6;
  const found = html.indexOf('-->', lt + 4);
  return found === -1 ? html.length : found + 3;
}

/** Just past the `>` that ends a start tag, skipping quoted attribute values. */
function endOfStartTag(html: string, from: number): number {
  for (let i = from; i < html.length; i++) {
    const char = html.charAt(i);
    if (char === '>') return i + 1;
    if (char === '=') {
      let v = i + 1;
      while (v < html.length && /\s/.test(html.charAt(v))) v++;
      const quote = html.charAt(v);
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, v + 1);
        if (close === -1) return html.length;
        i = close;
      } else i = v - 1;
    }
  }
  return html.length;
}

/** Where the end tag of a raw-text element opened at `from` starts, or the end of the text. */
function startOfEndTag(html: string, name: string, from: number): number {
  const end = new RegExp(`</${name}(?=[\\s/>]|$)`, 'gi');
  end.lastIndex = from;
  return end.exec(html)?.index ?? html.length;
}

// Markdown in .md sources: the markup is not part of what an article says. It is replaced by spaces rather
// than removed, so every other character keeps its line and column and the report's positions stay true
// to the file.

const blank = (text: string) => ' '.repeat(text.length);

/** "# Headline", "- item", "> quote", "*emphasis*", "**bold**", "[text](url)" with the markup blanked out. */
export function blankMarkdown(text: string): string {
  return text.split('\n').map(blankLine).join('\n');
}

/**
 * The 1-based numbers of the lines that open a block of their own: list items ("- item", "2. item"),
 * headings, and the first line of a quote (its other lines go on with it). Their marks are blanked, so the
 * sentence splitter is told: a list of 10,000 items in lower case read as one sentence, repeated in the JSON
 * under each of its 10,000 facts (issue 14).
 */
export function markdownBlockStarts(text: string): Set<number> {
  const starts = new Set<number>();
  let quoted = false;
  text.split('\n').forEach((line, i) => {
    const quote = /^\s*>/.test(line);
    if ((quote && !quoted) || /^\s*(?:[-*+]|\d{1,3}[.)])(?=\s)|^\s{0,3}#{1,6}(?=\s)/.test(line)) starts.add(i + 1);
    quoted = quote;
  });
  return starts;
}

function blankLine(line: string): string {
  // "=====" and "-----" under a Setext heading, "---" and "* * *" rules, table rules "|---|---|",
  // "[1]: https://..." link definitions and "<div ...>" lines of raw HTML carry nothing of the story.
  if (
    /^\s{0,3}(?:=+|-+|(?:[-*_]\s*){3,})\s*$/.test(line) ||
    // (/^\s*\|?(?:\s*:?-+:?\s*\|)+\s*:?-*:?\s*$/ without two \s* in a row, which took 200 leading spaces squared)
    /^\s*(?:\|\s*)?(?::?-+:?\s*\|\s*)+(?:(?::-*|-+):?\s*)?$/.test(line) ||
    /^\s{0,3}\[[^\]]+\]:\s+\S+/.test(line) ||
    /^\s*<\/?[a-z][^>]*>\s*$/i.test(line)
  ) {
    return blank(line);
  }
  // "![alt text](image.jpg)": an image and its description are not the article's words; "[text][1]": the
  // text stays, the reference goes; "<div class="ad">Advertisement</div>": inline tags go, their text stays
  const untagged = blankTags(blankReferenceLinks(blankImages(line)));
  return (
    blankInlineLinks(
      untagged
        // "| ATACMS | 306 km |": table cell bars
        .replace(/^(\s*)\|/, (_, indent: string) => `${indent} `)
        .replace(/\s\|(?=\s|$)/g, (bar: string) => blank(bar))
        // "## Subhead"
        .replace(/^(\s{0,3})(#{1,6})(?=\s)/, (_, indent: string, marks: string) => indent + blank(marks))
        // "> quoted paragraph"
        .replace(/^(\s*)(>+)(?=\s|$)/, (_, indent: string, marks: string) => indent + blank(marks))
        // "- item", "* item", "+ item", "1. item", "2) item"
        .replace(/^(\s*)([-*+]|\d{1,3}[.)])(?=\s)/, (_, indent: string, marker: string) => indent + blank(marker)),
    )
      // "*94.1%*", "**bold**", "_word_", "__word__": paired markers around text
      .replace(
        /(^|[^\w*])(\*{1,3}|_{1,3})(?=\S)([^*_\n]*?[^\s*_])\2(?![\w*])/g,
        (_, before: string, marks: string, inner: string) => before + blank(marks) + inner + blank(marks),
      )
  );
}

// Links, images and tags are found by hand rather than by regular expression: /\[([^\]]+)\]\(([^)\s]+)\)/g
// tries again from every "[" of a line and scans to its end each time, which took minutes on a line of
// 200,000 "[" or "[a](" (issue 14). Each scan below moves forward only, so a line costs its length.

/**
 * The first index at or after `from` of a character `pattern` (global) matches, or -1; for calls whose `from`
 * never decreases, it searches each stretch of the line once.
 */
function forwardSearch(line: string, pattern: RegExp): (from: number) => number {
  let from = -1;
  let found = -2;
  return (at) => {
    if (found === -1 || (found >= at && from <= at)) return found;
    pattern.lastIndex = at;
    from = at;
    found = pattern.exec(line)?.index ?? -1;
    return found;
  };
}

/**
 * Replaces each match of `[label]` plus a tail, left to right, as a global regular expression would: `open`
 * is what opens it ("[" or "!["), `tail` gives the end of a match whose label closes at `close` (or -1), and
 * `replace` its replacement, of the same length. A label holds no "]", so when the tail fails, every start
 * before that "]" fails with it and the search goes on after it.
 */
function replaceBracketed(
  line: string,
  open: string,
  emptyLabel: boolean,
  tail: (close: number, search: { closing: (from: number) => number }) => number,
  replace: (start: number, close: number, end: number) => string,
): string {
  const closing = forwardSearch(line, /\]/g);
  const out: string[] = [];
  let copied = 0;
  let at = 0;
  for (;;) {
    const start = line.indexOf(open, at);
    if (start === -1) break;
    const close = closing(start + open.length);
    if (close === -1) break;
    const end = emptyLabel || close > start + open.length ? tail(close, { closing }) : -1;
    if (end === -1) {
      at = close + 1;
      continue;
    }
    out.push(line.slice(copied, start), replace(start, close, end));
    copied = at = end;
  }
  if (copied === 0) return line;
  out.push(line.slice(copied));
  return out.join('');
}

/** "![alt text](image.jpg)", blanked whole: /!\[[^\]]*\]\([^)]*\)/g. */
function blankImages(line: string): string {
  const paren = forwardSearch(line, /\)/g);
  return replaceBracketed(
    line,
    '![',
    true,
    (close) => {
      if (line.charAt(close + 1) !== '(') return -1;
      const end = paren(close + 2);
      return end === -1 ? -1 : end + 1;
    },
    (start, _, end) => blank(line.slice(start, end)),
  );
}

/** "[text][1]": the text stays, the reference goes (/\[([^\]]+)\]\[([^\]]*)\]/g). */
function blankReferenceLinks(line: string): string {
  return replaceBracketed(
    line,
    '[',
    false,
    (close, { closing }) => {
      if (line.charAt(close + 1) !== '[') return -1;
      const end = closing(close + 2);
      return end === -1 ? -1 : end + 1;
    },
    (start, close, end) => ` ${line.slice(start + 1, close)}${blank(line.slice(close, end))}`,
  );
}

/** "[text](https://...)": the text stays, the address goes (/\[([^\]]+)\]\(([^)\s]+)\)/g). */
function blankInlineLinks(line: string): string {
  const stop = forwardSearch(line, /[)\s]/g);
  return replaceBracketed(
    line,
    '[',
    false,
    (close) => {
      if (line.charAt(close + 1) !== '(') return -1;
      const end = stop(close + 2);
      return end > close + 2 && line.charAt(end) === ')' ? end + 1 : -1;
    },
    (start, close, end) => ` ${line.slice(start + 1, close)}  ${blank(line.slice(close + 2, end - 1))} `,
  );
}

/** "<div class="ad">", "</span>": blanked (/<\/?[a-z][^>]*>/gi), the text between them kept. */
function blankTags(line: string): string {
  const closing = forwardSearch(line, />/g);
  const out: string[] = [];
  let copied = 0;
  let at = 0;
  for (;;) {
    const start = line.indexOf('<', at);
    if (start === -1) break;
    const name = line.charAt(start + 1) === '/' ? start + 2 : start + 1;
    if (!/[a-z]/i.test(line.charAt(name))) {
      at = start + 1;
      continue;
    }
    const close = closing(name + 1);
    if (close === -1) break;
    out.push(line.slice(copied, start), blank(line.slice(start, close + 1)));
    copied = at = close + 1;
  }
  if (copied === 0) return line;
  out.push(line.slice(copied));
  return out.join('');
}

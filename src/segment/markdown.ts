// Markdown in .md sources: the markup is not part of what an article says. It is replaced by spaces rather
// than removed, so every other character keeps its line and column and the report's positions stay true
// to the file.

const blank = (text: string) => ' '.repeat(text.length);

/** "# Headline", "- item", "> quote", "*emphasis*", "**bold**", "[text](url)" with the markup blanked out. */
export function blankMarkdown(text: string): string {
  return text.split('\n').map(blankLine).join('\n');
}

function blankLine(line: string): string {
  // "=====" and "-----" under a Setext heading, "---" and "* * *" rules, table rules "|---|---|",
  // "[1]: https://..." link definitions and "<div ...>" lines of raw HTML carry nothing of the story.
  if (
    /^\s{0,3}(?:=+|-+|(?:[-*_]\s*){3,})\s*$/.test(line) ||
    /^\s*\|?(?:\s*:?-+:?\s*\|)+\s*:?-*:?\s*$/.test(line) ||
    /^\s{0,3}\[[^\]]+\]:\s+\S+/.test(line) ||
    /^\s*<\/?[a-z][^>]*>\s*$/i.test(line)
  ) {
    return blank(line);
  }
  return (
    line
      // "![alt text](image.jpg)": an image and its description are not the article's words
      .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, blank)
      // "[text][1]": the text stays, the reference goes
      .replace(
        /\[([^\]\n]+)\]\[([^\]\n]*)\]/g,
        (_, label: string, ref: string) => ` ${label}${' '.repeat(ref.length + 3)}`,
      )
      // "<div class="ad">Advertisement</div>": inline tags go, their text stays
      .replace(/<\/?[a-z][^>\n]*>/gi, blank)
      // "| ATACMS | 306 km |": table cell bars
      .replace(/^(\s*)\|/, (_, indent: string) => `${indent} `)
      .replace(/\s\|(?=\s|$)/g, (bar: string) => blank(bar))
      // "## Subhead"
      .replace(/^(\s{0,3})(#{1,6})(?=\s)/, (_, indent: string, marks: string) => indent + blank(marks))
      // "> quoted paragraph"
      .replace(/^(\s*)(>+)(?=\s|$)/, (_, indent: string, marks: string) => indent + blank(marks))
      // "- item", "* item", "+ item", "1. item", "2) item"
      .replace(/^(\s*)([-*+]|\d{1,3}[.)])(?=\s)/, (_, indent: string, marker: string) => indent + blank(marker))
      // "[text](https://...)": the text stays, the address goes
      .replace(/\[([^\]\n]+)\]\(([^)\s]+)\)/g, (_, label: string, url: string) => ` ${label}  ${blank(url)} `)
      // "*94.1%*", "**bold**", "_word_", "__word__": paired markers around text
      .replace(
        /(^|[^\w*])(\*{1,3}|_{1,3})(?=\S)([^*_\n]*?[^\s*_])\2(?![\w*])/g,
        (_, before: string, marks: string, inner: string) => before + blank(marks) + inner + blank(marks),
      )
  );
}

// Markdown in .md sources: the markup is not part of what an article says. It is replaced by spaces rather
// than removed, so every other character keeps its line and column and the report's positions stay true
// to the file.

const blank = (text: string) => ' '.repeat(text.length);

/** "# Headline", "- item", "> quote", "*emphasis*", "**bold**", "[text](url)" with the markup blanked out. */
export function blankMarkdown(text: string): string {
  return text.split('\n').map(blankLine).join('\n');
}

function blankLine(line: string): string {
  return line
    // "## Subhead"
    .replace(/^(\s{0,3})(#{1,6})(?=\s)/, (_, indent: string, marks: string) => indent + blank(marks))
    // "> quoted paragraph"
    .replace(/^(\s*)(>+)(?=\s|$)/, (_, indent: string, marks: string) => indent + blank(marks))
    // "- item", "* item", "+ item", "1. item", "2) item"
    .replace(/^(\s*)([-*+]|\d{1,3}[.)])(?=\s)/, (_, indent: string, marker: string) => indent + blank(marker))
    // "[text](https://...)": the text stays, the address goes
    .replace(/\[([^\]\n]+)\]\(([^)\s]+)\)/g, (_, label: string, url: string) => ` ${label}  ${blank(url)} `)
    // "*94.1%*", "**bold**", "_word_", "__word__": paired markers around text
    .replace(/(^|[^\w*])(\*{1,3}|_{1,3})(?=\S)([^*_\n]*?[^\s*_])\2(?![\w*])/g,
      (_, before: string, marks: string, inner: string) => before + blank(marks) + inner + blank(marks));
}

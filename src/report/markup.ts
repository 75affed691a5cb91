// How words are set for each kind of output, chosen by name: `describeFinding(f, 'markdown')`. The words
// themselves are made in messages.ts; a markup only says how a value is quoted, how a name is set as code
// and how text is kept from turning into formatting. An `html` markup slots in as one more entry.

/**
 * A sentence that ran over a wrapped line break, on one line:
 * "killed at least\n  37 people" → "killed at least 37 people".
 */
export const flat = (text: string): string => text.replace(/\s*\n\s*/g, ' ');

/**
 * Text that may hold Markdown, on one line and escaped so that a source's "*" or "_" cannot change the
 * formatting; "|" is escaped too, so the text is safe in a table cell: "a *new* | claim" → "a \*new\* \| claim".
 */
export function inline(text: string): string {
  return flat(text).replace(/([\\`*_[\]<>|~#])/g, '\\$1');
}

export interface Markup {
  /** Any text of a source or of the report, made safe to show as it is. */
  escape: (text: string) => string;
  /** A value as a source states it, set apart from the words around it: `"at least 39 people"`. */
  quote: (text: string) => string;
  /** A name the reader may look up or type, such as a source id or a path: `` `stories/ours.txt` ``. */
  code: (text: string) => string;
}

const same = (text: string) => text;

export const MARKUPS = {
  /** Terminal and annotation text: nothing to escape, values in double quotes. */
  plain: { escape: same, quote: (text) => `"${text}"`, code: same },
  /** GitHub-flavoured Markdown: values stand bare (escaped), as in the report's tables. */
  markdown: { escape: inline, quote: inline, code: (text) => `\`${inline(text)}\`` },
} as const satisfies Record<string, Markup>;

export type MarkupName = keyof typeof MARKUPS;

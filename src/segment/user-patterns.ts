// The user's boilerplate patterns (`--boilerplate`, the config's "boilerplate", the library's option),
// checked and compiled once per run. JavaScript's engine backtracks: `^(a+)+$` takes minutes on a line of
// thirty "a"s and a "!", and a run cannot be interrupted mid-match. An RE2-style engine would rule that out,
// but the native `re2` package does not build here on Node 20 and the pure-JS `re2js` was 17–50 times
// slower per line (about a second per pattern on a 10 MB line) and has another dialect (no lookaround,
// no backreferences). So a pattern is checked before it is compiled: a length limit, a nesting limit, and no
// repeated group that can match one text in several ways, which is what makes backtracking explode.
// What is left is polynomial at worst, and user patterns only run on lines of bounded length
// (PATTERN_LINE_LIMIT in boilerplate.ts).

/** The longest pattern accepted: boilerplate patterns are a line's opening or closing words. */
export const MAX_PATTERN_LENGTH = 500;
/** The deepest nesting of groups accepted: `((((a))))` is four. */
export const MAX_GROUP_DEPTH = 16;

export type CompiledPattern = { regex: RegExp } | { problem: string };

/**
 * A user's pattern as the regular expression the boilerplate rules test each line with, or why it is
 * refused. A string is case-insensitive and Unicode-aware; a RegExp keeps its flags but `g` and `y`: with
 * them `test` starts at the previous match's `lastIndex`, so a second line matching would be missed.
 */
export function compileUserPattern(pattern: string | RegExp): CompiledPattern {
  // From JavaScript anything can come in; what is not a RegExp is read as text, as `new RegExp(5)` would.
  const source = pattern instanceof RegExp ? pattern.source : String(pattern);
  const problem = riskOf(source);
  if (problem) return { problem };
  if (pattern instanceof RegExp) {
    if (!pattern.global && !pattern.sticky) return { regex: pattern };
    return { regex: new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')) };
  }
  try {
    return { regex: new RegExp(source, 'iu') };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // Of "Invalid regular expression: /(/iu: Unterminated group" the user needs only the last part.
    const why = reason.replace(/^Invalid regular expression: \/[\s\S]*\/[a-z]*: /, '');
    return { problem: `not a valid regular expression (${why})` };
  }
}

const REPEATED_AMBIGUITY =
  'a repeated group holds a quantifier or alternatives (as in (a+)+ or (a|b)*), which can backtrack without end';

/** What the group being read holds so far. */
interface Group {
  /** It repeats or makes optional something inside: `(a+)`, `(\s*,)`, `(a?)`. */
  quantified: boolean;
  /** It has alternatives: `(a|aa)`. */
  alternatives: boolean;
}

/**
 * Why a pattern could backtrack without end, or undefined. A group that repeats (`+`, `*`, `{2,}`, `{25}`)
 * and holds a quantifier or alternatives can split one run of text among its repetitions in exponentially
 * many ways: `(a+)+`, `(a|a)*`, `(.*)*`, `(\w+\s?)*`, `(.*a){25}`. Such a pattern is refused; `(a|b)?` and
 * `(?:Photo|Image):` are fine. The reading is lexical (escapes, classes, groups, quantifiers): enough to find
 * these shapes, and a pattern it misreads is still compiled and checked by the engine itself.
 */
function riskOf(source: string): string | undefined {
  if (source.length > MAX_PATTERN_LENGTH)
    return `too long (${source.length} characters; at most ${MAX_PATTERN_LENGTH})`;
  const stack: Group[] = [{ quantified: false, alternatives: false }];
  /** The last thing read that a quantifier would apply to: a closed group, or null for a single atom. */
  let last: Group | null | undefined;
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    const top = stack[stack.length - 1]!;
    if (c === '\\') {
      i = afterEscape(source, i);
      last = null;
    } else if (c === '[') {
      i = afterClass(source, i);
      last = null;
    } else if (c === '(') {
      if (stack.length > MAX_GROUP_DEPTH) return `groups nested too deep (at most ${MAX_GROUP_DEPTH})`;
      stack.push({ quantified: false, alternatives: false });
      i++;
      last = undefined;
    } else if (c === ')' && stack.length > 1) {
      const group = stack.pop()!;
      const parent = stack[stack.length - 1]!;
      parent.quantified ||= group.quantified;
      parent.alternatives ||= group.alternatives;
      last = group;
      i++;
    } else if (c === '|') {
      top.alternatives = true;
      last = undefined;
      i++;
    } else {
      const quantifier = quantifierAt(source, i);
      if (!quantifier) {
        last = c === '^' || c === '$' ? undefined : null;
        i++;
        continue;
      }
      if (last && quantifier.repeats && (last.quantified || last.alternatives)) return REPEATED_AMBIGUITY;
      if (last !== undefined) top.quantified = true;
      last = undefined;
      i = quantifier.end;
    }
  }
  return undefined;
}

/** The index after the escape at `i`: `\d`, `\u{1F600}`, `\p{Letter}`, `\k<name>`, `\x41`. */
function afterEscape(source: string, i: number): number {
  const next = source[i + 1];
  const closing = next === 'k' ? '>' : source[i + 2] === '{' && 'pPu'.includes(next ?? '') ? '}' : undefined;
  if (closing) {
    const end = source.indexOf(closing, i + 2);
    if (end !== -1) return end + 1;
  }
  return i + 2;
}

/** The index after the character class opening at `i` (`[^\]]` included; in JavaScript `[]` is empty). */
function afterClass(source: string, i: number): number {
  let j = i + 1;
  while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
  return j + 1;
}

/** The quantifier at `i` (`*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`, each maybe lazy): whether it repeats. */
function quantifierAt(source: string, i: number): { repeats: boolean; end: number } | undefined {
  const c = source[i];
  let end: number;
  let repeats: boolean;
  if (c === '*' || c === '+' || c === '?') {
    end = i + 1;
    repeats = c !== '?';
  } else if (c === '{') {
    const braces = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i, i + 24));
    if (!braces) return undefined;
    end = i + braces[0].length;
    const most = braces[2] === undefined ? Number(braces[1]) : braces[3] ? Number(braces[3]) : Infinity;
    repeats = most > 1;
  } else return undefined;
  return { repeats, end: source[end] === '?' ? end + 1 : end };
}

// User boilerplate patterns: refused before they can backtrack without end, compiled once, and a RegExp's
// g or y flag never makes lines go unmatched.
import { describe, expect, it } from 'vitest';
import { compareSources } from '../../src/index.js';
import { findBoilerplate, PATTERN_LINE_LIMIT } from '../../src/segment/boilerplate.js';
import { MAX_PATTERN_LENGTH, compileUserPattern } from '../../src/segment/user-patterns.js';

describe('compileUserPattern', () => {
  it.each([
    // The shapes the fuzz run hung on (issue 14): a repeated group that can split a text several ways.
    '^(a+)+$',
    '(a|aa)+$',
    '(a|a)*',
    '(.*)*',
    '^(\\w+\\s?)*$',
    '^(([a-z])+.)+[A-Z]([a-z])+$',
    '(.*a){25}',
    '^(\\d+)*x$',
    '(x+x+)+y',
    '^(a|a?)+$',
    '(\\s*,?\\s*\\w+)+!$',
    '(?:(?:a)?b){2,}',
    'a'.repeat(MAX_PATTERN_LENGTH + 1),
    `${'('.repeat(100)}a${')'.repeat(100)}`,
    '(',
    '\\-',
  ])('refuses %s', (pattern) => {
    expect(compileUserPattern(pattern)).toEqual({ problem: expect.any(String) });
  });

  it.each([
    '^Read the full story at',
    '^(?:Photo|Image):',
    '^(https?://)?example\\.com',
    '^Follow us\\s+on\\s+\\w+$',
    '\\p{L}+',
    '[^]',
    '[(]a+[)]+',
    '(?<x>a)\\k<x>',
    '.{0,100000}$',
    'a{0,65535}',
    '(ab){3}',
    'a'.repeat(MAX_PATTERN_LENGTH),
  ])('accepts %s', (pattern) => {
    expect(compileUserPattern(pattern)).toEqual({ regex: expect.any(RegExp) });
  });

  it('reads what is neither a string nor a RegExp as text, as new RegExp does', () => {
    expect(compileUserPattern(5 as unknown as string)).toEqual({ regex: /5/iu });
  });

  it('drops g and y, keeps the other flags, and keeps a RegExp without them as it is', () => {
    const plain = /reuters/i;
    expect(compileUserPattern(plain)).toEqual({ regex: plain });
    for (const flags of ['g', 'gi', 'y', 'gimsuy']) {
      const compiled = compileUserPattern(new RegExp('reuters', flags));
      expect('regex' in compiled && compiled.regex.flags).toBe(flags.replace(/[gy]/g, ''));
    }
  });
});

describe('user patterns in a run', () => {
  const text = 'Reuters said\n\nThe quake killed at least 37 people on Tuesday, officials said.\n\nReuters said\n';
  const sources = [
    { id: 'a', path: 'a.txt', text },
    { id: 'b', path: 'b.txt', text },
  ];
  const userLines = (boilerplate: RegExp[]) =>
    compareSources(sources, { boilerplate }).sources.map((s) =>
      s.boilerplate.filter((b) => b.rule === 'user-pattern').map((b) => b.line),
    );

  it.each(['g', 'gi', 'y'])('a RegExp with flags %s catches every line the same RegExp without them does', (flags) => {
    expect(userLines([new RegExp('Reuters', flags)])).toEqual(userLines([/Reuters/]));
    expect(userLines([/Reuters/])).toEqual([
      [1, 5],
      [1, 5],
    ]);
  });

  it('refuses a pattern that can backtrack without end as an input error naming it', () => {
    expect(() => compareSources(sources, { boilerplate: [/(a+)+$/] })).toThrow(/boilerplate pattern.*\(a\+\)\+/);
  });

  it('tests no line longer than the limit, and the run says so', () => {
    const long = `Reuters ${'x'.repeat(PATTERN_LINE_LIMIT)}`;
    expect(findBoilerplate(`${long}\nReuters`, { patterns: [/^Reuters/] }).map((b) => b.line)).toEqual([2]);
    const report = compareSources(
      sources.map((s) => ({ ...s, text: `${s.text}\n${long}\n` })),
      { boilerplate: [/^Reuters/] },
    );
    // (Each line is also a sentence over MAX_SENTENCE_LENGTH, read in pieces.)
    const untested = report.warnings.filter((w) => w.message.includes('not tested against the boilerplate'));
    expect(untested.map((w) => w.file)).toEqual(['a.txt', 'b.txt']);
  });
});

// The CI formatters: GitHub workflow commands (with the runner's escaping rules) and Markdown for pull-request
// comments and job summaries.
import { describe, expect, it } from 'vitest';

import { escapeData, escapeProperty, formatGithub } from '../../src/formatters/github.js';
import { formatMarkdown } from '../../src/formatters/markdown.js';
import { PLAIN } from '../../src/formatters/palette.js';
import { compareSources, formatReport } from '../../src/index.js';

const WIRE =
  'The quake killed at least 37 people on Tuesday, officials said.\n\nRescuers pulled 84 survivors from the rubble.\n';
const report = compareSources([
  { id: 'wire', path: 'stories/wire.txt', text: WIRE },
  { id: 'copy', path: 'stories/copy.txt', text: WIRE },
  {
    id: 'a,b:c',
    path: 'stories/a,b:c.txt',
    text:
      `${WIRE.replace('37', '45').replace('Rescuers pulled 84 survivors from the rubble.\n', '')}` +
      `\nA 100% *new* | claim.\n`,
  },
]);

describe('GitHub annotations', () => {
  it.each([
    ['100%', '100%25'],
    ['a\r\nb', 'a%0D%0Ab'],
    ['a:b,c', 'a:b,c'],
  ])('escapeData(%j) = %j', (input, output) => {
    expect(escapeData(input)).toBe(output);
  });

  it.each([
    ['a:b,c', 'a%3Ab%2Cc'],
    ['50%:x\n', '50%25%3Ax%0A'],
  ])('escapeProperty(%j) = %j', (input, output) => {
    expect(escapeProperty(input)).toBe(output);
  });

  const lines = formatReport(report, 'github').trimEnd().split('\n');

  it('gives altered facts an error at the line, omitted ones an error on the file, unique claims a warning', () => {
    const commands = lines.filter((l) => l.startsWith('::'));
    expect(commands.find((l) => l.includes('altered'))).toMatch(
      /^::error file=stories\/a%2Cb%3Ac\.txt,line=1,title=claimdiff%3A altered in a%2Cb%3Ac::/,
    );
    expect(commands.find((l) => l.includes('omitted'))).toMatch(/^::error file=stories\/a%2Cb%3Ac\.txt,title=/);
    expect(commands.find((l) => l.includes('claim only this source makes'))).toMatch(
      /^::warning file=.*line=\d+.*100%25 \*new\* \| claim\./,
    );
  });

  it('keeps one command per line whatever the data holds', () => {
    for (const l of lines) expect(l.startsWith('::') || l.startsWith('claimdiff:')).toBe(true);
  });

  it('annotates only the findings it is given (check passes the new ones)', () => {
    expect(
      formatGithub(report, { palette: PLAIN, check: { failing: [], stale: [] } })
        .trim()
        .split('\n'),
    ).toHaveLength(1);
  });
});

describe('Markdown', () => {
  const md = formatMarkdown(report, { palette: PLAIN });

  it('has the sections of the report as headings and tables', () => {
    expect(md).toMatch(/^## claimdiff/);
    expect(md).toMatch(/\| fact \| A \| B \| C \| reference value \|/);
    expect(md).toMatch(/### Altered/);
    expect(md).toMatch(/### Claims only one source makes/);
    expect(md).toMatch(/### Summary/);
  });

  it('shows an altered value as ~~removed~~ **added**', () => {
    expect(md).toContain('~~37~~');
    expect(md).toContain('**45**');
  });

  it("escapes Markdown in the sources' own words, pipes included", () => {
    expect(md).toContain('A 100% \\*new\\* \\| claim.');
    for (const row of md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('|--'))) {
      const cells = row.replace(/\\\|/g, '').split('|').length;
      expect(cells).toBeGreaterThan(2);
    }
  });
});

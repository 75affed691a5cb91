// The README must stay what the tool does: every line of the sample of `claimdiff fixtures/seeds` that is
// not an elision ("…") appears in the real output, and the options list names every format.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { FORMAT_NAMES, compare, formatReport } from '../../src/index.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

describe('README', () => {
  it('lists on its --format line exactly the formats of FORMATTERS, in their order', () => {
    // "  -f, --format <name>    stylish (default), json, markdown or github"
    const line = README.split('\n').find((l) => l.trimStart().startsWith('-f, --format <name>'))!;
    const names = line
      .replace(/^\s*-f, --format <name>\s+/, '')
      .replace(' (default)', '')
      .split(/, | or /);
    expect(names).toEqual(FORMAT_NAMES);
  });

  it('shows the seeds report as claimdiff prints it', async () => {
    const sample = README.split('$ npx claimdiff fixtures/seeds\n')[1]!.split('\n```')[0]!;
    const output = formatReport(await compare(['fixtures/seeds'], { cwd: ROOT }), 'stylish', { width: 110 }).split(
      '\n',
    );
    const full = formatReport(await compare(['fixtures/seeds'], { cwd: ROOT }), 'stylish').split('\n');
    for (const line of sample.split('\n')) {
      if (line.trim() === '' || line.includes('…')) continue;
      expect(output.includes(line) || full.includes(line), line).toBe(true);
    }
  });
});

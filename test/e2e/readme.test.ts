// The README's sample of `claimdiff fixtures/seeds` must stay what the tool prints: every line of the sample
// that is not an elision ("…") appears in the real output.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { formatStylish } from '../../src/formatters/stylish.js';
import { compare } from '../../src/index.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

describe('README', () => {
  it('shows the seeds report as claimdiff prints it', async () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const sample = readme.split('$ npx claimdiff fixtures/seeds\n')[1]!.split('\n```')[0]!;
    const output = formatStylish(await compare(['fixtures/seeds'], { cwd: ROOT }), { width: 110 }).split('\n');
    const full = formatStylish(await compare(['fixtures/seeds'], { cwd: ROOT })).split('\n');
    for (const line of sample.split('\n')) {
      if (line.trim() === '' || line.includes('…')) continue;
      expect(output.includes(line) || full.includes(line), line).toBe(true);
    }
  });
});

// A bug inside the library must not look like bad input: exit 3, one line on stderr, the stack only when asked.
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/index.js', () => ({
  compare: async () => {
    throw new TypeError('something broke');
  },
}));

const { run } = await import('../../src/cli/index.js');

async function cli(env: Record<string, string>) {
  let stderr = '';
  const code = await run(['fixtures/seeds'], {
    stdout: { write: () => true, isTTY: false },
    stderr: {
      write: (text: string) => {
        stderr += text;
        return true;
      },
    },
    env,
    cwd: process.cwd(),
  });
  return { code, lines: stderr.split('\n').filter(Boolean) };
}

describe('internal errors', () => {
  it('exit 3 with one line naming the problem', async () => {
    const { code, lines } = await cli({});
    expect(code).toBe(3);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('something broke');
  });

  it('print the stack with CLAIMDIFF_DEBUG set', async () => {
    const { code, lines } = await cli({ CLAIMDIFF_DEBUG: '1' });
    expect(code).toBe(3);
    expect(lines.some((l) => /^\s+at /.test(l))).toBe(true);
  });
});

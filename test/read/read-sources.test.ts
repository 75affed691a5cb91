import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { InputError } from '../../src/errors.js';
import { readSources } from '../../src/read/index.js';

const ARTICLE = 'Ukraine may strike deep into Russia, officials said.\n';

let root: string;

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'claimdiff-read-'));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Writes files under the temp root; a string value is UTF-8 text, a number array is raw bytes. */
function build(files: Record<string, string | number[]>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, typeof content === 'string' ? content : Uint8Array.from(content));
  }
}

/** Runs readSources and returns the InputError it throws (fails the test if it resolves or throws something else). */
async function inputError(paths: string[], cwd = root): Promise<InputError> {
  const error = await readSources(paths, { cwd }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe('readSources: reading', () => {
  it(
    'reads a folder’s .txt and .md files sorted by name, ' + 'skipping hidden files, other extensions and subfolders',
    async () => {
      build({
        'story/b.txt': 'B text.',
        'story/a.md': 'A text.',
        'story/C.txt': 'C text.',
        'story/.hidden.txt': 'hidden',
        'story/notes.json': '{}',
        'story/sub/z.txt': 'nested',
      });
      const result = await readSources(['story'], { cwd: root });
      // Plain code-unit order: upper case before lower case.
      expect(result.sources).toEqual([
        { id: 'C', path: 'story/C.txt', text: 'C text.' },
        { id: 'a', path: 'story/a.md', text: 'A text.' },
        { id: 'b', path: 'story/b.txt', text: 'B text.' },
      ]);
      // Hidden files pass in silence; anything else left out is reported.
      expect(result.warnings.map((w) => w.file)).toEqual(['story/notes.json', 'story/sub']);
    },
  );

  it.each([
    ['story.v2.txt', 'story.v2'],
    ['reuters.md', 'reuters'],
    ['page.html', 'page'],
    ['README', 'README'],
  ])('id of %s is %s (any extension is read when the file is named)', async (name, id) => {
    build({ [name]: ARTICLE, 'other.txt': ARTICLE });
    const { sources } = await readSources([name, 'other.txt'], { cwd: root });
    expect(sources.map((s) => s.id)).toContain(id);
  });

  it('reports paths relative to cwd with POSIX separators, keeping ../ for paths outside it', async () => {
    build({ 'work/in/x.txt': ARTICLE, 'elsewhere/y.txt': ARTICLE });
    const cwd = path.join(root, 'work');
    const { sources } = await readSources([path.join('in', 'x.txt'), path.join(root, 'elsewhere', 'y.txt')], { cwd });
    expect(sources.map((s) => s.path)).toEqual(['in/x.txt', '../elsewhere/y.txt']);
  });

  it('does not depend on argument order', async () => {
    build({ 'one/x.txt': 'X.', 'two/y.md': 'Y.', 'z.txt': 'Z.', 'empty.txt': '' });
    const forward = await readSources(['one', 'two', 'z.txt', 'empty.txt'], { cwd: root });
    const backward = await readSources(['empty.txt', 'z.txt', 'two', 'one'], { cwd: root });
    expect(backward).toEqual(forward);
    expect(forward.sources.map((s) => s.id)).toEqual(['x', 'y', 'z']);
  });

  it('reads a file named both directly and through its folder once', async () => {
    build({ 'story/a.txt': ARTICLE, 'story/b.txt': ARTICLE });
    const { sources, warnings } = await readSources(['story', 'story/a.txt'], { cwd: root });
    expect(sources.map((s) => s.path)).toEqual(['story/a.txt', 'story/b.txt']);
    expect(warnings.map((w) => w.file)).toEqual(['story/a.txt']);
  });

  it('normalises line ends and strips a UTF-8 BOM', async () => {
    build({ 'a.txt': [0xef, 0xbb, 0xbf, 0x41, 0x0d, 0x0a, 0x42, 0x0d, 0x43], 'b.txt': ARTICLE });
    const { sources } = await readSources(['a.txt', 'b.txt'], { cwd: root });
    expect(sources[0]?.text).toBe('A\nB\nC');
  });
});

describe('readSources: skipped files and warnings', () => {
  const skipCases: Array<{ name: string; content: string | number[]; message: RegExp }> = [
    { name: 'empty file', content: '', message: /empty file/ },
    { name: 'whitespace-only file', content: ' \n\t\r\n ', message: /empty file/ },
    { name: 'binary file', content: [0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00], message: /binary/ },
  ];

  it.each(skipCases)('skips a $name with a warning naming it', async ({ content, message }) => {
    build({ 'story/a.txt': ARTICLE, 'story/b.txt': ARTICLE, 'story/bad.txt': content });
    const result = await readSources(['story'], { cwd: root });
    expect(result.sources.map((s) => s.id)).toEqual(['a', 'b']);
    expect(result.warnings).toEqual([{ file: 'story/bad.txt', message: expect.stringMatching(message) }]);
  });

  it('skips a file over maxBytes with a warning', async () => {
    build({ 'a.txt': ARTICLE, 'b.txt': ARTICLE, 'big.txt': 'x'.repeat(200) });
    const result = await readSources(['a.txt', 'b.txt', 'big.txt'], { cwd: root, maxBytes: 100 });
    expect(result.sources.map((s) => s.id)).toEqual(['a', 'b']);
    expect(result.warnings).toEqual([{ file: 'big.txt', message: expect.stringMatching(/over the 100 bytes limit/) }]);
  });

  it('decodes invalid UTF-8 as Windows-1252 with a warning', async () => {
    build({ 'a.txt': ARTICLE, 'latin.txt': [0x43, 0x6f, 0x73, 0x74, 0x3a, 0x20, 0xa3, 0x35] });
    const result = await readSources(['a.txt', 'latin.txt'], { cwd: root });
    expect(result.sources.find((s) => s.id === 'latin')?.text).toBe('Cost: £5');
    expect(result.warnings).toEqual([{ file: 'latin.txt', message: 'not valid UTF-8; decoded as Windows-1252' }]);
  });

  const runningAsRoot = process.getuid?.() === 0;

  it.skipIf(runningAsRoot)('skips an unreadable file with a one-line warning (not a stack trace)', async () => {
    build({ 'a.txt': ARTICLE, 'b.txt': ARTICLE, 'locked.txt': ARTICLE });
    chmodSync(path.join(root, 'locked.txt'), 0o000);
    try {
      const result = await readSources(['a.txt', 'b.txt', 'locked.txt'], { cwd: root });
      expect(result.sources.map((s) => s.id)).toEqual(['a', 'b']);
      expect(result.warnings).toEqual([{ file: 'locked.txt', message: 'skipped: permission denied (EACCES)' }]);
    } finally {
      chmodSync(path.join(root, 'locked.txt'), 0o644);
    }
  });
});

describe('readSources: input errors', () => {
  it('rejects a missing path', async () => {
    build({ 'a.txt': ARTICLE });
    const error = await inputError(['a.txt', 'nope.txt']);
    expect(error.message).toBe('nope.txt: no such file or directory');
    expect(error.subject).toBe('nope.txt');
  });

  it.each([
    ['an empty folder', {}],
    ['a folder without article files', { 'story/notes.json': '{}', 'story/.hidden.md': 'x' }],
  ])('rejects %s', async (_name, files: Record<string, string>) => {
    build(files);
    mkdirSync(path.join(root, 'story'), { recursive: true });
    const error = await inputError(['story']);
    expect(error.message).toBe('story: no article files (.txt, .md, .html)');
  });

  it('rejects two files with the same id, naming both', async () => {
    build({ 'a/x.txt': ARTICLE, 'b/x.md': ARTICLE });
    const error = await inputError(['b', 'a']);
    expect(error.message).toContain('a/x.txt');
    expect(error.message).toContain('b/x.md');
  });

  it('rejects a single source', async () => {
    build({ 'story/only.txt': ARTICLE, 'story/empty.md': '' });
    const error = await inputError(['story']);
    // Names the file, and says why nothing can be compared.
    expect(error.message).toContain('story/only.txt');
    expect(error.message).toMatch(/two or more/);
    // ...and why the other file could not be used, since the error is all that is printed.
    expect(error.message).toContain('story/empty.md: empty file');
  });

  it('reports a FIFO in a folder instead of dropping it', async () => {
    build({ 'story/a.txt': ARTICLE, 'story/b.txt': ARTICLE });
    const { execFileSync } = await import('node:child_process');
    try {
      execFileSync('mkfifo', [path.join(root, 'story', 'pipe.txt')]);
    } catch {
      return; // no mkfifo on this system
    }
    const { warnings } = await readSources(['story'], { cwd: root });
    expect(warnings).toEqual([{ file: 'story/pipe.txt', message: expect.stringMatching(/not a regular file/) }]);
  });

  it('rejects a run where nothing is readable, saying why', async () => {
    build({ 'story/empty.txt': '', 'story/blob.md': [0x00, 0x01] });
    const error = await inputError(['story']);
    expect(error.message).toMatch(/^no readable article files/);
    expect(error.message).toContain('story/empty.txt');
    expect(error.message).toContain('story/blob.md');
  });
});

describe('readSources: web pages', () => {
  const PAGE = (body: string) =>
    '<!doctype html><html><head><title>Strike - Site</title><script>var x = 1;</script></head>' +
    `<body>${body}</body></html>`;
  const STORY =
    '<nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Ukraine may strike deep</h1>' +
    '<p>Ukraine may strike deep into Russia with U.S.-made missiles, two officials said on Sunday.</p>' +
    '<p>The ATACMS missiles have a range of up to 306 km, officials said.</p>' +
    '<p>The decision comes two months before the inauguration, the officials said.</p></article>' +
    '<footer>© 2024 Site</footer>';

  it('picks up .html and .htm files in a folder and reads their article text, one paragraph per line', async () => {
    build({ 'story/a.html': PAGE(STORY), 'story/b.htm': PAGE(STORY), 'story/c.txt': ARTICLE });
    const { sources, warnings } = await readSources(['story'], { cwd: root });
    expect(sources.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(warnings).toEqual([]);
    const lines = sources[0]!.text.split('\n').filter(Boolean);
    expect(lines[0]).toBe('Ukraine may strike deep');
    expect(lines).toContain('The ATACMS missiles have a range of up to 306 km, officials said.');
    expect(sources[0]!.text).not.toMatch(/Home|World|var x|© 2024/);
  });

  it('skips a page with no text, with a warning naming it', async () => {
    build({
      'story/empty.html': PAGE('<script>var y = 2;</script><img src="a.png">'),
      'story/a.txt': ARTICLE,
      'story/b.txt': ARTICLE,
    });
    const { sources, warnings } = await readSources(['story'], { cwd: root });
    expect(sources.map((s) => s.id)).toEqual(['a', 'b']);
    expect(warnings).toEqual([{ file: 'story/empty.html', message: expect.stringMatching(/skipped: .*no text/) }]);
  });

  it('leaves out a comment thread longer than the article, a cookie banner and picture captions', async () => {
    const comment =
      'I live near the border and I can tell you the number is much higher than anyone admits, ' +
      'at least 40 died in my village. ';
    build({
      'story/a.html': PAGE(
        '<div class="cookie-banner">We use cookies to improve your experience. Accept</div>' +
          '<article><h1>Quake kills 12</h1>' +
          '<p>A magnitude 5.9 earthquake killed 12 people in eastern Turkey on Monday, the disaster agency said.</p>' +
          '<figure><img src="a.jpg"><figcaption>Rescuers in Malatya. REUTERS/Stringer</figcaption></figure>' +
          '<p>Rescue teams were searching for survivors, the agency said.</p></article>' +
          `<section class="comments"><h3>Comments (3)</h3><div class="comment"><p>${comment.repeat(4)}</p></div>` +
          `<div class="comment"><p>${comment.repeat(4)}</p></div></section>`,
      ),
      'story/b.txt': ARTICLE,
    });
    const { sources } = await readSources(['story'], { cwd: root });
    const text = sources.find((s) => s.id === 'a')!.text;
    expect(text).toContain('A magnitude 5.9 earthquake killed 12 people');
    expect(text).toContain('Rescue teams were searching');
    expect(text).not.toMatch(/my village|cookies|Rescuers in Malatya|Comments/);
  });

  it('reads a page that is not an article (too short for Readability) whole', async () => {
    build({ 'story/short.html': PAGE('<p>Two officials said so.</p>'), 'story/a.txt': ARTICLE });
    const { sources } = await readSources(['story'], { cwd: root });
    expect(sources.find((s) => s.id === 'short')!.text).toBe('Two officials said so.\n');
  });
});

describe('readSources: recursive', () => {
  it('reads nested folders, gives nested files their path as id, skips hidden folders', async () => {
    build({
      'archive/top.txt': ARTICLE,
      'archive/2024/jan/story.txt': ARTICLE,
      'archive/2024/feb/story.md': ARTICLE,
      'archive/.git/notes.txt': ARTICLE,
      'archive/2024/feb/data.csv': 'a,b',
    });
    const { sources, warnings } = await readSources(['archive'], { cwd: root, recursive: true });
    expect(sources.map((s) => [s.id, s.path])).toEqual([
      ['2024/feb/story', 'archive/2024/feb/story.md'],
      ['2024/jan/story', 'archive/2024/jan/story.txt'],
      ['top', 'archive/top.txt'],
    ]);
    expect(warnings.map((w) => w.file)).toEqual(['archive/2024/feb/data.csv']);
  });

  it('follows a symbolic link to a folder once and reports a loop instead of looping', async () => {
    build({ 'archive/a.txt': ARTICLE, 'archive/sub/b.txt': ARTICLE });
    const { symlinkSync } = await import('node:fs');
    symlinkSync(path.join(root, 'archive'), path.join(root, 'archive', 'sub', 'back-up'));
    const { sources, warnings } = await readSources(['archive'], { cwd: root, recursive: true });
    expect(sources.map((s) => s.id)).toEqual(['a', 'sub/b']);
    expect(warnings).toEqual([{ file: 'archive/sub/back-up', message: expect.stringMatching(/symbolic link loop/) }]);
  });

  it('without it, a subfolder is reported and skipped, pointing at --recursive', async () => {
    build({ 'archive/a.txt': ARTICLE, 'archive/b.txt': ARTICLE, 'archive/sub/c.txt': ARTICLE });
    const { warnings } = await readSources(['archive'], { cwd: root });
    expect(warnings).toEqual([{ file: 'archive/sub', message: expect.stringMatching(/--recursive/) }]);
  });
});

// Issue 14: the order of the paths decided a file's id and which error was shown.
describe('readSources: the order of the paths', () => {
  const orders = (paths: string[]) => [paths, [...paths].reverse()];

  it.each(orders(['arch', 'arch/sub/v2.txt']))(
    'a file named on its own and found by -R keeps the id its folder gives it (%j)',
    async (...paths) => {
      build({ 'arch/v0.txt': ARTICLE, 'arch/v1.txt': ARTICLE, 'arch/sub/v2.txt': ARTICLE });
      const result = await readSources(paths, { cwd: root, recursive: true });
      expect(result.sources.map((s) => s.id)).toEqual(['sub/v2', 'v0', 'v1']);
      expect(result.warnings).toEqual([{ file: 'arch/sub/v2.txt', message: 'named more than once; read once' }]);
    },
  );

  it.each(orders(['stories', 'y.txt', 'missing.txt']))(
    'of several paths that cannot be read, the first in code-unit order is named (%j)',
    async (...paths) => {
      build({ 'stories/a.txt': ARTICLE, 'stories/b.txt': ARTICLE });
      mkdirSync(path.join(root, 'y.txt'));
      expect((await inputError(paths)).message).toBe('missing.txt: no such file or directory');
    },
  );

  it.each(orders(['stories', 'y.txt', '']))('an empty path (the working folder) comes last (%j)', async (...paths) => {
    build({ 'stories/a.txt': ARTICLE, 'stories/b.txt': ARTICLE });
    mkdirSync(path.join(root, 'y.txt'));
    expect((await inputError(paths)).message).toBe('y.txt: no article files (.txt, .md, .html)');
  });

  it('an empty path alone is named as the working folder', async () => {
    build({ 'stories/a.txt': ARTICLE });
    expect((await inputError(['', 'stories/a.txt'])).message).toBe('.: no article files (.txt, .md, .html)');
  });
});

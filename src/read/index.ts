// First pipeline stage and the only one that does I/O: turns the paths the user named into decoded sources.
// It never prints and never touches `process`; problems with the input are thrown as InputError (fatal) or
// returned as warnings (a file was skipped or re-decoded). Nothing is dropped without a warning.

// Synchronous calls: for a CLI reading a handful of small files, each await on the event loop costs more
// than the read itself.
import { readdirSync as readdir, readFileSync as readFile, realpathSync as realpath, statSync as stat } from 'node:fs';
import path from 'node:path';

import { decodeText } from './decode.js';
import { type HtmlReader, MAX_PAGE_ELEMENTS, isHtmlPath, loadHtmlReader } from './html.js';
import { MAX_NESTING_DEPTH } from './nesting.js';
import { InputError } from '../errors.js';
import type { ReadResult, Source, Warning } from '../types.js';
import { compareCodeUnits } from '../text/order.js';

export interface ReadOptions {
  /** Directory that relative paths are resolved against and that reported paths are relative to (absolute). */
  cwd: string;
  /** Files larger than this are skipped with a warning. Default 10 MB. */
  maxBytes?: number;
  /** Read folders to any depth (hidden folders skipped, each real folder once so symlink loops end). */
  recursive?: boolean;
  /** What `-` among the paths reads: one source from standard input, already read by the caller. */
  stdin?: { name: string; bytes: Uint8Array };
}

/** The path that names standard input. */
export const STDIN_PATH = '-';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Extensions picked up when a folder is named; a file named explicitly is read whatever its extension. */
const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm']);

/** A file to read, with the paths used for it in messages. */
interface Candidate {
  absolute: string;
  /** Relative to cwd, POSIX separators. */
  display: string;
  /** Standard input's bytes, for the `-` path: there is no file to read. */
  bytes?: Uint8Array;
  /** The id given to standard input (`--stdin-name`). */
  id?: string;
}

export async function readSources(paths: string[], options: ReadOptions): Promise<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const warnings: Warning[] = [];

  if (paths.filter((p) => p === STDIN_PATH).length > 1)
    throw new InputError('standard input can be read only once', STDIN_PATH);
  const candidates = collectCandidates(
    paths.filter((p) => p !== STDIN_PATH),
    options.cwd,
    warnings,
    options.recursive ?? false,
  );
  if (paths.includes(STDIN_PATH)) {
    if (!options.stdin) throw new InputError('nothing was read from standard input', STDIN_PATH);
    candidates.push({ absolute: STDIN_PATH, display: STDIN_PATH, bytes: options.stdin.bytes, id: options.stdin.name });
  }
  // The HTML reader (a DOM and Readability) is loaded only for a run that has a web page in it.
  const readHtml = candidates.some((c) => isHtmlPath(c.absolute)) ? await loadHtmlReader() : undefined;
  const sources: Source[] = [];
  for (const candidate of candidates) {
    const source = readCandidate(candidate, maxBytes, warnings, readHtml);
    if (source) sources.push(source);
  }

  rejectDuplicateIds(sources);
  sources.sort((a, b) => compareCodeUnits(a.id, b.id));
  warnings.sort((a, b) => compareCodeUnits(a.file, b.file) || compareCodeUnits(a.message, b.message));

  if (sources.length === 0) throw new InputError(noReadableFilesMessage(warnings));
  if (sources.length === 1) {
    // The error is all the caller prints, so it carries the reasons the other files were skipped.
    const skipped = warnings.filter((w) => w.message.startsWith('skipped: '));
    const why =
      skipped.length > 0
        ? ` (${skipped
            .slice(0, 3)
            .map((w) => `${w.file}: ${w.message.replace(/^skipped: /, '')}`)
            .join('; ')}${skipped.length > 3 ? `; and ${skipped.length - 3} more` : ''})`
        : '';
    throw new InputError(
      `the only readable article; claimdiff compares two or more versions of a story${why}`,
      sources[0]!.path,
    );
  }
  return { sources, warnings };
}

/** Expands folders into their article files; the same file named twice (directly and via its folder) is read once. */
function collectCandidates(paths: string[], cwd: string, warnings: Warning[], recursive: boolean): Candidate[] {
  const byAbsolute = new Map<string, Candidate>();
  const passedOver: Warning[] = [];
  // Of several paths that cannot be read, the error names the first in code-unit order, not in the order given
  // (an empty path, the working folder, last).
  let fatal: { error: InputError; key: string } | undefined;
  for (const given of paths) {
    let expanded: Candidate[];
    try {
      expanded = expandPath(given, cwd, warnings, passedOver, recursive);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      const key = given === '' ? '\uffff' : given;
      if (!fatal || compareCodeUnits(key, fatal.key) < 0) fatal = { error, key };
      continue;
    }
    for (const candidate of expanded) {
      const earlier = byAbsolute.get(candidate.absolute);
      if (earlier) warnings.push({ file: candidate.display, message: 'named more than once; read once' });
      // Named on its own ("v2") and through a folder ("sub/v2"), a file keeps the id its folder gives it,
      // whatever the order of the paths: the longer one, as it tells apart files of one name in two folders.
      if (!earlier || compareIds(candidate, earlier) < 0) byAbsolute.set(candidate.absolute, candidate);
    }
  }
  if (fatal) throw fatal.error;
  // "notes.json" passed over in its folder but also named on its own is read, not skipped.
  const named = new Set([...byAbsolute.values()].map((c) => c.display));
  // A folder of 200,000 passed-over files: a loop, as a spread of them would overflow the stack.
  for (const w of passedOver) if (!named.has(w.file)) warnings.push(w);
  return [...byAbsolute.values()];
}

/** The id a candidate gets, and which of two for one file is kept: the longer, then the first in code-unit order. */
function compareIds(a: Candidate, b: Candidate): number {
  const [x, y] = [a.id ?? sourceId(a.absolute), b.id ?? sourceId(b.absolute)];
  return y.length - x.length || compareCodeUnits(x, y);
}

function expandPath(
  given: string,
  cwd: string,
  warnings: Warning[],
  passedOver: Warning[],
  recursive: boolean,
): Candidate[] {
  const absolute = path.resolve(cwd, given);
  const display = displayPath(absolute, cwd);
  let info: ReturnType<typeof stat>;
  try {
    info = stat(absolute);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError('no such file or directory', given);
    warnings.push({ file: display, message: `skipped: ${describeFsError(error)}` });
    return [];
  }

  if (!info.isDirectory()) return [{ absolute, display }];

  const skip = (name: string, why: string) =>
    passedOver.push({ file: displayPath(path.join(absolute, name), cwd), message: `skipped: ${why}` });
  let names: string[];
  try {
    names = recursive ? listArticleFilesDeep(absolute, skip) : listArticleFiles(absolute, skip);
  } catch (error) {
    warnings.push({ file: display, message: `skipped folder: ${describeFsError(error)}` });
    return [];
  }
  if (names.length === 0) throw new InputError('no article files (.txt, .md, .html)', given || display);
  return names.map((name) => {
    const file = path.join(absolute, name);
    // In a nested archive, "2024/jan/story.txt" and "2024/feb/story.txt" need ids of their own: the path in
    // the folder named, without the extension.
    const id = name.includes('/') ? name.slice(0, name.length - path.extname(name).length) : undefined;
    return { absolute: file, display: displayPath(file, cwd), ...(id ? { id } : {}) };
  });
}

/**
 * `listArticleFiles` to any depth, as POSIX paths relative to `root`, sorted. Hidden folders are passed over;
 * each real folder is read once, so a symbolic link back up the tree is reported, not followed forever.
 */
function listArticleFilesDeep(root: string, skip: (name: string, why: string) => void): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  const visit = (relative: string): void => {
    const folder = path.join(root, relative);
    const real = realpath(folder);
    if (seen.has(real)) {
      skip(relative, 'a folder already read (symbolic link loop)');
      return;
    }
    seen.add(real);
    const subfolders: string[] = [];
    const within = (name: string) => (relative === '' ? name : `${relative}/${name}`);
    names.push(
      ...listArticleFiles(
        folder,
        (name, why) => skip(within(name), why),
        (name) => subfolders.push(name),
      ).map(within),
    );
    for (const name of subfolders.sort(compareCodeUnits)) visit(within(name));
  };
  visit('');
  return names.sort(compareCodeUnits);
}

/**
 * Non-hidden *.txt / *.md / *.html files directly in `folder`, sorted by name so the run order is stable across
 * platforms. Anything else in the folder (other files, subfolders) is reported through `skip`: hidden files
 * are the only entries passed over in silence.
 */
function listArticleFiles(
  folder: string,
  skip: (name: string, why: string) => void,
  onFolder?: (name: string) => void,
): string[] {
  const entries = readdir(folder, { withFileTypes: true });
  const names: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory() || (onFolder && entry.isSymbolicLink() && isFolderTarget(path.join(folder, entry.name)))) {
      if (onFolder) onFolder(entry.name);
      else skip(entry.name, 'a folder inside a folder (folders are read one level deep; --recursive reads them all)');
      continue;
    }
    if (!ARTICLE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) {
      skip(entry.name, 'not a .txt, .md or .html file (name it explicitly to read it)');
      continue;
    }
    if (entry.isFile() || (entry.isSymbolicLink() && isFileTarget(path.join(folder, entry.name)))) {
      names.push(entry.name);
    } else {
      // A FIFO, socket or device with an article's name: reading it could block, but it is still reported.
      skip(entry.name, 'not a regular file');
    }
  }
  return names.sort(compareCodeUnits);
}

function isFolderTarget(link: string): boolean {
  try {
    return stat(link).isDirectory();
  } catch {
    return false;
  }
}

function isFileTarget(link: string): boolean {
  try {
    return stat(link).isFile();
  } catch {
    // A dangling link is picked up anyway so that reading it produces a warning instead of vanishing.
    return true;
  }
}

/** Reads and decodes one file, or records why it was skipped and returns null. */
function readCandidate(
  candidate: Candidate,
  maxBytes: number,
  warnings: Warning[],
  readHtml?: HtmlReader,
): Source | null {
  const skip = (reason: string): null => {
    warnings.push({ file: candidate.display, message: `skipped: ${reason}` });
    return null;
  };

  let bytes: Uint8Array;
  if (candidate.bytes) {
    bytes = candidate.bytes;
  } else {
    try {
      // Check the size first so a huge file is never loaded into memory.
      const info = stat(candidate.absolute);
      // FIFOs and devices (/dev/zero) could block or never end; articles are regular files.
      if (!info.isFile()) return skip('not a regular file');
      const size = info.size;
      if (size > maxBytes) return skip(`file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit`);
      bytes = readFile(candidate.absolute);
    } catch (error) {
      return skip(describeFsError(error));
    }
  }
  // The size can change between stat and read; the limit applies to what was actually read.
  if (bytes.length > maxBytes)
    return skip(`file is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit`);

  const decoded = decodeText(bytes);
  if ('binary' in decoded) return skip('binary file, not text');
  if (decoded.text.trim() === '') return skip('empty file');
  let text = decoded.text;
  if (readHtml && isHtmlPath(candidate.absolute)) {
    const page = readHtml(text);
    text = page.text;
    if (text.trim() === '') return skip('no text found in the web page');
    if (page.deepest !== undefined)
      warnings.push({
        file: candidate.display,
        message: `elements nested ${page.deepest} deep; those below depth ${MAX_NESTING_DEPTH} were read as flat text`,
      });
    if (page.elements !== undefined)
      warnings.push({
        file: candidate.display,
        message: `${page.elements} elements, over ${MAX_PAGE_ELEMENTS}: read whole, the article not looked for`,
      });
  }
  if (decoded.warning) warnings.push({ file: candidate.display, message: decoded.warning });

  return { id: candidate.id ?? sourceId(candidate.absolute), path: candidate.display, text };
}

/** "a/story.v2.txt" → "story.v2": the id users see in reports, so it stays close to the file name. */
function sourceId(file: string): string {
  const base = path.basename(file);
  return base.slice(0, base.length - path.extname(base).length);
}

function rejectDuplicateIds(sources: Source[]): void {
  const seen = new Map<string, string>();
  for (const source of sources) {
    const earlier = seen.get(source.id);
    if (earlier !== undefined) {
      // Sorted so the message does not depend on argument order.
      const [first, second] = [earlier, source.path].sort(compareCodeUnits);
      throw new InputError(
        `two sources have the same id "${source.id}": ${first} and ${second}; rename one so each file name is unique`,
      );
    }
    seen.set(source.id, source.path);
  }
}

/** When nothing is readable, say why for each file: the caller only gets the error, not the warnings. */
function noReadableFilesMessage(warnings: Warning[]): string {
  const shown = warnings.slice(0, 5).map((w) => `${w.file} (${w.message})`);
  const more = warnings.length > shown.length ? `, and ${warnings.length - shown.length} more` : '';
  return shown.length > 0 ? `no readable article files: ${shown.join(', ')}${more}` : 'no readable article files';
}

/** Relative to cwd with POSIX separators; paths outside cwd keep their "../" form rather than becoming absolute. */
function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(path.resolve(cwd), absolute);
  return (relative === '' ? '.' : relative).split(path.sep).join('/');
}

const FS_ERROR_REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOENT: 'no such file or directory',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
  EBUSY: 'file is busy',
};

/** One line for the user ("permission denied (EACCES)"), never a stack trace. */
function describeFsError(error: unknown): string {
  const code = errorCode(error);
  if (code) return `${FS_ERROR_REASONS[code] ?? 'cannot read'} (${code})`;
  return error instanceof Error ? error.message : String(error);
}

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string')
    return error.code;
  return undefined;
}

function formatBytes(size: number): string {
  if (size >= 1024 * 1024) return `${+(size / (1024 * 1024)).toFixed(1)} MB`;
  if (size >= 1024) return `${+(size / 1024).toFixed(1)} KB`;
  return `${size} bytes`;
}

// Turns the bytes of one article file into text. Pure: no I/O, no `process`.
//
// Articles saved from the web arrive as UTF-8 (with or without a byte-order mark), as UTF-16 from some Windows
// editors, or as legacy Windows-1252 from older tools. Anything else that is not text (a PDF, an image, a zip) is
// reported as binary so the reader can skip it with a warning instead of comparing garbage.

export type DecodeResult = { text: string; encoding: string; warning?: string } | { binary: true };

/** How much of the file is inspected to decide whether it is binary. */
const BINARY_SNIFF_BYTES = 8 * 1024;
/** Share of control bytes above which a NUL-free file is still considered binary. */
const CONTROL_BYTE_LIMIT = 0.1;

export const WINDOWS_1252_WARNING = 'not valid UTF-8; decoded as Windows-1252';

export function decodeText(bytes: Uint8Array): DecodeResult {
  // A byte-order mark is the file telling us its encoding, so it wins over every heuristic below
  // (UTF-16 text is full of NUL bytes and would otherwise look binary).
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeUtf8WithBom(bytes.subarray(3));
  // UTF-32's marks begin like UTF-16's, so they are tested first.
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00])) return decodeUtf32(bytes.subarray(4), 'utf-32le');
  if (startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) return decodeUtf32(bytes.subarray(4), 'utf-32be');
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes.subarray(2), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes.subarray(2), 'utf-16be');

  // UTF-16 saved without a mark: English text in it has a zero byte in every other position.
  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    const decoded = decodeUtf16(bytes, utf16);
    return 'binary' in decoded
      ? decoded
      : { ...decoded, warning: `no byte-order mark; read as ${utf16.toUpperCase()}` };
  }

  if (looksBinary(bytes)) return { binary: true };

  const utf8 = tryDecodeUtf8(bytes);
  if (utf8 !== null) return { text: normaliseLineEnds(utf8), encoding: 'utf-8' };

  // Invalid UTF-8 in a text file almost always means a legacy Western single-byte encoding; Windows-1252 is a
  // superset of Latin-1 for printable characters, so it is the most useful guess. The warning tells the user we
  // guessed. Files pasted together from several places can mix the two, so each line is decoded on its own: one
  // stray Latin-1 "ß" must not turn every curly quote of a UTF-8 file into "â€œ".
  const mixed = decodeLineByLine(bytes);
  if (mixed.utf8Lines > 0) {
    const lines = mixed.legacyLines.length;
    return {
      text: normaliseLineEnds(mixed.text),
      encoding: 'utf-8',
      warning:
        `${lines} line${lines === 1 ? '' : 's'} not valid UTF-8 (line ${mixed.legacyLines.slice(0, 5).join(', ')}` +
        `${lines > 5 ? ', ...' : ''}); decoded as Windows-1252`,
    };
  }
  return { text: normaliseLineEnds(mixed.text), encoding: 'windows-1252', warning: WINDOWS_1252_WARNING };
}

/**
 * Each line as UTF-8 when it is valid UTF-8, else as Windows-1252; counts the lines that hold non-ASCII
 * UTF-8 (evidence the file is UTF-8 at heart) and lists the 1-based numbers of the legacy ones.
 */
function decodeLineByLine(bytes: Uint8Array): { text: string; utf8Lines: number; legacyLines: number[] } {
  const parts: string[] = [];
  const legacyLines: number[] = [];
  let utf8Lines = 0;
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    const chunk = bytes.subarray(start, end);
    const utf8 = tryDecodeUtf8(chunk);
    if (utf8 === null) {
      legacyLines.push(line);
      parts.push(decodeWindows1252(chunk));
    } else {
      if (chunk.some((byte) => byte >= 0x80)) utf8Lines++;
      parts.push(utf8);
    }
    start = end + 1;
  }
  return { text: parts.join('\n'), utf8Lines, legacyLines };
}

/** Converts CRLF (Windows) and lone CR (old Mac) line ends to LF so line numbers mean the same for every source. */
export function normaliseLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

function decodeUtf8WithBom(body: Uint8Array): DecodeResult {
  const text = tryDecodeUtf8(body);
  if (text !== null) return { text: normaliseLineEnds(text), encoding: 'utf-8-bom' };
  // The mark says UTF-8, so keep trusting it but say that some bytes were unreadable.
  const lossy = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
  return {
    text: normaliseLineEnds(lossy),
    encoding: 'utf-8-bom',
    warning: 'invalid UTF-8 after a UTF-8 byte-order mark; unreadable bytes replaced with U+FFFD',
  };
}

function decodeUtf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeResult {
  // ignoreBOM: the mark has already been cut off; a second one would be a real (zero-width) character.
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
  if (hasTooManyControlChars(text)) return { binary: true };
  return { text: normaliseLineEnds(text), encoding };
}

/**
 * 'utf-16le' when, in the first 8 KB, at least 40% of the odd bytes are zero and hardly any even ones (ASCII
 * letters written little-endian), 'utf-16be' the other way round, else null.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, BINARY_SNIFF_BYTES & ~1);
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  if (oddZeros >= pairs * 0.4 && evenZeros <= pairs * 0.05) return 'utf-16le';
  if (evenZeros >= pairs * 0.4 && oddZeros <= pairs * 0.05) return 'utf-16be';
  return null;
}

/** UTF-32, which TextDecoder does not offer: four bytes per code point. */
function decodeUtf32(body: Uint8Array, encoding: 'utf-32le' | 'utf-32be'): DecodeResult {
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const parts: string[] = [];
  for (let i = 0; i + 3 < body.length; i += 4) {
    const code = view.getUint32(i, encoding === 'utf-32le');
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return { binary: true };
    parts.push(String.fromCodePoint(code));
  }
  const text = parts.join('');
  if (hasTooManyControlChars(text)) return { binary: true };
  return { text: normaliseLineEnds(text), encoding };
}

function tryDecodeUtf8(bytes: Uint8Array): string | null {
  try {
    // ignoreBOM keeps a stray U+FEFF as text; the BOM case is handled before we get here.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Text files never contain NUL; many other C0 control bytes also point to a binary format. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, BINARY_SNIFF_BYTES);
  if (sample.length === 0) return false;
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (isControlCode(byte)) controls++;
  }
  return controls / sample.length > CONTROL_BYTE_LIMIT;
}

function hasTooManyControlChars(text: string): boolean {
  const sample = text.slice(0, BINARY_SNIFF_BYTES / 2);
  if (sample.length === 0) return false;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) return true;
    if (isControlCode(code)) controls++;
  }
  return controls / sample.length > CONTROL_BYTE_LIMIT;
}

/** C0 controls and DEL, except the whitespace ones that plain text uses (tab, LF, VT, FF, CR). */
function isControlCode(code: number): boolean {
  if (code === 0x09 || code === 0x0a || code === 0x0b || code === 0x0c || code === 0x0d) return false;
  return code < 0x20 || code === 0x7f;
}

/**
 * Windows-1252 characters for bytes 0x80–0x9F (WHATWG index). The five bytes the code page leaves undefined map to
 * the C1 control with the same number, as browsers do.
 */
const WINDOWS_1252_HIGH: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d,
  0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x009d, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const decoded = new TextDecoder('windows-1252').decode(bytes);
  // Node 20.18.3+ and 22.13+ decode 'windows-1252' as plain Latin-1 (nodejs/node#60888), turning smart quotes and
  // the euro sign into invisible C1 controls. Map those back; on a correct runtime no C1 characters remain and this
  // is a no-op.
  return decoded.replace(/[\u0080-\u009f]/g, (c) =>
    String.fromCharCode(WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c.charCodeAt(0)),
  );
}

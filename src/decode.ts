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
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes.subarray(2), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes.subarray(2), 'utf-16be');

  if (looksBinary(bytes)) return { binary: true };

  const utf8 = tryDecodeUtf8(bytes);
  if (utf8 !== null) return { text: normaliseLineEnds(utf8), encoding: 'utf-8' };

  // Invalid UTF-8 in a text file almost always means a legacy Western single-byte encoding; Windows-1252 is a
  // superset of Latin-1 for printable characters, so it is the most useful guess. The warning tells the user we guessed.
  return { text: normaliseLineEnds(decodeWindows1252(bytes)), encoding: 'windows-1252', warning: WINDOWS_1252_WARNING };
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
  // Node 20.18.3+ and 22.13+ decode 'windows-1252' as plain Latin-1 (nodejs/node#60888), turning smart quotes and the
  // euro sign into invisible C1 controls. Map those back; on a correct runtime no C1 characters remain and this is a no-op.
  return decoded.replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c.charCodeAt(0)));
}

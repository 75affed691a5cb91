import { describe, expect, it } from 'vitest';

import { decodeText, normaliseLineEnds, WINDOWS_1252_WARNING } from '../../src/read/decode.js';

const utf8 = (text: string): number[] => [...new TextEncoder().encode(text)];

/** UTF-16 code units of `text`, written little- or big-endian. */
function utf16(text: string, endian: 'le' | 'be'): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [hi, lo] = [unit >> 8, unit & 0xff];
    bytes.push(...(endian === 'le' ? [lo, hi] : [hi, lo]));
  }
  return bytes;
}

/** Code points of `text` as UTF-32 bytes. */
function utf32(text: string, littleEndian: boolean): number[] {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const be = [(code >>> 24) & 0xff, (code >>> 16) & 0xff, (code >>> 8) & 0xff, code & 0xff];
    bytes.push(...(littleEndian ? be.reverse() : be));
  }
  return bytes;
}

describe('decodeText', () => {
  const cases: Array<{ name: string; bytes: number[]; expected: ReturnType<typeof decodeText> }> = [
    { name: 'plain UTF-8', bytes: utf8('Kyiv – “fast”'), expected: { text: 'Kyiv – “fast”', encoding: 'utf-8' } },
    {
      name: 'UTF-8 with BOM (BOM stripped)',
      bytes: [0xef, 0xbb, 0xbf, ...utf8('Zelenskiy’s')],
      expected: { text: 'Zelenskiy’s', encoding: 'utf-8-bom' },
    },
    {
      name: 'UTF-16 LE with BOM',
      bytes: [0xff, 0xfe, ...utf16('£5 – “ok”\r\nnext', 'le')],
      expected: { text: '£5 – “ok”\nnext', encoding: 'utf-16le' },
    },
    {
      name: 'UTF-16 BE with BOM',
      bytes: [0xfe, 0xff, ...utf16('£5 – “ok”', 'be')],
      expected: { text: '£5 – “ok”', encoding: 'utf-16be' },
    },
    {
      name: 'UTF-16 LE without BOM (sniffed)',
      bytes: utf16('Kyiv said 10,000 troops.', 'le'),
      expected: {
        text: 'Kyiv said 10,000 troops.',
        encoding: 'utf-16le',
        warning: 'no byte-order mark; read as UTF-16LE',
      },
    },
    {
      name: 'UTF-16 BE without BOM (sniffed)',
      bytes: utf16('Kyiv said 10,000 troops.', 'be'),
      expected: {
        text: 'Kyiv said 10,000 troops.',
        encoding: 'utf-16be',
        warning: 'no byte-order mark; read as UTF-16BE',
      },
    },
    {
      name: 'UTF-32 LE with BOM',
      bytes: [0xff, 0xfe, 0x00, 0x00, ...utf32('£5 “ok” 😀', true)],
      expected: { text: '£5 “ok” 😀', encoding: 'utf-32le' },
    },
    {
      name: 'UTF-32 BE with BOM',
      bytes: [0x00, 0x00, 0xfe, 0xff, ...utf32('£5 “ok”', false)],
      expected: { text: '£5 “ok”', encoding: 'utf-32be' },
    },
    {
      name: 'Latin-1 "£5" falls back to Windows-1252',
      bytes: [0xa3, 0x35],
      expected: { text: '£5', encoding: 'windows-1252', warning: WINDOWS_1252_WARNING },
    },
    {
      name: 'Windows-1252 smart quotes and euro sign (bytes 0x80–0x9F)',
      bytes: [0x93, 0x48, 0x69, 0x94, 0x20, 0x80, 0x35, 0x20, 0x96, 0x20, 0x92],
      expected: { text: '“Hi” €5 – ’', encoding: 'windows-1252', warning: WINDOWS_1252_WARNING },
    },
    { name: 'CRLF becomes LF', bytes: utf8('a\r\nb\r\n'), expected: { text: 'a\nb\n', encoding: 'utf-8' } },
    { name: 'lone CR becomes LF', bytes: utf8('a\rb\r\rc'), expected: { text: 'a\nb\n\nc', encoding: 'utf-8' } },
    { name: 'empty input is empty text', bytes: [], expected: { text: '', encoding: 'utf-8' } },
    { name: 'NUL byte means binary', bytes: [0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x41], expected: { binary: true } },
    {
      name: 'PNG header means binary',
      bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d],
      expected: { binary: true },
    },
    {
      name: 'many control bytes mean binary',
      bytes: [0x01, 0x02, 0x41, 0x03, 0x42, 0x04, 0x05, 0x43],
      expected: { binary: true },
    },
    {
      name: 'tabs and form feeds are text',
      bytes: utf8('col\tcol\fpage'),
      expected: { text: 'col\tcol\fpage', encoding: 'utf-8' },
    },
  ];

  it.each(cases)('$name', ({ bytes, expected }) => {
    expect(decodeText(Uint8Array.from(bytes))).toEqual(expected);
  });

  it('only looks for NUL bytes in the first 8 KB', () => {
    const bytes = new Uint8Array(9000).fill(0x61);
    bytes[8500] = 0;
    const result = decodeText(bytes);
    expect('binary' in result).toBe(false);
  });

  it('decodes a UTF-8 file with one stray Latin-1 byte line by line, and says which line', () => {
    const bytes = Uint8Array.from([...utf8('“Yes,” he said.\nStra'), 0xdf, ...utf8('e closed.\n„Nein“')]);
    const result = decodeText(bytes);
    expect(result).toMatchObject({ text: '“Yes,” he said.\nStraße closed.\n„Nein“', encoding: 'utf-8' });
    expect('warning' in result && result.warning).toBe('1 line not valid UTF-8 (line 2); decoded as Windows-1252');
  });

  it('keeps a BOM-marked UTF-8 file with bad bytes but warns', () => {
    const result = decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0xff, 0x62]));
    expect(result).toMatchObject({ text: 'a\uFFFDb', encoding: 'utf-8-bom' });
    expect('warning' in result && result.warning).toMatch(/invalid UTF-8/);
  });
});

describe('normaliseLineEnds', () => {
  it.each([
    ['a\r\nb', 'a\nb'],
    ['a\rb', 'a\nb'],
    ['a\n\rb', 'a\n\nb'],
    ['a\nb', 'a\nb'],
  ])('%j → %j', (input, output) => {
    expect(normaliseLineEnds(input)).toBe(output);
  });
});

// The encodings fixture: one article saved ten ways (fixtures/cases/encodings/articles). The golden case
// checks that every fact is included by every file; this checks what the golden format cannot: which files
// warn, and that every reported line and column points at the sentence in the file as it is on disk.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { compare } from '../../src/index.js';
import type { Report } from '../../src/types.js';

const DIR = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'cases', 'encodings', 'articles');

/** How each fixture file was written, decoded here with Node's own decoders, independently of src/decode.ts. */
const WRITTEN_AS: Record<string, { label: string; bom: number }> = {
  'cr.txt': { label: 'utf-8', bom: 0 },
  'crlf.txt': { label: 'utf-8', bom: 0 },
  'invisible.txt': { label: 'utf-8', bom: 0 },
  'mixed.txt': { label: 'mixed', bom: 0 },
  'utf16le-nobom.txt': { label: 'utf-16le', bom: 0 },
  'utf16be.txt': { label: 'utf-16be', bom: 2 },
  'utf16le.txt': { label: 'utf-16le', bom: 2 },
  'utf8.txt': { label: 'utf-8', bom: 0 },
  'utf8-bom.txt': { label: 'utf-8', bom: 3 },
  'windows-1252.txt': { label: 'windows-1252', bom: 0 },
};

function linesOnDisk(file: string): string[] {
  const { label, bom } = WRITTEN_AS[file]!;
  const bytes = readFileSync(path.join(DIR, file)).subarray(bom);
  // mixed.txt is UTF-8 except the lines with a pound sign, which are Windows-1252 (0xA3 is £ in both 1252 and Latin-1).
  if (label === 'mixed') {
    return bytes
      .toString('latin1')
      .split('\n')
      .map((line) => (line.includes('£') ? line : Buffer.from(line, 'latin1').toString('utf8')));
  }
  let text = new TextDecoder(label, { ignoreBOM: true }).decode(bytes);
  // Node's own decoder reads bytes 0x80–0x9F of windows-1252 as C1 controls (as Latin-1 does); the file uses
  // only three of them, the curly quotes.
  if (label === 'windows-1252')
    text = text
      .replace(/\u0092/g, '’')
      .replace(/\u0093/g, '“')
      .replace(/\u0094/g, '”');
  return text.split(/\r\n|\r|\n/);
}

describe('the encodings fixture', () => {
  let report: Report;
  beforeAll(async () => {
    report = await compare([DIR]);
  });

  it('has a file for every case and nothing else', () => {
    expect(readdirSync(DIR).sort()).toEqual(Object.keys(WRITTEN_AS).sort());
  });

  it('warns about the Windows-1252 file, the mixed file (naming its line) and the UTF-16 file without a mark', () => {
    expect(report.warnings.map((w) => [path.basename(w.file), w.message])).toEqual([
      ['mixed.txt', '1 line not valid UTF-8 (line 3); decoded as Windows-1252'],
      ['utf16le-nobom.txt', expect.stringMatching(/no byte-order mark/)],
      ['windows-1252.txt', expect.stringMatching(/Windows-1252/)],
    ]);
  });

  it('reads the same sentences from every file once invisible characters and quote styles are folded', () => {
    const plain = (text: string) =>
      text
        .replace(/[\u00AD\u200B]/g, '')
        .replace(/[\u00A0\u202F]/g, ' ')
        .replace(/[“”]/g, '"')
        .replace(/’/g, "'");
    const reference = report.sources.find((s) => s.id === 'utf8')!.sentences.map((s) => plain(s.text));
    for (const source of report.sources)
      expect(
        source.sentences.map((s) => plain(s.text)),
        source.id,
      ).toEqual(reference);
  });

  it.each(Object.keys(WRITTEN_AS))(
    '%s: each sentence is quoted in its own characters at its line and column',
    (file) => {
      const lines = linesOnDisk(file);
      const source = report.sources.find((s) => s.path.endsWith(file))!;
      expect(source.sentences.length).toBeGreaterThan(0);
      for (const sentence of source.sentences) {
        expect(lines[sentence.line - 1]!.slice(sentence.column - 1)).toMatch(new RegExp(`^${escaped(sentence.text)}`));
      }
    },
  );

  it('keeps the invisible characters in the quoted sentence text', () => {
    const source = report.sources.find((s) => s.id === 'invisible')!;
    expect(source.sentences.some((s) => s.text.includes('Ros\u00ADalind'))).toBe(true);
    expect(source.sentences.some((s) => s.text.includes('£12\u00A0million'))).toBe(true);
  });
});

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

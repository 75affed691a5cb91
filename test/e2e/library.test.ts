// The package as users import it: by its name, through package.json "exports", built output and types.
import { describe, expect, it } from 'vitest';

import {
  FORMATTERS,
  FORMAT_NAMES,
  type FormatName,
  type Palette,
  compare,
  compareSources,
  formatReport,
  InputError,
  type Report,
} from 'claimdiff';

describe("import { compare } from 'claimdiff'", () => {
  it('compares files and returns the report --json prints', async () => {
    const report: Report = await compare(['fixtures/cases/reference-drift/articles'], { reference: 'wire' });
    expect(report.schemaVersion).toBe(2);
    expect(report.reference).toBe('wire');
    const altered = report.facts.filter((f) => f.sources.ours?.status === 'altered');
    expect(altered.length).toBeGreaterThan(0);
  });

  it('gives the same report when facts are extracted in a worker thread (as large runs do)', async () => {
    const inThread = await compare(['fixtures/seeds'], { parallel: false });
    const stages: string[] = [];
    const inWorker = await compare(['fixtures/seeds'], { parallel: true, onStage: (stage) => stages.push(stage) });
    expect(inWorker).toEqual(inThread);
    expect([...stages].sort()).toEqual(['cluster', 'compare', 'extract', 'read', 'report', 'segment']);
  });

  it('compares texts in memory', () => {
    const report = compareSources([
      { id: 'wire', path: 'wire.txt', text: 'The quake killed 37 people on Tuesday.' },
      { id: 'ours', path: 'ours.txt', text: 'The quake killed 45 people on Tuesday.' },
    ]);
    expect(report.facts.find((f) => f.kind === 'count')!.sources.ours!.aspects).toContain('value');
  });

  it('throws InputError for bad input, naming what is at fault', async () => {
    const error = await compare(['no/such/folder']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).subject).toBe('no/such/folder');
  });
});

describe("import { formatReport } from 'claimdiff'", () => {
  const report = compareSources([
    { id: 'wire', path: 'wire.txt', text: 'The quake killed 37 people on Tuesday.' },
    { id: 'ours', path: 'ours.txt', text: 'The quake killed 45 people on Tuesday.' },
  ]);

  const same = (text: string) => text;
  const plain: Palette = {
    included: same,
    altered: same,
    omitted: same,
    unique: same,
    removed: same,
    added: same,
    heading: same,
    dim: same,
    colour: false,
  };

  it('formats a report in every format the CLI offers, by default without colour', () => {
    expect(FORMAT_NAMES).toEqual(Object.keys(FORMATTERS));
    for (const format of FORMAT_NAMES)
      expect(formatReport(report, format)).toBe(FORMATTERS[format](report, { palette: plain }));
    expect(formatReport(report, 'markdown')).toMatch(/^## claimdiff/);
  });

  it('names the formats for an unknown one', () => {
    expect(() => formatReport(report, 'xml' as FormatName)).toThrow(
      'unknown format "xml" (known: stylish, json, markdown, github)',
    );
  });
});

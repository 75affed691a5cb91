// The kind registry is the one list of fact kinds: the schema's enums and id pattern and the README's list
// are held to it, and every kind implements the contract's required hooks.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS, kindSpec } from '../../../src/extract/kinds/index.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const schema = readFileSync(path.join(ROOT, 'schema', 'report.schema.json'), 'utf8');
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const names = KINDS.map((k) => k.kind);

describe('KINDS', () => {
  it('names each kind once', () => {
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(kindSpec(name).kind).toBe(name);
  });

  it('finds every kind somehow: at a number mention, by scanning, or over a whole source', () => {
    for (const spec of KINDS) expect(Boolean(spec.atMention ?? spec.scan ?? spec.inSource), spec.kind).toBe(true);
  });

  it('is what the schema lists, in its kind and factKind enums and its id pattern', () => {
    const parsed = JSON.parse(schema) as {
      $defs: Record<string, { properties: Record<string, { enum?: string[]; pattern?: string }> }>;
    };
    const fact = parsed.$defs.fact!.properties;
    expect([...fact.kind!.enum!].sort()).toEqual([...names].sort());
    expect(fact.id!.pattern).toBe(`^(${fact.kind!.enum!.join('|')}):[a-z0-9-]+$`);
    const finding = Object.values(parsed.$defs).find((d) => d.properties?.factKind)!;
    expect([...finding.properties.factKind!.enum!].sort()).toEqual([...names].sort());
  });

  it('is what the README lists as the kinds of the JSON report', () => {
    const line = readme.split('\n').find((l) => l.includes('"kind": "count"'))!;
    const listed = line
      .split('//')[1]!
      .split('|')
      .map((s) => s.trim());
    expect([...listed].sort()).toEqual([...names].sort());
  });
});

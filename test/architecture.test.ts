// The dependency rule of README "Architecture", checked on the import graph of src/ (type-only imports
// included): a stage imports only the stages before it and the shared leaves, nothing imports the CLI, no
// module is part of an import cycle, and only the CLI touches `process`.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '..', 'src');

/** Each folder's place in the run; cluster and extract run side by side, so neither may import the other. */
const RANK: Record<string, number> = {
  leaf: 0,
  read: 1,
  segment: 2,
  cluster: 3,
  extract: 3,
  compare: 4,
  report: 5,
  formatters: 6,
  root: 7,
  cli: 8,
};
/** Folders and root files every stage may import: shared data, words and helpers that import no stage. */
const LEAVES = new Set(['text', 'lexicon', 'grouping', 'types.ts', 'errors.ts', 'version.ts', 'natural.d.ts']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

const files = filesUnder(SRC)
  .map((f) => path.relative(SRC, f).split(path.sep).join('/'))
  .sort();

/** Relative imports of a module (static, type-only and dynamic), as paths under src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(SRC, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!);
  return specifiers.map((s) =>
    path.posix.normalize(path.posix.join(path.posix.dirname(file), s)).replace(/\.js$/, '.ts'),
  );
}

const graph = new Map(files.map((f) => [f, importsOf(f)]));

/** The folder (stage) a module belongs to: "compare" for compare/align.ts, "root" for pipeline.ts. */
function layerOf(file: string): string {
  const top = file.split('/')[0]!;
  if (LEAVES.has(top)) return 'leaf';
  return file.includes('/') ? top : 'root';
}

/** Strongly connected components with more than one module (Tarjan). */
function cycles(): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return found;
}

describe('architecture', () => {
  it('every relative import names a module that exists', () => {
    const missing = [...graph].flatMap(([file, targets]) =>
      targets.filter((t) => !graph.has(t)).map((t) => `${file} → ${t}`),
    );
    expect(missing).toEqual([]);
  });

  it('has no import cycle, type-only imports included', () => {
    expect(cycles()).toEqual([]);
  });

  it('a stage imports only earlier stages and the shared leaves', () => {
    const wrong: string[] = [];
    for (const [file, targets] of graph) {
      const from = layerOf(file);
      for (const target of targets) {
        const to = layerOf(target);
        if (to === from) continue;
        const allowed = to === 'leaf' ? true : from === 'leaf' ? false : RANK[to]! < RANK[from]!;
        if (!allowed) wrong.push(`${file} (${from}) → ${target} (${to})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('formatters import only the report stage, types.ts and one another', () => {
    const wrong = [...graph]
      .filter(([file]) => file.startsWith('formatters/'))
      .flatMap(([file, targets]) =>
        targets.filter((t) => !/^(formatters|report)\//.test(t) && t !== 'types.ts').map((t) => `${file} → ${t}`),
      );
    expect(wrong).toEqual([]);
  });

  it('keeps at most 8 files at the root of src/', () => {
    expect(files.filter((f) => !f.includes('/')).length).toBeLessThanOrEqual(8);
  });

  it('only the CLI touches process', () => {
    const touching = files.filter(
      (f) => !f.startsWith('cli/') && /\bprocess\./.test(readFileSync(path.join(SRC, f), 'utf8')),
    );
    expect(touching).toEqual([]);
  });
});

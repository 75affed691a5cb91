// The run, in order, stated once: read → segment → (cluster ∥ extract) → compare → report.
// `compare(paths)` reads the files and returns the report that `--json` prints; `compareSources(sources)`
// runs the same pipeline on texts already in memory. Each stage is a pure function of the one before; this
// module only times them, picks the worker for large runs and checks what the caller asked for.
import type { Report, SegmentedSource, Source, Warning } from './types.js';
import { readSources } from './read/index.js';
import { segmentSources } from './segment/index.js';
import { compileUserPattern } from './segment/user-patterns.js';
import { type ClusterResult, DEFAULT_THRESHOLD, clusterSentences, inIdOrder } from './cluster/index.js';
import { type ExtractResult, extractStage } from './extract/index.js';
import { WORKER_FROM_SENTENCES, extractFactsInWorker } from './extract/in-worker.js';
import { compareFacts } from './compare/index.js';
import { buildReport } from './report/index.js';
import { InputError } from './errors.js';
import { ignoreMatcher } from './compare/ids.js';
import { TOOL } from './version.js';
import { compareCodeUnits, inContentOrder } from './text/order.js';
import path from 'node:path';

export interface CompareOptions {
  /** Id of the source whose values are the reference; the consensus of all sources when absent. */
  reference?: string;
  /** Directory paths are resolved against; defaults to the working directory. */
  cwd?: string;
  /** Read folders to any depth; sources in subfolders get their path in the folder as id ("2024/jan/story"). */
  recursive?: boolean;
  /** Standard input for a `-` among the paths: its bytes and the source id to give it. */
  stdin?: { name: string; bytes: Uint8Array };
  /**
   * Extra boilerplate: lines (trimmed) that match any of these are left out of the comparison. Strings are
   * compiled as case-insensitive regular expressions, e.g. `^Read the full story at`.
   */
  boilerplate?: ReadonlyArray<string | RegExp>;
  /** Fact ids to leave out of the report, `*` matching any run of characters: "date:*", "person:joe-biden". */
  ignore?: readonly string[];
  /** Similarity (0–1) two sentences need to be clustered; 0.2 by default. */
  clusterThreshold?: number;
  /**
   * How sentences are clustered: `exact` scores every pair that shares a rarer word, `incremental` matches
   * each sentence against a few members of its likeliest clusters (linear; for hundreds of versions or an
   * archive). By default a run is exact unless that would score more than a few million pairs.
   */
  clusterMethod?: 'exact' | 'incremental';
  /** Score (0–1) two facts of different sources need to be aligned as one fact; 0.35 by default. */
  alignThreshold?: number;
  /**
   * `compare()` only: extract facts in a worker thread while the main thread clusters sentences. By default
   * on for runs of WORKER_FROM_SENTENCES sentences or more (some 500 articles), where it saves a third of
   * the time on two cores.
   */
  parallel?: boolean;
  /** Called with each stage's wall time as it ends (`--timings`): read, segment, cluster, extract, compare, report. */
  onStage?: (stage: Stage, milliseconds: number) => void;
  /**
   * Called within the long stages of a large run (clustering source by source, comparing fact by fact):
   * how many of how many are done. For a progress display; small runs may never call it.
   */
  onProgress?: (stage: Stage, done: number, total: number) => void;
}

export type Stage = 'read' | 'segment' | 'cluster' | 'extract' | 'compare' | 'report';

/**
 * The worker's script, next to this module in dist/, also when this module is bundled into
 * dist/claimdiff.cjs (worked out here, at the root of the tree, so both resolve it alike).
 */
const WORKER_SCRIPT = new URL('./extract-worker.js', import.meta.url);

/** Runs `work` and reports its time to `onStage`, when there is one. */
function timed<T>(stage: Stage, options: CompareOptions, work: () => T): T {
  if (!options.onStage) return work();
  const start = performance.now();
  const result = work();
  options.onStage(stage, performance.now() - start);
  return result;
}

/** Read the files and folders given and compare them. Throws `InputError` for bad input. */
export async function compare(paths: string[], options: CompareOptions = {}): Promise<Report> {
  const start = performance.now();
  const { sources, warnings } = await readSources(paths, {
    cwd: path.resolve(options.cwd ?? '.'),
    ...(options.stdin ? { stdin: options.stdin } : {}),
    ...(options.recursive ? { recursive: true } : {}),
  });
  options.onStage?.('read', performance.now() - start);
  const run = startRun(sources, { ...options, warnings });
  const sentences = run.segmented.reduce((n, s) => n + s.sentences.length, 0);
  if (!(options.parallel ?? sentences >= WORKER_FROM_SENTENCES))
    return finishRun(run, clusterRun(run), extractHere(run));
  // Both cores: facts are extracted in a worker while this thread clusters.
  const extractStart = performance.now();
  // A worker that cannot start or fails (a bundler that left its script behind) costs time, not the run:
  // the facts are then extracted here.
  const pending = extractFactsInWorker(run.internal, WORKER_SCRIPT).catch(() => extractStage(run.internal));
  const clustered = clusterRun(run);
  const facts = await pending;
  options.onStage?.('extract', performance.now() - extractStart);
  return finishRun(run, clustered, facts);
}

/** The pipeline on sources already in memory: segment → cluster → extract → compare → report. */
export function compareSources(sources: Source[], options: CompareOptions & { warnings?: Warning[] } = {}): Report {
  const run = startRun(sources, options);
  const clustered = clusterRun(run);
  return finishRun(run, clustered, extractHere(run));
}

/** The extract stage on this thread. */
const extractHere = (run: Run): ExtractResult => timed('extract', run.options, () => extractStage(run.internal));

interface Run {
  options: CompareOptions;
  /** The segmented sources by id, as the report lists them. */
  segmented: SegmentedSource[];
  /** The same in content order (text/order.ts), as the stages after segmentation take them. */
  internal: SegmentedSource[];
  warnings: Warning[];
  clusterThreshold: number;
}

/** Checks the sources and segments them: the part of the pipeline every later stage reads. */
function startRun(sources: Source[], options: CompareOptions & { warnings?: Warning[] }): Run {
  const ordered = [...sources].sort((a, b) => compareCodeUnits(a.id, b.id));
  const twice = ordered.find((s, i) => i > 0 && ordered[i - 1]!.id === s.id);
  if (twice)
    throw new InputError(
      `two sources have this id (${ordered
        .filter((s) => s.id === twice.id)
        .map((s) => s.path)
        .sort(compareCodeUnits)
        .join(', ')})`,
      twice.id,
    );
  if (ordered.length < 2) {
    throw new InputError(`claimdiff compares two or more versions of a story; got ${ordered.length}`, ordered[0]?.path);
  }
  if (options.reference !== undefined && !ordered.some((s) => s.id === options.reference)) {
    throw new InputError(
      `no source with this id (sources: ${ordered.map((s) => s.id).join(', ')})`,
      `--reference ${options.reference}`,
    );
  }
  const patterns = compilePatterns(options.boilerplate ?? []);
  const segmentation = timed('segment', options, () => segmentSources(ordered, patterns));
  const segmented = segmentation.segmented;
  const warnings = [...(options.warnings ?? []), ...segmentation.warnings];
  const internal = inContentOrder(segmented);
  return { options, segmented, internal, warnings, clusterThreshold: options.clusterThreshold ?? DEFAULT_THRESHOLD };
}

function clusterRun({ options, internal, clusterThreshold }: Run): ClusterResult {
  return timed('cluster', options, () =>
    clusterSentences(internal, {
      threshold: clusterThreshold,
      ...(options.clusterMethod ? { method: options.clusterMethod } : {}),
      ...(options.onProgress
        ? { onProgress: (done: number, total: number) => options.onProgress!('cluster', done, total) }
        : {}),
    }),
  );
}

/** Compares the facts across the clusters and writes the report. */
function finishRun(
  { options, segmented, internal, warnings, clusterThreshold }: Run,
  clustered: ClusterResult,
  { facts, warnings: limits }: ExtractResult,
): Report {
  const ignored = ignoreMatcher(options.ignore ?? []);
  const compared = timed('compare', options, () =>
    compareFacts(
      {
        sources: internal,
        facts,
        clusters: clustered.clusters,
        similarity: clustered.similarity,
        neighbours: clustered.neighbours,
      },
      {
        ...(options.reference !== undefined ? { reference: options.reference } : {}),
        ...(options.alignThreshold !== undefined ? { alignThreshold: options.alignThreshold } : {}),
        ...(options.onProgress
          ? { onProgress: (done: number, total: number) => options.onProgress!('compare', done, total) }
          : {}),
      },
    ).filter((fact) => !ignored(fact.id)),
  );
  return timed('report', options, () =>
    buildReport({
      tool: TOOL,
      reference: options.reference,
      sources: segmented,
      clusters: inIdOrder(clustered.clusters),
      nearest: clustered.nearest,
      clusterThreshold,
      facts: compared,
      warnings: [...warnings, ...limits],
    }),
  );
}

/** The user's boilerplate patterns as regular expressions; a pattern refused (user-patterns.ts) is an input error. */
function compilePatterns(patterns: ReadonlyArray<string | RegExp>): RegExp[] {
  return patterns.map((pattern) => {
    const compiled = compileUserPattern(pattern);
    if ('regex' in compiled) return compiled.regex;
    const shown = String(pattern);
    throw new InputError(compiled.problem, `boilerplate pattern ${JSON.stringify(shown.slice(0, 80))}`);
  });
}

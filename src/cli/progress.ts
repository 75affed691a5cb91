// What a run tells stderr as it goes: the progress line of a slow run, and the times of --timings.
import type { Stage } from '../pipeline.js';
import { type Io, isSet } from './io.js';
import type { Options } from './options.js';

/**
 * Each stage, in the order of the run, with the step the line announces once it is done and, for the
 * long ones, what it reports progress on. A Record, so that a stage added to `Stage` must be added here.
 */
const STAGES: Record<Stage, { next: string; doing?: string }> = {
  read: { next: 'splitting sentences' },
  segment: { next: 'clustering sentences' },
  cluster: { next: 'extracting facts', doing: 'clustering sentences' },
  extract: { next: 'comparing facts' },
  compare: { next: 'building the report', doing: 'comparing facts' },
  report: { next: 'formatting' },
};
const ORDER = Object.keys(STAGES) as Stage[];
/** Within a long stage the line is rewritten at most this often. */
const PROGRESS_EVERY_MS = 250;
/** How long a run goes before it shows progress: a quick run stays silent. */
const PROGRESS_AFTER_MS = 1000;

export interface ProgressLine {
  stageDone(stage: Stage): void;
  within(stage: Stage, done: number, total: number): void;
  clear(): void;
}

/**
 * A one-line progress indicator on stderr for runs longer than a second: "claimdiff: [4/6] comparing facts
 * (3.2 s)", with how far a long stage has got ("[3/6] clustering sentences 40% (12.5 s)"). Only for a
 * terminal, never under CI, with --quiet, or when --json goes to a pipe.
 */
export function progressLine(
  io: Io,
  options: Pick<Options, 'json' | 'format' | 'quiet'>,
  afterMs = PROGRESS_AFTER_MS,
): ProgressLine {
  const jsonToPipe = (options.json || options.format === 'json') && io.stdout.isTTY !== true;
  const enabled = io.stderr.isTTY === true && !isSet(io.env.CI) && !options.quiet && !jsonToPipe;
  const start = performance.now();
  let shown = false;
  let lastWithin = -Infinity;
  return {
    within(stage, done, total) {
      const now = performance.now();
      if (!enabled || now - start < afterMs || now - lastWithin < PROGRESS_EVERY_MS || total <= 0) return;
      lastWithin = now;
      const step = ORDER.indexOf(stage) + 1;
      io.stderr.write(
        `\r\u001b[2Kclaimdiff: [${step}/${ORDER.length}] ${STAGES[stage].doing ?? stage} ` +
          `${Math.floor((100 * done) / total)}% (${((now - start) / 1000).toFixed(1)} s)`,
      );
      shown = true;
    },
    stageDone(stage) {
      const elapsed = performance.now() - start;
      if (!enabled || elapsed < afterMs) return;
      const step = ORDER.indexOf(stage) + 2;
      io.stderr.write(
        `\r\u001b[2Kclaimdiff: [${Math.min(step, ORDER.length)}/${ORDER.length}] ` +
          `${STAGES[stage].next}… (${(elapsed / 1000).toFixed(1)} s)`,
      );
      shown = true;
    },
    clear() {
      if (shown) io.stderr.write('\r\u001b[2K');
      shown = false;
    },
  };
}

/** --timings: each stage's wall time as it ends, then the formatting's, then the run's total. */
export class Timings {
  private readonly start = performance.now();
  private readonly times: Array<[string, number]> = [];

  constructor(private readonly enabled: boolean) {}

  add(stage: Stage | 'format', milliseconds: number): void {
    if (this.enabled) this.times.push([stage, milliseconds]);
  }

  /** Runs `work` as the format step and counts its time. */
  async format<T>(work: () => Promise<T>): Promise<T> {
    const start = performance.now();
    const result = await work();
    this.add('format', performance.now() - start);
    return result;
  }

  /** "claimdiff: timings: read 3.1 ms, ...; total 80.2 ms", or nothing without --timings. */
  print(io: Io): void {
    if (!this.enabled) return;
    // Wall time: on a large run extraction overlaps clustering, so the stages add up to more.
    const total = performance.now() - this.start;
    io.stderr.write(
      `claimdiff: timings: ${this.times.map(([stage, ms]) => `${stage} ${ms.toFixed(1)} ms`).join(', ')}; ` +
        `total ${total.toFixed(1)} ms\n`,
    );
  }
}

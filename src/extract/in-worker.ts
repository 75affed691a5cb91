// Large runs use the second core: the extract stage runs in a worker thread while the main thread clusters
// the sentences (the two stages read the same segmented text and do not depend on each other). Facts are
// plain data, so they cross the thread boundary by structured clone and come back exactly as
// extractFacts would have returned them.
import { Worker } from 'node:worker_threads';
import type { Fact, SegmentedSource, Warning } from '../types.js';
import type { ExtractResult } from './index.js';

/**
 * Sentences from which a run extracts in a worker: below it the thread's start (about a tenth of a second)
 * and the copying of the text cost more than the overlap saves.
 */
export const WORKER_FROM_SENTENCES = 10_000;

/** extractStage(sources), worked out in a worker thread running `script` (dist/extract-worker.js). */
export function extractFactsInWorker(sources: SegmentedSource[], script: URL): Promise<ExtractResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script);
    worker.once('message', (reply: { facts?: Fact[]; warnings?: Warning[]; error?: string }) => {
      void worker.terminate();
      if (reply.facts) resolve({ facts: reply.facts, warnings: reply.warnings ?? [] });
      else reject(new Error(`fact extraction failed: ${reply.error}`));
    });
    worker.once('error', reject);
    // Only what extraction reads crosses over: the sentences, not the whole text again.
    worker.postMessage(
      sources.map(({ id, path, sentences }): SegmentedSource => ({ id, path, text: '', sentences, boilerplate: [] })),
    );
  });
}

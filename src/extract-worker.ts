// The extract stage in a worker thread (see extract/in-worker.ts): one message in (the segmented sources),
// one message out (their facts and warnings, or the error that stopped it).
import { parentPort } from 'node:worker_threads';
import { extractStage } from './extract/index.js';
import type { SegmentedSource } from './types.js';

parentPort?.once('message', (sources: SegmentedSource[]) => {
  try {
    parentPort!.postMessage(extractStage(sources));
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});

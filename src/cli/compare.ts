// The compare step: the library's `compare` with the run's settings and standard input for "-", the
// progress line and the stage times fed as it goes, and the input's warnings on stderr after it.
import { compare } from '../index.js';
import type { Report } from '../types.js';
import type { Settings } from './config.js';
import type { Io } from './io.js';
import { Timings, progressLine } from './progress.js';

export async function compareFiles(
  paths: string[],
  settings: Settings,
  io: Io,
): Promise<{ report: Report; timings: Timings }> {
  const stdin =
    paths.includes('-') && io.readStdin ? { name: settings.stdinName, bytes: await io.readStdin() } : undefined;
  const timings = new Timings(settings.timings === true);
  const progress = progressLine(io, settings);
  const report = await compare(paths, {
    cwd: io.cwd,
    ...(stdin ? { stdin } : {}),
    ...(settings.recursive ? { recursive: true } : {}),
    onStage: (stage, ms) => {
      timings.add(stage, ms);
      progress.stageDone(stage);
    },
    onProgress: (stage, done, total) => progress.within(stage, done, total),
    ...(settings.reference !== undefined ? { reference: settings.reference } : {}),
    ...(settings.boilerplate ? { boilerplate: settings.boilerplate } : {}),
    ...(settings.ignore ? { ignore: settings.ignore } : {}),
    ...(settings.thresholds?.cluster !== undefined ? { clusterThreshold: settings.thresholds.cluster } : {}),
    ...(settings.thresholds?.align !== undefined ? { alignThreshold: settings.thresholds.align } : {}),
  });
  progress.clear();
  for (const warning of report.warnings) io.stderr.write(`claimdiff: warning: ${warning.file}: ${warning.message}\n`);
  return { report, timings };
}

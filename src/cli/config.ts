// Project settings for claimdiff: `.claimdiffrc.json`, `claimdiff.config.json` or a "claimdiff" key in
// package.json, found from the working directory up (by lilconfig, in the CLI). This module only checks a
// loaded object and turns it into typed settings; every problem names the file and the key.

import { InputError } from '../errors.js';
import type { FormatName } from '../formatters/index.js';
import { FINDING_KINDS } from '../report/findings.js';
import type { FindingKind } from '../types.js';

export const CONFIG_FILES = ['.claimdiffrc.json', 'claimdiff.config.json', 'package.json'];

export interface Config {
  /** Source id to compare against; the consensus when absent. */
  reference?: string;
  /** Kinds of finding that fail the run (`--fail-on`). */
  failOn?: FindingKind[];
  /** Output format. */
  format?: FormatName;
  /** Extra boilerplate patterns (regular expressions, case-insensitive). */
  boilerplate?: string[];
  /** Fact ids to leave out of the report, `*` matching any run of characters: "date:*", "person:joe-biden". */
  ignore?: string[];
  /** Similarity thresholds (0–1) for clustering sentences and aligning facts. */
  thresholds?: { cluster?: number; align?: number };
}

const KEYS = ['reference', 'failOn', 'format', 'boilerplate', 'ignore', 'thresholds'];

/** Checks a loaded config object; `file` is how errors name it, `formats` the names `format` may take (FORMAT_NAMES). */
export function parseConfig(raw: unknown, file: string, formats: readonly FormatName[]): Config {
  const fail = (key: string, problem: string): never => {
    throw new InputError(`${key}: ${problem}`, file);
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail('(top level)', 'expected an object of settings');
  const data = raw as Record<string, unknown>;
  const unknown = Object.keys(data).find((key) => !KEYS.includes(key));
  if (unknown !== undefined) fail(unknown, `unknown setting (known: ${KEYS.join(', ')})`);

  const config: Config = {};
  if (data.reference !== undefined) {
    if (typeof data.reference !== 'string' || data.reference === '') fail('reference', 'expected a source id');
    config.reference = data.reference as string;
  }
  if (data.failOn !== undefined) {
    const list = typeof data.failOn === 'string' ? data.failOn.split(',').map((s) => s.trim()) : data.failOn;
    if (!Array.isArray(list) || list.some((k) => !(FINDING_KINDS as readonly string[]).includes(k as string))) {
      fail('failOn', `expected a list of ${FINDING_KINDS.join(', ')}`);
    }
    config.failOn = [...new Set(list as FindingKind[])];
  }
  if (data.format !== undefined) {
    if (typeof data.format !== 'string' || !(formats as readonly string[]).includes(data.format)) fail('format', `expected one of ${formats.join(', ')}`);
    config.format = data.format as FormatName;
  }
  for (const key of ['boilerplate', 'ignore'] as const) {
    const list = data[key];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.some((p) => typeof p !== 'string' || p === '')) fail(key, 'expected a list of strings');
    if (key === 'boilerplate') {
      (list as string[]).forEach((pattern, i) => {
        try {
          new RegExp(pattern, 'iu');
        } catch (error) {
          fail(`boilerplate[${i}]`, `not a valid regular expression (${error instanceof Error ? error.message : String(error)})`);
        }
      });
    }
    config[key] = list as string[];
  }
  if (data.thresholds !== undefined) {
    const t = data.thresholds as Record<string, unknown>;
    if (typeof t !== 'object' || t === null || Array.isArray(t)) fail('thresholds', 'expected { "cluster": 0.2, "align": 0.35 }');
    const out: NonNullable<Config['thresholds']> = {};
    for (const [key, value] of Object.entries(t)) {
      if (key !== 'cluster' && key !== 'align') fail(`thresholds.${key}`, 'unknown threshold (known: cluster, align)');
      if (typeof value !== 'number' || !(value > 0 && value < 1)) fail(`thresholds.${key}`, 'expected a number between 0 and 1');
      out[key as 'cluster' | 'align'] = value as number;
    }
    config.thresholds = out;
  }
  return config;
}

// Project settings for claimdiff: `.claimdiffrc.json`, `claimdiff.config.json` or a "claimdiff" key in
// package.json, found from the working directory up by lilconfig. The object found is checked and turned
// into typed settings (every problem names the file and the key), then merged under the flags.
import os from 'node:os';
import path from 'node:path';

import { type LilconfigResult, lilconfigSync } from 'lilconfig';

import { InputError } from '../errors.js';
import { FORMAT_NAMES, type FormatName } from '../formatters/index.js';
import { FAIL_ON_KINDS } from '../report/findings.js';
import { compileUserPattern } from '../segment/user-patterns.js';
import type { FailOnKind } from '../types.js';
import { requireRegularFile } from './io.js';
import type { Invocation, Options } from './options.js';

export const CONFIG_FILES = ['.claimdiffrc.json', 'claimdiff.config.json', 'package.json'];

export interface Config {
  /** Source id to compare against; the consensus when absent. */
  reference?: string;
  /** Kinds of finding that fail the run (`--fail-on`). */
  failOn?: FailOnKind[];
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

/**
 * Checks a loaded config object; `file` is how errors name it, `formats` the names `format` may take
 * (FORMAT_NAMES).
 */
export function parseConfig(raw: unknown, file: string, formats: readonly FormatName[]): Config {
  const fail = (key: string, problem: string): never => {
    throw new InputError(`${key}: ${problem}`, file);
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    fail('(top level)', 'expected an object of settings');
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
    if (!Array.isArray(list) || list.some((k) => !(FAIL_ON_KINDS as readonly string[]).includes(k as string))) {
      fail('failOn', `expected a list of ${FAIL_ON_KINDS.join(', ')}`);
    }
    config.failOn = [...new Set(list as FailOnKind[])];
  }
  if (data.format !== undefined) {
    if (typeof data.format !== 'string' || !(formats as readonly string[]).includes(data.format))
      fail('format', `expected one of ${formats.join(', ')}`);
    config.format = data.format as FormatName;
  }
  for (const key of ['boilerplate', 'ignore'] as const) {
    const list = data[key];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.some((p) => typeof p !== 'string' || p === ''))
      fail(key, 'expected a list of strings');
    if (key === 'boilerplate') {
      (list as string[]).forEach((pattern, i) => {
        const compiled = compileUserPattern(pattern);
        if ('problem' in compiled) fail(`boilerplate[${i}]`, compiled.problem);
      });
    }
    config[key] = list as string[];
  }
  if (data.thresholds !== undefined) {
    const t = data.thresholds as Record<string, unknown>;
    if (typeof t !== 'object' || t === null || Array.isArray(t))
      fail('thresholds', 'expected { "cluster": 0.2, "align": 0.35 }');
    const out: NonNullable<Config['thresholds']> = {};
    for (const [key, value] of Object.entries(t)) {
      if (key !== 'cluster' && key !== 'align') fail(`thresholds.${key}`, 'unknown threshold (known: cluster, align)');
      if (typeof value !== 'number' || !(value > 0 && value < 1))
        fail(`thresholds.${key}`, 'expected a number between 0 and 1');
      out[key as 'cluster' | 'align'] = value as number;
    }
    config.thresholds = out;
  }
  return config;
}

/** The nearest config file from `cwd` up, checked; no file is no settings. */
export function loadConfig(cwd: string): Config {
  const shown = (file: string) => path.relative(cwd, file).split(path.sep).join('/') || file;
  // JSON is parsed here, not by lilconfig's loader, so that a syntax error names its file.
  const json = (file: string, content: string): unknown => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(content);
    } catch (error) {
      throw new InputError(
        `cannot read the config (invalid JSON: ${error instanceof Error ? error.message : String(error)})`,
        shown(file),
      );
    }
    if (path.basename(file) === 'package.json') checkPackageJson(parsed, shown(file));
    return parsed;
  };
  // lilconfig reads whatever file has a config's name: a FIFO there would block the run for good.
  for (const candidate of candidatesFrom(cwd)) requireRegularFile(candidate, shown(candidate));
  let found: LilconfigResult;
  try {
    found = lilconfigSync('claimdiff', { searchPlaces: CONFIG_FILES, loaders: { '.json': json } }).search(cwd);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      `cannot read the config (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
      'config',
    );
  }
  if (!found || found.isEmpty) return {};
  return parseConfig(found.config, shown(found.filepath), FORMAT_NAMES);
}

/**
 * A package.json that is no object, or whose "claimdiff" key holds something other than an object of settings
 * (0, false, "str", []), is an error naming the file: lilconfig passes over a false value as if it were no
 * setting, and fails on a package.json of `null` without naming it. A "claimdiff" of null is no settings.
 */
function checkPackageJson(parsed: unknown, file: string): void {
  const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
  if (!isObject(parsed)) throw new InputError('(top level): expected an object', file);
  const settings = (parsed as Record<string, unknown>).claimdiff;
  if (settings !== undefined && settings !== null && !isObject(settings))
    throw new InputError('"claimdiff": expected an object of settings', file);
}

/** Every path lilconfig may read: the config file names in `cwd` and each folder above, up to the home folder. */
function candidatesFrom(cwd: string): string[] {
  const stop = path.resolve(os.homedir());
  const candidates: string[] = [];
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    for (const name of CONFIG_FILES) candidates.push(path.join(dir, name));
    if (dir === stop || dir === path.dirname(dir)) return candidates;
  }
}

/** What the run goes by: the flags, the config file where no flag says, and what only the config file sets. */
export interface Settings extends Options, Pick<Config, 'ignore' | 'thresholds'> {}

/** Flags given on the command line win over the config file; boilerplate patterns add up, the file's first. */
export function settingsOf({ options, given }: Invocation, config: Config): Settings {
  return {
    ...options,
    ...(options.reference === undefined && config.reference !== undefined ? { reference: config.reference } : {}),
    ...(options.failOn === undefined && config.failOn ? { failOn: config.failOn } : {}),
    ...(config.format && !given('format') ? { format: config.format } : {}),
    ...(config.boilerplate ? { boilerplate: [...config.boilerplate, ...(options.boilerplate ?? [])] } : {}),
    ...(config.ignore ? { ignore: config.ignore } : {}),
    ...(config.thresholds ? { thresholds: config.thresholds } : {}),
  };
}

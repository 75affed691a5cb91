import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { type Io, run } from '../../src/cli/index.js';
import { parseConfig } from '../../src/cli/config.js';
import { FORMAT_NAMES } from '../../src/formatters/index.js';
import { isIgnored } from '../../src/compare/ids.js';
import type { Report } from '../../src/types.js';

describe('parseConfig', () => {
  it('reads every setting', () => {
    expect(
      parseConfig(
        {
          reference: 'wire',
          failOn: 'altered, omitted',
          format: 'json',
          boilerplate: ['^Read more'],
          ignore: ['date:*'],
          thresholds: { cluster: 0.25, align: 0.4 },
        },
        '.claimdiffrc.json',
        FORMAT_NAMES,
      ),
    ).toEqual({
      reference: 'wire',
      failOn: ['altered', 'omitted'],
      format: 'json',
      boilerplate: ['^Read more'],
      ignore: ['date:*'],
      thresholds: { cluster: 0.25, align: 0.4 },
    });
  });

  it.each([
    [[], '(top level)'],
    [{ refrence: 'wire' }, 'refrence: unknown setting'],
    [{ reference: 3 }, 'reference: expected a source id'],
    [{ failOn: ['altered', 'changed'] }, 'failOn: expected a list'],
    [{ format: 'xml' }, 'format: expected one of'],
    [{ boilerplate: ['(unclosed'] }, 'boilerplate[0]: not a valid regular expression'],
    [{ boilerplate: ['^Reuters', '(.*)*$'] }, 'boilerplate[1]: a repeated group'],
    [{ boilerplate: ['x'.repeat(501)] }, 'boilerplate[0]: too long'],
    [{ ignore: 'date:*' }, 'ignore: expected a list of strings'],
    [{ thresholds: { cluster: 2 } }, 'thresholds.cluster: expected a number between 0 and 1'],
    [{ thresholds: { speed: 0.5 } }, 'thresholds.speed: unknown threshold'],
  ])('%j → an error naming the file and the key (%s)', (raw, message) => {
    expect(() => parseConfig(raw, 'claimdiff.config.json', FORMAT_NAMES)).toThrow(`claimdiff.config.json: ${message}`);
  });
});

describe('isIgnored', () => {
  it.each([
    ['date:january-20', ['date:*'], true],
    ['person:joe-biden', ['person:joe-biden'], true],
    ['person:joe-bidens-aide', ['person:joe-biden'], false],
    ['count:north-korean-soldiers', ['*soldiers'], true],
    ['count:people', [], false],
    ['count:a.b', ['count:a.b'], true],
    ['count:axb', ['count:a.b'], false],
    ['date:may', ['date:*may*'], true],
    ['date:may-mayday', ['*may*may*day'], true],
    ['date:mayday', ['*may*may*day'], false],
    // Issue 14: as a regular expression, a pattern of many stars took the id's length to that power.
    ['a'.repeat(40), [`${'*a'.repeat(30)}b`], false],
  ])('%s with %j → %s', (id, patterns, ignored) => {
    expect(isIgnored(id, patterns)).toBe(ignored);
  });
});

describe('config files, end to end', () => {
  const DRIFT = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'cases', 'reference-drift', 'articles');
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'claimdiff-config-'));
    cpSync(DRIFT, path.join(dir, 'stories'), { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function cli(argv: string[], cwd = dir) {
    let stdout = '';
    let stderr = '';
    const io: Io = {
      stdout: {
        write: (t: string) => {
          stdout += t;
          return true;
        },
      },
      stderr: {
        write: (t: string) => {
          stderr += t;
          return true;
        },
      },
      env: {},
      cwd,
    };
    return { code: await run(argv, io), stdout, stderr };
  }

  it('takes reference, failOn and format from .claimdiffrc.json', async () => {
    writeFileSync(
      path.join(dir, '.claimdiffrc.json'),
      JSON.stringify({ reference: 'wire', failOn: ['altered'], format: 'json' }),
    );
    const result = await cli(['stories']);
    expect(result.code).toBe(1);
    expect((JSON.parse(result.stdout) as Report).reference).toBe('wire');
  });

  it('lets flags win over the config', async () => {
    writeFileSync(path.join(dir, 'claimdiff.config.json'), JSON.stringify({ reference: 'wire', format: 'json' }));
    const result = await cli(['stories', '--reference', 'ours', '--format', 'stylish']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/reference: source ours/);
  });

  it.each(['{ "name": "site" }', '{ "name": "site", "claimdiff": null }'])(
    'a package.json without settings (%s) is no config',
    async (content) => {
      writeFileSync(path.join(dir, 'package.json'), content);
      const result = await cli(['stories']);
      expect([result.code, result.stderr]).toEqual([0, '']);
    },
  );

  it('reads a "claimdiff" key in package.json, found from a subfolder', async () => {
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'site', claimdiff: { ignore: ['count:*'] } }));
    const result = await cli(['--json', '.'], path.join(dir, 'stories'));
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.facts.length).toBeGreaterThan(0);
    expect(report.facts.some((f) => f.id.startsWith('count:'))).toBe(false);
  });

  it.each([
    ['.claimdiffrc.json', '{ "failOn": ["sideways"] }', /\.claimdiffrc\.json: failOn: expected a list/],
    ['.claimdiffrc.json', '{ not json', /\.claimdiffrc\.json: cannot read the config/],
    // Issue 14: lilconfig passed over a false "claimdiff" value (exit 0) and failed on a null package.json
    // without naming it.
    ['package.json', '{ "claimdiff": 0 }', /^claimdiff: package\.json: "claimdiff": expected an object of settings/],
    ['package.json', '{ "claimdiff": false }', /^claimdiff: package\.json: "claimdiff": expected an object/],
    ['package.json', '{ "claimdiff": "wire" }', /^claimdiff: package\.json: "claimdiff": expected an object/],
    ['package.json', '{ "claimdiff": ["wire"] }', /^claimdiff: package\.json: "claimdiff": expected an object/],
    ['package.json', 'null', /^claimdiff: package\.json: \(top level\): expected an object/],
    ['package.json', '{ "claimdiff": { "refrence": "wire" } }', /package\.json: refrence: unknown setting/],
  ])('a bad %s is exit 2 naming the file and the problem', async (file, content, message) => {
    writeFileSync(path.join(dir, file), content);
    const result = await cli(['stories']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });

  // Issue 14: a FIFO found as the config blocked the run for good (lilconfig read it).
  it.each([
    ['a FIFO', (file: string) => execFileSync('mkfifo', [file])],
    ['a directory', (file: string) => mkdirSync(file)],
  ])('%s named .claimdiffrc.json is exit 2 naming it', async (_kind, make) => {
    make(path.join(dir, '.claimdiffrc.json'));
    const result = await cli(['stories']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/\.claimdiffrc\.json: not a regular file/);
  });
});

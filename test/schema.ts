// The report's JSON Schema (schema/report.schema.json), compiled once for the tests that validate every JSON
// the CLI prints.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { Ajv2020 } from 'ajv/dist/2020.js';

const schema = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '..', 'schema', 'report.schema.json'), 'utf8'),
) as object;
const validate = new Ajv2020({ allErrors: true, strict: true, strictRequired: false }).compile(schema);

/** The schema errors of `report`, one line each; empty when it is valid. */
export function schemaErrors(report: unknown): string[] {
  return validate(report) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

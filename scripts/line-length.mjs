// Lines of at most 120 characters in the code, comments and strings included: Biome's formatter wraps code
// at that width but leaves comments and long literals as they are, so this check covers what it cannot.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const MAX = 120;
const ROOTS = ['src', 'test', 'bench', 'bin', 'scripts'];

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return /\.(ts|mts|mjs|js)$/.test(entry.name) ? [full] : [];
  });
}

const long = [];
for (const file of ROOTS.flatMap(filesUnder).sort()) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      // Characters, not UTF-16 units: "—" and "“" count once.
      const length = [...line].length;
      if (length > MAX) long.push(`${file}:${i + 1}: ${length} characters`);
    });
}
if (long.length) {
  process.stderr.write(`${long.join('\n')}\n${long.length} lines longer than ${MAX} characters\n`);
  process.exitCode = 1;
}

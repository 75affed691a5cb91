// The tool's name and version as the report states them.
import { readFileSync } from 'node:fs';

/** The installed package's name and version, read once from package.json next to dist/. */
export const TOOL: { name: string; version: string } = (() => {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    name: string;
    version: string;
  };
  return { name: pkg.name, version: pkg.version };
})();

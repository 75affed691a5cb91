#!/usr/bin/env node
// The command is the built CLI (src/cli/index.ts, compiled by tsc and bundled by esbuild into one CommonJS file,
// dist/claimdiff.cjs). One file instead of fifty modules, loaded by a synchronous require rather than the
// asynchronous ES module loader, keeps start-up short. On Node 22 and later V8's compile cache keeps the
// compiled bundle between runs; on Node 20 the call does not exist and nothing happens.
import module, { createRequire } from 'node:module';

module.enableCompileCache?.();
const { main } = createRequire(import.meta.url)('../dist/claimdiff.cjs');
await main();

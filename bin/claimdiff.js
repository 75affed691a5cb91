#!/usr/bin/env node
// The command is the built CLI (src/cli.ts, compiled by tsc and bundled into one file by esbuild so that
// start-up loads one module instead of fifty). On Node 22 and later, V8's compile cache keeps the compiled
// bundle between runs; on Node 20 the call does not exist and nothing happens.
import module from 'node:module';

module.enableCompileCache?.();
const { main } = await import('../dist/claimdiff.js');
await main();

#!/usr/bin/env node
// The command is the built CLI (src/cli.ts, compiled by tsc and bundled into one file by esbuild so that
// start-up loads one module instead of fifty).
import { main } from '../dist/claimdiff.js';

main();

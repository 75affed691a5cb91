#!/usr/bin/env node
// The command is the built CLI; everything else lives in src/cli.ts.
import { main } from '../dist/cli.js';

main();

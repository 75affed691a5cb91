#!/usr/bin/env node
// The command is the built CLI; everything else lives in src/cli.ts.
import '../dist/main.js';

#!/usr/bin/env node
// dyad's command-line entry: runs the TypeScript sources through tsx, so a fresh clone needs only `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));

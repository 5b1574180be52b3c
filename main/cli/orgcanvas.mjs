#!/usr/bin/env node
// The `orgcanvas` command. It runs the TypeScript sources through tsx so the command line
// uses exactly the code the canvas uses, with no separate build to fall out of date.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('./cli.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2), {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
});

#!/usr/bin/env node
// The `cds` command of package.json `bin`: the one-file build dist/cli/cds.mjs when it has been
// built (npm install runs cli/build.ts), else the source entry cli/cds.ts (Node 24 strips its
// types; slower to start, same behaviour). Plain JavaScript so that starting costs no type stripping.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli/cds.mjs', import.meta.url);
if (existsSync(bundle)) {
  await import(bundle.href); // built with import.meta.main = true: it runs the command itself
} else {
  const { main } = await import('./cds.ts');
  const code = await main(process.argv.slice(2));
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

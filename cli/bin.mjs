#!/usr/bin/env node
// The `cds` command of package.json `bin`: the one-file build dist/cli/cds.mjs when it has been
// built (npm install runs cli/build.ts), else the source entry cli/cds.ts (Node 24 strips its
// types; slower to start, same behaviour). Plain JavaScript so that starting costs no type stripping.
import { existsSync } from 'node:fs';
import { enableCompileCache } from 'node:module';

const bundle = new URL('../dist/cli/cds.mjs', import.meta.url);
if (existsSync(bundle)) {
  // V8 keeps the bundle's compiled code in Node's cache folder (os.tmpdir()/node-compile-cache; off
  // with NODE_DISABLE_COMPILE_CACHE=1): later starts skip compiling it again.
  enableCompileCache?.();
  await import(bundle.href); // built with import.meta.main = true: it runs the command itself
} else {
  const { main } = await import('./cds.ts');
  const code = await main(process.argv.slice(2));
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

// Builds the `cds` command into one file, dist/cli/cds.mjs (issue 8 §4), so that a start does not
// strip the types of ~130 .ts files and re-check the bundled data with zod every time:
// - the bundled plans, indicators and rules are checked HERE, once, by the same code the source
//   entry runs at import (shared/data, shared/validate/rules.ts); a broken file fails the build.
//   The bundle then holds their checked JSON. `checkPlan` (plan FILES the user gives, via
//   `--plan file.json`) stays the full zod check, loaded only when called;
// - heavy libraries are not bundled and are loaded only by the command that needs them: exceljs,
//   mammoth, unpdf, googleapis and google-auth-library are already imported with `import()` at
//   their point of use; docx, iconv-lite and papaparse are required on first use (see LAZY_CJS).
// Run: `node cli/build.ts` (npm `postinstall` and scripts/test.ts do). Tests import buildCli().
import { build, type Plugin } from 'esbuild';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
export const CLI_BUNDLE = join(root, 'dist', 'cli', 'cds.mjs');

/** Loaded from node_modules by the bundle at run time, never at start (`import()` at the call site). */
const EXTERNAL = ['exceljs', 'mammoth', 'unpdf', 'googleapis', 'googleapis/*', 'google-auth-library'];

/**
 * CommonJS libraries that files import statically but use only inside some commands: the bundle
 * gets a stand-in that `require`s the real library on first use. iconv-lite is 0.5 MB of encoding
 * tables; docx is reached only through `import('./docx-print.ts')` (cli/render/print-output.ts).
 */
const LAZY_CJS = ['iconv-lite', 'papaparse', 'docx'];

/** The checked JSON of a value, refusing anything JSON cannot carry back unchanged (a Map, undefined in an array, …). */
function checkedJson(name: string, value: unknown): string {
  const text = JSON.stringify(value);
  if (!isDeepStrictEqual(JSON.parse(text), JSON.parse(JSON.stringify(value))) || !isDeepStrictEqual(stripUndefined(value), JSON.parse(text))) {
    throw new Error(`cli/build: ${name} does not survive JSON unchanged; it cannot be embedded in the bundle`);
  }
  return JSON.stringify(text);
}

function stripUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripUndefined);
  if (value && typeof value === 'object') {
    if (Object.getPrototypeOf(value) !== Object.prototype) throw new Error(`cli/build: bundled data holds a ${value.constructor?.name} object`);
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, stripUndefined(v)]));
  }
  return value;
}

/**
 * Replaces the modules that check bundled data at import by modules holding the checked result.
 * The data is checked by importing the real modules here: the same checks, at build time.
 */
async function precheckedData(): Promise<Plugin> {
  const data = await import('../shared/data/index.ts');
  const rules = await import('../shared/validate/rules.ts');
  const plansJson = checkedJson('the bundled plans', data.plans);
  const indicatorsJson = checkedJson('the indicator catalogue', data.indicators);
  const rulesJson = checkedJson('the default rules', rules.defaultRules);
  const modules = new Map<string, string>([
    [join(root, 'shared/data/catalogue.ts'), `
      export const indicators = JSON.parse(${indicatorsJson});
      export const indicatorById = new Map(indicators.map((i) => [i.id, i]));`],
    [join(root, 'shared/data/index.ts'), `
      export { indicators, indicatorById } from './catalogue.ts';
      export { jsonPath } from './json-path.ts';
      export const plans = JSON.parse(${plansJson});
      const planById = new Map(plans.map((p) => [p.id, p]));
      export function getPlan(id) { return planById.get(id); }
      // The zod check of a user's plan file: loaded on first use.
      export function checkPlan(json, opts) { return require('./check-plan.ts').checkPlan(json, opts); }`],
    [join(root, 'shared/validate/rules.ts'), `
      export const defaultRules = Object.freeze(JSON.parse(${rulesJson}));
      export function loadRules(json) { return require('./rules.ts?real').loadRules(json); }`],
  ]);
  return {
    name: 'prechecked-data',
    setup(b) {
      // The real file behind a stand-in (`./rules.ts?real`: rules.ts's own loadRules, unchanged).
      b.onResolve({ filter: /\?real$/ }, (args) => ({ path: resolve(args.resolveDir, args.path.slice(0, -'?real'.length)), namespace: 'real-file' }));
      b.onLoad({ filter: /.*/, namespace: 'real-file' }, async (args) => ({
        contents: readFileSync(args.path, 'utf8'),
        loader: 'ts',
        resolveDir: dirname(args.path),
      }));
      b.onLoad({ filter: /\.ts$/ }, (args) => {
        const contents = modules.get(args.path);
        return contents === undefined ? undefined : { contents, loader: 'js', resolveDir: dirname(args.path) };
      });
    },
  };
}

/** The stand-ins of LAZY_CJS: `require` on first property read (docx: when docx-print.ts loads). */
const lazyCjs: Plugin = {
  name: 'lazy-cjs',
  setup(b) {
    const filter = new RegExp(`^(${LAZY_CJS.map((n) => n.replace(/[-/]/g, '\\$&')).join('|')})$`);
    b.onResolve({ filter }, (args) => (args.namespace === 'lazy-cjs' ? { path: args.path, external: true } : { path: args.path, namespace: 'lazy-cjs' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-cjs' }, (args) => ({
      contents: args.path === 'docx'
        ? `module.exports = require('docx');`
        : `let real;
           const load = () => (real ??= require(${JSON.stringify(args.path)}));
           module.exports = new Proxy({}, {
             get: (_, key) => { const v = load()[key]; return typeof v === 'function' ? v.bind(load()) : v; },
             has: (_, key) => key in load(),
           });`,
      loader: 'js',
      resolveDir: root,
    }));
  },
};

/** Bundles cli/cds.ts into dist/cli/cds.mjs (or `outfile`). */
export async function buildCli(outfile: string = CLI_BUNDLE): Promise<string> {
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [join(root, 'cli/cds.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
    external: EXTERNAL,
    // (esbuild keeps cli/cds.ts's `#!/usr/bin/env node` line first.)
    // `require` for the lazy CommonJS stand-ins, resolved from dist/cli up to the project's node_modules.
    banner: { js: `import { createRequire as __cdsCreateRequire } from 'node:module';\nconst require = __cdsCreateRequire(import.meta.url);` },
    plugins: [await precheckedData(), lazyCjs],
  });
  return outfile;
}

if (import.meta.main) {
  const out = await buildCli(process.argv[2] ? resolve(process.argv[2]) : CLI_BUNDLE);
  console.log(`cli/build: ${out}`);
}

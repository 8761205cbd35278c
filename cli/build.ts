// Builds the `cds` command into one file, dist/cli/cds.mjs (issue 8 §4), so that a start does not
// strip the types of ~130 .ts files and re-check the bundled data with zod every time:
// - the bundled plans, indicators and rules are checked HERE, once, by the same code the source
//   entry runs at import (shared/data, shared/validate/rules.ts); a broken file fails the build.
//   The bundle then holds their checked JSON. `checkPlan` (plan FILES the user gives, via
//   `--plan file.json`) stays the full zod check, loaded only when called;
// - heavy libraries are not bundled and are loaded only by the command that needs them: exceljs,
//   mammoth, unpdf, googleapis and google-auth-library are already imported with `import()` at
//   their point of use; docx, zod, iconv-lite and papaparse are required on first use (see LAZY_CJS).
// Run: `node cli/build.ts` (npm `postinstall` and scripts/test.ts do). Tests import buildCli().
import { build, type Plugin } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
export const CLI_BUNDLE = join(root, 'dist', 'cli', 'cds.mjs');

/** Loaded from node_modules by the bundle at run time, never at start (`import()` at the call site). */
const EXTERNAL = ['exceljs', 'mammoth', 'unpdf', 'googleapis', 'googleapis/*', 'google-auth-library'];

/**
 * Libraries that files import statically but that only some commands use, required from
 * node_modules (their CommonJS build) instead of being bundled:
 * - iconv-lite (0.5 MB of encoding tables) and papaparse: a stand-in requires them on first use;
 * - docx, zod: required when the module importing them first runs — docx-print.ts is reached only
 *   through `import('./docx-print.ts')` (cli/render/print-output.ts), zod only through the lazy
 *   stand-ins of LAZY_MODULES. Not bundling zod also spares every start from parsing its 0.2 MB.
 */
const LAZY_CJS = ['iconv-lite', 'papaparse'];
const REQUIRED_CJS = ['docx', 'zod', 'zod/mini'];

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
 * Modules whose import builds zod schemas (~40 ms of CPU at each start) but which `cds` uses only
 * inside some commands: the bundle holds a stand-in that loads the real module on first use. Its
 * plain data (HEADER_FIELDS, …) is copied as JSON, its functions call the real ones, its schema
 * objects forward every property read to the real schema.
 */
const LAZY_MODULES = [
  'shared/data/check-plan.ts', 'shared/portal/schemas.ts',
  ...['common', 'indicator', 'issue', 'plan', 'report', 'rule', 'scorecard'].map((n) => `shared/schema/${n}.ts`),
];

async function lazyStandIn(file: string): Promise<string> {
  const real = (await import(join(root, file))) as Record<string, unknown>;
  const lines = [
    `let real;`,
    // From the stand-in's namespace this path resolves to the real file (see the onResolve below).
    `const load = () => (real ??= require(${JSON.stringify(join(root, file))}));`,
    `const forward = (name) => new Proxy({}, {`,
    `  get: (_, key) => { const o = load()[name]; const v = o[key]; return typeof v === 'function' ? v.bind(o) : v; },`,
    `  has: (_, key) => key in load()[name],`,
    `});`,
  ];
  for (const [name, value] of Object.entries(real)) {
    if (typeof value === 'function') {
      if (Object.getOwnPropertyNames(value.prototype ?? {}).length > 1) throw new Error(`cli/build: ${file} exports the class ${name}; a lazy stand-in cannot hold it`);
      lines.push(`export function ${name}(...args) { return load().${name}(...args); }`);
    } else if (isPlainData(value)) {
      lines.push(`export const ${name} = ${plainDataCode(`${file} ${name}`, value)};`);
    } else {
      lines.push(`export const ${name} = forward(${JSON.stringify(name)});`);
    }
  }
  return lines.join('\n');
}

/**
 * The code of a plain value: JSON.parse of its checked JSON, frozen as the value is — not at all,
 * at the top only, or all the way down; any other mix cannot be rebuilt and fails the build.
 */
function plainDataCode(name: string, value: unknown): string {
  const json = `JSON.parse(${checkedJson(name, value)})`;
  const objects: object[] = [];
  const collect = (v: unknown): void => {
    if (v === null || typeof v !== 'object') return;
    objects.push(v);
    Object.values(v).forEach(collect);
  };
  collect(value);
  const frozen = objects.map((o) => Object.isFrozen(o));
  if (frozen.every((f) => !f)) return json;
  if (frozen.every(Boolean)) return `${DEEP_FREEZE}(${json})`;
  if (frozen[0] && frozen.slice(1).every((f) => !f)) return `Object.freeze(${json})`;
  throw new Error(`cli/build: ${name} is frozen in part; the bundle cannot rebuild it as it is`);
}

const DEEP_FREEZE = '((function deepFreeze(v) { if (v !== null && typeof v === "object") { Object.values(v).forEach(deepFreeze); Object.freeze(v); } return v; }))';

/** Strings, numbers, booleans, null, and arrays/plain objects of them (not a zod schema). */
function isPlainData(value: unknown): boolean {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (Array.isArray(value)) return value.every(isPlainData);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value).every(isPlainData);
  return false;
}

/**
 * Replaces the modules that check bundled data at import by modules holding the checked result.
 * The data is checked by importing the real modules here: the same checks, at build time.
 */
async function precheckedData(): Promise<Plugin> {
  const data = await import('../shared/data/index.ts');
  const rules = await import('../shared/validate/rules.ts');
  const plansCode = plainDataCode('the bundled plans', data.plans);
  const indicatorsCode = plainDataCode('the indicator catalogue', data.indicators);
  const rulesCode = plainDataCode('the default rules', rules.defaultRules);
  const modules = new Map<string, string>([
    [join(root, 'shared/data/catalogue.ts'), `
      export const indicators = ${indicatorsCode};
      export const indicatorById = new Map(indicators.map((i) => [i.id, i]));`],
    [join(root, 'shared/data/index.ts'), `
      export { indicators, indicatorById } from './catalogue.ts';
      export { jsonPath } from './json-path.ts';
      export const plans = ${plansCode};
      const planById = new Map(plans.map((p) => [p.id, p]));
      export function getPlan(id) { return planById.get(id); }
      export { checkPlan } from './check-plan.ts';`],
    [join(root, 'shared/validate/rules.ts'), `
      export const defaultRules = ${rulesCode};
      export function loadRules(json) { return require('./rules.ts?real').loadRules(json); }`],
  ]);
  // Message catalogues: plain data, parsed faster from one JSON string than from object literals.
  for (const file of readdirSync(join(root, 'shared/messages')).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'format.ts')) {
    const path = join(root, 'shared/messages', file);
    const real = (await import(path)) as Record<string, unknown>;
    if (!Object.values(real).every(isPlainData)) continue;
    modules.set(path, Object.entries(real).map(([name, value]) => `export const ${name} = ${plainDataCode(`shared/messages/${file} ${name}`, value)};`).join('\n'));
  }
  const lazy = new Map<string, string>();
  for (const file of LAZY_MODULES) lazy.set(join(root, file), await lazyStandIn(file));
  // The schema files and the lazy modules themselves import the real modules (a zod schema is
  // built from real schemas, never from a stand-in); every other file gets the stand-in.
  const importsReal = (importer: string) => importer.startsWith(join(root, 'shared/schema') + '/') || lazy.has(importer);
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
      b.onResolve({ filter: /^\.\.?\/.*\.ts$/ }, (args) => {
        if (args.namespace !== 'file') return undefined;
        const path = resolve(args.resolveDir, args.path);
        return lazy.has(path) && !importsReal(args.importer) ? { path, namespace: 'lazy-module' } : undefined;
      });
      b.onLoad({ filter: /.*/, namespace: 'lazy-module' }, (args) => ({ contents: lazy.get(args.path)!, loader: 'js', resolveDir: dirname(args.path) }));
      b.onLoad({ filter: /\.ts$/ }, (args) => {
        const contents = modules.get(args.path);
        return contents === undefined ? undefined : { contents, loader: 'ts', resolveDir: dirname(args.path) };
      });
    },
  };
}

/**
 * Node built-ins that cost several ms of CPU to load and serve only some commands (crypto: tokens
 * and file names; child_process: commander's external sub-commands; zlib: XLSX/ZIP): loaded on first use.
 */
const LAZY_BUILTINS = ['node:crypto', 'node:child_process', 'node:zlib'];

async function builtinStandIn(name: string): Promise<string> {
  const real = (await import(name)) as Record<string, unknown>;
  const lines = [
    `let real;`,
    `const load = () => (real ??= require(${JSON.stringify(name)}));`,
    `const forward = (get) => new Proxy({}, { get: (_, key) => { const o = get(); const v = o[key]; return typeof v === 'function' ? v.bind(o) : v; }, has: (_, key) => key in get() });`,
    `export default forward(load);`,
  ];
  for (const key of Object.keys(real)) {
    if (key === 'default' || !/^[A-Za-z_$][\w$]*$/.test(key)) continue;
    // A getter is not read here (crypto.fips warns): it is forwarded like an object.
    const d = Object.getOwnPropertyDescriptor(real, key);
    if (d && 'value' in d && typeof d.value === 'function') lines.push(`export function ${key}(...a) { return new.target ? new (load().${key})(...a) : load().${key}(...a); }`);
    else lines.push(`export const ${key} = forward(() => load().${key});`);
  }
  return lines.join('\n');
}

const lazyBuiltins: Plugin = {
  name: 'lazy-builtins',
  setup(b) {
    const filter = new RegExp(`^(${LAZY_BUILTINS.join('|')})$`);
    b.onResolve({ filter }, (args) => (args.namespace === 'lazy-builtin' ? { path: args.path, external: true } : { path: args.path, namespace: 'lazy-builtin' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, async (args) => ({ contents: await builtinStandIn(args.path), loader: 'js', resolveDir: root }));
  },
};

/** The stand-ins of LAZY_CJS: `require` on first property read (docx: when docx-print.ts loads). */
const lazyCjs: Plugin = {
  name: 'lazy-cjs',
  setup(b) {
    const filter = new RegExp(`^(${[...LAZY_CJS, ...REQUIRED_CJS].map((n) => n.replace(/[-/]/g, '\\$&')).join('|')})$`);
    b.onResolve({ filter }, (args) => (args.namespace === 'lazy-cjs' ? { path: args.path, external: true } : { path: args.path, namespace: 'lazy-cjs' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-cjs' }, (args) => ({
      contents: REQUIRED_CJS.includes(args.path)
        ? `module.exports = require(${JSON.stringify(args.path)});`
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
    // The bundle runs its command whether it is started directly or imported by cli/bin.mjs.
    define: { 'import.meta.main': 'true' },
    // (esbuild keeps cli/cds.ts's `#!/usr/bin/env node` line first.)
    // `require` for the lazy CommonJS stand-ins, resolved from dist/cli up to the project's node_modules.
    banner: { js: `import { createRequire as __cdsCreateRequire } from 'node:module';\nconst require = __cdsCreateRequire(import.meta.url);` },
    plugins: [await precheckedData(), lazyCjs, lazyBuiltins],
  });
  return outfile;
}

if (import.meta.main) {
  const out = await buildCli(process.argv[2] ? resolve(process.argv[2]) : CLI_BUNDLE);
  console.log(`cli/build: ${out}`);
}

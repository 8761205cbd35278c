// Builds the Apps Script project into apps-script/dist (the clasp rootDir):
// - Code.js: apps-script/src/index.ts and the core it imports, bundled by esbuild as one IIFE
//   assigned to a single global (__cds), then one top-level stub per exported entry —
//   `function onOpen(){ return __cds.onOpen.apply(this, arguments) }` — because menus, triggers and
//   google.script.run only see top-level function declarations. No import/export is left.
// - Sidebar.html: the sidebar page with its CSS (ui/scorecard.css + sidebar.css) and its script
//   (apps-script/sidebar/client.ts, bundled for the browser) inlined: HtmlService serves one file.
// - appsscript.json: the manifest, copied.
// Run: `npm run build:sheets` (node apps-script/build.ts). Tests import buildSheets().
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
export const GLOBAL_NAME = '__cds';

export interface BuiltSheets {
  outDir: string;
  code: string;
  html: string;
  /** The global functions of Code.js, in the order of the entry's exports. */
  exposed: string[];
}

/** The exported names of the bundle, read by running it once in an empty context. */
function exportedNames(code: string): string[] {
  const context: Record<string, unknown> = {};
  runInNewContext(code, context, { filename: 'Code.js' });
  const api = context[GLOBAL_NAME] as Record<string, unknown> | undefined;
  if (!api) throw new Error(`build: the bundle did not define ${GLOBAL_NAME}`);
  const names = Object.keys(api);
  const notFunctions = names.filter((n) => typeof api[n] !== 'function');
  if (notFunctions.length > 0) throw new Error(`build: entry exports that are not functions: ${notFunctions.join(', ')}`);
  return names;
}

/**
 * Built-ins newer than ES2021 that esbuild's `target` does not polyfill (it lowers syntax only) and
 * that Apps Script's V8 may lack — `Object.hasOwn` broke Chấm điểm there (issue 14). The bundle
 * must call none of them; the bundle test also runs the whole flow with them deleted.
 */
export const MODERN_BUILTINS: readonly { name: string; pattern: RegExp }[] = [
  { name: 'Object.hasOwn', pattern: /\bObject\.hasOwn\b/ },
  { name: 'Array.prototype.at / String.prototype.at', pattern: /\.at\(/ },
  { name: 'Array.prototype.findLast / findLastIndex', pattern: /\.findLast(Index)?\(/ },
  { name: 'String.prototype.replaceAll', pattern: /\.replaceAll\(/ },
  { name: 'structuredClone', pattern: /\bstructuredClone\b/ },
  { name: 'Object.groupBy / Map.groupBy', pattern: /\b(Object|Map)\.groupBy\b/ },
  { name: 'Array.prototype.toSorted / toReversed / toSpliced / with', pattern: /\.(toSorted|toReversed|toSpliced)\(/ },
];

/** Each use of a built-in Apps Script may lack, with its line in the bundle ("" when none). */
export function modernBuiltinUses(code: string): string[] {
  const out: string[] = [];
  code.split('\n').forEach((line, i) => {
    for (const b of MODERN_BUILTINS) if (b.pattern.test(line)) out.push(`${b.name} at Code.js:${i + 1}: ${line.trim().slice(0, 120)}`);
  });
  return out;
}

async function bundleServer(entry: string): Promise<{ code: string; exposed: string[] }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: GLOBAL_NAME,
    platform: 'neutral',
    // Apps Script's V8 runtime: keep to ES2019 syntax so nothing depends on its exact V8 version.
    target: 'es2019',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
  });
  const body = result.outputFiles[0]!.text;
  const exposed = exportedNames(body);
  const stubs = exposed.map((name) => `function ${name}() { return ${GLOBAL_NAME}.${name}.apply(this, arguments); }`);
  const code = [
    '// CĐS scorecard add-on — built by apps-script/build.ts from apps-script/src; do not edit.',
    body,
    '// Entry points (menu, triggers, google.script.run):',
    ...stubs,
    '',
  ].join('\n');
  if (/^\s*(import|export)\s/m.test(code)) throw new Error('build: an import/export statement is left in Code.js');
  const modern = modernBuiltinUses(code);
  if (modern.length > 0) throw new Error(`build: Code.js uses built-ins Apps Script's V8 may lack (use an older equivalent):\n${modern.join('\n')}`);
  return { code, exposed };
}

async function bundleSidebar(): Promise<string> {
  const result = await build({
    entryPoints: [join(here, 'sidebar/client.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
  });
  const script = result.outputFiles[0]!.text.replace(/<\/script/gi, '<\\/script');
  const css = [readFileSync(join(root, 'ui/scorecard.css'), 'utf8'), readFileSync(join(here, 'sidebar/sidebar.css'), 'utf8')]
    .join('\n')
    .replace(/<\/style/gi, '<\\/style');
  const page = readFileSync(join(here, 'sidebar/sidebar.html'), 'utf8');
  if (!page.includes('/*CDS:STYLE*/') || !page.includes('/*CDS:SCRIPT*/')) throw new Error('build: sidebar.html lost its placeholders');
  // Function replacements: the bundled code may contain "$&" and similar patterns.
  return page.replace('/*CDS:STYLE*/', () => css).replace('/*CDS:SCRIPT*/', () => script);
}

/**
 * The two editions (issue 11 §3): the commune edition (src/index.ts, appsscript.json: exactly the
 * two scopes) and the district edition (src/district.ts, district/appsscript.json: the same plus
 * read-only access to the spreadsheets listed in its `Đơn vị` tab).
 */
export type Edition = 'commune' | 'district';
const EDITIONS: Record<Edition, { entry: string; manifest: string; outDir: string }> = {
  commune: { entry: join(here, 'src/index.ts'), manifest: join(here, 'appsscript.json'), outDir: join(here, 'dist') },
  district: { entry: join(here, 'src/district.ts'), manifest: join(here, 'district/appsscript.json'), outDir: join(here, 'district/dist') },
};

/** `serverEntry` is for tests of the build's own checks (default: the edition's entry). */
export async function buildSheets(opts: { outDir?: string; serverEntry?: string; edition?: Edition } = {}): Promise<BuiltSheets> {
  const edition = EDITIONS[opts.edition ?? 'commune'];
  const outDir = opts.outDir ?? edition.outDir;
  const [{ code, exposed }, html] = await Promise.all([bundleServer(opts.serverEntry ?? edition.entry), bundleSidebar()]);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'Code.js'), code);
  writeFileSync(join(outDir, 'Sidebar.html'), html);
  writeFileSync(join(outDir, 'appsscript.json'), readFileSync(edition.manifest, 'utf8'));
  return { outDir, code, html, exposed };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  for (const edition of Object.keys(EDITIONS) as Edition[]) {
    const built = await buildSheets({ edition });
    const dir = edition === 'commune' ? 'apps-script/dist' : 'apps-script/district/dist';
    console.log(`${dir}: Code.js ${(built.code.length / 1024).toFixed(0)} KB, Sidebar.html ${(built.html.length / 1024).toFixed(0)} KB, ${built.exposed.length} entry points`);
  }
}

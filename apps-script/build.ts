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

async function bundleServer(): Promise<{ code: string; exposed: string[] }> {
  const result = await build({
    entryPoints: [join(here, 'src/index.ts')],
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

export async function buildSheets(opts: { outDir?: string } = {}): Promise<BuiltSheets> {
  const outDir = opts.outDir ?? join(here, 'dist');
  const [{ code, exposed }, html] = await Promise.all([bundleServer(), bundleSidebar()]);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'Code.js'), code);
  writeFileSync(join(outDir, 'Sidebar.html'), html);
  writeFileSync(join(outDir, 'appsscript.json'), readFileSync(join(here, 'appsscript.json'), 'utf8'));
  return { outDir, code, html, exposed };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const built = await buildSheets();
  console.log(`apps-script/dist: Code.js ${(built.code.length / 1024).toFixed(0)} KB, Sidebar.html ${(built.html.length / 1024).toFixed(0)} KB, ${built.exposed.length} entry points`);
}

import { build } from 'esbuild';
const r = await build({ entryPoints: ['cli/cds.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node24', outfile: 'dist/cli/try.mjs', metafile: true, logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  external: process.argv[2] === 'ext' ? ['googleapis','google-auth-library','exceljs','mammoth','unpdf','docx','papaparse'] : [] });
const inputs = Object.entries(r.metafile.outputs['dist/cli/try.mjs'] ?? Object.values(r.metafile.outputs)[0]).length;
console.log(Object.values(r.metafile.outputs).map(o => o.bytes));

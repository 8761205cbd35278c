import { build } from 'esbuild';
const r = await build({ entryPoints: ['cli/cds.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node24', outfile: 'dist/cli/try.mjs', metafile: true, logLevel: 'warning', write:false,
  external: ['googleapis','google-auth-library','exceljs','mammoth','unpdf','docx','papaparse'] });
const out = Object.values(r.metafile.outputs)[0];
const by = {};
for (const [k, v] of Object.entries(out.inputs)) { const key = k.startsWith('node_modules') ? k.split('/').slice(0, 2).join('/') : k.split('/').slice(0,2).join('/'); by[key] = (by[key]||0) + v.bytesInOutput; }
console.log(Object.entries(by).sort((a,b)=>b[1]-a[1]).slice(0,30));

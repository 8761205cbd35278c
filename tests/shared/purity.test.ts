import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The core runs unchanged in a browser, in Apps Script and in Node: no platform API may leak in.
const FORBIDDEN: [RegExp, string][] = [
  [/\bdocument\.|\bwindow\.|\bnavigator\./, 'DOM'],
  [/\bchrome\.|\bbrowser\./, 'extension API'],
  [/\b(SpreadsheetApp|HtmlService|PropertiesService|LockService|Utilities|Session)\./, 'Apps Script'],
  [/from\s+['"](node:[^'"]+|fs|path|os|child_process|http|https|url|crypto)['"]|\brequire\(/, 'Node'],
  [/from\s+['"](wxt|#imports|googleapis|commander|exceljs|papaparse)[^'"]*['"]/, 'surface library'],
  [/\bprocess\.|\bDate\.now\(|new Date\(\)/, 'process or clock'],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('shared/ is pure TypeScript', () => {
  const files = sourceFiles('shared');

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)('%s uses no platform API and no clock', (file) => {
    // Comments may mention the forbidden names when explaining why they are not used.
    const code = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
    const leaks = FORBIDDEN.filter(([re]) => re.test(code)).map(([, what]) => what);
    expect(leaks).toEqual([]);
  });

  it('catches a leak when there is one', () => {
    const [dom] = FORBIDDEN;
    expect(dom![0].test('const el = document.createElement("div")')).toBe(true);
  });
});

// Every file `cds` writes (issue 9 §4): a symbolic link at the output path is refused (exit 2) and
// the file it points at is left as it was — for --out and --docx as for --html, --force included.
import { lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvText, filledGrid, runCli, tempDir } from './helpers.ts';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const HOHAI = { 'TC-01': '100%', 'TC-02': '100%', 'TC-03B': '85,5', 'TC-05': 'có', 'TC-06': '60%', 'TD-01': 'có', 'TD-02': 'có', 'TD-03': 'có', 'TD-04': 'có' };
const OFFICER_FILE = 'dữ liệu của cán bộ';

/** `name` in the working folder, a link to a file of the officer's elsewhere. */
function linkAt(name: string): string {
  mkdirSync(join(dir, 'elsewhere'), { recursive: true });
  const target = join(dir, 'elsewhere', `${name}.goc`);
  writeFileSync(target, OFFICER_FILE);
  symlinkSync(target, join(dir, name));
  return target;
}

describe('output paths that are symbolic links are refused', () => {
  const cases: [string, string[]][] = [
    ['template --out (CSV)', ['template', '--plan', 'ninh-hai-2023', '--out', 'mau.csv']],
    ['template --out (XLSX) --force', ['template', '--plan', 'ninh-hai-2023', '--out', 'mau.xlsx', '--force']],
    ['plan export --out', ['plan', 'export', 'ninh-hai-2023', '--out', 'ke-hoach.xlsx']],
    ['score --docx', ['score', 'x.csv', '--docx', 'phieu.docx']],
    ['rank --docx', ['rank', 'x.csv', '--plan', 'ninh-hai-2023', '--docx', 'xep-hang.docx']],
  ];
  for (const [what, args] of cases) {
    it(what, async () => {
      writeFileSync(join(dir, 'x.csv'), csvText(filledGrid('ninh-hai-2023', { name: 'UBND xã Hộ Hải', level: 'commune' }, HOHAI), ',', true));
      const out = args[args.indexOf(args.find((a) => a === '--out' || a === '--docx')!) + 1]!;
      const target = linkAt(out);
      const run = await runCli(args, { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('liên kết tượng trưng');
      expect(readFileSync(target, 'utf8')).toBe(OFFICER_FILE);
      expect(lstatSync(join(dir, out)).isSymbolicLink()).toBe(true);
    });
  }
});

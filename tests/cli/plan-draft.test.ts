// `cds plan draft`: a plan document (.txt, .docx, .pdf) → a draft with quotes, printed, as JSON, or
// as a plan table that cannot be used before the officer has reviewed it.
import { readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers.ts';

const SEEDS = new URL('../../shared/data/seeds/', import.meta.url);
const FIXTURES = new URL('../fixtures/plan-draft/', import.meta.url);
const HUNG_DAO = '001_2d2fca842c8bf0cb.txt';

interface DraftJson {
  draft: true;
  targets: { label: { vi: string }; comparator: string; value: number | true; unit: string; level: string | null; year: number | null; indicatorId: string | null; source: { quote: string } }[];
  deadlines: { date: string | null; source: { quote: string } }[];
  awards: { quota: { collective: number | null } | null; source: { quote: string } }[];
}

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

describe('cds plan draft', () => {
  it('prints every proposed target with its quote and line, and says it is a draft', async () => {
    copyFileSync(new URL(HUNG_DAO, SEEDS), join(dir, 'hung-dao.txt'));
    const run = await runCli(['plan', 'draft', 'hung-dao.txt'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('BẢN NHÁP');
    expect(run.stdout).toContain('Chỉ tiêu định lượng đề xuất (28)');
    expect(run.stdout).toMatch(/> 95% — Tỷ lệ dân số trưởng thành có tài khoản định danh điện tử\n.*\n\s+trích dòng 114: “Tỷ lệ dân số trưởng thành có tài khoản định danh điện tử trên 95%\.”/);
  });

  it('--json: the plan-shaped draft whose quotes are exact pieces of the text', async () => {
    copyFileSync(new URL('003_b1016627daa8395a.txt', SEEDS), join(dir, 'ninh-hai.txt'));
    const run = await runCli(['plan', 'draft', 'ninh-hai.txt', '--json'], { cwd: dir });
    expect(run.code).toBe(0);
    const draft = JSON.parse(run.stdout) as DraftJson;
    const text = readFileSync(join(dir, 'ninh-hai.txt'), 'utf8').normalize('NFC');
    expect(draft.draft).toBe(true);
    expect(draft.targets.map((t) => [t.comparator, t.value, t.unit, t.level, t.year])).toEqual([
      ['>=', 100, 'percent', null, 2023],
      ['>=', 100, 'percent', null, 2023],
      ['>=', 75, 'percent', 'district', 2023],
      ['>=', 50, 'percent', 'commune', 2023],
      ['>=', 50, 'percent', null, 2023],
    ]);
    expect(draft.targets[2]!.indicatorId).toBe('ONLINE_SERVICE_WITH_DOSSIERS');
    for (const x of [...draft.targets, ...draft.deadlines, ...draft.awards]) expect(text).toContain(x.source.quote);
    expect(draft.deadlines.map((d) => d.date).sort()).toEqual(['2023-11-15', '2023-11-30', '2023-12-15']);
    expect(draft.awards.find((a) => a.quota)?.quota?.collective).toBe(3);
  });

  it('reads a Word document (.docx) like its text', async () => {
    const lines = ['KẾ HOẠCH', 'Chuyển đổi số xã Tân Lập năm 2026', 'I. MỤC TIÊU', '- Tỷ lệ hồ sơ xử lý hoàn toàn trực tuyến đạt tối thiểu 85%;', '- Trên 70% dân số trưởng thành có tài khoản thanh toán điện tử.', 'II. TỔ CHỨC THỰC HIỆN', '- Báo cáo kết quả trước ngày 15/11/2026.'];
    const doc = new Document({ sections: [{ children: lines.map((l) => new Paragraph(l)) }] });
    writeFileSync(join(dir, 'ke-hoach.docx'), await Packer.toBuffer(doc));
    const run = await runCli(['plan', 'draft', 'ke-hoach.docx', '--json'], { cwd: dir });
    expect(run.code).toBe(0);
    const draft = JSON.parse(run.stdout) as DraftJson;
    expect(draft.targets.map((t) => [t.comparator, t.value, t.year])).toEqual([['>=', 85, 2026], ['>', 70, 2026]]);
    expect(draft.deadlines.map((d) => d.date)).toEqual(['2026-11-15']);
  });

  it('reads a PDF with a text layer', async () => {
    const run = await runCli(['plan', 'draft', 'tan-lap-2026.pdf', '--json'], { cwd: new URL('.', FIXTURES).pathname });
    expect(run.code).toBe(0);
    const draft = JSON.parse(run.stdout) as DraftJson & { issuer: string };
    expect(draft.issuer).toBe('UBND xã Tân Lập');
    expect(draft.targets.map((t) => [t.comparator, t.value])).toEqual([['>=', 100], ['>=', 85], ['>', 70]]);
  });

  it('refuses a scanned PDF, saying it has no text layer (exit 2)', async () => {
    const run = await runCli(['plan', 'draft', 'ban-quet.pdf'], { cwd: new URL('.', FIXTURES).pathname });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('không có lớp chữ');
    expect(run.stderr).toContain('has no text layer');
    expect(run.stdout).toBe('');
  });

  it('reads UTF-16 text as Word saves "Unicode text"', async () => {
    const text = 'KẾ HOẠCH\nChuyển đổi số năm 2025\nI. MỤC TIÊU\n- 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình.\n';
    writeFileSync(join(dir, 'unicode.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const run = await runCli(['plan', 'draft', 'unicode.txt', '--json'], { cwd: dir });
    expect((JSON.parse(run.stdout) as DraftJson).targets[0]!.label.vi).toBe('Thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình');
  });

  it('refuses other files with a clear message', async () => {
    writeFileSync(join(dir, 'anh.png'), 'x');
    const run = await runCli(['plan', 'draft', 'anh.png'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('.txt, .docx');
  });

  it('--out draft.xlsx: a plan table whose rows carry their quotes, unusable until the plan id is typed', async () => {
    copyFileSync(new URL(HUNG_DAO, SEEDS), join(dir, 'hung-dao.txt'));
    const run = await runCli(['plan', 'draft', 'hung-dao.txt', '--out', 'nhap.xlsx'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Mã kế hoạch');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'nhap.xlsx'));
    const cells: string[] = [];
    wb.worksheets[0]!.eachRow((row) => row.eachCell((c) => cells.push(String(c.value))));
    expect(cells.some((c) => c.includes('Trích dòng 114: “Tỷ lệ dân số trưởng thành có tài khoản định danh điện tử trên 95%.”'))).toBe(true);

    const use = await runCli(['plan', 'nhap.xlsx'], { cwd: dir });
    expect(use.code).toBe(2);
    expect(use.stderr).toContain('B2');

    // Running twice never overwrites the officer's reviewed file without --force.
    const again = await runCli(['plan', 'draft', 'hung-dao.txt', '--out', 'nhap.xlsx'], { cwd: dir });
    expect(again.code).toBe(2);
  });

  it('--out draft.csv writes the same table as CSV', async () => {
    copyFileSync(new URL('000_7ac6ef8f8f12be28.txt', SEEDS), join(dir, 'van-phuc.txt'));
    const run = await runCli(['plan', 'draft', 'van-phuc.txt', '--out', 'nhap.csv'], { cwd: dir });
    expect(run.code).toBe(0);
    const csv = readFileSync(join(dir, 'nhap.csv'), 'utf8');
    expect(csv).toContain('Mã chỉ tiêu');
    expect(csv).toContain('Tỷ lệ dân số trưởng thành có tài khoản thanh toán điện tử');
  });
});

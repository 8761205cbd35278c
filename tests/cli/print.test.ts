// Printouts for the award dossier (issue 12 §3): the structure of `cds score|rank --html|--docx` —
// the national motto block, number and date, signature blocks, landscape ranking, flagged units,
// sources in the annex and no file path or checking log in the body.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { cliInTempDir, csvText, filledGrid } from './helpers.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SAMPLES = join(ROOT, 'samples/ninh-hai-2023');
const PLAN = 'ninh-hai-2023';
let dir: string;
const cli = cliInTempDir((d) => {
  dir = d;
  mkdirSync(join(dir, 'xa'));
  for (const f of readdirSync(SAMPLES)) copyFileSync(join(SAMPLES, f), join(dir, 'xa', f));
});

const goodValues = { 'TC-01': '100', 'TC-02': '100%', 'TC-03B': '85,5', 'TC-05': 'có', 'TC-06': '60', 'TD-01': 'có', 'TD-02': 'có', 'TD-03': 'có', 'TD-04': 'không' };

/** The part of the page between <main> tags: the document's body, without header, signatures and annex. */
const bodyOf = (html: string) => html.slice(html.indexOf('<main class="doc-body">'), html.indexOf('</main>'));
const annexOf = (html: string) => html.slice(html.indexOf('<section class="doc-annex">'));

/** One file of a .docx (a zip): found through the central directory, inflated. */
function zipEntry(zip: Uint8Array, name: string): string {
  const buf = Buffer.from(zip);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = buf.readUInt32LE(eocd + 16);
  const count = buf.readUInt16LE(eocd + 10);
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    if (buf.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + size);
      return (method === 0 ? data : inflateRawSync(data)).toString('utf8');
    }
    at += 46 + nameLength + extra + comment;
  }
  throw new Error(`${name} not in the zip`);
}

describe('cds rank --html: the ranking as a summary table in the NĐ 30/2020 form', () => {
  it('has the motto block, blanks for number and place, the date, the title, signatures and a landscape page', async () => {
    const run = await cli('rank', 'xa', '--plan', PLAN, '--html', 'xep-hang.html', '--date', '30/11/2023');
    expect(run.code).toBe(0);
    const html = readFileSync(join(dir, 'xep-hang.html'), 'utf8');
    expect(html).toContain('<meta name="generator" content="cds">');
    expect(html).toMatch(/@page \{ size: A4 landscape;/);
    expect(html).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(html).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(html).toContain('UBND HUYỆN NINH HẢI'); // from the plan's locality
    expect(html).toContain('Số: ……/……');
    expect(html).toContain('…………, ngày 30 tháng 11 năm 2023');
    expect(html).toContain('BẢNG TỔNG HỢP');
    expect(html).toContain('NGƯỜI LẬP BIỂU');
    expect(html).toContain('THỦ TRƯỞNG ĐƠN VỊ');
    expect(html).toContain('Nơi nhận:');
    expect(html).not.toMatch(/https?:\/\/|<script|<link|src=/i);
    // Six communes, each one row of the ranking table.
    const table = html.slice(html.indexOf('<table class="doc-table ranking"'), html.indexOf('</table>'));
    expect(table.match(/<tr(?: [^>]*)?>\s*<td/g)).toHaveLength(6);
    for (const name of ['Hộ Hải', 'Nhơn Hải', 'Tân Hải', 'Thanh Hải', 'Vĩnh Hải', 'Xuân Hải']) expect(table).toContain(name);
    // The last column has room for sentences, never a sliver.
    const widths = [...table.matchAll(/<col style="width: (\d+)%">/g)].map((m) => Number(m[1]));
    expect(widths.reduce((a, b) => a + b, 0)).toBe(100);
    expect(widths.at(-1)).toBeGreaterThanOrEqual(25);
    // Files are named in the annex only; no path anywhere.
    expect(bodyOf(html)).not.toMatch(/\.csv|xa\//);
    expect(annexOf(html)).toContain('ho-hai.csv');
    expect(html).not.toContain(dir);
  });

  it('flags a unit whose report has errors and names the fields the officer gives', async () => {
    writeFileSync(join(dir, 'xa', 'loi.csv'), csvText(filledGrid(PLAN, { level: 'commune', name: 'Xã Có Lỗi' }, { ...goodValues, 'TC-06': 'nhiều' }), ';', true));
    const run = await cli('rank', 'xa', '--plan', PLAN, '--html', 'r.html', '--date', '30/11/2023', '--number', '12/BC-PVHTT', '--place', 'Ninh Hải', '--issuer', 'Phòng Văn hóa - Thông tin');
    expect(run.code).toBe(1);
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(html).toContain('Số: 12/BC-PVHTT');
    expect(html).toContain('Ninh Hải, ngày 30 tháng 11 năm 2023');
    expect(html).toContain('PHÒNG VĂN HÓA - THÔNG TIN');
    const flagged = [...html.matchAll(/<tr class="flagged" data-flag="([^"]+)">(.*?)<\/tr>/g)];
    expect(flagged).toHaveLength(1);
    expect(flagged[0]![2]).toContain('Xã Có Lỗi');
    expect(flagged[0]![1]).toContain('lỗi cần sửa');
    // A unit with errors is never among the proposed.
    const proposed = html.slice(html.indexOf('Đề nghị khen thưởng'), html.indexOf('</main>'));
    expect(proposed).not.toContain('Xã Có Lỗi');
  });

  it('writes the same document as Word (landscape, motto, signatures, flagged unit) and never replaces it without --force', async () => {
    writeFileSync(join(dir, 'xa', 'loi.csv'), csvText(filledGrid(PLAN, { level: 'commune', name: 'Xã Có Lỗi' }, { ...goodValues, 'TC-06': 'nhiều' }), ';', true));
    const run = await cli('rank', 'xa', '--plan', PLAN, '--docx', 'to-trinh.docx', '--date', '30/11/2023');
    expect(run.stdout).toContain('to-trinh.docx');
    const bytes = readFileSync(join(dir, 'to-trinh.docx'));
    const xml = zipEntry(bytes, 'word/document.xml');
    expect(xml).toMatch(/<w:pgSz [^>]*w:orient="landscape"/);
    const { value: text } = await mammoth.extractRawText({ buffer: bytes });
    for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: ……/……', 'BẢNG TỔNG HỢP', 'NGƯỜI LẬP BIỂU', 'THỦ TRƯỞNG ĐƠN VỊ', 'Xã Có Lỗi', 'lỗi cần sửa', 'Phụ lục']) {
      expect(text).toContain(s);
    }
    expect(xml).toContain('FEF3C7'); // the flagged row is shaded
    // The officer may have edited the Word file into the Tờ trình: it is kept.
    writeFileSync(join(dir, 'to-trinh.docx'), 'đã sửa');
    const again = await cli('rank', 'xa', '--plan', PLAN, '--docx', 'to-trinh.docx');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
    expect(readFileSync(join(dir, 'to-trinh.docx'), 'utf8')).toBe('đã sửa');
    expect((await cli('rank', 'xa', '--plan', PLAN, '--docx', 'to-trinh.docx', '--force')).code).toBe(1);
    expect(readFileSync(join(dir, 'to-trinh.docx')).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('cds score --html: the scorecards as a report', () => {
  it('is a portrait A4 report with the form’s parts, one unit per page, no checking log or path in the body', async () => {
    const run = await cli('score', 'xa/ho-hai.csv', 'xa/vinh-hai.csv', '--html', 'bao-cao.html', '--date', '30/11/2023');
    expect(run.code).toBe(0);
    const html = readFileSync(join(dir, 'bao-cao.html'), 'utf8');
    expect(html).toMatch(/@page \{ size: A4 portrait;/);
    for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: ……/……', 'BÁO CÁO', 'NGƯỜI LẬP BIỂU', 'THỦ TRƯỞNG ĐƠN VỊ', 'Phụ lục: Nguồn số liệu']) {
      expect(html).toContain(s);
    }
    expect(html).toContain('ngày 30 tháng 11 năm 2023');
    const body = bodyOf(html);
    expect(body).toContain('UBND xã Hộ Hải');
    expect(body).toContain('UBND xã Vĩnh Hải');
    expect(body.match(/<h2 class="new-page">/g)).toHaveLength(1); // the second unit starts a page
    expect(body).not.toMatch(/\.csv|xa\/|Kiểm tra số liệu|Lưu ý/);
    expect(annexOf(html)).toContain('vinh-hai.csv');
  });

  it('flags a report with errors and its target needing a fix; English on request', async () => {
    writeFileSync(join(dir, 'loi.csv'), csvText(filledGrid(PLAN, { level: 'commune', name: 'Xã Có Lỗi' }, { ...goodValues, 'TC-06': 'nhiều' }), ';', true));
    expect((await cli('score', 'loi.csv', '--html', 'loi.html')).code).toBe(1);
    const html = readFileSync(join(dir, 'loi.html'), 'utf8');
    expect(html).toMatch(/<p class="flag" role="note">⚠ Báo cáo còn 1 lỗi cần sửa/);
    expect(html).toMatch(/<tr class="flagged" data-flag="Cần sửa"><td class="left nowrap"><div class="line">TC-06/);
    expect(html).toContain('XÃ CÓ LỖI'); // one unit reports on itself
    await cli('--lang', 'en', 'score', 'loi.csv', '--html', 'en.html');
    const en = readFileSync(join(dir, 'en.html'), 'utf8');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('PREPARED BY');
    expect(en).toContain('error(s) to fix');
    expect(existsSync(join(dir, 'en.html'))).toBe(true);
  });

  it('shows the movement, the group, the targets\' notes and the group\'s award rules with their notes (issue 13), in HTML and Word', async () => {
    writeFileSync(join(dir, 'xa-a.csv'), csvText(filledGrid(PLAN, { level: 'commune', name: 'Xã A' }, goodValues), ';', true));
    expect((await cli('score', 'xa-a.csv', '--html', 'a.html', '--docx', 'a.docx')).code).toBe(0);
    const body = bodyOf(readFileSync(join(dir, 'a.html'), 'utf8'));
    const { value: word } = await mammoth.extractRawText({ buffer: readFileSync(join(dir, 'a.docx')) });
    for (const text of [body, word]) {
      expect(text).toContain('Phong trào: Phong trào thi đua Chuyển đổi số năm 2023');
      expect(text).toContain('Đối tượng: cơ quan, đơn vị');
      expect(text).toContain('đạt tối thiểu 50% đối với cấp xã, thị trấn'); // TC-03B's note
      expect(text).toMatch(/Giấy khen của Chủ tịch UBND huyện — (Đủ điều kiện|Chưa đủ điều kiện)\. Điều kiện: /);
      expect(text).toContain('Ghi chú: Không quá 03 tập thể');
      expect(text).not.toContain('Không quá 05 cá nhân'); // the individuals' rule is for another group
    }
  });
});

// "In bảng điểm" in the built add-on: the open report's scorecard as the dossier document (the same
// shared/print code as `cds score --html`), in a dialog with a print button; nothing written.
import { describe, expect, it } from 'vitest';
import type { Answer, TemplateDone } from '../../apps-script/src/dto.ts';
import { rowOf, useBundle } from './helpers.ts';

const { setUp } = useBundle();

describe('In bảng điểm', () => {
  it('shows the scorecard as an A4 document with motto, number blank, signatures, flags and a print button', () => {
    const { gas, app } = setUp();
    const done = app.sidebarCreateTemplate({ planId: 'van-phuc-2023-2025', unitName: 'Xã Vạn Phúc', unitCode: 'H44.104', period: '2025' }) as Answer<TemplateDone>;
    expect(done.ok).toBe(true);
    const sheet = gas.book.sheet('Báo cáo');
    sheet.type(`C${rowOf(sheet, 'CQS-01')}`, '45');
    sheet.type(`D${rowOf(sheet, 'CQS-01')}`, '50');
    sheet.type(`C${rowOf(sheet, 'CQS-05')}`, 'abc'); // an error: flagged, earns nothing
    sheet.type(`E${rowOf(sheet, 'TT-01')}`, 'có');
    const before = JSON.stringify(sheet.snapshot());
    const sheetsBefore = gas.book.getSheets().map((s) => s.getName());

    app.menuPrintScorecard();

    expect(gas.ui.dialogs).toHaveLength(1);
    const { output, title } = gas.ui.dialogs[0]!;
    expect(title).toBe('In bảng điểm');
    const html = output.getContent();
    expect(html).toMatch(/@page \{ size: A4 portrait;/);
    for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: ……/……', 'BÁO CÁO', 'XÃ VẠN PHÚC', 'NGƯỜI LẬP BIỂU', 'THỦ TRƯỞNG ĐƠN VỊ', 'Phụ lục: Nguồn số liệu']) {
      expect(html).toContain(s);
    }
    expect(html.match(/XÃ VẠN PHÚC/g)).toHaveLength(1); // the plan's "UBND xã Vạn Phúc" is the unit itself: named once
    expect(html).toMatch(/<p class="flag" role="note">⚠ Báo cáo còn \d+ lỗi cần sửa/);
    expect(html).toMatch(/<tr class="flagged" data-flag="Cần sửa"><td class="left nowrap"><div class="line">CQS-05/);
    expect(html).toContain('onclick="print()"');
    expect(html).not.toMatch(/https?:\/\/|<link|src=/i);
    // Read only: the report and the list of sheets are as they were; no toast of a problem.
    expect(JSON.stringify(sheet.snapshot())).toBe(before);
    expect(gas.book.getSheets().map((s) => s.getName())).toEqual(sheetsBefore);
    expect(gas.book.toasts).toEqual([]);
  });

  it('says why, in a toast, when the open sheet holds no report', () => {
    const { gas, app } = setUp();
    app.menuPrintScorecard();
    expect(gas.ui.dialogs).toHaveLength(0);
    expect(gas.book.toasts).toHaveLength(1);
    expect(gas.book.toasts[0]!.msg.length).toBeGreaterThan(10);
  });
});

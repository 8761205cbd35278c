import { describe, expect, it } from 'vitest';
import { csvCell, figuresForUnit, panelText, portalPanelView, portalReport, portalSummary, summaryCsv } from '../../shared/portal/index.ts';
import { getPlan, indicatorById, indicators } from '../../shared/data/index.ts';
import { scoreReport } from '../../shared/score/scorecard.ts';
import { phuThoPayloads } from '../portal/helpers.ts';

const plan = getPlan('van-phuc-2023-2025')!;
const figs = figuresForUnit(phuThoPayloads(), 'H44.104', { indicators })!;
const card = scoreReport(portalReport(figs, plan, indicatorById), plan);

describe('popup exports', () => {
  it('copies as text: unit, period, total, groups, targets, priorities', () => {
    const view = portalPanelView({ lang: 'vi', unitCode: 'H44.104', figs, card, plan, indicators: indicatorById, readAt: '14:05 26/09/2026', notices: [] });
    const text = panelText(view);
    const lines = text.split('\n');
    expect(lines[1]).toBe('UBND xã Hy Cương (H44.104)');
    expect(lines[2]).toBe('Năm 2026 · đọc lúc 14:05 26/09/2026');
    expect(text).toContain('Chỉ số 766: 64,24 / 100 — Hạng');
    expect(text).toContain('- Tiến độ giải quyết: 16,12/20');
    expect(text).toContain('- Hồ sơ kết quả giải quyết thủ tục hành chính được số hóa: 74,47% / ≥ 100% — Chưa đạt (còn thiếu 25,53%)');
    expect(text).toContain('+ Tỷ lệ thủ tục hành chính công bố đúng hạn: +6 điểm');
  });

  it('exports CSV: header, total, groups, metrics, targets; numbers machine-readable', () => {
    const csv = summaryCsv(portalSummary(figs, card, plan, indicatorById), 'vi');
    expect(csv.startsWith('\uFEFFPhần,Mã,Tử số,Mẫu số,Tỷ lệ (%),Điểm,Tối đa,Mục tiêu,Đạt\r\n')).toBe(true);
    const rows = csv.slice(1).trim().split('\r\n');
    expect(rows).toContain('unit,H44.104,,,,,,UBND xã Hy Cương,');
    expect(rows).toContain('group,TDGQ,,,,16.12,20,,');
    expect(rows).toContain('metric,ORIGINAL_RESULT_AVAILABLE,2564,3443,74.47,4.47,6,,');
    // 16/40 = 40% against ≥ 80%: not met
    expect(rows).toContain('target,CQS-10,,,40,,,80,false');
    // not reported stays empty, never 0
    expect(rows).toContain('target,CQS-09,,,,,,50,');
  });

  it('never lets a cell become a spreadsheet formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell(null)).toBe('');
  });
});

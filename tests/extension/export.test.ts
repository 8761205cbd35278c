import { describe, expect, it } from 'vitest';
import { csvCell, csvNames, figuresForUnit, panelText, portalPanelView, portalReport, portalSummary, summaryCsv } from '../../shared/portal/index.ts';
import { getPlan, indicatorById, indicators } from '../../shared/data/index.ts';
import { scoreReport } from '../../shared/score/scorecard.ts';
import { phuThoPayloads } from '../support/portal/fixtures.ts';

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

  it('exports CSV fully in Vietnamese: labels not codes, decimal commas, `;` between cells', () => {
    const csv = summaryCsv(portalSummary(figs, card, plan, indicatorById), 'vi', csvNames(plan, indicators, 'vi'));
    expect(csv.startsWith('\uFEFFPhần;Nội dung;Tử số;Mẫu số;Tỷ lệ (%);Điểm;Tối đa;Mục tiêu;Kết quả\r\n')).toBe(true);
    const rows = csv.slice(1).trim().split('\r\n');
    // every row has the header's nine columns
    for (const r of rows) expect(r.replace(/"[^"]*"/g, '').split(';'), r).toHaveLength(9);
    expect(rows).toContain('Đơn vị;UBND xã Hy Cương (H44.104);;;;;;;');
    expect(rows).toContain('Kỳ;Năm 2026;;;;;;;');
    expect(rows).toContain('Nhóm chỉ số;Tiến độ giải quyết;;;;16,12;20;;');
    expect(rows).toContain('Chỉ số thành phần;Tỷ lệ hồ sơ thủ tục hành chính có cấp kết quả giải quyết thủ tục hành chính điện tử;2564;3443;74,47;4,47;6;;');
    // 16/40 = 40% against ≥ 80%: not met
    expect(rows).toContain('Chỉ tiêu kế hoạch;Thủ tục hành chính có yêu cầu nghĩa vụ tài chính được thanh toán trực tuyến trên Cổng DVCQG;;;40;;;≥ 80%;Chưa đạt');
    // not reported stays empty, never 0, and says so
    expect(rows).toContain('Chỉ tiêu kế hoạch;Hồ sơ thủ tục hành chính được người dân, doanh nghiệp thực hiện trực tuyến từ xa;;;;;;≥ 50%;Chưa có số liệu');
    // no raw API codes, no English words, no dot decimals
    expect(csv).not.toMatch(/ORIGINAL_RESULT_AVAILABLE|TDGQ|CQS-\d|\btarget\b|\bmetric\b|\bgroup\b/);
    expect(csv).not.toMatch(/;\d+\.\d+(;|\r)/);
  });

  it('exports CSV in English with `en`: English labels, dot decimals, `,` between cells', () => {
    const csv = summaryCsv(portalSummary(figs, card, plan, indicatorById), 'en', csvNames(plan, indicators, 'en'));
    expect(csv.startsWith('\uFEFFSection,Item,Numerator,Denominator,Ratio (%),Points,Maximum,Target,Result\r\n')).toBe(true);
    const rows = csv.slice(1).trim().split('\r\n');
    expect(rows).toContain('Period,Year 2026,,,,,,,');
    expect(rows).toContain('Index group,Processing on time,,,,16.12,20,,');
    expect(rows.some((r) => r.startsWith('Plan target,') && r.endsWith(',40,,,≥ 80%,Not met'))).toBe(true);
    expect(csv).not.toMatch(/Chưa đạt|Nhóm chỉ số|ORIGINAL_RESULT_AVAILABLE/);
  });

  it('never lets a cell become a spreadsheet formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell(null)).toBe('');
    // in a `;` file a decimal comma needs no quotes, a `;` does
    expect(csvCell('16,12', ';')).toBe('16,12');
    expect(csvCell('a;b', ';')).toBe('"a;b"');
  });
});

// The wording of Vietnamese CĐS plans, clause by clause: what a draft must read as a target (and
// with which comparator, value, unit, level and year), and what it must not.
import { describe, expect, it } from 'vitest';
import { draftPlan, type DraftTarget } from '../../../../shared/plan/draft/index.ts';
import { indicators } from '../../../../shared/data/index.ts';

function targets(text: string): DraftTarget[] {
  return draftPlan(text).targets;
}
function one(text: string): DraftTarget {
  const found = targets(text);
  expect(found, `one target in: ${text}`).toHaveLength(1);
  return found[0]!;
}

describe('comparators as the documents word them', () => {
  it.each([
    ['- Phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình.', '>=', 100],
    ['- Tỷ lệ dân số trưởng thành có tài khoản thanh toán điện tử đạt trên 80%.', '>', 80],
    ['- Mức độ hài lòng của người dân đạt tối thiểu 90%.', '>=', 90],
    ['- Ít nhất 60% hồ sơ được xử lý trên môi trường mạng.', '>=', 60],
    ['- Tỷ lệ hồ sơ số hóa đạt từ 90% trở lên.', '>=', 90],
    ['- Kinh tế số chiếm từ 15% GRDP.', '>=', 15],
    ['- Tỷ lệ hồ sơ giải quyết quá hạn không quá 3%.', '<=', 3],
    ['- Tỷ lệ hồ sơ phải bổ sung dưới 10%.', '<', 10],
    ['- Giảm tỷ lệ hồ sơ trễ hạn xuống dưới 5%.', '<', 5],
  ])('%s → %s %d', (text, comparator, value) => {
    const t = one(text);
    expect(t.comparator).toBe(comparator);
    expect(t.value).toBe(value);
    expect(t.unit).toBe('percent');
  });

  it('a lower-is-better target says so in its note', () => {
    expect(one('- Giảm tỷ lệ hồ sơ trễ hạn xuống dưới 5%.').note).toMatch(/lower is better/);
  });

  it('"điện tử" before the number is not the comparator "từ"', () => {
    const t = one('- Tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt 90%.');
    expect(t.comparator).toBe('>=');
    expect(t.label.vi).toBe('Tỷ lệ người dân có hồ sơ sức khỏe điện tử');
  });

  it('"khoảng 10%" is ≥ 10 with the document’s word kept in the note', () => {
    const t = one('Kinh tế số chiếm khoảng 10% giá trị sản xuất trên địa bàn xã.');
    expect([t.comparator, t.value, t.note]).toEqual(['>=', 10, 'khoảng 10%']);
  });

  it('a range "60 - 70%" proposes its lower bound and keeps the range in the note', () => {
    const t = one('- Tỷ lệ hộ gia đình có cáp quang 60 - 70%.');
    expect([t.comparator, t.value, t.note]).toEqual(['>=', 60, '60 - 70%']);
  });

  it('a decimal comma is read the Vietnamese way', () => {
    expect(one('- Kinh tế số chiếm 11,5% GRDP.').value).toBe(11.5);
  });
});

describe('counts, levels, years and carried subjects', () => {
  it('counts with a unit word: "01 tài khoản", "3 mô hình"', () => {
    const a = one('- Mỗi xã có ít nhất 01 tài khoản trên sàn thương mại điện tử.');
    expect([a.value, a.unit, a.unitLabel]).toEqual([1, 'count', 'tài khoản']);
    const b = one('- Phấn đấu xây dựng 3 mô hình xã thông minh.');
    expect([b.value, b.unit, b.unitLabel]).toEqual([3, 'count', 'mô hình']);
  });

  it('one value for two levels is two targets', () => {
    const found = targets('- 100% hồ sơ giải quyết thủ tục hành chính được số hóa ở cấp huyện, cấp xã.');
    expect(found.map((t) => [t.value, t.level])).toEqual([[100, 'district'], [100, 'commune']]);
    expect(found[0]!.label.vi).toBe('Hồ sơ giải quyết thủ tục hành chính được số hóa');
  });

  it('a per-level list gives one target per level with the shared subject', () => {
    const found = targets('- Tỷ lệ hồ sơ xử lý trực tuyến: cấp tỉnh đạt 90%; cấp huyện đạt 80%; cấp xã đạt 60%.');
    expect(found.map((t) => [t.value, t.level])).toEqual([[90, 'province'], [80, 'district'], [60, 'commune']]);
    for (const t of found) expect(t.label.vi).toBe('Tỷ lệ hồ sơ xử lý trực tuyến');
  });

  it('"đối với cấp huyện … đối với cấp xã" in one sentence, subject carried to the second number', () => {
    const found = targets('- Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ đạt tối thiểu 75% đối với cấp huyện, đạt tối thiểu 50% đối với cấp xã, thị trấn.');
    expect(found.map((t) => [t.value, t.level, t.label.vi])).toEqual([
      [75, 'district', 'Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ'],
      [50, 'commune', 'Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ'],
    ]);
  });

  it('the subject of a clause carries to a second number after a comma', () => {
    const found = targets('Hạ tầng mạng băng thông rộng cáp quang phủ trên 90% hộ gia đình, 100% đơn vị hành chính xã.');
    expect(found.map((t) => [t.comparator, t.value])).toEqual([['>', 90], ['>=', 100]]);
    expect(found[1]!.label.vi).toBe('Hạ tầng mạng băng thông rộng cáp quang phủ đơn vị hành chính xã');
  });

  it('two target years in one text', () => {
    const text = ['1. Mục tiêu đến năm 2025', '- Tỷ lệ hồ sơ trực tuyến đạt 80%.', '2. Định hướng đến năm 2030', '- Tỷ lệ hồ sơ trực tuyến đạt 100%.'].join('\n');
    expect(targets(text).map((t) => [t.value, t.year])).toEqual([[80, 2025], [100, 2030]]);
  });

  it('a year after the number and carried through a sentence cut by ";"', () => {
    const found = targets('Phát triển kinh tế số đạt 20% GDP năm 2025; tỷ trọng thương mại điện tử trong tổng mức bán lẻ đạt trên 10%. Đến năm 2030, phấn đấu tỷ trọng kinh tế số đạt 30% GDP; tỷ trọng thương mại điện tử đạt trên 20%.');
    expect(found.map((t) => [t.value, t.year])).toEqual([[20, 2025], [10, 2025], [30, 2030], [20, 2030]]);
  });

  it('a table in the text: one target per row, comparator and unit from their columns', () => {
    const text = ['II. CHỈ TIÊU', '| STT | Chỉ tiêu | Đơn vị | Kế hoạch 2026 |', '| 1 | Tỷ lệ thanh toán trực tuyến | % | ≥ 45 |', '| 2 | Số điểm phát wifi công cộng | điểm | 20 |'].join('\n');
    const found = targets(text);
    expect(found.map((t) => [t.label.vi, t.comparator, t.value, t.unit, t.year])).toEqual([
      ['Tỷ lệ thanh toán trực tuyến', '>=', 45, 'percent', 2026],
      ['Số điểm phát wifi công cộng', '>=', 20, 'count', 2026],
    ]);
  });

  it('a line break anywhere inside the wording (PDF and Word exports)', () => {
    const t = one('Tỷ trọng giá trị sản xuất từ kinh tế số trong từng ngành, lĩnh vực đạt tối \n\nthiểu 8%.');
    expect([t.comparator, t.value, t.label.vi]).toEqual(['>=', 8, 'Tỷ trọng giá trị sản xuất từ kinh tế số trong từng ngành, lĩnh vực']);
  });
});

describe('what is not a target', () => {
  it.each([
    ['a past result', 'Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 65%.', 'Chuyển đổi số xã An Bình năm 2024'],
    ['a result with "đã đạt"', '- Huyện đã đạt 72% hồ sơ trực tuyến, tăng so với cùng kỳ.', ''],
    ['document numbers and dates', 'Căn cứ Kế hoạch số 98/KH-UBND ngày 02/8/2023 của UBND huyện.', ''],
    ['a criterion code', '- Thực hiện đạt chỉ tiêu 8.4 của Tiêu chí số 8 về thông tin và truyền thông.', ''],
    ['4G/5G', '- Phổ cập dịch vụ mạng di động 4G/5G và điện thoại thông minh.', ''],
    ['"mức độ 4"', '- Cung cấp dịch vụ công mức độ 4 cho người dân.', ''],
    ['a count of indicators', '- Bộ chỉ số gồm 28 chỉ tiêu đánh giá chất lượng phục vụ.', ''],
    ['place names with digits', '- Phường 12 và Quận 3 được chọn làm điểm so sánh.', ''],
    ['an award threshold', 'III. TIÊU CHUẨN KHEN THƯỞNG\n- Đạt tỷ lệ từ 90% số điểm trở lên theo Bộ chỉ số.', ''],
    ['a past-results section', 'PHẦN I. KẾT QUẢ THỰC HIỆN NĂM 2024\n- 100% xã được phủ sóng.', ''],
  ])('%s', (_what, text, title) => {
    const doc = title ? `KẾ HOẠCH\n${title}\nI. MỤC TIÊU\n${text}` : text;
    expect(targets(doc)).toEqual([]);
  });

  it('soft wording is proposed but flagged', () => {
    expect(one('- Khuyến khích 50% doanh nghiệp sử dụng hóa đơn điện tử.').soft).toBe(true);
    expect(one('- Dự kiến 30% hộ kinh doanh thanh toán không dùng tiền mặt.').soft).toBe(true);
    expect(one('- Phấn đấu 30% hộ kinh doanh thanh toán không dùng tiền mặt.').soft).toBe(false);
  });
});

describe('the catalogue match', () => {
  it('a wording close to a catalogue indicator is matched, and the match is shown', () => {
    const t = draftPlan('- 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình.', { indicators }).targets[0]!;
    expect(t.indicatorId).toBe('tthc-toan-trinh-du-dieu-kien');
    expect(t.match?.score).toBeGreaterThan(0.8);
  });

  it('a wording unlike any indicator stays a local indicator', () => {
    const t = draftPlan('- Phấn đấu 40% hợp tác xã bán nông sản qua livestream.', { indicators }).targets[0]!;
    expect(t.indicatorId).toBeNull();
    expect(t.match).toBeNull();
  });
});

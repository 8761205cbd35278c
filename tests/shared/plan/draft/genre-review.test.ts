// Wordings found by trying the drafter on a plan it had never seen (a commune's 2026 plan written
// for the acceptance review of issue 10): each case failed before its fix in shared/plan/draft.
import { describe, expect, it } from 'vitest';
import { draftPlan, type DraftTarget } from '../../../../shared/plan/draft/index.ts';

function one(text: string): DraftTarget {
  const found = draftPlan(text).targets;
  expect(found, `one target in: ${text}`).toHaveLength(1);
  return found[0]!;
}

describe('comparator words are whole words', () => {
  // "thôn" folds to "thon", which ends in "hon" (more than): only the whole word is a comparator.
  it('"các thôn đạt 95%" is ≥ 95, and the label keeps the whole word “thôn”', () => {
    const t = one('- Khuyến khích các thôn đạt 95%.');
    expect([t.comparator, t.value]).toEqual(['>=', 95]);
    expect(t.label.vi).toBe('Khuyến khích các thôn');
  });

  it('a place name ending in "…hơn" is not the comparator: "tại xã Phước Nhơn đạt 90%" is ≥', () => {
    const t = one('- Tỷ lệ hộ có cáp quang tại xã Phước Nhơn đạt 90%.');
    expect(t.comparator).toBe('>=');
    expect(t.label.vi).toBe('Tỷ lệ hộ có cáp quang tại xã Phước Nhơn');
  });

  it('a real "hơn" is still > ("cao hơn 80%")', () => {
    expect(one('- Tỷ lệ hộ dùng cáp quang cao hơn 80%.').comparator).toBe('>');
  });
});

describe('counts of news items', () => {
  it('"tối thiểu 08 tin, bài mỗi tháng" is ≥ 8 (the comma inside the unit)', () => {
    const t = one('- Cổng thông tin điện tử của xã cập nhật tối thiểu 08 tin, bài mỗi tháng.');
    expect([t.comparator, t.value, t.unit]).toEqual(['>=', 8, 'count']);
  });
});

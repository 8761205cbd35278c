import { describe, expect, it } from 'vitest';
import { Plan } from '../../../shared/schema/plan.ts';
import type { Comparator, Level } from '../../../shared/schema/common.ts';
import { checkPlan, getPlan, indicatorById, plans } from '../../../shared/data/index.ts';
import { bundledPlanFiles } from '../../../shared/data/plans/index.ts';

const SEED_PLANS = ['van-phuc-2023-2025', 'hung-dao-2023', 'cat-ne-2024', 'ninh-hai-2023', 'hai-an-2025-2030'];

// Every seed target, transcribed by hand from plans-from-seeds.md: plan, a keyword of its label,
// comparator, value (true for yes/no and qualitative targets) and, where the document splits it, level.
type Row = [plan: string, keyword: string, comparator: Comparator, value: number | true, level?: Level];
const EXPECTED: Row[] = [
  ['van-phuc-2023-2025', 'trực tuyến toàn trình', '>=', 100],
  ['van-phuc-2023-2025', 'hài lòng', '>=', 90],
  ['van-phuc-2023-2025', 'định danh điện tử', '=', true],
  ['van-phuc-2023-2025', 'Chính quyền điện tử', '>=', 70],
  ['van-phuc-2023-2025', 'văn bản hành chính', '>=', 100],
  ['van-phuc-2023-2025', 'chỉ tiêu KT-XH', '=', true],
  ['van-phuc-2023-2025', 'kết quả giải quyết', '>=', 100],
  ['van-phuc-2023-2025', 'CSDL dùng chung', '=', true],
  ['van-phuc-2023-2025', 'trực tuyến từ xa', '>=', 50],
  ['van-phuc-2023-2025', 'nghĩa vụ tài chính', '>=', 80],
  ['van-phuc-2023-2025', 'chữ ký số', '>=', 100],
  ['van-phuc-2023-2025', 'tổng sản phẩm', '>=', 20],
  ['van-phuc-2023-2025', 'từng ngành', '>=', 10],
  ['van-phuc-2023-2025', 'cáp quang', '>', 80],
  ['van-phuc-2023-2025', 'tài khoản thanh toán điện tử', '>', 50],

  ['hung-dao-2023', 'môi trường mạng', '>=', 60],
  ['hung-dao-2023', 'kể cả thiết bị di động', '>=', 80],
  ['hung-dao-2023', 'đủ điều kiện', '>=', 100],
  ['hung-dao-2023', 'hài lòng', '>=', 80],
  ['hung-dao-2023', 'văn bản hành chính', '>=', 100],
  // 2.1 "Số hóa, xây dựng các cơ sở dữ liệu dùng chung… kết nối liên thông các cơ sở dữ liệu quốc gia".
  ['hung-dao-2023', 'kết nối liên thông các cơ sở dữ liệu quốc gia', '=', true],
  ['hung-dao-2023', 'chỉ tiêu phát triển KT-XH', '>=', 100],
  ['hung-dao-2023', 'kiểm tra', '>=', 30],
  ['hung-dao-2023', 'có hệ thống cơ sở dữ liệu dùng chung', '>=', 60],
  ['hung-dao-2023', 'tổng số giao dịch thanh toán', '>=', 30],
  ['hung-dao-2023', 'nghĩa vụ tài chính', '>=', 60],
  ['hung-dao-2023', 'kết quả giải quyết', '>=', 100],
  ['hung-dao-2023', 'trực tuyến từ xa', '>=', 50],
  ['hung-dao-2023', 'kỹ năng số', '>=', 30],
  ['hung-dao-2023', 'giá trị sản xuất trên địa bàn', '>=', 10],
  ['hung-dao-2023', 'từng ngành', '>=', 8],
  ['hung-dao-2023', 'năng suất lao động', '>=', 7],
  ['hung-dao-2023', 'dùng thử', '>=', 90],
  ['hung-dao-2023', 'thường xuyên sử dụng', '>=', 30],
  ['hung-dao-2023', 'phủ hộ gia đình', '>', 90],
  ['hung-dao-2023', 'phủ đơn vị hành chính', '>=', 100],
  ['hung-dao-2023', '4G/5G', '=', true],
  ['hung-dao-2023', 'dân số có tài khoản thanh toán', '>', 50],
  ['hung-dao-2023', 'tài khoản dịch vụ công trực tuyến', '>', 95],
  ['hung-dao-2023', 'chữ ký số hoặc chữ ký điện tử', '>', 10],
  ['hung-dao-2023', 'tài khoản định danh điện tử', '>', 95],
  ['hung-dao-2023', 'hồ sơ sức khỏe điện tử', '>', 80],
  ['hung-dao-2023', 'mô hình 4 lớp', '=', true],
  ['hung-dao-2023', 'phê duyệt cấp độ', '>=', 80],
  ['hung-dao-2023', 'đáp ứng yêu cầu bảo đảm an toàn', '>=', 30],
  ['hung-dao-2023', 'nhãn tín nhiệm mạng', '>=', 100],
  // 2.4 "Thực hiện thường xuyên giám sát an toàn thông tin…; ứng cứu, khắc phục sự cố".
  ['hung-dao-2023', 'giám sát an toàn thông tin', '=', true],

  ['cat-ne-2024', 'văn bản pháp luật', '=', true],
  ['cat-ne-2024', 'lưu trữ trên môi trường mạng', '>=', 100],
  ['cat-ne-2024', 'định danh và xác thực', '>=', 100],
  ['cat-ne-2024', 'hoàn toàn trực tuyến', '>=', 80],
  ['cat-ne-2024', 'ký số chuyên dùng', '>=', 100],
  ['cat-ne-2024', 'công tác báo cáo', '>=', 100],
  ['cat-ne-2024', 'kỹ năng số', '>=', 100],
  ['cat-ne-2024', 'lập và lưu trữ hồ sơ điện tử', '=', true],
  ['cat-ne-2024', 'Nghị định 42/2022', '=', true],
  ['cat-ne-2024', 'Một cửa điện tử', '>=', 100],
  // IV "Thực hiện 100% dịch vụ công trực tuyến".
  ['cat-ne-2024', '100% dịch vụ công trực tuyến', '>=', 100],

  ['ninh-hai-2023', 'ký số thay thế văn bản giấy', '>=', 100],
  ['ninh-hai-2023', 'nhiều nền tảng', '>=', 100],
  ['ninh-hai-2023', 'phát sinh hồ sơ', '>=', 75, 'district'],
  ['ninh-hai-2023', 'phát sinh hồ sơ', '>=', 50, 'commune'],
  ['ninh-hai-2023', 'Trang thông tin điện tử của UBND huyện', '=', true],
  ['ninh-hai-2023', 'cơ sở dữ liệu quốc gia', '=', true],
  ['ninh-hai-2023', 'dữ liệu mở', '>=', 50],

  ['hai-an-2025-2030', 'cơ sở giáo dục', '>=', 100],
];

// Qualitative targets (descriptive tasks answered có/không) as opposed to plain yes/no ones.
const QUALITATIVE: [string, string][] = [
  ['van-phuc-2023-2025', 'CSDL dùng chung'],
  ['hung-dao-2023', '4G/5G'],
  ['hung-dao-2023', 'kết nối liên thông các cơ sở dữ liệu quốc gia'],
  ['hung-dao-2023', 'giám sát an toàn thông tin'],
  ['cat-ne-2024', 'văn bản pháp luật'],
  ['ninh-hai-2023', 'cơ sở dữ liệu quốc gia'],
];

function plan(id: string): Plan {
  const p = getPlan(id);
  if (p === undefined) throw new Error(`missing plan ${id}`);
  return p;
}

function findTarget(planId: string, keyword: string, level?: Level) {
  const hits = plan(planId).targets.filter(
    (t) => t.label.vi.toLowerCase().includes(keyword.toLowerCase()) && (level === undefined || t.level === level),
  );
  expect(hits.map((t) => t.id), `${planId} "${keyword}" ${level ?? ''}`).toHaveLength(1);
  return hits[0]!;
}

describe('bundled plans', () => {
  it('are the five seed plans and the national QĐ 766 plan', () => {
    expect(plans.map((p) => p.id).sort()).toEqual([...SEED_PLANS, 'qd766-national'].sort());
    expect(getPlan('no-such-plan')).toBeUndefined();
  });

  it.each(bundledPlanFiles.map((f) => [f.file, f.json] as const))('%s passes the schema and checkPlan', (file, json) => {
    expect(Plan.safeParse(json).success).toBe(true);
    const { plan: checked, issues } = checkPlan(json);
    expect(issues).toEqual([]);
    expect(file.endsWith(`${checked?.id}.json`)).toBe(true);
  });

  const rows = EXPECTED.map(([p, k, c, v, l]) => [p, k, c, v, l ?? 'every level'] as const);
  it.each(rows)('%s has "%s" %s %s (%s)', (planId, keyword, comparator, value, levelName) => {
    const level = levelName === 'every level' ? undefined : levelName;
    const t = findTarget(planId, keyword, level);
    expect(t.comparator).toBe(comparator);
    expect(t.value).toBe(value);
    if (level !== undefined) expect(t.level).toBe(level);
    if (value === true) {
      expect(t.unit).toBe('boolean');
      expect(t.assessment).not.toBe('quantitative');
    } else {
      expect(t.unit).toBe('percent');
      expect(t.assessment).toBe('quantitative');
    }
  });

  it('carries every seed target and no others', () => {
    for (const id of SEED_PLANS) {
      expect(plan(id).targets.length, id).toBe(EXPECTED.filter((r) => r[0] === id).length);
    }
  });

  it('marks descriptive tasks qualitative and keeps "khoảng 10%" as a note', () => {
    for (const [planId, keyword] of QUALITATIVE) expect(findTarget(planId, keyword).assessment).toBe('qualitative');
    expect(findTarget('hung-dao-2023', 'giá trị sản xuất trên địa bàn').note).toMatch(/khoảng 10%/);
  });

  it('points every target at a catalogue indicator of the same unit', () => {
    for (const p of plans) {
      for (const t of p.targets) expect(indicatorById.get(t.indicatorId)?.unit, `${p.id} ${t.id}`).toBe(t.unit);
    }
  });

  it('scores seed plans by attainment and says it is the toolkit convention', () => {
    for (const id of SEED_PLANS) {
      expect(plan(id).scoring.method).toBe('attainment');
      expect(plan(id).scoring.note).toMatch(/quy ước của bộ công cụ/);
      expect(plan(id).targets.every((t) => t.points === undefined)).toBe(true);
    }
  });

  it('gives every target, criterion, award and deadline a source with file and section', () => {
    for (const p of plans) {
      const items = [...p.targets, ...p.criteria, ...p.awards, ...p.deadlines];
      for (const item of items) {
        expect(item.source.file, `${p.id} ${item.id}`).toBeTruthy();
        expect(item.source.section, `${p.id} ${item.id}`).toBeTruthy();
        if (SEED_PLANS.includes(p.id)) expect(item.source.evidence, `${p.id} ${item.id}`).toBe('seed');
      }
    }
  });
});

describe('deadlines', () => {
  type D = [plan: string, date: string | null, yearly: [number, number] | null, kind: 'by' | 'before', precision: string];
  const DEADLINES: D[] = [
    ['ninh-hai-2023', '2023-11-15', null, 'before', 'day'],
    ['ninh-hai-2023', '2023-11-30', null, 'before', 'day'],
    ['ninh-hai-2023', '2023-12-15', null, 'before', 'day'],
    ['hai-an-2025-2030', '2025-07-18', null, 'before', 'day'],
    ['hai-an-2025-2030', null, [12, 10], 'before', 'day'],
    ['hai-an-2025-2030', null, [5, 20], 'before', 'day'],
    ['hai-an-2025-2030', '2027-12-31', null, 'by', 'year'],
    ['hai-an-2025-2030', '2030-12-31', null, 'by', 'year'],
    ['van-phuc-2023-2025', '2024-09-30', null, 'by', 'quarter'],
    ['van-phuc-2023-2025', '2025-12-31', null, 'by', 'quarter'],
    ['cat-ne-2024', '2024-12-31', null, 'by', 'day'],
    ['hai-an-2025-2030', '2025-09-30', null, 'by', 'month'],
    ['van-phuc-2023-2025', '2023-12-31', null, 'by', 'year'],
    // 1.1 "Ngày Chuyển đổi số tỉnh Hải Dương (26/3)": every year.
    ['hung-dao-2023', null, [3, 26], 'by', 'day'],
  ];
  it('every seed plan has exactly the deadlines of the table', () => {
    for (const id of SEED_PLANS) expect(plan(id).deadlines.length, id).toBe(DEADLINES.filter((d) => d[0] === id).length);
  });
  it('says the 30/11/2023 Ninh Hải date is the office\'s submission to the Chairman, not the units\' own', () => {
    const d = plan('ninh-hai-2023').deadlines.find((x) => x.date === '2023-11-30')!;
    expect(d.label.vi).toMatch(/trình Chủ tịch UBND huyện/);
    expect(d.label.vi).toMatch(/không phải hạn nộp của đơn vị/);
    expect(d.who).toBeUndefined();
  });
  it.each(DEADLINES)('%s has %s %j (%s, %s)', (planId, date, yearly, kind, precision) => {
    const hits = plan(planId).deadlines.filter((d) =>
      date !== null ? d.date === date : d.yearly?.month === yearly?.[0] && d.yearly?.day === yearly?.[1],
    );
    expect(hits).toHaveLength(1);
    expect(hits[0]!.kind).toBe(kind);
    expect(hits[0]!.precision).toBe(precision);
  });
});

describe('awards and criteria', () => {
  it('Ninh Hải: Giấy khen of the district chairman, at most 3 collectives and 5 individuals', () => {
    const awards = plan('ninh-hai-2023').awards;
    const collective = awards.filter((a) => a.recipient === 'collective');
    const individual = awards.filter((a) => a.recipient === 'individual');
    expect(collective.map((a) => a.quota)).toEqual([3]);
    expect(individual.map((a) => a.quota)).toEqual([5]);
    for (const a of awards) expect(a.award.vi).toMatch(/Giấy khen của Chủ tịch UBND huyện/);
  });

  it('Ninh Hải: collectives need a launch or implementing document (a mandatory criterion)', () => {
    const p = plan('ninh-hai-2023');
    const launch = p.criteria.find((c) => c.label.vi.includes('Kế hoạch phát động'));
    expect(launch?.mandatory).toBe(true);
    const collective = p.awards.find((a) => a.recipient === 'collective');
    expect(collective?.conditions).toContainEqual({ kind: 'criterion', criterionId: launch?.id });
  });

  it('Vạn Phúc: the collective award needs the four criteria and ≥ 90% of the DTI points', () => {
    const p = plan('van-phuc-2023-2025');
    const keywords = ['đăng ký thi đua', 'sáng kiến', '110/KH-UBND', 'sản phẩm, dịch vụ mới'];
    const ids = keywords.map((k) => {
      const c = p.criteria.find((x) => x.group === 'commune' && x.label.vi.includes(k));
      expect(c?.mandatory, k).toBe(true);
      expect(c?.label.vi).toBeDefined();
      return c!.id;
    });
    expect(p.criteria.find((c) => c.label.vi.includes('110/KH-UBND'))?.label.vi).toMatch(/89\/KH-UBND/);
    const award = p.awards.find((a) => a.recipient === 'collective' && a.award.vi.includes('Giấy khen'));
    for (const id of ids) expect(award?.conditions).toContainEqual({ kind: 'criterion', criterionId: id });
    expect(award?.conditions).toContainEqual(expect.objectContaining({ kind: 'indicator', code: 'dti-ty-le-diem', comparator: '>=', value: 90 }));
  });

  it('Vạn Phúc: individuals need an outstanding achievement and a replicated initiative', () => {
    const p = plan('van-phuc-2023-2025');
    const individual = p.criteria.filter((c) => c.group === 'individual');
    expect(individual.some((c) => c.label.vi.includes('thành tích xuất sắc'))).toBe(true);
    expect(individual.some((c) => c.label.vi.includes('nhân rộng'))).toBe(true);
  });

  it('Hải An: one Giấy khen of the commune chairman per target group, with that group\'s criteria', () => {
    const p = plan('hai-an-2025-2030');
    for (const group of ['agency', 'village', 'enterprise'] as const) {
      const award = p.awards.find((a) => a.group === group);
      expect(award?.award.vi, group).toMatch(/Giấy khen Chủ tịch UBND xã/);
      const groupCriteria = p.criteria.filter((c) => c.group === group && c.mandatory);
      expect(groupCriteria.length, group).toBeGreaterThan(0);
      for (const c of groupCriteria) expect(award?.conditions).toContainEqual({ kind: 'criterion', criterionId: c.id });
    }
    expect(p.awards.some((a) => a.recipient === 'individual')).toBe(true);
    const registered = p.criteria.find((c) => c.label.vi.includes('đăng ký thi đua'));
    expect(registered?.mandatory).toBe(true);
    expect(p.criteria.filter((c) => c.group === 'village').map((c) => c.label.vi).join(' ')).toMatch(/Tổ công nghệ số cộng đồng/);
    // DN-01 is every enterprise's criterion; the "Made in Việt Nam" sentence is for IT enterprises only (c.).
    expect(p.criteria.find((c) => c.id === 'DN-01')?.label.vi).not.toMatch(/Made in Việt Nam/);
    expect(p.criteria.find((c) => c.id === 'DN-02')?.label.vi).toMatch(/công nghệ thông tin.*Made in Việt Nam/);
  });
});

// Award rules transcribed by hand from the five seed documents: who the rule is for, whether the
// document only lets the unit be proposed, its conditions (criterion ids; `one-of(a|b)`; `results`;
// `dti>=90`), its quota and the section it comes from.
type RuleRow = [plan: string, id: string, recipient: string, group: string, proposal: boolean, award: RegExp, conditions: string[], quota: number | null, section: RegExp];
const RULES: RuleRow[] = [
  ['ninh-hai-2023', 'KT-01', 'collective', 'collective', false, /Giấy khen của Chủ tịch UBND huyện/, ['TD-01', 'TD-02', 'TD-03', 'results'], 3, /IV\..*2\. Tiêu chuẩn khen thưởng/],
  ['ninh-hai-2023', 'KT-02', 'individual', 'individual', false, /Giấy khen của Chủ tịch UBND huyện/, [], 5, /IV\./],
  ['hai-an-2025-2030', 'KT-01', 'collective', 'agency', false, /Giấy khen Chủ tịch UBND xã/, ['TT-01', 'TT-02', 'TT-03', 'TT-04', 'TT-05', 'PB-01', 'PB-02'], null, /III\..*3\. Hình thức/],
  ['hai-an-2025-2030', 'KT-02', 'collective', 'village', false, /Giấy khen Chủ tịch UBND xã/, ['TT-01', 'TT-02', 'TT-03', 'TT-04', 'TT-05', 'XOM-01', 'XOM-02', 'XOM-03', 'XOM-04'], null, /III\./],
  ['hai-an-2025-2030', 'KT-03', 'collective', 'enterprise', false, /Giấy khen Chủ tịch UBND xã/, ['TT-01', 'TT-02', 'TT-03', 'TT-04', 'TT-05', 'DN-01', 'one-of(DN-02|DN-03)'], null, /III\./],
  ['hai-an-2025-2030', 'KT-04', 'individual', 'individual', false, /Giấy khen Chủ tịch UBND xã/, ['CN-01', 'one-of(CN-02|CN-03)'], null, /III\./],
  ['hai-an-2025-2030', 'KT-05', 'individual', 'other', false, /Giấy khen Chủ tịch UBND xã/, ['KHAC-01'], null, /III\./],
  ['van-phuc-2023-2025', 'KT-01', 'collective', 'commune', false, /Giấy khen của Chủ tịch UBND huyện/, ['TT-01', 'TT-02', 'TT-03', 'TT-04', 'dti>=90'], null, /III\..*3\. Hình thức/],
  ['van-phuc-2023-2025', 'KT-02', 'collective', 'commune', true, /Bằng khen của Chủ tịch UBND tỉnh/, ['TT-01', 'TT-02', 'TT-03', 'TT-04', 'dti>=90'], null, /III\./],
  ['van-phuc-2023-2025', 'KT-03', 'individual', 'individual', false, /^Giấy khen của Chủ tịch UBND huyện$/, ['CN-01', 'CN-02'], null, /III\./],
  ['van-phuc-2023-2025', 'KT-05', 'individual', 'individual', false, /^Giấy khen của Chủ tịch UBND xã$/, ['CN-01', 'CN-02'], null, /III\./],
  ['van-phuc-2023-2025', 'KT-04', 'individual', 'individual', true, /Bằng khen của Chủ tịch UBND tỉnh/, ['CN-01', 'CN-02'], null, /III\./],
  ['cat-ne-2024', 'KT-01', 'collective', 'collective', true, /Biểu dương, khen thưởng tập thể/, ['results'], null, /V\. Tổ chức thực hiện — 2/],
  ['cat-ne-2024', 'KT-02', 'individual', 'individual', true, /Biểu dương, khen thưởng cá nhân/, [], null, /V\. Tổ chức thực hiện — 2/],
];

function conditionCode(c: Plan['awards'][number]['conditions'][number]): string {
  switch (c.kind) {
    case 'criterion':
      return c.criterionId;
    case 'results-count':
      return 'results';
    case 'indicator':
      return c.code === 'dti-ty-le-diem' ? `dti${c.comparator}${c.value}` : `${c.code}${c.comparator}${c.value}`;
    case 'one-of':
    case 'all-of':
      return `${c.kind}(${c.conditions.map(conditionCode).join('|')})`;
    default:
      return c.kind;
  }
}

describe('award rules as the documents state them', () => {
  it('every seed plan has exactly the rules of the table', () => {
    for (const id of SEED_PLANS) {
      expect(plan(id).awards.map((a) => a.id).sort(), id).toEqual(RULES.filter((r) => r[0] === id).map((r) => r[1]).sort());
    }
  });

  it.each(RULES)('%s %s: %s / %s, proposal %s', (planId, id, recipient, group, proposal, award, conditions, quota, section) => {
    const rule = plan(planId).awards.find((a) => a.id === id)!;
    expect(rule.recipient).toBe(recipient);
    expect(rule.group).toBe(group);
    expect(rule.proposal === true).toBe(proposal);
    expect(rule.award.vi).toMatch(award);
    expect(rule.conditions.map(conditionCode)).toEqual(conditions);
    expect(rule.quota ?? null).toBe(quota);
    expect(rule.source.section).toMatch(section);
  });

  it('leaves no "one of" only in a note', () => {
    for (const p of plans) for (const a of p.awards) if (a.note && /một trong/.test(a.note)) expect(a.conditions.some((c) => c.kind === 'one-of'), `${p.id} ${a.id}`).toBe(true);
  });
});

// Criteria and their target groups, transcribed from the documents (group, mandatory for its group's award).
type CriterionRow = [plan: string, id: string, group: string, mandatory: boolean, keyword: string];
const CRITERIA: CriterionRow[] = [
  ['ninh-hai-2023', 'TD-01', 'collective', true, 'Kế hoạch phát động'],
  ['ninh-hai-2023', 'TD-02', 'collective', true, 'Báo cáo kết quả'],
  ['ninh-hai-2023', 'TD-03', 'collective', true, 'QĐ 56'],
  ['ninh-hai-2023', 'TD-04', 'collective', false, 'ít nhất một sản phẩm'],
  ['van-phuc-2023-2025', 'TT-01', 'commune', true, 'đăng ký thi đua'],
  ['van-phuc-2023-2025', 'TT-02', 'commune', true, 'sáng kiến'],
  ['van-phuc-2023-2025', 'TT-03', 'commune', true, '110/KH-UBND'],
  ['van-phuc-2023-2025', 'TT-04', 'commune', true, 'sản phẩm, dịch vụ mới'],
  ['van-phuc-2023-2025', 'CN-01', 'individual', true, 'thành tích xuất sắc'],
  ['van-phuc-2023-2025', 'CN-02', 'individual', true, 'nhân rộng'],
  ['hai-an-2025-2030', 'TT-01', 'collective', true, '57-NQ/TW'],
  ['hai-an-2025-2030', 'TT-02', 'collective', true, 'Cụ thể hóa'],
  ['hai-an-2025-2030', 'TT-03', 'collective', true, 'chính quyền điện tử'],
  ['hai-an-2025-2030', 'TT-04', 'collective', true, 'đăng ký thi đua'],
  ['hai-an-2025-2030', 'TT-05', 'collective', true, 'sáng kiến'],
  ['hai-an-2025-2030', 'PB-01', 'agency', true, 'chế độ thông tin, báo cáo'],
  ['hai-an-2025-2030', 'PB-02', 'agency', true, 'an toàn, an ninh mạng'],
  ['hai-an-2025-2030', 'XOM-01', 'village', true, 'phong trào thi đua'],
  ['hai-an-2025-2030', 'XOM-02', 'village', true, 'thương mại điện tử'],
  ['hai-an-2025-2030', 'XOM-03', 'village', true, 'dịch vụ thiết yếu'],
  ['hai-an-2025-2030', 'XOM-04', 'village', true, 'Tổ công nghệ số cộng đồng'],
  ['hai-an-2025-2030', 'DN-01', 'enterprise', true, 'sản phẩm, dịch vụ mới'],
  ['hai-an-2025-2030', 'DN-02', 'enterprise', false, 'Made in Việt Nam'],
  ['hai-an-2025-2030', 'DN-03', 'enterprise', false, 'Không phải doanh nghiệp công nghệ thông tin'],
  ['hai-an-2025-2030', 'CN-01', 'individual', true, 'tích cực tham gia'],
  ['hai-an-2025-2030', 'CN-02', 'individual', false, 'nhân rộng'],
  ['hai-an-2025-2030', 'CN-03', 'individual', false, 'cơ chế, chính sách'],
  ['hai-an-2025-2030', 'KHAC-01', 'other', false, 'đóng góp'],
];

describe('criteria and target groups', () => {
  it('every seed plan has exactly the criteria of the table', () => {
    for (const id of SEED_PLANS) {
      expect(plan(id).criteria.map((c) => c.id).sort(), id).toEqual(CRITERIA.filter((r) => r[0] === id).map((r) => r[1]).sort());
    }
  });

  it.each(CRITERIA)('%s %s is for %s (mandatory %s): "%s"', (planId, id, group, mandatory, keyword) => {
    const c = plan(planId).criteria.find((x) => x.id === id)!;
    expect(c.group).toBe(group);
    expect(c.mandatory).toBe(mandatory);
    expect(c.label.vi).toContain(keyword);
    expect(c.source.section).toMatch(/^(I|II|III|IV|V|VI)\./);
  });
});

describe('the national QĐ 766 plan', () => {
  // Value at which full points are reached, per scored metric (monitoring ones left out).
  const FULL_AT: Record<string, number> = {
    PUBLISH_ON_TIME: 100, PUBLIC_UPDATE_ON_TIME: 100, PUBLIC_CONTENT_FULL: 100, DOSSIER_SYNC: 100,
    DVC_PROGRESS_ON_TIME: 100,
    ONLINE_SERVICE_PROVISION: 80, ONLINE_DOSSIER_RATE: 50,
    ONLINE_PAYMENT_FEE_FORMALITY: 80, ONLINE_PAYMENT_FORMALITY_TRANSACTION: 80, ONLINE_PAYMENT_DOSSIER: 100,
    ORIGINAL_RESULT_AVAILABLE: 100, SO_HOA_GIAY_TO_GIAI_QUYET: 100, REUSED_DIGITIZED_DATA: 80,
    SYNCED_WITH_DVCQG_PERSONAL_STORAGE: 100, CITIZEN_DATA_CONNECTED_DOSSIER: 100, CITIZEN_DATA_CONNECTED_FORMALITY: 100,
    ELECTRONIC_CERTIFIED_COPY: 100,
    DOSSIER_RECEIVING_SATISFACTION: 90, PETITION_PROCESSING_ON_TIME: 100, PETITION_HANDLING_SATISFACTION: 100,
  };
  it('is a points plan at national level with one target per scored metric', () => {
    const p = plan('qd766-national');
    expect(p.level).toBe('national');
    expect(p.scoring.method).toBe('points');
    const got = Object.fromEntries(p.targets.map((t) => [t.indicatorId, t.value]));
    expect(got).toEqual(FULL_AT);
    for (const t of p.targets) expect(t.comparator).toBe('>=');
  });
  it('marks province-only metrics with level province', () => {
    const p = plan('qd766-national');
    const provinceOnly = p.targets.filter((t) => t.level === 'province').map((t) => t.indicatorId).sort();
    expect(provinceOnly).toEqual(['CITIZEN_DATA_CONNECTED_DOSSIER', 'CITIZEN_DATA_CONNECTED_FORMALITY']);
  });
});

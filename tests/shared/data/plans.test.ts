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
  ['hung-dao-2023', 'chỉ tiêu phát triển KT-XH', '>=', 100],
  ['hung-dao-2023', 'kiểm tra', '>=', 30],
  ['hung-dao-2023', 'cơ sở dữ liệu dùng chung', '>=', 60],
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
  ];
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
      const groupCriteria = p.criteria.filter((c) => c.group === group);
      expect(groupCriteria.length, group).toBeGreaterThan(0);
      for (const c of groupCriteria) expect(award?.conditions).toContainEqual({ kind: 'criterion', criterionId: c.id });
    }
    expect(p.awards.some((a) => a.recipient === 'individual')).toBe(true);
    const registered = p.criteria.find((c) => c.label.vi.includes('đăng ký thi đua'));
    expect(registered?.mandatory).toBe(true);
    expect(p.criteria.filter((c) => c.group === 'village').map((c) => c.label.vi).join(' ')).toMatch(/Tổ công nghệ số cộng đồng/);
    expect(p.criteria.find((c) => c.group === 'enterprise')?.label.vi).toMatch(/Made in Việt Nam/);
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

import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../../shared/data/index.ts';
import { t } from '../../../../shared/messages/index.ts';
import { readReportTable } from '../../../../shared/parse/report-table.ts';
import { isPlanTableGrid, readPlanTable } from '../../../../shared/plan/table/index.ts';
import type { Issue } from '../../../../shared/schema/issue.ts';
import type { Plan } from '../../../../shared/schema/plan.ts';
import type { RawValue } from '../../../../shared/schema/report.ts';
import { scoreReport } from '../../../../shared/score/scorecard.ts';
import { validateReport } from '../../../../shared/validate/index.ts';

// A plan as an officer types it: Vietnamese only, the document's own words, a local target that is
// in no catalogue, labels in odd case and spacing, a total in a `Label: value` cell.
function typedPlan(): RawValue[][] {
  return [
    ['Kế hoạch thi đua CĐS của xã'],
    ['MÃ KẾ HOẠCH', 'xa-thu-nghiem-2024'],
    ['Tên  kế hoạch', 'Kế hoạch phát động phong trào thi đua chuyển đổi số năm 2024'],
    ['Đơn vị ban hành', 'UBND xã Thử Nghiệm'],
    ['cap', 'xã'],
    ['Giai đoạn: 2024'],
    ['Văn bản', 'Kế hoạch số 12/KH-UBND ngày 15/3/2024'],
    [],
    ['Mã chỉ tiêu', 'Chỉ tiêu', 'Nhóm', 'So sánh', 'Giá trị', 'Đơn vị tính', 'Cấp áp dụng', 'Mã chỉ số', 'Nguồn'],
    ['CT-01', 'Tỷ lệ hồ sơ TTHC xử lý trực tuyến', 'Chính quyền số', 'từ … trở lên', '80%', '%', null, 'ONLINE_DOSSIER_RATE', 'Mục II.1'],
    ['CT-02', 'Hộ gia đình có tài khoản thanh toán điện tử', 'kinh tế số', 'trên', 70, '%', null, null, 'Mục II.2'],
    ['CT-03', 'Mô hình chuyển đổi số tiêu biểu ở thôn', 'Xã hội số', 'ít nhất', 3, 'mô hình', null, null, 'Mục II.3'],
    ['CT-04', 'Tỷ lệ hồ sơ trễ hạn', 'Chính quyền số', 'dưới', '5', '%', 'xã', null, 'Mục II.4'],
    ['CT-05', 'Có trang thông tin điện tử của xã', 'Nền tảng', null, 'có', 'có/không', null, null, 'Mục II.5'],
    [],
    ['TIÊU CHÍ'],
    ['Mã tiêu chí', 'Tiêu chí', 'Đối tượng', 'Bắt buộc'],
    ['TC-01', 'Có đăng ký thi đua', 'tập thể', 'có'],
    [],
    ['Khen thưởng'],
    ['Hình thức', 'Khen cho', 'Điểm tối thiểu (%)', 'Tiêu chí bắt buộc', 'Số lượng tối đa'],
    ['Giấy khen của Chủ tịch UBND xã', 'tập thể', 80, 'TC-01', 3],
    [],
    ['3. Thời hạn'],
    ['Nội dung', 'Ngày', 'Loại hạn'],
    ['Báo cáo kết quả thực hiện', '15/11/2024', 'trước ngày'],
    ['Báo cáo định kỳ', '10/12 hằng năm', null],
  ];
}

// The same plan written as JSON, English left out as the schema now allows.
function equivalentJson(): unknown {
  const source = (section: string) => ({ document: 'Kế hoạch số 12/KH-UBND ngày 15/3/2024', section });
  const base = { assessment: 'quantitative' };
  return {
    id: 'xa-thu-nghiem-2024',
    title: { vi: 'Kế hoạch phát động phong trào thi đua chuyển đổi số năm 2024' },
    locality: { name: 'UBND xã Thử Nghiệm' },
    level: 'commune',
    period: { from: 2024, to: 2024, label: '2024' },
    scoring: { method: 'attainment' },
    targets: [
      { ...base, id: 'CT-01', indicatorId: 'ONLINE_DOSSIER_RATE', label: { vi: 'Tỷ lệ hồ sơ TTHC xử lý trực tuyến' }, pillar: 'chinh-quyen-so', comparator: '>=', value: 80, unit: 'percent', source: source('Mục II.1') },
      { ...base, id: 'CT-02', label: { vi: 'Hộ gia đình có tài khoản thanh toán điện tử' }, pillar: 'kinh-te-so', comparator: '>', value: 70, unit: 'percent', source: source('Mục II.2') },
      { ...base, id: 'CT-03', label: { vi: 'Mô hình chuyển đổi số tiêu biểu ở thôn' }, pillar: 'xa-hoi-so', comparator: '>=', value: 3, unit: 'count', source: source('Mục II.3') },
      { ...base, id: 'CT-04', label: { vi: 'Tỷ lệ hồ sơ trễ hạn' }, pillar: 'chinh-quyen-so', comparator: '<', value: 5, unit: 'percent', level: 'commune', source: source('Mục II.4') },
      { id: 'CT-05', label: { vi: 'Có trang thông tin điện tử của xã' }, pillar: 'nen-tang', comparator: '=', value: true, unit: 'boolean', assessment: 'yes-no', source: source('Mục II.5') },
    ],
    criteria: [{ id: 'TC-01', group: 'collective', label: { vi: 'Có đăng ký thi đua' }, mandatory: true, source: { document: 'Kế hoạch số 12/KH-UBND ngày 15/3/2024' } }],
    awards: [
      {
        id: 'KT-1',
        award: { vi: 'Giấy khen của Chủ tịch UBND xã' },
        recipient: 'collective',
        conditions: [{ kind: 'min-percent', min: 80 }, { kind: 'criterion', criterionId: 'TC-01' }],
        quota: 3,
        source: { document: 'Kế hoạch số 12/KH-UBND ngày 15/3/2024' },
      },
    ],
    deadlines: [
      { id: 'TH-1', label: { vi: 'Báo cáo kết quả thực hiện' }, date: '2024-11-15', kind: 'before', source: { document: 'Kế hoạch số 12/KH-UBND ngày 15/3/2024' } },
      { id: 'TH-2', label: { vi: 'Báo cáo định kỳ' }, yearly: { month: 12, day: 10 }, source: { document: 'Kế hoạch số 12/KH-UBND ngày 15/3/2024' } },
    ],
    source: { document: 'Kế hoạch số 12/KH-UBND ngày 15/3/2024' },
  };
}

function errors(issues: Issue[]): Issue[] {
  return issues.filter((i) => i.severity === 'error');
}

function read(grid: RawValue[][]) {
  return readPlanTable(grid, { sheet: 'Kế hoạch' });
}

/** The grid with one cell replaced (1-based row and column). */
function edit(grid: RawValue[][], row: number, column: number, value: RawValue): RawValue[][] {
  const copy = grid.map((r) => [...r]);
  while (copy[row - 1]!.length < column) copy[row - 1]!.push(null);
  copy[row - 1]![column - 1] = value;
  return copy;
}

describe('readPlanTable: a plan typed by an officer', () => {
  it('reads the Vietnamese-only table into the same plan as the equivalent JSON', () => {
    const fromTable = read(typedPlan());
    expect(errors(fromTable.issues)).toEqual([]);
    const fromJson = checkPlan(equivalentJson());
    expect(fromJson.issues).toEqual([]);
    expect(fromTable.plan).toEqual(fromJson.plan);
  });

  it('fills English from Vietnamese and makes a blank Mã chỉ số a local indicator', () => {
    const plan = read(typedPlan()).plan!;
    expect(plan.title).toEqual({ vi: plan.title.vi, en: plan.title.vi });
    const local = plan.targets.find((x) => x.id === 'CT-03')!;
    expect(local.indicatorId).toBe('CT-03');
    expect(local.unit).toBe('count');
    expect(plan.targets.find((x) => x.id === 'CT-01')!.indicatorId).toBe('ONLINE_DOSSIER_RATE');
  });

  it('reads the document words as comparators', () => {
    const plan = read(typedPlan()).plan!;
    expect(plan.targets.map((x) => x.comparator)).toEqual(['>=', '>', '>=', '<', '=']);
  });

  it('scores a report exactly as the equivalent JSON plan does', () => {
    const fromTable = read(typedPlan()).plan!;
    const fromJson = checkPlan(equivalentJson()).plan!;
    const reportGrid: RawValue[][] = [
      ['Đơn vị', 'Xã Thử Nghiệm'],
      ['Cấp', 'xã'],
      ['Kỳ báo cáo', '2024'],
      ['Kế hoạch', 'xa-thu-nghiem-2024'],
      [],
      ['Mã chỉ tiêu', 'Chỉ tiêu', 'Tử số', 'Mẫu số', 'Giá trị'],
      ['CT-01', '', 170, 200, null],
      ['CT-02', '', null, null, '72,5%'],
      ['CT-03', '', null, null, 2],
      ['CT-04', '', null, null, '4%'],
      ['CT-05', '', null, null, 'có'],
      ['TC-01', '', null, null, 'có'],
    ];
    const table = readReportTable(reportGrid, 'Báo cáo').table!;
    const cards = [fromTable, fromJson].map((plan: Plan) => {
      const checked = validateReport(table, plan);
      return scoreReport(checked.report, plan);
    });
    expect(cards[0]).toEqual(cards[1]);
    // The local indicators were scored from their own rows, not dropped.
    const items = new Map(cards[0]!.items.map((i) => [i.targetId, i]));
    expect(items.get('CT-02')?.met).toBe(true);
    expect(items.get('CT-03')?.met).toBe(false);
    expect(items.get('CT-04')?.met).toBe(true);
    expect(cards[0]!.total.max).toBeGreaterThan(0);
  });

  it('finds columns in any order, with English names, and ignores unknown columns', () => {
    const grid = typedPlan();
    grid[8] = ['Source', 'Unit', 'Value', 'Comparator', 'Pillar', 'Target', 'Target id', 'Applies to', 'Indicator id', 'Ghi chú riêng'];
    for (let r = 9; r <= 13; r++) {
      const [id, label, pillar, cmp, value, unit, level, ind, src] = typedPlan()[r]!;
      grid[r] = [src!, unit!, value!, cmp!, pillar!, label!, id!, level!, ind!, 'không đọc'];
    }
    const result = read(grid);
    expect(errors(result.issues)).toEqual([]);
    expect(result.plan).toEqual(read(typedPlan()).plan);
  });

  it('tells a plan table from a report', () => {
    expect(isPlanTableGrid(typedPlan())).toBe(true);
    expect(isPlanTableGrid([['Kế hoạch', 'ninh-hai-2023'], ['Mã chỉ tiêu', 'Chỉ tiêu', 'Giá trị'], ['TC-01', 'x', 90]])).toBe(false);
    expect(isPlanTableGrid([['Mã kế hoạch', 'ninh-hai-2023'], ['Mã chỉ tiêu', 'Chỉ tiêu', 'Tử số', 'Mẫu số', 'Giá trị'], ['TC-01', 'x', 9, 10, null]])).toBe(false);
  });
});

describe('readPlanTable: bad rows are reported at their cells, in Vietnamese and English', () => {
  function only(grid: RawValue[][]): Issue {
    const result = read(grid);
    expect(result.plan).toBeNull();
    const list = errors(result.issues);
    expect(list).toHaveLength(1);
    return list[0]!;
  }

  it('an unknown comparator', () => {
    const issue = only(edit(typedPlan(), 10, 4, 'khoảng'));
    expect(issue.location).toMatchObject({ sheet: 'Kế hoạch', a1: 'D10', field: 'So sánh' });
    expect(t(issue.message, 'vi')).toContain('Ô D10');
    expect(t(issue.message, 'vi')).toContain('≥');
    expect(t(issue.message, 'en')).toContain('Cell D10');
    expect(t(issue.message, 'en')).toContain('not a comparator');
  });

  it('a value that cannot be a percent', () => {
    const issue = only(edit(typedPlan(), 11, 5, 120));
    expect(issue.location.a1).toBe('E11');
    expect(t(issue.message, 'vi')).toContain('0 đến 100');
    expect(t(issue.message, 'en')).toContain('cannot be a percent');
  });

  it('a value that is not a number', () => {
    const issue = only(edit(typedPlan(), 12, 5, 'ba'));
    expect(issue.location.a1).toBe('E12');
    expect(t(issue.message, 'en')).toContain('“ba” is not a number');
  });

  it('an impossible date and a yearly day a month lacks', () => {
    expect(only(edit(typedPlan(), 26, 2, '30/02/2024')).location.a1).toBe('B26');
    const yearly = only(edit(typedPlan(), 27, 2, '31/4 hằng năm'));
    expect(yearly.location.a1).toBe('B27');
    expect(t(yearly.message, 'vi')).toContain('hằng năm');
  });

  it('a duplicate id across targets and criteria names both cells', () => {
    // (the award's TC-01 now names no criterion: that is reported too, at its own cell)
    const result = read(edit(typedPlan(), 18, 1, 'CT-02'));
    expect(result.plan).toBeNull();
    expect(errors(result.issues).map((i) => i.location.a1).sort()).toEqual(['A18', 'D22']);
    const issue = result.issues.find((i) => i.code === 'plan-table-duplicate-id')!;
    expect(issue.location.a1).toBe('A18');
    expect(issue.message.params).toMatchObject({ id: 'CT-02', firstA1: 'A11' });
    expect(t(issue.message, 'en')).toContain('repeats cell A11');
  });

  it('an indicator code not in the catalogue, with the way out', () => {
    const issue = only(edit(typedPlan(), 11, 8, 'KHONG_CO'));
    expect(issue.location.a1).toBe('H11');
    expect(t(issue.message, 'vi')).toContain('để trống');
    expect(t(issue.message, 'en')).toContain('local indicator');
  });

  it('an award naming a criterion the plan does not have', () => {
    const issue = only(edit(typedPlan(), 22, 4, 'TC-09'));
    expect(issue.location.a1).toBe('D22');
    expect(t(issue.message, 'en')).toContain('TC-09');
  });

  it('a blank value, a bad level, a bad plan id, a bad period', () => {
    expect(only(edit(typedPlan(), 10, 5, null)).location.a1).toBe('E10');
    expect(only(edit(typedPlan(), 13, 7, 'thôn')).location.a1).toBe('G13');
    const id = only(edit(typedPlan(), 2, 2, 'Xã Thử Nghiệm 2024'));
    expect(id.location.a1).toBe('B2');
    expect(id.message.params.example).toBe('xa-thu-nghiem-2024');
    expect(only(edit(typedPlan(), 6, 1, 'Giai đoạn: 2025–2023')).location.a1).toBe('A6');
  });

  it('a unit the catalogue indicator does not use', () => {
    const issue = only(edit(typedPlan(), 10, 6, 'hồ sơ'));
    expect(issue.location.a1).toBe('F10');
    expect(t(issue.message, 'en')).toContain('ONLINE_DOSSIER_RATE');
    expect(t(issue.message, 'en')).not.toMatch(/expected|Invalid input/);
  });

  it('a missing header label says which row to add', () => {
    const grid = typedPlan().filter((row) => row[0] !== 'Văn bản');
    const list = errors(read(grid).issues);
    expect(list).toHaveLength(1);
    expect(t(list[0]!.message, 'vi')).toContain('“Văn bản”');
    expect(t(list[0]!.message, 'en')).toContain('Document');
  });

  it('a grid that is no plan at all', () => {
    const result = read([['Xin chào'], [1, 2, 3]]);
    expect(result.plan).toBeNull();
    expect(result.issues[0]?.code).toBe('plan-table-not-found');
  });

  it('never changes the grid it reads', () => {
    const grid = edit(typedPlan(), 10, 4, 'khoảng');
    const before = JSON.stringify(grid);
    read(grid);
    expect(JSON.stringify(grid)).toBe(before);
  });
});

describe('readPlanTable: checks of the JSON plan land on cells too', () => {
  it('a check the table reader has no own words for names the cell instead of a JSON path', () => {
    // The award is for individuals, its criterion for collectives: checkPlan's own rule.
    const grid = edit(typedPlan(), 22, 2, 'cá nhân');
    const result = read(grid);
    expect(result.plan).toBeNull();
    const list = errors(result.issues);
    expect(list.length).toBeGreaterThan(0);
    for (const issue of list) {
      expect(issue.location.a1).toMatch(/^[A-Z]+\d+$/);
      expect(t(issue.message, 'vi')).not.toMatch(/awards\[\d\]/);
      expect(t(issue.message, 'en')).not.toMatch(/awards\[\d\]/);
    }
  });
});

describe('readPlanTable: a targets table without a needed column', () => {
  it('names the missing column and its header row once', () => {
    const grid = typedPlan().map((row, i) => (i >= 8 && i <= 13 ? row.filter((_, c) => c !== 3) : row));
    const list = errors(read(grid).issues);
    expect(list).toHaveLength(1);
    expect(list[0]!.code).toBe('plan-table-missing-column');
    expect(t(list[0]!.message, 'vi')).toContain('“So sánh”');
    expect(t(list[0]!.message, 'vi')).toContain('dòng 9');
    expect(t(list[0]!.message, 'en')).toContain('Comparator');
  });
});

describe('readPlanTable: the Nhóm (pillar) cell', () => {
  it('reads free words that name a pillar', () => {
    const plan = read(edit(typedPlan(), 11, 3, 'Nhóm 2: Phát triển kinh tế số, thương mại điện tử')).plan!;
    expect(plan.targets[1]!.pillar).toBe('kinh-te-so');
  });

  it('falls back to the catalogue indicator’s pillar with a warning at the cell', () => {
    const result = read(edit(typedPlan(), 10, 3, 'Khác'));
    expect(errors(result.issues)).toEqual([]);
    expect(result.plan!.targets[0]!.pillar).toBe('qd766');
    const warning = result.issues.find((i) => i.code === 'plan-table-pillar-from-indicator')!;
    expect(warning.location.a1).toBe('C10');
    expect(t(warning.message, 'en')).toContain('ONLINE_DOSSIER_RATE');
  });

  it('refuses words that name no pillar on a local target, listing the pillars', () => {
    const result = read(edit(typedPlan(), 11, 3, 'Khác'));
    const list = errors(result.issues);
    expect(list.map((i) => i.location.a1)).toEqual(['C11']);
    expect(t(list[0]!.message, 'vi')).toContain('Chính quyền số');
  });
});

describe('readPlanTable: the document’s phrase typed in Giá trị', () => {
  it('reads "từ 90% trở lên", "≥ 80%", "dưới 5%" when So sánh is blank', () => {
    let grid = edit(edit(typedPlan(), 10, 4, null), 10, 5, 'từ 90% trở lên');
    grid = edit(edit(grid, 11, 4, null), 11, 5, '≥ 80%');
    grid = edit(edit(grid, 13, 4, null), 13, 5, 'dưới 5%');
    const result = read(grid);
    expect(errors(result.issues)).toEqual([]);
    expect(result.plan!.targets.slice(0, 4).map((x) => [x.comparator, x.value])).toEqual([['>=', 90], ['>=', 80], ['>=', 3], ['<', 5]]);
  });

  it('a blank So sánh with a bare number asks for the comparator at its cell', () => {
    const issue = errors(read(edit(typedPlan(), 11, 4, null)).issues);
    expect(issue.map((i) => i.location.a1)).toEqual(['D11']);
    expect(t(issue[0]!.message, 'en')).toContain('Comparator');
  });
});

describe('readPlanTable: headings as officers write them', () => {
  it('reads numbered, longer captions and tables whose heading is missing', () => {
    const grid = typedPlan().map((row) => {
      if (row[0] === 'TIÊU CHÍ') return ['II. TIÊU CHÍ XÉT KHEN THƯỞNG'];
      if (row[0] === 'Khen thưởng') return ['III - Hình thức và tiêu chuẩn khen thưởng'];
      if (row[0] === '3. Thời hạn') return [];
      return row;
    });
    grid.splice(24, 1, ['Mã thời hạn', 'Nội dung', 'Ngày', 'Loại hạn']);
    for (let r = 25; r < grid.length; r++) grid[r] = [null, ...grid[r]!];
    const result = read(grid);
    expect(errors(result.issues)).toEqual([]);
    expect(result.plan).toEqual(read(typedPlan()).plan);
  });
});

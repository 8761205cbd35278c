import { Plan } from '../../../shared/schema/plan.ts';
import { Indicator } from '../../../shared/schema/indicator.ts';

// A small plan built inline (and checked by the zod schema) so these tests do not depend on the
// bundled data: percent targets with counts, a count, a yes/no target, targets for two levels
// (as in Ninh Hải), and two criteria.
const source = { document: 'Kế hoạch thử nghiệm', evidence: 'toolkit' as const };

export const plan: Plan = Plan.parse({
  id: 'thu-nghiem-2024',
  title: { vi: 'Kế hoạch CĐS thử nghiệm 2024', en: 'Test DX plan 2024' },
  locality: { name: 'Huyện Thử', province: 'Tỉnh Mẫu' },
  level: 'district',
  period: { from: 2024, to: 2024, label: '2024' },
  scoring: { method: 'attainment' },
  targets: [
    { id: 'T1', indicatorId: 'ONLINE_DOSSIER_RATE', label: { vi: 'Hồ sơ nộp trực tuyến', en: 'Dossiers submitted online' }, pillar: 'chinh-quyen-so', comparator: '>=', value: 80, unit: 'percent', assessment: 'quantitative', source },
    { id: 'T2', indicatorId: 'FULL_ONLINE_DOSSIER_RATE', label: { vi: 'Hồ sơ toàn trình', en: 'Fully online dossiers' }, pillar: 'chinh-quyen-so', comparator: '>', value: 50, unit: 'percent', assessment: 'quantitative', source },
    { id: 'T3', indicatorId: 'so-lop-tap-huan', label: { vi: 'Số lớp tập huấn kỹ năng số', en: 'Digital skills classes' }, pillar: 'nen-tang', comparator: '>=', value: 4, unit: 'count', assessment: 'quantitative', source },
    { id: 'T4', indicatorId: 'attt-4-lop', label: { vi: 'Bảo đảm ATTT theo mô hình 4 lớp', en: '4-layer security model' }, pillar: 'an-toan-thong-tin', comparator: '=', value: true, unit: 'boolean', assessment: 'yes-no', source },
    { id: 'T5-H', indicatorId: 'dvc-phat-sinh-ho-so', label: { vi: 'DVC trực tuyến phát sinh hồ sơ (huyện)', en: 'Online services with dossiers (district)' }, pillar: 'chinh-quyen-so', comparator: '>=', value: 75, unit: 'percent', level: 'district', assessment: 'quantitative', source },
    { id: 'T5-X', indicatorId: 'dvc-phat-sinh-ho-so', label: { vi: 'DVC trực tuyến phát sinh hồ sơ (xã)', en: 'Online services with dossiers (commune)' }, pillar: 'chinh-quyen-so', comparator: '>=', value: 50, unit: 'percent', level: 'commune', assessment: 'quantitative', source },
  ],
  criteria: [
    { id: 'C1', group: 'collective', label: { vi: 'Có đăng ký thi đua', en: 'Registered for the movement' }, mandatory: true, source },
    { id: 'C2', group: 'collective', label: { vi: 'Có sáng kiến, giải pháp', en: 'Has initiatives' }, mandatory: false, source },
  ],
  awards: [],
  deadlines: [],
  source,
});

export const indicators: ReadonlyMap<string, Indicator> = new Map(
  [
    Indicator.parse({
      id: 'ONLINE_DOSSIER_RATE',
      name: { vi: 'Tỷ lệ hồ sơ nộp trực tuyến', en: 'Online dossier rate' },
      pillar: 'qd766',
      unit: 'percent',
      direction: 'higher',
      scope: 'any',
      pointRule: { kind: 'linear', max: 10 },
      zeroDenominator: 'full',
      source: [source],
    }),
  ].map((i) => [i.id, i]),
);

// Issue 13: criteria inside a "one of" (or "all of") condition block an award like any other criterion,
// so the gains list names them; a one-of already holding through a "có" blocks nothing.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/schema/plan.ts';
import { scoreReportWith } from '../../../shared/score/score-report.ts';
import { catalogue, plan, report } from './helpers.ts';

const source = { document: 'KH thi đua' };
type Rule = Plan['awards'][number];

const criteria: Plan['criteria'] = [
  { id: 'cn-1', group: 'individual', label: { vi: 'Tích cực tham gia', en: 'Takes part' }, mandatory: true, source },
  { id: 'cn-2', group: 'individual', label: { vi: 'Có sáng kiến', en: 'Has an initiative' }, mandatory: false, source },
  { id: 'cn-3', group: 'individual', label: { vi: 'Đã tham mưu', en: 'Advised' }, mandatory: false, source },
  { id: 'cn-4', group: 'individual', label: { vi: 'Có bài viết', en: 'Wrote an article' }, mandatory: false, source },
  { id: 'cn-5', group: 'individual', label: { vi: 'Được biểu dương', en: 'Was praised' }, mandatory: false, source },
];

const awards: Rule[] = [
  {
    id: 'ca-nhan',
    award: { vi: 'Giấy khen cá nhân', en: 'Individual certificate' },
    recipient: 'individual',
    conditions: [
      { kind: 'one-of', conditions: [{ kind: 'criterion', criterionId: 'cn-2' }, { kind: 'criterion', criterionId: 'cn-3' }] },
      { kind: 'all-of', conditions: [{ kind: 'criterion', criterionId: 'cn-4' }] },
    ],
    source,
  },
];

const p = plan({ targets: [{ id: 't1' }], criteria, awards });
const blocking = (items: Record<string, { value: boolean }>) =>
  scoreReportWith(report(items, { group: 'individual' }), p, catalogue())
    .gains.filter((g) => g.kind === 'criterion')
    .map((g) => g.targetId);

describe('criteria blocking an award, inside one-of and all-of', () => {
  it('lists every criterion of a one-of none of which is "có", and those of an all-of', () => {
    expect(blocking({ 'cn-1': { value: true }, 'cn-2': { value: false } })).toEqual(['cn-2', 'cn-3', 'cn-4']);
  });

  it('lists nothing from a one-of that already holds; a criterion no rule needs is never listed', () => {
    expect(blocking({ 'cn-1': { value: true }, 'cn-3': { value: true }, 'cn-4': { value: true } })).toEqual([]);
    expect(blocking({ 'cn-3': { value: true } })).toEqual(['cn-1', 'cn-4']);
  });
});

// The award condition kinds and target groups of issue 13, on small made-up plans.
import { describe, expect, it } from 'vitest';
import { both } from '../../../shared/messages/index.ts';
import type { Plan } from '../../../shared/schema/plan.ts';
import { Plan as PlanSchema } from '../../../shared/schema/plan.ts';
import { conditionsOf, describeCondition } from '../../../shared/score/award.ts';
import { groupApplies } from '../../../shared/score/group.ts';
import { scoreReportWith } from '../../../shared/score/score-report.ts';
import { awardRule, catalogue, plan, report } from './helpers.ts';

const source = { document: 'KH thi đua' };
type Rule = Plan['awards'][number];
type Condition = Rule['conditions'][number];

const criteria: Plan['criteria'] = [
  { id: 'dang-ky', group: 'collective', label: { vi: 'Có đăng ký thi đua', en: 'Registered' }, mandatory: true, source },
  { id: 'xom-1', group: 'village', label: { vi: 'Có tổ công nghệ số', en: 'Has a digital team' }, mandatory: true, source },
  { id: 'cn-1', group: 'individual', label: { vi: 'Tích cực tham gia', en: 'Takes an active part' }, mandatory: true, source },
  { id: 'cn-2', group: 'individual', label: { vi: 'Có sáng kiến', en: 'Has an initiative' }, mandatory: false, source },
  { id: 'cn-3', group: 'individual', label: { vi: 'Đã tham mưu chính sách', en: 'Advised on policy' }, mandatory: false, source },
  { id: 'khac-1', group: 'other', label: { vi: 'Có nhiều đóng góp', en: 'Contributed much' }, mandatory: false, source },
];

const rule = awardRule;

const targets = [{ id: 't1' }, { id: 't2' }, { id: 't3' }, { id: 't4' }];

function card(awards: Rule[], items: Record<string, object>, group?: 'agency' | 'village' | 'enterprise' | 'individual' | 'other') {
  const p = plan({ targets, criteria, awards });
  return { p, card: scoreReportWith(report(items, group ? { group } : {}), p, catalogue()) };
}

describe('one-of and all-of', () => {
  const oneOf: Condition = { kind: 'one-of', conditions: [{ kind: 'criterion', criterionId: 'cn-2' }, { kind: 'criterion', criterionId: 'cn-3' }] };
  const rules = [rule('ca-nhan', [{ kind: 'criterion', criterionId: 'cn-1' }, oneOf], { recipient: 'individual' })];

  it('holds when at least one holds', () => {
    expect(card(rules, { 'cn-1': { value: true }, 'cn-3': { value: true } }, 'individual').card.award.eligible).toBe(true);
    expect(card(rules, { 'cn-1': { value: true }, 'cn-2': { value: true }, 'cn-3': { value: false } }, 'individual').card.award.eligible).toBe(true);
  });

  it('gives one reason naming every alternative when none holds', () => {
    const { card: c } = card(rules, { 'cn-1': { value: true }, 'cn-2': { value: false } }, 'individual');
    expect(c.award.reasons.map(both)).toEqual([
      {
        vi: 'chưa đạt điều kiện nào trong 2 điều kiện (cần ít nhất một): Có sáng kiến (cn-2); hoặc Đã tham mưu chính sách (cn-3)',
        en: 'none of 2 conditions met (at least one needed): Has an initiative (cn-2); or Advised on policy (cn-3)',
      },
    ]);
  });

  it('uses the rule\'s own wording when the one-of has a label', () => {
    const labelled: Condition = { ...oneOf, label: { vi: 'sáng kiến hoặc tham mưu', en: 'initiative or advice' } } as Condition;
    const { card: c } = card([rule('ca-nhan', [labelled], { recipient: 'individual' })], { 'cn-1': { value: true } }, 'individual');
    expect(both(c.award.reasons[0]!).vi).toMatch(/: sáng kiến hoặc tham mưu$/);
  });

  it('all-of gives a reason for each of its conditions that does not hold', () => {
    const allOf: Condition = { kind: 'all-of', conditions: [{ kind: 'criterion', criterionId: 'cn-2' }, { kind: 'criterion', criterionId: 'cn-3' }] };
    const { card: c } = card([rule('ca-nhan', [allOf], { recipient: 'individual' })], { 'cn-1': { value: true } }, 'individual');
    expect(c.award.reasons).toHaveLength(2);
  });

  it('the schema refuses a one-of with a single condition and nested groups', () => {
    const base = plan({ targets, criteria });
    const bad1 = { ...base, awards: [rule('x', [{ kind: 'one-of', conditions: [{ kind: 'criterion', criterionId: 'cn-2' }] } as Condition])] };
    const bad2 = { ...base, awards: [rule('x', [{ kind: 'one-of', conditions: [oneOf, oneOf] } as unknown as Condition])] };
    expect(PlanSchema.safeParse(bad1).success).toBe(false);
    expect(PlanSchema.safeParse(bad2).success).toBe(false);
  });

  it('describes itself in words for plan listings', () => {
    const p = plan({ targets, criteria, awards: rules });
    expect(describeCondition(oneOf, p, 'vi')).toBe('ít nhất một trong: Có sáng kiến (cn-2); Đã tham mưu chính sách (cn-3)');
    expect(describeCondition(oneOf, null, 'en')).toBe('at least one of: cn-2; cn-3');
  });
});

describe('shares and results', () => {
  const all = { t1: { value: 90 }, t2: { value: 90 }, t3: { value: 90 }, t4: { value: 90 }, 'dang-ky': { value: true } };

  it('min-targets-met counts met targets; a target not reported is not met', () => {
    const rules = [rule('tap-the', [{ kind: 'min-targets-met', min: 75 }])];
    expect(card(rules, { ...all, t4: { value: 10 } }).card.award.eligible).toBe(true);
    const { card: c } = card(rules, { ...all, t3: { value: 10 }, t4: { value: null } });
    expect(c.award.reasons.map(both)).toEqual([{ vi: 'đạt 2/4 chỉ tiêu, cần ≥ 75% số chỉ tiêu', en: '2/4 targets met, ≥ 75% of the targets needed' }]);
  });

  it('results-count needs every applicable target reported, met or not', () => {
    const rules = [rule('tap-the', [{ kind: 'results-count' }])];
    expect(card(rules, { ...all, t1: { value: 0 }, t2: { value: 0 } }).card.award.eligible).toBe(true);
    const { card: c } = card(rules, { ...all, t2: { value: null } });
    expect(c.award.eligible).toBe(false);
    expect(both(c.award.reasons[0]!).en).toBe('the award rests on the targets’ results: 1 target(s) have no result');
  });
});

describe('proposals', () => {
  it('met conditions read "proposable", never "eligible"; the headline prefers an eligible rule', () => {
    const rules = [rule('bang-khen', [{ kind: 'results-count' }], { proposal: true }), rule('giay-khen', [{ kind: 'min-percent', min: 50 }])];
    const items = { t1: { value: 90 }, t2: { value: 90 }, t3: { value: 90 }, t4: { value: 90 }, 'dang-ky': { value: true } };
    const { card: c } = card(rules, items);
    expect(c.award.rules.map((r) => [r.ruleId, r.status, r.eligible])).toEqual([
      ['bang-khen', 'proposable', false],
      ['giay-khen', 'eligible', true],
    ]);
    expect(c.award.ruleId).toBe('giay-khen');
    // Only the proposal holds: the headline is "proposable", not eligible.
    const { card: low } = card(rules, { ...items, t1: { value: 0 }, t2: { value: 0 }, t3: { value: 0 } });
    expect(low.award).toMatchObject({ status: 'proposable', eligible: false, ruleId: 'bang-khen' });
  });
});

describe('target groups', () => {
  it('maps rule groups to report groups (collective = agency, village, enterprise; commune = agency)', () => {
    expect(['agency', 'village', 'enterprise', 'individual', 'other'].filter((g) => groupApplies('collective', g as never))).toEqual([
      'agency',
      'village',
      'enterprise',
    ]);
    expect(groupApplies('commune', 'agency')).toBe(true);
    expect(groupApplies('commune', 'village')).toBe(false);
    expect(groupApplies('individual', 'other')).toBe(false);
  });

  it('adds a mandatory criterion only to the rules of its group', () => {
    const p = plan({
      targets,
      criteria,
      awards: [
        rule('xom', [], { group: 'village' }),
        rule('co-quan', [], { group: 'agency' }),
        rule('ca-nhan', [], { recipient: 'individual' }),
        rule('khac', [{ kind: 'criterion', criterionId: 'khac-1' }], { recipient: 'individual', group: 'other' }),
      ],
    });
    const ids = (id: string) => conditionsOf(p.awards.find((a) => a.id === id)!, p).map((c) => (c.kind === 'criterion' ? c.criterionId : c.kind));
    expect(ids('xom')).toEqual(['dang-ky', 'xom-1']);
    expect(ids('co-quan')).toEqual(['dang-ky']);
    expect(ids('ca-nhan')).toEqual(['cn-1']);
    // "Đối tượng khác" is not a civil servant: cn-1 is not added.
    expect(ids('khac')).toEqual(['khac-1']);
  });

  it('asks a report only the criteria of its group', () => {
    const { card: c } = card([], {}, 'individual');
    expect(c.criteria.map((x) => x.criterionId)).toEqual(['cn-1', 'cn-2', 'cn-3']);
    expect(card([], {}).card.criteria.map((x) => x.criterionId)).toEqual(['dang-ky']);
  });
});

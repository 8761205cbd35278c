// Scorecards of a run share the compiled plan's results that carry none of the report's own
// figures: a target's item when it does not apply, has no data, or is a yes/no answered "có" or
// "không"; the gains of such items and of flagged ones; a criterion's result for an answer; a rule's
// result when every condition holds. Shared means built once and frozen — and still exactly what
// a report scored on its own (no compiled plan) gets, key for key.
import { describe, expect, it } from 'vitest';
import { indicatorById, plans } from '../../../shared/data/index.ts';
import { compilePlan } from '../../../shared/plan/compile.ts';
import { Issue } from '../../../shared/schema/issue.ts';
import type { Plan } from '../../../shared/schema/plan.ts';
import type { Scorecard } from '../../../shared/schema/scorecard.ts';
import { scoreReport } from '../../../shared/score/scorecard.ts';
import { isYesNo } from '../../../shared/score/target.ts';
import { catalogue, indicator, plan as testPlan, report, type ItemInput } from './helpers.ts';

/**
 * A report for `p`: every yes/no target and criterion answered by its position (the same in every
 * report), the targets with a figure given `figure` — except the first, left blank, and the
 * second, 0 ÷ 0.
 */
function filled(p: Plan, figure: number, unit: Partial<Parameters<typeof report>[1]> = {}) {
  const items: Record<string, ItemInput> = {};
  let numeric = 0;
  p.targets.forEach((t, i) => {
    if (isYesNo(t)) items[t.id] = { value: i % 3 !== 1 };
    else if (numeric++ === 1) items[t.id] = { numerator: 0, denominator: 0 };
    else if (numeric > 1) items[t.id] = { value: figure };
  });
  p.criteria.forEach((c, i) => {
    if (i % 3 !== 2) items[c.id] = { value: i % 3 === 0 };
  });
  return report(items, { level: p.level, ...unit }, { planId: p.id });
}

/** An error about the row of the plan's last target with a figure: its item needs fixing. */
function errorAbout(p: Plan): Issue {
  const t = p.targets.findLast((x) => !isYesNo(x))!;
  return Issue.parse({ code: 'out-of-range', severity: 'error', location: { row: 9, column: 5, a1: 'E9' }, itemCode: t.id, message: { key: 'x' } });
}

function expectSameAsFresh(card: Scorecard, fresh: Scorecard) {
  expect(card).toStrictEqual(fresh);
  // Key for key, in the same order.
  expect(JSON.stringify(card)).toBe(JSON.stringify(fresh));
}

describe('results that carry no report figure are shared, frozen, and the same as a fresh scorecard’s', () => {
  for (const p of plans) {
    it(`${p.id}: two reports with the same yes/no answers and other figures`, () => {
      const compiled = compilePlan(p, p.level, { indicators: indicatorById });
      // Two reports without errors, two with the same error: the same answers, other figures.
      const reports = [37.5, 91.25, 55, 12.5].map((figure) => filled(p, figure));
      const issues = [[], [], [errorAbout(p)], [errorAbout(p)]];
      const cards = reports.map((r, k) => scoreReport(r, p, { compiled, issues: issues[k] }));
      // A fresh scorecard: no compiled plan given, so the scorer compiles one of its own.
      cards.forEach((card, k) => expectSameAsFresh(card, scoreReport(reports[k]!, p, { issues: issues[k] })));

      const [a, b, c, d] = cards as [Scorecard, Scorecard, Scorecard, Scorecard];
      let sharedItems = 0;
      a.items.forEach((item, i) => {
        const other = b.items[i]!;
        const target = p.targets[i]!;
        const figureFree = item.status === 'not-applicable' || item.status === 'missing' || isYesNo(target);
        if (figureFree) {
          sharedItems++;
          expect(other, target.id).toBe(item);
          expect(Object.isFrozen(item), target.id).toBe(true);
          expect(Object.isFrozen(item.label), target.id).toBe(true);
          expect(() => Object.assign(item, { points: 99 })).toThrow(TypeError);
          // The outcome of this report's answer, not another one's.
          if (isYesNo(target) && item.status !== 'not-applicable') {
            const yes = i % 3 !== 1;
            expect(item, target.id).toMatchObject({ actual: yes, met: yes, attainment: yes ? 1 : 0, status: yes ? 'met' : 'not-met' });
          }
        } else {
          // The report's own figure: its own item.
          expect(other, target.id).not.toBe(item);
          expect(Object.isFrozen(item), target.id).toBe(false);
        }
      });
      expect(sharedItems).toBeGreaterThan(0);
      // Flagged: the item carries the report's own errors.
      const flagged = c.items.find((i) => i.status === 'needs-fixing')!;
      expect(Object.isFrozen(flagged)).toBe(false);
      expect(d.items[c.items.indexOf(flagged)]).not.toBe(flagged);

      // Gains of figure-free items, of the flagged item and of blocking criteria: shared too.
      for (const [x, y] of [[a, b], [c, d]] as const) {
        for (const gain of y.gains) {
          const at = y.items.findIndex((i) => i.targetId === gain.targetId);
          const figureFree = gain.kind === 'criterion' || gain.kind === 'no-data' || gain.kind === 'needs-fixing' || (at >= 0 && isYesNo(p.targets[at]!));
          expect(Object.isFrozen(gain), `${gain.kind} ${gain.targetId}`).toBe(figureFree);
          const same = x.gains.find((g) => g.kind === gain.kind && g.targetId === gain.targetId);
          if (figureFree) expect(same).toBe(gain);
        }
      }
      expect(d.gains.some((g) => g.kind === 'needs-fixing')).toBe(true);

      // A criterion's result for an answer.
      a.criteria.forEach((c, j) => {
        expect(b.criteria[j]).toBe(c);
        expect(Object.isFrozen(c)).toBe(true);
      });
    });
  }

  const source = { document: 'Kế hoạch thử nghiệm', evidence: 'toolkit' as const };

  it('a rule whose conditions all hold shares its result; its reasons list is frozen', () => {
    const p = testPlan({
      targets: [{ id: 'a', value: true, unit: 'boolean', comparator: '=' }, { id: 'b' }],
      criteria: [{ id: 'TC-01', label: { vi: 'Có đăng ký thi đua', en: 'Registered' }, group: 'collective', mandatory: true, source }],
      awards: [{ id: 'GK', award: { vi: 'Giấy khen', en: 'Certificate' }, recipient: 'collective', conditions: [{ kind: 'min-percent', min: 50 }], source }],
    });
    const indicators = catalogue(indicator({ id: 'a' }), indicator({ id: 'b' }));
    const compiled = compilePlan(p, p.level, { indicators });
    const reports = [60, 97].map((v) => report({ a: { value: true }, b: { value: v }, 'TC-01': { value: true } }));
    const cards = reports.map((r) => scoreReport(r, p, { compiled, indicators }));
    cards.forEach((card, k) => expectSameAsFresh(card, scoreReport(reports[k]!, p, { indicators })));
    const [a, b] = cards as [Scorecard, Scorecard];
    expect(a.award.status).toBe('eligible');
    expect(b.award.rules[0]).toBe(a.award.rules[0]);
    expect(Object.isFrozen(a.award.rules[0])).toBe(true);
    expect(() => (a.award.reasons as unknown[]).push({ key: 'x', params: {} })).toThrow(TypeError);
    // The figure-free parts are shared; the totals, from the report's figures, are its own.
    expect(b.items[0]).toBe(a.items[0]);
    expect(b.total).not.toEqual(a.total);
  });
});

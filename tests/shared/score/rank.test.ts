import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getPlan } from '../../../shared/data/index.ts';
import { both } from '../../../shared/messages/index.ts';
import { rankScorecards } from '../../../shared/score/rank.ts';
import { scoreReportWith } from '../../../shared/score/score-report.ts';
import { catalogue, plan, report } from './helpers.ts';

const source = { document: 'KH thi đua' };
const p = plan({
  targets: [{ id: 'a', value: 100, points: 100 }],
  awards: [
    {
      id: 'tap-the',
      award: { vi: 'Giấy khen tập thể', en: 'Collective certificate' },
      recipient: 'collective',
      conditions: [{ kind: 'min-percent', min: 50 }],
      quota: 3,
      source,
    },
    {
      id: 'khong-gioi-han',
      award: { vi: 'Biểu dương', en: 'Commendation' },
      recipient: 'collective',
      conditions: [{ kind: 'min-percent', min: 80 }],
      source,
    },
  ],
});

const card = (code: string, value: number | null) =>
  scoreReportWith(report({ a: { value } }, { code, name: `Xã ${code}` }), p, catalogue());

describe('rankScorecards', () => {
  it('orders by percent, ties share a rank (1, 2, 2, 4) and are flagged, no percent last', () => {
    const p2 = plan({ scoring: { method: 'points' }, targets: [{ id: 'a' }] });
    const noPercent = scoreReportWith(report({}, { code: 'Z' }), p2, catalogue());
    const ranking = rankScorecards([card('D', 40), card('B', 70), noPercent, card('A', 90), card('C', 70)], p);
    expect(ranking.entries.map((e) => [e.card.unit.code, e.rank, e.tied])).toEqual([
      ['A', 1, false],
      ['B', 2, true],
      ['C', 2, true],
      ['D', 4, false],
      ['Z', 5, false],
    ]);
    expect(ranking.messages).toEqual([]);
  });

  it('breaks equal percents by points', () => {
    // X: 5 of 20 points, Y: 2.5 of 10 points: both 25%, X has more points.
    const q = plan({ targets: [{ id: 'a', value: 100, points: 10 }, { id: 'b', value: 100, points: 10 }] });
    const x = scoreReportWith(report({ a: { value: 50 } }, { code: 'X' }), q, catalogue());
    const small = plan({ targets: [{ id: 'a', value: 100, points: 10 }] });
    const y = scoreReportWith(report({ a: { value: 25 } }, { code: 'Y' }), small, catalogue());
    expect([x.total.percent, y.total.percent]).toEqual([25, 25]);
    const ranking = rankScorecards([y, x], q);
    expect(ranking.entries.map((e) => [e.card.unit.code, e.rank])).toEqual([
      ['X', 1],
      ['Y', 2],
    ]);
  });

  it('gives a quota award to the best eligible units only', () => {
    const ranking = rankScorecards([card('A', 95), card('B', 85), card('C', 75), card('D', 65), card('E', 40)], p);
    const quota = ranking.awards.find((a) => a.ruleId === 'tap-the')!;
    expect(quota).toMatchObject({ quota: 3, eligible: 4, undecided: [] });
    expect(quota.recipients.map((u) => u.code)).toEqual(['A', 'B', 'C']);
    const open = ranking.awards.find((a) => a.ruleId === 'khong-gioi-han')!;
    expect(open.quota).toBeNull();
    expect(open.recipients.map((u) => u.code)).toEqual(['A', 'B']);
    expect(ranking.entries.find((e) => e.card.unit.code === 'A')!.awards).toEqual(['tap-the', 'khong-gioi-han']);
    expect(ranking.entries.find((e) => e.card.unit.code === 'D')!.awards).toEqual([]);
    expect(ranking.messages).toEqual([]);
  });

  it('a tie that fits inside the quota is fine', () => {
    const ranking = rankScorecards([card('A', 95), card('B', 85), card('C', 85), card('D', 60)], p);
    expect(ranking.awards[0]!.recipients.map((u) => u.code)).toEqual(['A', 'B', 'C']);
    expect(ranking.messages).toEqual([]);
  });

  it('reports a tie at the quota boundary instead of breaking it', () => {
    const ranking = rankScorecards([card('A', 95), card('B', 85), card('C', 75), card('D', 75), card('E', 60)], p);
    const quota = ranking.awards[0]!;
    expect(quota.recipients.map((u) => u.code)).toEqual(['A', 'B']);
    expect(quota.undecided.map((u) => u.code)).toEqual(['C', 'D']);
    expect(ranking.entries.find((e) => e.card.unit.code === 'C')!.undecided).toEqual(['tap-the']);
    expect(ranking.messages).toHaveLength(1);
    expect(both(ranking.messages[0]!).vi).toBe(
      'Giấy khen tập thể: 2 đơn vị đồng hạng 3 tranh 1 suất cuối (Xã C (C), Xã D (D)); cần hội đồng thi đua quyết định',
    );
  });

  it('reports cards scored against another plan', () => {
    const other = { ...card('A', 90), planId: 'khac' };
    const ranking = rankScorecards([other], p);
    expect(ranking.messages.map((m) => m.key)).toEqual(['score.rank.other-plan']);
  });

  it('does not depend on the input order', () => {
    const cards = [card('A', 95), card('B', 85), card('C', 75), card('D', 75), card('E', 60)];
    const forward = rankScorecards(cards, p);
    const backward = rankScorecards([...cards].reverse(), p);
    expect(backward).toEqual(forward);
  });
});

describe('awards for individuals', () => {
  it('are not allocated among ranked units (units are collectives)', () => {
    const plan = getPlan('ninh-hai-2023')!;
    expect(plan.awards.some((r) => r.recipient === 'individual')).toBe(true);
    const ranking = rankScorecards([], plan);
    expect(ranking.awards.length).toBeGreaterThan(0);
    expect(ranking.awards.every((a) => a.recipient === 'collective')).toBe(true);
  });
});

describe('rankScorecards in one pass (issue 8)', () => {
  it('rank = 1 + the number of strictly better results; tied exactly when another unit shares it', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }), { maxLength: 30 }), (values) => {
        const cards = values.map((v, i) => card(`U${String(i).padStart(2, '0')}`, v === null ? null : v * 10));
        const { entries } = rankScorecards(cards, p);
        const pct = (c: (typeof cards)[number]) => c.total.percent;
        for (const e of entries) {
          const mine = pct(e.card);
          const better = cards.filter((c) => {
            const other = pct(c);
            return mine === null ? other !== null : other !== null && other > mine + 1e-9;
          }).length;
          expect(e.rank).toBe(better + 1);
          expect(e.tied).toBe(entries.some((o) => o !== e && o.rank === e.rank));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('gives a proposal rule no quota place', () => {
    const withProposal = plan({
      targets: [{ id: 'a', value: 100, points: 100 }],
      awards: [{ id: 'de-nghi', award: { vi: 'Bằng khen (đề nghị)', en: 'Proposed' }, recipient: 'collective', conditions: [{ kind: 'min-percent', min: 50 }], proposal: true, quota: 1, source }],
    });
    const c = scoreReportWith(report({ a: { value: 90 } }, { code: 'A' }), withProposal, catalogue());
    expect(c.award.rules[0]!.status).toBe('proposable');
    const ranking = rankScorecards([c], withProposal);
    expect(ranking.awards).toEqual([]);
    expect(ranking.entries[0]!.awards).toEqual([]);
  });
});

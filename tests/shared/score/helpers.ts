// Small plans, indicators and reports for the scoring tests, each checked by the real zod schemas.
import type * as z from 'zod';
import { Indicator } from '../../../shared/schema/indicator.ts';
import { Plan } from '../../../shared/schema/plan.ts';
import { Report, type ItemValue } from '../../../shared/schema/report.ts';

const source = { document: 'Kế hoạch thử nghiệm', evidence: 'toolkit' as const };

export type TargetInput = Partial<Plan['targets'][number]> & { id: string };

export function target(t: TargetInput): Plan['targets'][number] {
  return {
    indicatorId: t.id,
    label: { vi: `Chỉ tiêu ${t.id}`, en: `Target ${t.id}` },
    pillar: 'chinh-quyen-so',
    comparator: '>=',
    value: 80,
    unit: 'percent',
    assessment: 'quantitative',
    source,
    ...t,
  };
}

export function plan(p: Partial<Omit<z.input<typeof Plan>, 'targets'>> & { targets?: TargetInput[] } = {}): Plan {
  return Plan.parse({
    id: 'thu-nghiem',
    title: { vi: 'Kế hoạch CĐS thử nghiệm 2024', en: 'Test digital transformation plan 2024' },
    locality: { name: 'Xã Thử Nghiệm' },
    level: 'commune',
    period: { from: 2024, to: 2024, label: '2024' },
    scoring: { method: 'attainment' },
    criteria: [],
    awards: [],
    deadlines: [],
    source,
    ...p,
    targets: (p.targets ?? [{ id: 'a' }]).map(target),
  });
}

export function indicator(i: Partial<Indicator> & { id: string }): Indicator {
  return Indicator.parse({
    name: { vi: `Chỉ số ${i.id}`, en: `Indicator ${i.id}` },
    pillar: 'qd766',
    unit: 'percent',
    direction: 'higher',
    scope: 'any',
    pointRule: { kind: 'linear', max: 10 },
    zeroDenominator: 'zero',
    source: [source],
    ...i,
  });
}

export function catalogue(...list: Indicator[]): ReadonlyMap<string, Indicator> {
  return new Map(list.map((i) => [i.id, i]));
}

export type ItemInput = Partial<Omit<ItemValue, 'code'>>;

export function item(code: string, v: ItemInput): ItemValue {
  return { code, numerator: null, denominator: null, value: null, evidence: null, row: null, ...v };
}

export function report(
  items: Record<string, ItemInput>,
  unit: Partial<Report['unit']> = {},
  extra: Partial<Omit<Report, 'items' | 'unit'>> = {},
): Report {
  return Report.parse({
    unit: { name: 'Xã A', code: 'A', level: 'commune', ...unit },
    period: '2024',
    planId: 'thu-nghiem',
    sheet: null,
    ...extra,
    items: Object.fromEntries(Object.entries(items).map(([code, v]) => [code, item(code, v)])),
  });
}

type AwardRule = Plan['awards'][number];

/** A collective award rule of a made-up plan ("Giấy khen <id>"); `extra` overrides any field. */
export function awardRule(id: string, conditions: AwardRule['conditions'], extra: Partial<AwardRule> = {}): AwardRule {
  return { id, award: { vi: `Giấy khen ${id}`, en: `Certificate ${id}` }, recipient: 'collective', conditions, source: { document: 'KH thi đua' }, ...extra };
}

// The rule: a value that validation flags as an error is never scored as met. The item shows "cần
// sửa / needs fixing", earns no points, counts as unresolved, and no award is given while the
// report has errors — the reasons say which errors block it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsvGrid } from '../../../cli/io/read-csv.ts';
import { getPlan } from '../../../shared/data/index.ts';
import { both } from '../../../shared/messages/index.ts';
import { readReportTable } from '../../../shared/parse/report-table.ts';
import type { Issue } from '../../../shared/schema/issue.ts';
import type { Plan } from '../../../shared/schema/plan.ts';
import { Scorecard } from '../../../shared/schema/scorecard.ts';
import { rankScorecards } from '../../../shared/score/rank.ts';
import { scoreReport } from '../../../shared/score/scorecard.ts';
import { scorecardView } from '../../../shared/score/view.ts';
import { validateReport } from '../../../shared/validate/index.ts';
import { plan as testPlan } from './helpers.ts';
import { report } from './helpers.ts';

const ninhHai = getPlan('ninh-hai-2023') as Plan;
const SAMPLE = readFileSync(new URL('../../../samples/ninh-hai-2023/ho-hai.csv', import.meta.url), 'utf8');

/** The Hộ Hải sample with one row changed: `code` gets `cells` (Tử số, Mẫu số, Giá trị). */
function csvWith(code: string, cells: [string, string, string], name = 'UBND xã Hộ Hải'): string {
  return SAMPLE.split('\n')
    .map((line) => {
      if (line.startsWith('Đơn vị,')) return `Đơn vị,${name}`;
      if (!line.startsWith(`${code},`)) return line;
      const parts = line.match(/("[^"]*"|[^,]*)(,|$)/g)!.map((p) => p.replace(/,$/, ''));
      parts[2] = cells[0];
      parts[3] = cells[1];
      parts[4] = cells[2];
      return parts.slice(0, 7).join(',');
    })
    .join('\n');
}

function scoreCsv(text: string, p: Plan = ninhHai) {
  const { table } = readReportTable(readCsvGrid(text), null);
  if (!table) throw new Error('no table');
  const checked = validateReport(table, p);
  return { checked, card: scoreReport(checked.report, p) };
}

const item = (card: Scorecard, id: string) => card.items.find((i) => i.targetId === id)!;

describe('flagged values never score', () => {
  it('"980%" typed for 98% is not met, earns nothing, and blocks the award naming the cell', () => {
    const { checked, card } = scoreCsv(csvWith('TC-01', ['', '', '980%']));
    expect(checked.valid).toBe(false);
    expect(item(card, 'TC-01')).toMatchObject({ status: 'needs-fixing', met: null, actual: null, points: 0, max: 1 });
    expect(item(card, 'TC-01').errors!.map((e) => [e.code, e.location.a1])).toEqual([['value-above-maximum', 'E8']]);
    expect(card.award.eligible).toBe(false);
    expect(card.award.rules.every((r) => !r.eligible)).toBe(true);
    const reason = both(card.award.reasons[0]!);
    expect(reason.vi).toContain('TC-01 (E8)');
    expect(reason.vi).toContain('lỗi');
    expect(reason.en).toContain('no award while errors remain');
    expect(() => Scorecard.parse(card)).not.toThrow();
  });

  it('a unit with "980%" does not rank first nor take an award place from an honest unit', () => {
    const cheat = scoreCsv(csvWith('TC-01', ['', '', '980%'], 'UBND xã Nhập Nhầm')).card;
    const honest = scoreCsv(csvWith('TC-01', ['', '', '98%'], 'UBND xã Trung Thực')).card;
    const ranking = rankScorecards([cheat, honest], ninhHai);
    expect(ranking.entries[0]!.card.unit.name).toBe('UBND xã Trung Thực');
    const cheatEntry = ranking.entries.find((e) => e.card.unit.name === 'UBND xã Nhập Nhầm')!;
    expect(cheatEntry.awards).toEqual([]);
    for (const a of ranking.awards) expect(a.recipients.map((u) => u.name)).not.toContain('UBND xã Nhập Nhầm');
  });

  it('numerator > denominator, a negative count, text for a number, a value against its counts: each needs fixing', () => {
    const cases: [string, [string, string, string], string][] = [
      ['TC-03B', ['120', '98', ''], 'numerator-exceeds-denominator'],
      ['TC-06', ['', '', '-60'], 'negative-value'],
      ['TC-06', ['', '', 'sáu mươi'], 'not-a-number'],
      ['TC-03B', ['61', '98', '95%'], 'value-disagrees-with-counts'],
    ];
    for (const [code, cells, issue] of cases) {
      const { card } = scoreCsv(csvWith(code, cells));
      const scored = item(card, code);
      expect(scored.status, `${code} ${cells.join('|')}`).toBe('needs-fixing');
      expect(scored.points).toBe(0);
      expect(scored.errors!.map((e) => e.code)).toContain(issue);
      expect(card.award.eligible).toBe(false);
    }
  });

  it('shows "Cần sửa / Needs fixing" with the cell, and lists the item among the gains', () => {
    const { card } = scoreCsv(csvWith('TC-01', ['', '', '980%']));
    const vi = scorecardView(card, ninhHai, 'vi');
    const en = scorecardView(card, ninhHai, 'en');
    const row = vi.pillars.flatMap((p) => p.items).find((i) => i.targetId === 'TC-01')!;
    expect(row).toMatchObject({ status: 'needs-fixing', statusLabel: 'Cần sửa', actualText: 'cần sửa: E8', gapText: null });
    expect(en.pillars.flatMap((p) => p.items).find((i) => i.targetId === 'TC-01')!.statusLabel).toBe('Needs fixing');
    expect(card.gains.find((g) => g.targetId === 'TC-01')).toMatchObject({ kind: 'needs-fixing', points: 1 });
    expect(vi.award.reasons[0]).toContain('TC-01 (E8)');
  });

  it('an error about the whole report (no period) blocks the award but leaves sound items scored', () => {
    const text = SAMPLE.replace('Kỳ báo cáo,Năm 2023', 'Kỳ báo cáo,');
    const { card } = scoreCsv(text);
    expect(card.items.filter((i) => i.status !== 'not-applicable').every((i) => i.status === 'met')).toBe(true);
    expect(card.errors!.map((e) => e.code)).toEqual(['period-missing']);
    expect(card.award.eligible).toBe(false);
    expect(both(card.award.reasons[0]!).vi).toContain('Kỳ báo cáo (B4)');
  });

  it('the same report without errors is eligible (the block comes from the errors alone)', () => {
    const { checked, card } = scoreCsv(SAMPLE);
    expect(checked.valid).toBe(true);
    expect(card.errors).toEqual([]);
    expect(card.award.eligible).toBe(true);
  });

  it('scoreReport honours issues passed by the caller as well as the report’s own', () => {
    const p = testPlan({ targets: [{ id: 'a', value: 80 }, { id: 'b', value: 80 }] });
    const r = report({ a: { value: 90 }, b: { value: 90 } });
    const error: Issue = {
      code: 'value-above-maximum',
      severity: 'error',
      location: { sheet: null, row: 3, column: 5, a1: 'E3', field: 'Giá trị' },
      itemCode: 'a',
      message: { key: 'validate.above-maximum', params: {} },
    };
    const warning: Issue = { ...error, severity: 'warning', itemCode: 'b' };
    const card = scoreReport(r, p, { issues: [error, warning] });
    expect(item(card, 'a').status).toBe('needs-fixing');
    // A warning is worth a look, not a reason to disbelieve the value.
    expect(item(card, 'b').status).toBe('met');
    expect(scoreReport({ ...r, errors: [error] }, p).items.find((i) => i.targetId === 'a')!.status).toBe('needs-fixing');
    expect(scoreReport(r, p).items.every((i) => i.status === 'met')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import * as core from '../../shared/index.ts';

describe('the public surface of the core', () => {
  it('runs the whole pipeline on a template: read → validate → score → rank → view', () => {
    const plan = core.getPlan('cat-ne-2024')!;
    const { grid, layout } = core.reportTemplate(plan, { unitName: 'UBND xã Cát Nê', period: '2024' });
    for (const r of layout.rows) grid[r.row - 1]![layout.table.columns.value - 1] = r.expects === 'boolean' ? 'có' : '100%';
    const { table, issues: tableIssues } = core.readReportTable(grid, 'Báo cáo');
    expect(tableIssues).toEqual([]);
    const { report, valid } = core.validateReport(table!, plan);
    expect(valid).toBe(true);
    const card = core.scoreReport(report, plan);
    expect(card.total.percent).toBe(100);
    expect(core.Scorecard.safeParse(card).success).toBe(true);
    const ranking = core.rankScorecards([card], plan);
    expect(ranking.entries[0]?.rank).toBe(1);
    const view = core.scorecardView(card, plan, 'vi', { today: '2024-12-01' });
    expect(view.unit).toContain('Cát Nê');
    expect(view.total.barPercent).toBe(100);
    expect(view.pillars.length).toBeGreaterThan(0);
  });

  it('exposes the portal helpers under one namespace', () => {
    expect(typeof core.portal.parsePortalPayload).toBe('function');
  });
});

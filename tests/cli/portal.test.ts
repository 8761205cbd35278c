import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers.ts';
import { FIXTURES, fixtureText, NATIONAL, PHU_THO, requests } from '../support/portal/fixtures.ts';

const all = Object.values(PHU_THO).map((f) => join(FIXTURES, f));
const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('cds portal', () => {
  it('--json keeps the issue’s field names and the hand-checked figures', async () => {
    const run = await runCli(['portal', ...all, '--unit', 'H44.104', '--plan', 'van-phuc-2023-2025', '--json'], { cwd: tmp.dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out)).toEqual(['unit', 'period', 'total', 'groups', 'metrics', 'targets']);
    expect(out.unit).toEqual({ code: 'H44.104', name: 'UBND xã Hy Cương' });
    // Files saved without their request: the period is not known, and says so
    expect(out.period).toBeNull();
    expect(out.total).toMatchObject({ score: 64.24, max: 100 });
    expect(out.groups.map((g: { code: string }) => g.code)).toEqual(['CKMB', 'TDGQ', 'CLGQ', 'TTTT', 'MDHL', 'MDSH']);
    const ora = out.metrics.find((m: { code: string }) => m.code === 'ORIGINAL_RESULT_AVAILABLE');
    expect(ora).toEqual({ code: 'ORIGINAL_RESULT_AVAILABLE', numerator: 2564, denominator: 3443, ratio: 74.47, score: 4.47, max: 6 });
    expect(Object.keys(out.targets[0])).toEqual(['targetId', 'indicatorId', 'actual', 'target', 'met']);
    expect(out.targets.find((x: { targetId: string }) => x.targetId === 'CQS-10')).toEqual({ targetId: 'CQS-10', indicatorId: 'ONLINE_PAYMENT_FORMALITY_TRANSACTION', actual: 40, target: 80, met: false });
    // A field the payloads do not give is null, never 0
    expect(out.metrics.find((m: { code: string }) => m.code === 'ELECTRONIC_CERTIFIED_COPY')).toMatchObject({ numerator: null, denominator: null });
  });

  it('reads a HAR export of the network panel, with the request bodies (so the period is known)', async () => {
    const entries = Object.entries(PHU_THO).map(([ep, f]) => ({
      request: { method: 'POST', url: `https://dichvucong.gov.vn/api/v1/reporting/evaluation/${ep}`, postData: { mimeType: 'application/json', text: JSON.stringify(requests[f]) } },
      response: { status: 201, content: { mimeType: 'application/json', text: fixtureText(f) } },
    }));
    entries.push({ request: { method: 'GET', url: 'https://dichvucong.gov.vn/other', postData: { mimeType: '', text: '' } }, response: { status: 200, content: { mimeType: 'text/html', text: '<html>' } } });
    const har = join(tmp.dir, 'portal.har');
    writeFileSync(har, JSON.stringify({ log: { version: '1.2', entries } }));
    const run = await runCli(['portal', har, '--unit', 'H44.104', '--json'], { cwd: tmp.dir });
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.period).toBe('2026');
    expect(out.total.score).toBe(64.24);
    expect(out.total.rank).toBeGreaterThan(0);
  });

  it('takes the period from a saved request next to the response, and the national rank', async () => {
    const run = await runCli(['portal', join(FIXTURES, NATIONAL), '--unit', 'H44', '--plan', 'qd766-national', '--lang', 'en'], { cwd: tmp.dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('UBND tỉnh Phú Thọ (H44) — Year 2026');
    expect(run.stdout).toMatch(/766 index: 62\.6\/100 points · rank \d+\/34/);
  });

  it('prints the figures but exits 1 when a group came in a changed format', async () => {
    const broken = join(tmp.dir, 'dossier-digitized.json');
    writeFileSync(broken, JSON.stringify({ code: 'OK', data: { overview: null, rows: [] }, message: 'OK' }));
    const run = await runCli(['portal', join(FIXTURES, PHU_THO['dvc-progress-tree']), broken, '--unit', 'H44.104'], { cwd: tmp.dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('16,12/20');
    expect(run.stderr).toContain('Cổng đã thay đổi định dạng dữ liệu — không đọc được nhóm Số hóa hồ sơ (dossier-digitized)');
  });

  it('a file saved without its URL whose shape fits no group exactly is not read as a look-alike group', async () => {
    // a payment payload with one renamed field, saved under a name that does not say the group
    const body = JSON.parse(fixtureText(PHU_THO['formality-online-payment-tree']));
    for (const n of [body.data.parent, ...body.data.children]) {
      n.totalFeeFormalityCount = n.totalFeeFormality;
      delete n.totalFeeFormality;
    }
    const saved = join(tmp.dir, 'phan-hoi-3.json');
    writeFileSync(saved, JSON.stringify(body));
    const run = await runCli(['portal', join(FIXTURES, PHU_THO['dvc-progress-tree']), saved, '--unit', 'H44.104', '--json'], { cwd: tmp.dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Không xác định được dữ liệu thuộc nhóm nào');
    // no online-service figure was made up from the payment payload
    const out = JSON.parse(run.stdout);
    expect(out.groups.find((g: { code: string }) => g.code === 'CLGQ').score).toBeNull();
    expect(out.groups.find((g: { code: string }) => g.code === 'TTTT').score).toBeNull();
  });

  it('a unit listed with two different figures for one group: a data conflict, no number, exit 1', async () => {
    const changed = JSON.parse(fixtureText(PHU_THO['dvc-progress-tree']));
    Object.assign(changed.data.children.find((c: { departmentCode: string }) => c.departmentCode === 'H44.104'), { score: 19, ratio: 95 });
    const other = join(tmp.dir, 'dvc-progress-tree-lan-2.json');
    writeFileSync(other, JSON.stringify(changed));
    const run = await runCli(['portal', ...all, other, '--unit', 'H44.104', '--json'], { cwd: tmp.dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Dữ liệu Cổng mâu thuẫn: UBND xã Hy Cương (H44.104)');
    const out = JSON.parse(run.stdout);
    expect(out.groups.find((g: { code: string }) => g.code === 'TDGQ').score).toBeNull();
    expect(out.total.score).toBeNull();
  });

  it('exits 2 when it cannot run: unknown unit, missing file, nothing readable', async () => {
    const unknown = await runCli(['portal', join(FIXTURES, PHU_THO['dvc-progress-tree']), '--unit', 'H99.999'], { cwd: tmp.dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Không có đơn vị H99.999');
    const missing = await runCli(['portal', join(tmp.dir, 'nope.json'), '--unit', 'H44.104'], { cwd: tmp.dir });
    expect(missing.code).toBe(2);
    const text = join(tmp.dir, 'page.json');
    writeFileSync(text, '<html>');
    const bad = await runCli(['portal', text, '--unit', 'H44.104'], { cwd: tmp.dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('không phải JSON');
  });
});

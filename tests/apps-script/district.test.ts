// Issue 11 §3: the district edition — its own manifest (one extra scope: read-only spreadsheets),
// collecting the communes' spreadsheets listed in a `Đơn vị` tab into the district workbook, with a
// status per commune, then ranking as the commune edition does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { modernBuiltinUses, type BuiltSheets } from '../../apps-script/build.ts';
import type { Answer, CollectDto, RankingDto, TemplateDone } from '../../apps-script/src/dto.ts';
import { ENTRIES, ensureBuilt, ensureBuiltDistrict, loadBundle, newGas, ok, rowOf, withoutModernBuiltins } from './helpers.ts';
import type { RemoteBooks } from '../support/apps-script-fake/services.ts';
import type { FakeSpreadsheet } from '../support/apps-script-fake/spreadsheet.ts';

let commune: BuiltSheets;
let district: BuiltSheets;
beforeAll(async () => {
  [commune, district] = await Promise.all([ensureBuilt(), ensureBuiltDistrict()]);
});

/** A commune's own workbook, made with the commune edition as an officer would. */
function communeBook(unit: string, opts: { error?: boolean; workflow?: 'submit' | 'return' } = {}): FakeSpreadsheet {
  const gas = newGas();
  const app = loadBundle(gas, commune);
  const done = ok<TemplateDone>(app.sidebarCreateTemplate({ planId: 'van-phuc-2023-2025', unitName: unit, unitCode: unit, period: 'Quý 1/2025' }));
  const sheet = gas.book.sheet(done.sheet);
  sheet.type(`C${rowOf(sheet, 'CQS-01')}`, '45');
  sheet.type(`D${rowOf(sheet, 'CQS-01')}`, '50');
  if (opts.workflow) ok(app.sidebarSetStatus('submit', 'Cán bộ xã'));
  if (opts.workflow === 'return') ok(app.sidebarSetStatus('return', 'Cán bộ huyện'));
  if (opts.error) sheet.type(`C${rowOf(sheet, 'CQS-05')}`, 'abc');
  return gas.book;
}

/** The district bundle's own entries on top of the commune ones. */
type DistrictApp = ReturnType<typeof loadBundle> & { sidebarCollect: (...a: unknown[]) => unknown };
/** Loaded with the ES2021+ built-ins deleted, as Apps Script's V8 may lack them. */
const districtApp = (gas: Parameters<typeof loadBundle>[0]) => loadBundle(gas, district, { legacyRuntime: true }) as DistrictApp;

const url = (id: string) => `https://docs.google.com/spreadsheets/d/${id}/edit`;

function districtSetUp() {
  const empty = newGas().book; // a spreadsheet with no report
  const remotes: RemoteBooks = {
    [url('A')]: communeBook('Xã A', { workflow: 'submit' }),
    [url('B')]: communeBook('Xã B', { workflow: 'return' }),
    [url('C')]: 'forbidden',
    [url('D')]: communeBook('Xã D', { error: true }),
    [url('E')]: empty,
  };
  const gas = newGas({ remotes });
  const app = districtApp(gas);
  const units = gas.book.insertSheet('Đơn vị');
  const typed = [
    ['Đơn vị', 'Mã đơn vị', 'Liên kết'],
    ['Xã A', 'A', url('A')],
    ['Xã B', 'B', url('B')],
    ['Xã C', 'C', url('C')],
    ['', '', ''],
    ['Xã D', 'D', url('D')],
    ['Xã E', 'E', url('E')],
    ['Xã F', 'F', ''],
  ];
  units.getRange(1, 1, typed.length, 3).setValues(typed);
  return { gas, app, remotes, units, typed };
}

describe('district edition build', () => {
  it('has its own manifest with read-only spreadsheets as its only extra scope; the commune edition keeps two', () => {
    const manifest = JSON.parse(readFileSync(join(district.outDir, 'appsscript.json'), 'utf8'));
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/spreadsheets.readonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
    expect(JSON.parse(readFileSync(join(commune.outDir, 'appsscript.json'), 'utf8')).oauthScopes).toHaveLength(2);
    // The commune bundle cannot even ask for another spreadsheet.
    expect(commune.code).not.toContain('openByUrl');
    expect(district.code).toContain('openByUrl');
    expect(modernBuiltinUses(district.code)).toEqual([]);
  });

  it('passes the commune bundle’s globals check: no import/export, each entry a top-level function, nothing else global', () => {
    expect(district.code).not.toMatch(/^\s*(import|export)\s/m);
    const globals = district.code.match(/^function (\w+)\(\) \{ return __cds\./gm)!.map((l) => l.split(/[ (]/)[1]!);
    expect(globals.sort()).toEqual([...ENTRIES, 'menuCollect', 'sidebarCollect'].sort());
    const app = districtApp(newGas());
    for (const name of globals) expect(typeof app[name], name).toBe('function');
    expect(typeof app.buildMenu).toBe('undefined');
    const manifest = JSON.parse(readFileSync(join(district.outDir, 'appsscript.json'), 'utf8'));
    expect(manifest).toMatchObject({ runtimeVersion: 'V8', timeZone: 'Asia/Ho_Chi_Minh' });
    expect(manifest.addOns).toBeUndefined();
  });

  it('exposes every commune entry plus the collection ones, and its menu starts with collecting', () => {
    expect([...district.exposed].sort()).toEqual([...ENTRIES, 'menuCollect', 'sidebarCollect'].sort());
    const gas = newGas();
    const app = loadBundle(gas, district);
    gas.book.trips.reset();
    app.onOpen({ authMode: 'NONE' });
    expect(gas.book.trips.calls).toBe(0);
    const items = gas.ui.menus[0]!.items.filter((i) => i !== 'separator') as { caption: string; functionName: string }[];
    expect(items[0]).toEqual({ caption: 'Thu thập báo cáo các xã', functionName: 'menuCollect' });
    for (const i of items) expect(typeof app[i.functionName], i.functionName).toBe('function');
  });
});

describe('collecting the communes’ reports', () => {
  it('copies each report, records submitted / not submitted / no access / invalid / missing, and reads the communes only', () => {
    const { gas, app, remotes, units, typed } = districtSetUp();
    const books = Object.values(remotes).filter((b): b is FakeSpreadsheet => b !== 'forbidden');
    for (const b of books) b.trips.reset();
    gas.book.trips.reset();
    const done = withoutModernBuiltins(() => ok<CollectDto>(app.sidebarCollect()));
    expect(done.rows.map((r) => [r.unit, r.status])).toEqual([
      ['Xã A', 'submitted'],
      ['Xã B', 'not-submitted'],
      ['Xã C', 'no-access'],
      ['Xã D', 'invalid'],
      ['Xã E', 'missing'],
      ['Xã F', 'missing'],
    ]);
    expect(done.rows.find((r) => r.unit === 'Xã C')!.statusText.vi).toBe('không có quyền xem');
    // Read-only on the communes: a few batch reads each, never a write.
    for (const b of books) {
      expect(b.trips.writes).toBe(0);
      expect(b.trips.reads).toBeLessThanOrEqual(6);
    }
    // The officer's names, codes and links stay; the status goes to the columns after them.
    expect(units.snapshot().map((l) => l.slice(0, 3))).toEqual(typed.map((l) => l.slice(0, 3)).slice(0, units.snapshot().length));
    expect(units.value('D1')).toBe('Trạng thái thu thập');
    expect(units.value('D2')).toBe('đã gửi');
    expect(units.value('F2')).toBe('Thu thập — Xã A');
    expect(String(units.value('G4'))).toMatch(/chia sẻ/);
    expect(units.value('D5')).toBe('');
    // One write of the status block on the Đơn vị tab.
    expect(gas.book.trips.log.filter((l) => l.target.startsWith('Đơn vị!') && l.op === 'setValues')).toHaveLength(1);
    expect(gas.book.sheet('Thu thập — Xã A').snapshot().some((l) => l[0] === 'CQS-01')).toBe(true);

    // Collecting again rewrites the same copies: no new sheet.
    const sheets = gas.book.sheets.map((s) => s.name);
    ok<CollectDto>(app.sidebarCollect());
    expect(gas.book.sheets.map((s) => s.name)).toEqual(sheets);
  });

  it('then ranks the collected reports: submitted ones, a unit with errors flagged', () => {
    const { app } = districtSetUp();
    ok<CollectDto>(app.sidebarCollect());
    const ranking = ok<RankingDto>(app.sidebarConsolidate());
    expect(ranking.rows.map((r) => [r.unit, r.status?.code ?? null, r.flagged])).toEqual(
      expect.arrayContaining([['Xã A (Xã A)', 'submitted', false]]),
    );
    expect(ranking.rows.some((r) => r.unit.startsWith('Xã B'))).toBe(false);
    expect(ranking.skipped.map((s) => s.name)).toContain('Thu thập — Xã B');
    const all = ok<RankingDto>(app.sidebarConsolidate(true));
    expect(all.rows.find((r) => r.unit.startsWith('Xã D'))!.flagged).toBe(true);
  });

  it('keeps the history of every collected commune at once, asking before replacing a period', () => {
    const { gas, app } = districtSetUp();
    ok<CollectDto>(app.sidebarCollect());
    const saved = ok<{ saved: boolean; rows: number; skipped?: string[] }>(app.sidebarSaveHistoryAll());
    expect(saved.saved).toBe(true);
    const history = gas.book.sheet('Lịch sử').snapshot().slice(2);
    expect([...new Set(history.map((l) => l[4]))].sort()).toEqual(['Xã A', 'Xã B', 'Xã D']);
    expect(history.every((l) => l[0] === 'Quý 1/2025')).toBe(true);
    expect(saved.rows).toBe(history.length);
    const again = ok<{ saved: boolean; needsConfirm: boolean }>(app.sidebarSaveHistoryAll());
    expect([again.saved, again.needsConfirm]).toEqual([false, true]);
    ok(app.sidebarSaveHistoryAll(true));
    expect(gas.book.sheet('Lịch sử').snapshot().slice(2)).toHaveLength(history.length);
  });

  it('says what to do when there is no Đơn vị tab', () => {
    const gas = newGas();
    const app = districtApp(gas);
    const none = app.sidebarCollect() as Answer<CollectDto>;
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.problem.vi).toMatch(/Đơn vị.*Liên kết/);
  });
});

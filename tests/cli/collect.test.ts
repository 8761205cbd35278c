// `cds collect` and `cds login` against local stand-ins only (fake Sheets API, fake OAuth token
// endpoint on 127.0.0.1): statuses, files written, the sign-in stored 0600 and never printed.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/cds.ts';
import { startFakeOAuth, type FakeOAuth, type FakeSheetsServer, type FakeSpreadsheet } from './fake-sheets-server.ts';
import { asApiValues, filledGrid, runCli, withFakeSheets } from './helpers.ts';

const PLAN = 'ninh-hai-2023';
const good = { 'TC-01': 100, 'TC-02': 100, 'TC-03B': 60, 'TC-05': 'có', 'TC-06': 40, 'TD-01': 'có', 'TD-02': 'có', 'TD-03': 'có', 'TD-04': 'có' };

function book(title: string, unit: { name: string; code?: string; period: string }, values: Record<string, unknown>, extra: Partial<FakeSpreadsheet> = {}): FakeSpreadsheet {
  const grid = filledGrid(PLAN, { level: 'commune', ...unit }, values as never);
  return { title, sheets: [{ sheetId: 0, title: 'Báo cáo', values: asApiValues(grid) }], ...extra };
}

let server: FakeSheetsServer;
let dir: string;

const sheetsEnv = withFakeSheets(
  () => ({
    'hai-an': book('Hải An — báo cáo CĐS', { name: 'Xã Hải An', code: 'HA', period: 'Quý 3/2023' }, good),
    'dong-hai': book('Đông Hải', { name: 'Phường Đông Hải', period: 'Quý 3/2023' }, { ...good, 'TC-06': 980 }),
    'tan-hai-blank': book('Tân Hải', { name: 'Xã Tân Hải', period: 'Quý 3/2023' }, {}),
    'xuan-hai-403': book('Xuân Hải', { name: 'Xã Xuân Hải', period: 'Quý 3/2023' }, good, { status: 403 }),
    'danh-sach': { title: 'Danh sách', sheets: [{ sheetId: 0, title: 'Sheet1', values: [['Danh sách cán bộ'], ['Nguyễn Văn A', 42]] }] },
    'hai-an-copy': book('Hải An (bản sao)', { name: 'UBND xã Hải An', period: 'quý III/2023' }, good),
  }),
  { server: (s) => (server = s), dir: (d) => (dir = d) },
);

const env = (extra: Record<string, string> = {}) => ({ ...sheetsEnv(), CDS_CONFIG_DIR: join(dir, 'config'), ...extra });
const list = (...ids: string[]) => {
  writeFileSync(join(dir, 'ds.txt'), ids.map((id) => `https://docs.google.com/spreadsheets/d/${id}/edit  # xã ${id}`).join('\n') + '\n');
  return 'ds.txt';
};

interface CollectJson {
  results: { source: string; status: string; file: string | null; write: string | null; errors: number; unit: { name: string | null } | null; period: { label: string } | null; reason: { vi: string; en: string } | null }[];
  summary: Record<string, number>;
}

describe('cds collect', () => {
  it('lists submitted / missing / invalid / not shared per spreadsheet, and writes one file per unit and period', async () => {
    const run = await runCli(['collect', '--sheets-list', list('hai-an', 'dong-hai', 'tan-hai-blank', 'xuan-hai-403', 'danh-sach', 'khong-co'), '--out', 'dot-1', '--json'], { cwd: dir, env: env() });
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as CollectJson;
    expect(json.results.map((r) => [r.source.replace(/^https:\/\/docs.google.com\/spreadsheets\/d\/|\/edit$/g, ''), r.status])).toEqual([
      ['hai-an', 'submitted'],
      ['dong-hai', 'submitted'],
      ['tan-hai-blank', 'missing'],
      ['xuan-hai-403', 'not-shared'],
      ['danh-sach', 'invalid'],
      ['khong-co', 'missing'],
    ]);
    expect(json.summary).toMatchObject({ submitted: 2, missing: 2, invalid: 1, notShared: 1, total: 6 });
    const [haiAn, dongHai] = json.results;
    expect(haiAn).toMatchObject({ file: join('dot-1', 'ha-hai-an_2023-q3.csv'), write: 'written', errors: 0 });
    expect(dongHai).toMatchObject({ file: join('dot-1', 'dong-hai_2023-q3.csv'), write: 'written' });
    expect(dongHai!.errors).toBeGreaterThan(0);
    expect(json.results[2]!.reason!.vi).toContain('chưa điền');
    expect(json.results[3]!.reason!.vi).toContain('xuan-hai-403');
    // The list's "# xã" note names the line even when its spreadsheet cannot be read.
    expect(json.results.map((r) => (r as { listed?: string | null }).listed)).toEqual(['xã hai-an', 'xã dong-hai', 'xã tan-hai-blank', 'xã xuan-hai-403', 'xã danh-sach', 'xã khong-co']);
    for (const f of [haiAn!.file!, dongHai!.file!]) expect(existsSync(join(dir, f))).toBe(true);
    expect(existsSync(join(dir, 'dot-1'))).toBe(true);

    // The kept files work offline: trend and rank read the folder without any spreadsheet.
    const trend = await runCli(['trend', 'dot-1', '--plan', PLAN, '--json'], { cwd: dir });
    expect((JSON.parse(trend.stdout) as { units: unknown[] }).units).toHaveLength(2);
    const rank = await runCli(['rank', 'dot-1', '--plan', PLAN, '--json'], { cwd: dir });
    const ranked = JSON.parse(rank.stdout) as { entries: { unit: { name: string }; flagged: boolean }[] };
    expect(ranked.entries.find((e) => e.unit.name === 'Phường Đông Hải')!.flagged).toBe(true);
  });

  it('prints a status table in Vietnamese (English with --lang en)', async () => {
    const run = await runCli(['collect', '--sheet', 'hai-an', '--sheet', 'xuan-hai-403', '--sheet', 'tan-hai-blank', '--out', 'dot-1'], { cwd: dir, env: { ...env(), COLUMNS: '200' } });
    expect(run.stdout).toContain('Đã nộp');
    expect(run.stdout).toContain('Chưa chia sẻ');
    expect(run.stdout).toContain('Chưa nộp');
    expect(run.stdout).toContain('3 bảng tính: 1 đã nộp, 1 chưa nộp, 0 không hợp lệ, 1 chưa chia sẻ, 0 lỗi đọc.');
    const en = await runCli(['--lang', 'en', 'collect', '--sheet', 'hai-an', '--out', 'dot-1'], { cwd: dir, env: { ...env(), COLUMNS: '200' } });
    expect(en.stdout).toContain('Submitted');
    expect(en.stdout).toContain('unchanged');
  });

  it('the same unit and period from two spreadsheets is invalid for both, nothing written for it', async () => {
    const json = JSON.parse((await runCli(['collect', '--sheet', 'hai-an', '--sheet', 'hai-an-copy', '--out', 'dot-1', '--json'], { cwd: dir, env: env() })).stdout) as CollectJson;
    expect(json.results.map((r) => r.status)).toEqual(['invalid', 'invalid']);
    for (const r of json.results) expect(r.reason!.vi).toMatch(/trùng báo cáo.*Hải An — báo cáo CĐS; Hải An \(bản sao\)/);
    expect(existsSync(join(dir, 'dot-1', 'ha-hai-an_2023-q3.csv'))).toBe(false);
  });

  it('running twice gives the same files; a changed spreadsheet replaces a kept file only with --force', async () => {
    const args = ['collect', '--sheet', 'hai-an', '--out', 'dot-1', '--json'];
    await runCli(args, { cwd: dir, env: env() });
    const path = join(dir, 'dot-1', 'ha-hai-an_2023-q3.csv');
    const first = readFileSync(path);
    const again = JSON.parse((await runCli(args, { cwd: dir, env: env() })).stdout) as CollectJson;
    expect(again.results[0]!.write).toBe('unchanged');
    expect(readFileSync(path).equals(first)).toBe(true);

    const original = server.spreadsheets.get('hai-an')!;
    server.spreadsheets.set('hai-an', book(original.title, { name: 'Xã Hải An', code: 'HA', period: 'Quý 3/2023' }, { ...good, 'TC-06': 45 }));
    try {
      const changed = await runCli(args, { cwd: dir, env: env() });
      expect(changed.code).toBe(1);
      expect((JSON.parse(changed.stdout) as CollectJson).results[0]!.write).toBe('kept-different');
      expect(readFileSync(path).equals(first)).toBe(true);
      const forced = JSON.parse((await runCli([...args, '--force'], { cwd: dir, env: env() })).stdout) as CollectJson;
      expect(forced.results[0]!.write).toBe('written');
      expect(readFileSync(path).equals(first)).toBe(false);
    } finally {
      server.spreadsheets.set('hai-an', original);
    }
  });

  it('writes XLSX that cds reads back', async () => {
    const run = await runCli(['collect', '--sheet', 'hai-an', '--out', 'dot-1', '--format', 'xlsx', '--json'], { cwd: dir, env: env() });
    expect((JSON.parse(run.stdout) as CollectJson).results[0]!.file).toBe(join('dot-1', 'ha-hai-an_2023-q3.xlsx'));
    const score = await runCli(['score', join('dot-1', 'ha-hai-an_2023-q3.xlsx'), '--json'], { cwd: dir });
    expect(score.code).toBe(0);
    expect((JSON.parse(score.stdout) as { scorecard: { unit: { name: string } } }).scorecard.unit.name).toBe('Xã Hải An');
    expect((JSON.parse((await runCli(['collect', '--sheet', 'hai-an', '--out', 'dot-1', '--format', 'xlsx', '--json'], { cwd: dir, env: env() })).stdout) as CollectJson).results[0]!.write).toBe('unchanged');
  });
});

describe('cds login (installed-app OAuth, loopback redirect) and its use by collect', () => {
  let oauth: FakeOAuth;
  beforeAll(async () => {
    oauth = await startFakeOAuth({ email: 'can-bo@huyen.gov.vn', expiredAtFirst: true });
  });
  afterAll(() => oauth.close());

  async function login(extraEnv: Record<string, string> = {}, back: { code?: string; state?: string } = {}): Promise<{ code: number; out: string; err: string; authUrl: URL | null; redirect: Promise<number> | null }> {
    let out = '';
    let err = '';
    let authUrl: URL | null = null;
    let redirect: Promise<number> | null = null;
    const code = await main(['login'], {
      stdout: (t) => void (out += t),
      // The "browser": opens the address printed, signs in, and comes back to the loopback address.
      stderr: (t) => {
        err += t;
        const found = /https?:\/\/\S+/.exec(t);
        if (!found || authUrl) return;
        authUrl = new URL(found[0]);
        const to = new URL(authUrl.searchParams.get('redirect_uri')!);
        to.searchParams.set('code', back.code ?? oauth.code);
        to.searchParams.set('state', back.state ?? authUrl.searchParams.get('state')!);
        redirect = fetch(to).then((r) => r.status);
      },
      cwd: dir,
      env: { CDS_CONFIG_DIR: join(dir, 'config'), CDS_OAUTH_CLIENT_ID: 'client-123.apps.googleusercontent.com', CDS_OAUTH_CLIENT_SECRET: 'desktop-secret', CDS_OAUTH_AUTH_URL: 'http://127.0.0.1:9/auth', CDS_OAUTH_TOKEN_URL: oauth.url, ...extraEnv },
      now: () => new Date(2023, 10, 1),
      sleep: async () => {},
      isTTY: false,
    });
    return { code, out, err, authUrl, redirect };
  }

  it('signs in through the loopback redirect with PKCE, stores the token 0600, prints no token', async () => {
    const run = await login();
    expect(run.code).toBe(0);
    expect(await run.redirect).toBe(200);
    const url = run.authUrl!;
    expect(url.searchParams.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(url.searchParams.get('scope')).toContain('spreadsheets.readonly');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    const exchange = oauth.requests.find((r) => r.grant_type === 'authorization_code')!;
    expect(createHash('sha256').update(exchange.code_verifier!).digest('base64url')).toBe(url.searchParams.get('code_challenge'));
    expect(exchange.redirect_uri).toBe(url.searchParams.get('redirect_uri'));

    const tokenFile = join(dir, 'config', 'google-token.json');
    expect(statSync(tokenFile).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(tokenFile, 'utf8'))).toMatchObject({ refresh_token: 'user-refresh', email: 'can-bo@huyen.gov.vn' });
    for (const secret of ['user-refresh', 'user-access-1', 'desktop-secret']) {
      expect(run.out).not.toContain(secret);
      expect(run.err).not.toContain(secret);
    }
    expect(run.out).toContain('can-bo@huyen.gov.vn');

    // collect reads with the stored sign-in: the expired token is refreshed at the token endpoint,
    // and a 403 names the account to share the spreadsheet with.
    const collected = await runCli(['collect', '--sheet', 'hai-an', '--sheet', 'xuan-hai-403', '--out', 'dot-1', '--json'], {
      cwd: dir,
      env: { CDS_SHEETS_API_ROOT: server.url, CDS_CONFIG_DIR: join(dir, 'config'), CDS_OAUTH_CLIENT_ID: 'client-123.apps.googleusercontent.com', CDS_OAUTH_TOKEN_URL: oauth.url },
    });
    const json = JSON.parse(collected.stdout) as CollectJson;
    expect(json.results.map((r) => r.status)).toEqual(['submitted', 'not-shared']);
    expect(json.results[1]!.reason!.vi).toContain('can-bo@huyen.gov.vn');
    expect(oauth.requests.some((r) => r.grant_type === 'refresh_token')).toBe(true);
    const auth = server.requests.map((r) => r.authorization);
    expect(auth.length).toBeGreaterThan(0);
    expect(auth.every((a) => a === 'Bearer user-access-2')).toBe(true);
    expect(JSON.parse(readFileSync(tokenFile, 'utf8')).access_token).toBe('user-access-2');
    expect(statSync(tokenFile).mode & 0o777).toBe(0o600);
    expect(collected.stdout + collected.stderr).not.toContain('user-access');

    const out = await runCli(['logout'], { cwd: dir, env: { CDS_CONFIG_DIR: join(dir, 'config') } });
    expect(out.code).toBe(0);
    expect(existsSync(tokenFile)).toBe(false);
  });

  it('a redirect with another state is refused, and nothing is stored', async () => {
    const run = await login({}, { state: 'forged' });
    expect(run.code).toBe(2);
    expect(await run.redirect).toBe(400);
    expect(run.err).toContain('sai state');
    expect(existsSync(join(dir, 'config', 'google-token.json'))).toBe(false);
  });

  it('a refused code exchange says so without echoing the server’s text', async () => {
    const run = await login({}, { code: 'wrong-code' });
    expect(run.code).toBe(2);
    expect(run.err).toContain('HTTP 400');
    expect(run.err).not.toContain('secret-detail-not-to-print');
    expect(existsSync(join(dir, 'config', 'google-token.json'))).toBe(false);
  });

  it('an endpoint override over plain http to another host is refused', async () => {
    const run = await runCli(['login'], { cwd: dir, env: { CDS_CONFIG_DIR: join(dir, 'config'), CDS_OAUTH_CLIENT_ID: 'x', CDS_OAUTH_TOKEN_URL: 'http://example.com/token' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('CDS_OAUTH_TOKEN_URL');
  });

  it('without an OAuth client it says where to put the one from the province’s IT', async () => {
    const run = await runCli(['login'], { cwd: dir, env: { CDS_CONFIG_DIR: join(dir, 'config') } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(join(dir, 'config', 'oauth-client.json'));
  });
});

// Credentials stay secret: no key-file content or server text carrying a token is ever echoed, a
// token is only sent over https (or to this machine), and `rank --write` replaces only a sheet it
// made itself.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sheetsErrorMessage } from '../../cli/sheets/api-error.ts';
import { createSheetsClient } from '../../cli/sheets/client.ts';
import { isSafeApiRoot, redactSecrets } from '../../cli/sheets/redact.ts';
import { both } from '../../cli/messages/index.ts';
import type { FakeSheetsServer } from './fake-sheets-server.ts';
import { asApiValues, csvText, filledGrid, runCli, withFakeSheets } from './helpers.ts';

const PLAN = 'ninh-hai-2023';
const VALUES = { 'TC-01': '100%', 'TC-02': '100%', 'TC-03B': 60, 'TC-05': 'có', 'TC-06': 40, 'TD-01': 'có', 'TD-02': 'có', 'TD-03': 'có', 'TD-04': 'có' };
const SECRET = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7sEcReTsEcReT';

let server: FakeSheetsServer;
let dir: string;
const env = withFakeSheets(
  () => ({
    'xa-a': { title: 'A', sheets: [{ sheetId: 0, title: 'Báo cáo', values: asApiValues(filledGrid(PLAN, { name: 'Xã A', level: 'commune' }, VALUES)) }] },
    'ket-qua': {
      title: 'Kết quả',
      sheets: [
        { sheetId: 0, title: 'Xếp hạng CĐS', values: [['Danh sách khen thưởng do cán bộ tự lập'], ['Xã A', 'Giấy khen']] },
        { sheetId: 1, title: 'Trống', values: [] },
      ],
    },
  }),
  { server: (s) => (server = s), dir: (d) => (dir = d) },
);

describe('key files and server texts are never echoed', () => {
  it('a broken key file is refused without quoting a byte of it', async () => {
    const keyFile = join(dir, 'khoa.json');
    writeFileSync(keyFile, `{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\n${SECRET}`);
    const run = await runCli(['validate', '--sheet', 'xa-a', '--key-file', keyFile], { cwd: dir, env: { CDS_SHEETS_API_ROOT: server.url } });
    expect(run.code).toBe(2);
    const out = run.stdout + run.stderr;
    expect(out).toContain('nội dung tệp không được in ra');
    expect(out).not.toContain(SECRET.slice(0, 12));
    expect(out).not.toContain('BEGIN PRIVATE KEY');
    expect(server.requests).toHaveLength(0);
    // Valid JSON without a private key: refused the same way.
    writeFileSync(keyFile, JSON.stringify({ client_email: 'a@b.iam.gserviceaccount.com', note: SECRET }));
    const second = await runCli(['validate', '--sheet', 'xa-a', '--key-file', keyFile], { cwd: dir, env: { CDS_SHEETS_API_ROOT: server.url } });
    expect(second.code).toBe(2);
    expect(second.stdout + second.stderr).not.toContain(SECRET.slice(0, 12));
  });

  it('server error text is shown without tokens or keys', () => {
    const error = { response: { status: 400 }, message: `Bad request: Authorization: Bearer ya29.a0AfH6SMBx-secret-token; url=https://x/?access_token=ya29.zzz&key=AIzaSyD${SECRET}` };
    const text = both(sheetsErrorMessage(error, { id: 'xa-a', email: null }));
    for (const line of [text.vi, text.en]) {
      expect(line).toContain('400');
      expect(line).not.toMatch(/ya29|secret-token|AIzaSy|MIIEvQ/);
    }
    expect(redactSecrets('"private_key": "-----BEGIN PRIVATE KEY-----\\nABC\\n-----END PRIVATE KEY-----"')).not.toContain('ABC');
  });
});

describe('the Sheets API root override', () => {
  it('accepts only https, or http to this machine', async () => {
    expect(isSafeApiRoot('https://sheets.example.org/')).toBe(true);
    expect(isSafeApiRoot('http://127.0.0.1:8080/')).toBe(true);
    expect(isSafeApiRoot('http://localhost/')).toBe(true);
    expect(isSafeApiRoot('http://[::1]:9/')).toBe(true);
    expect(isSafeApiRoot('http://evil.example.org/')).toBe(false);
    expect(isSafeApiRoot('http://localhost.evil.example.org/')).toBe(false);
    expect(isSafeApiRoot('https://user:pw@sheets.example.org/')).toBe(false);
    expect(isSafeApiRoot('file:///etc/passwd')).toBe(false);
    await expect(createSheetsClient({ accessToken: 't', write: false, rootUrl: 'http://evil.example.org/' })).rejects.toMatchObject({ detail: { key: 'safety.api-root-refused' } });
  });

  it('a plain-http root elsewhere stops the command before any token is sent', async () => {
    const run = await runCli(['validate', '--sheet', 'xa-a'], { cwd: dir, env: { CDS_SHEETS_API_ROOT: 'http://10.0.0.9:8080/', GOOGLE_OAUTH_ACCESS_TOKEN: 'test-token' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('chỉ nhận https://');
    expect(run.stderr).not.toContain('test-token');
  });
});

describe('rank --write replaces only a sheet it made', () => {
  it('refuses to clear an officer’s sheet of the same name, and leaves it as it was', async () => {
    writeFileSync(join(dir, 'a.csv'), csvText(filledGrid(PLAN, { name: 'Xã A', level: 'commune' }, VALUES), ',', true));
    const run = await runCli(['rank', 'a.csv', '--plan', PLAN, '--write', 'ket-qua'], { cwd: dir, env: env() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('không do cds tạo');
    expect(server.spreadsheets.get('ket-qua')!.sheets[0]!.values[0]).toEqual(['Danh sách khen thưởng do cán bộ tự lập']);
    expect(server.requests.some((r) => r.path.endsWith(':clear') || r.method === 'PUT')).toBe(false);
  });

  it('writes an empty or its own sheet, and runs twice to the same result', async () => {
    writeFileSync(join(dir, 'a.csv'), csvText(filledGrid(PLAN, { name: 'Xã A', level: 'commune' }, VALUES), ',', true));
    const first = await runCli(['rank', 'a.csv', '--plan', PLAN, '--write', 'ket-qua', '--write-sheet', 'Trống'], { cwd: dir, env: env() });
    expect(first.code).toBeLessThan(2);
    const written = JSON.stringify(server.spreadsheets.get('ket-qua')!.sheets[1]!.values);
    expect(written).toContain('Xã A');
    const again = await runCli(['rank', 'a.csv', '--plan', PLAN, '--write', 'ket-qua', '--write-sheet', 'Trống'], { cwd: dir, env: env() });
    expect(again.code).toBe(first.code);
    expect(JSON.stringify(server.spreadsheets.get('ket-qua')!.sheets[1]!.values)).toBe(written);
  });
});

describe('.gitignore keeps key files out of the repository', () => {
  it('ignores service-account keys and token files', () => {
    const ignore = readFileSync(new URL('../../.gitignore', import.meta.url), 'utf8');
    for (const pattern of ['*.pem', '*-key.json', 'service-account*.json', 'credentials*.json', '.env']) expect(ignore).toContain(pattern);
  });
});

describe('redaction keeps what helps', () => {
  it('leaves file paths and ordinary words alone', () => {
    const text = 'ENOENT: no such file /home/can-bo/Tai-lieu/bao-cao-chuyen-doi-so/2025/ho-hai-quy-3.xlsx';
    expect(redactSecrets(text)).toBe(text);
    expect(redactSecrets('header eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIn0.sig')).not.toContain('eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIn0');
  });
});

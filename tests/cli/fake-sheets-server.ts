// A local stand-in for the Sheets API v4 endpoints `cds` uses, on 127.0.0.1 and a random port.
// The real googleapis client talks to it through CDS_SHEETS_API_ROOT; nothing leaves the machine.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeSheet {
  sheetId: number;
  title: string;
  /** Rows as the API returns them: trailing empty cells and rows already dropped (ragged). */
  values: unknown[][];
  /** 0-based [row, column] of cells with a number format, e.g. PERCENT. */
  formats?: { row: number; column: number; type: 'PERCENT' | 'DATE' | 'NUMBER' }[];
}

export interface FakeSpreadsheet {
  title: string;
  sheets: FakeSheet[];
  /** Answer every request with this HTTP status (403, 404…). */
  status?: number;
  /** Answer the first N requests with `failStatus` (429, 503), then normally. */
  failFirst?: number;
  failStatus?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  body: unknown;
}

export interface FakeSheetsServer {
  url: string;
  requests: RecordedRequest[];
  spreadsheets: Map<string, FakeSpreadsheet>;
  /** Forgets the recorded requests and the failures already served (each test starts afresh). */
  reset: () => void;
  close: () => Promise<void>;
}

const unquote = (range: string): string => {
  const sheet = range.includes('!') ? range.slice(0, range.lastIndexOf('!')) : range;
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
};

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function apiError(res: ServerResponse, code: number, message: string): void {
  const status = { 400: 'INVALID_ARGUMENT', 401: 'UNAUTHENTICATED', 403: 'PERMISSION_DENIED', 404: 'NOT_FOUND', 429: 'RESOURCE_EXHAUSTED', 503: 'UNAVAILABLE' }[code] ?? 'UNKNOWN';
  send(res, code, { error: { code, message, status } });
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : null;
}

export async function startFakeSheets(spreadsheets: Record<string, FakeSpreadsheet>): Promise<FakeSheetsServer> {
  const store = new Map(Object.entries(spreadsheets));
  const requests: RecordedRequest[] = [];
  const seen = new Map<string, number>();

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const body = await readBody(req);
      requests.push({ method: req.method ?? 'GET', path: decodeURIComponent(url.pathname), query: url.searchParams, authorization: req.headers.authorization, body });
      const match = /^\/v4\/spreadsheets\/([^/:]+)(.*)$/.exec(url.pathname);
      if (!match) return apiError(res, 404, 'no such endpoint');
      const id = decodeURIComponent(match[1] ?? '');
      const rest = decodeURIComponent(match[2] ?? '');
      const book = store.get(id);
      if (!book) return apiError(res, 404, 'Requested entity was not found.');
      if (book.status) return apiError(res, book.status, 'The caller does not have permission');
      const count = (seen.get(id) ?? 0) + 1;
      seen.set(id, count);
      if (book.failFirst && count <= book.failFirst) return apiError(res, book.failStatus ?? 429, 'Quota exceeded');

      if (req.method === 'GET' && rest === '') {
        const ranges = url.searchParams.getAll('ranges').map(unquote);
        const chosen = ranges.length ? book.sheets.filter((s) => ranges.includes(s.title)) : book.sheets;
        if (ranges.length && chosen.length === 0) return apiError(res, 400, `Unable to parse range: ${ranges[0]}`);
        const withData = (url.searchParams.get('fields') ?? '').includes('data');
        return send(res, 200, {
          properties: { title: book.title },
          sheets: chosen.map((s) => ({
            properties: { sheetId: s.sheetId, title: s.title },
            ...(withData ? { data: [{ rowData: formatRows(s) }] } : {}),
          })),
        });
      }
      if (req.method === 'GET' && rest === '/values:batchGet') {
        const ranges = url.searchParams.getAll('ranges');
        const valueRanges = [];
        for (const range of ranges) {
          const sheet = book.sheets.find((s) => s.title === unquote(range));
          if (!sheet) return apiError(res, 400, `Unable to parse range: ${range}`);
          valueRanges.push({ range: `${range}!A1:Z1000`, majorDimension: 'ROWS', ...(sheet.values.length ? { values: sheet.values } : {}) });
        }
        return send(res, 200, { spreadsheetId: id, valueRanges });
      }
      if (req.method === 'POST' && rest === ':batchUpdate') {
        const requestsIn = (body as { requests?: { addSheet?: { properties?: { title?: string } } }[] }).requests ?? [];
        for (const r of requestsIn) {
          const title = r.addSheet?.properties?.title;
          if (title) book.sheets.push({ sheetId: 1000 + book.sheets.length, title, values: [] });
        }
        return send(res, 200, { spreadsheetId: id, replies: requestsIn.map(() => ({})) });
      }
      const clear = /^\/values\/(.+):clear$/.exec(rest);
      if (req.method === 'POST' && clear) {
        const sheet = book.sheets.find((s) => s.title === unquote(clear[1] ?? ''));
        if (!sheet) return apiError(res, 400, 'Unable to parse range');
        sheet.values = [];
        return send(res, 200, { spreadsheetId: id, clearedRange: clear[1] });
      }
      const update = /^\/values\/(.+)$/.exec(rest);
      if (req.method === 'PUT' && update) {
        const sheet = book.sheets.find((s) => s.title === unquote(update[1] ?? ''));
        if (!sheet) return apiError(res, 400, 'Unable to parse range');
        sheet.values = (body as { values: unknown[][] }).values;
        return send(res, 200, { spreadsheetId: id, updatedRange: update[1], updatedRows: sheet.values.length });
      }
      return apiError(res, 404, `no such endpoint: ${req.method} ${rest}`);
    })().catch((error: unknown) => apiError(res, 500, String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    spreadsheets: store,
    reset: () => {
      requests.length = 0;
      seen.clear();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** rowData as the API's field mask returns it: a `{}` per cell without a listed format. */
function formatRows(sheet: FakeSheet): { values: { effectiveFormat?: { numberFormat: { type: string } } }[] }[] {
  const rows = sheet.values.map((row) => ({ values: row.map(() => ({}) as { effectiveFormat?: { numberFormat: { type: string } } }) }));
  for (const f of sheet.formats ?? []) {
    while (rows.length <= f.row) rows.push({ values: [] });
    const row = rows[f.row]!;
    while (row.values.length <= f.column) row.values.push({});
    row.values[f.column] = { effectiveFormat: { numberFormat: { type: f.type } } };
  }
  return rows;
}

// ── A stand-in for Google's OAuth token endpoint (installed-app flow), on 127.0.0.1 ──────────

export interface FakeOAuth {
  url: string;
  /** The form fields of every token request, in order. */
  requests: Record<string, string>[];
  /** The code the "browser" brings back, and the tokens handed out. */
  code: string;
  close: () => Promise<void>;
}

/** A JWT-shaped id token (unsigned: the CLI reads the email for display only). */
export function fakeIdToken(email: string): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'none' })}.${part({ email, email_verified: true })}.sig`;
}

/**
 * POST /token: `authorization_code` (the code must be `code` and a PKCE verifier must come with
 * it) → access token `user-access-1` (already expired when `expiredAtFirst`), refresh token
 * `user-refresh`, id token for `email`; `refresh_token` → access token `user-access-N`.
 */
export async function startFakeOAuth(opts: { email: string; expiredAtFirst?: boolean }): Promise<FakeOAuth> {
  const requests: Record<string, string>[] = [];
  const code = 'code-from-browser';
  let issued = 0;
  const server: Server = createServer((req, res) => {
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const form = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
      requests.push(form);
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://x').pathname !== '/token') return json(404, { error: 'not_found' });
      if (form.grant_type === 'authorization_code') {
        if (form.code !== code || !form.code_verifier) return json(400, { error: 'invalid_grant', error_description: 'secret-detail-not-to-print' });
        issued++;
        return json(200, {
          access_token: `user-access-${issued}`,
          refresh_token: 'user-refresh',
          expires_in: opts.expiredAtFirst ? -60 : 3600,
          token_type: 'Bearer',
          scope: 'https://www.googleapis.com/auth/spreadsheets.readonly openid email',
          id_token: fakeIdToken(opts.email),
        });
      }
      if (form.grant_type === 'refresh_token' && form.refresh_token === 'user-refresh') {
        issued++;
        return json(200, { access_token: `user-access-${issued}`, expires_in: 3600, token_type: 'Bearer' });
      }
      return json(400, { error: 'invalid_grant' });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/token`, requests, code, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

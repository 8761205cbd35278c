// Google sign-in for an officer, the "installed app" way (RFC 8252): a one-off server on
// 127.0.0.1 receives the browser's redirect with the code; PKCE (S256) and a random `state` keep
// another program from using that code. The token goes to the config folder, never to the screen.
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
// Types only here: the library is loaded when a sign-in is used, not by every `cds` command.
import type { Credentials, OAuth2Client } from 'google-auth-library';
import { cliError } from '../errors.ts';
import { oauthClientConfig, tokenPath, type OAuthClientConfig } from './config.ts';
import { emailOfIdToken, readStoredToken, saveStoredToken, type StoredToken } from './token-store.ts';

/** Read-only Sheets, and who signed in (to name the account a spreadsheet must be shared with). */
export const LOGIN_SCOPES = ['https://www.googleapis.com/auth/spreadsheets.readonly', 'openid', 'email'];

/** How long the sign-in page may stay open before `cds login` gives up. */
export const LOGIN_TIMEOUT_MS = 5 * 60_000;

export async function oauthClient(config: OAuthClientConfig, redirectUri?: string): Promise<OAuth2Client> {
  const { OAuth2Client } = await import('google-auth-library');
  return new OAuth2Client({
    clientId: config.clientId,
    ...(config.clientSecret ? { clientSecret: config.clientSecret } : {}),
    ...(redirectUri ? { redirectUri } : {}),
    endpoints: { oauth2AuthBaseUrl: config.authUrl, oauth2TokenUrl: config.tokenUrl },
  });
}

const PAGE = (vi: string, en: string) =>
  `<!doctype html><html lang="vi"><meta charset="utf-8"><title>cds</title><body style="font-family:sans-serif;padding:2em"><p>${vi}</p><p lang="en">${en}</p></body></html>`;

/**
 * Waits for the browser to come back to the loopback address with `code` and the same `state`;
 * anything else (another path, a wrong state, `error=access_denied`) ends the sign-in with a reason.
 */
function waitForCode(server: Server, state: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.on('request', (req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname !== '/') {
        res.writeHead(404).end();
        return;
      }
      const code = url.searchParams.get('code');
      const denied = url.searchParams.get('error');
      const ok = code !== null && url.searchParams.get('state') === state;
      res.writeHead(ok ? 200 : 400, { 'content-type': 'text/html; charset=utf-8' });
      res.end(ok ? PAGE('Đã đăng nhập. Có thể đóng trang này và quay lại cửa sổ lệnh.', 'Signed in. You can close this page and return to the terminal.') : PAGE('Đăng nhập không thành công.', 'Sign-in failed.'));
      if (ok) resolve(code);
      else reject(cliError(denied ? 'auth.denied' : 'auth.bad-redirect', { reason: denied ?? '' }));
    });
  });
}

/**
 * The sign-in: prints the address to open (via `show`), waits for the redirect, exchanges the
 * code for tokens at the token endpoint, stores them (0600) at `tokenFile`. Returns the account.
 */
export async function signIn(config: OAuthClientConfig, tokenFile: string, show: (authUrl: string) => void): Promise<{ email: string | null }> {
  // node:http costs ~0.07 s of CPU to load: only a sign-in loads it (issue 8 §4).
  const { createServer } = await import('node:http');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const redirectUri = `http://127.0.0.1:${port}/`;
    const client = await oauthClient(config, redirectUri);
    const { codeVerifier, codeChallenge } = await client.generateCodeVerifierAsync();
    const state = randomBytes(16).toString('hex');
    const url = client.generateAuthUrl({
      access_type: 'offline',
      prompt: 'consent',
      scope: LOGIN_SCOPES,
      state,
      code_challenge_method: 'S256' as never,
      code_challenge: codeChallenge,
    });
    const code = waitForCode(server, state);
    // Nobody came back (the browser was closed): give up after a while instead of waiting forever.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(cliError('auth.timeout', { minutes: LOGIN_TIMEOUT_MS / 60_000 })), LOGIN_TIMEOUT_MS);
      timer.unref?.();
    });
    show(url);
    const received = await Promise.race([code, timeout]).finally(() => clearTimeout(timer));
    const tokens = await exchange(client, received, codeVerifier, redirectUri);
    const email = emailOfIdToken(tokens.id_token);
    await saveStoredToken(tokenFile, toStored(tokens, email));
    return { email };
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

async function exchange(client: OAuth2Client, code: string, codeVerifier: string | undefined, redirectUri: string): Promise<Credentials> {
  try {
    const { tokens } = await client.getToken({ code, redirect_uri: redirectUri, ...(codeVerifier ? { codeVerifier } : {}) });
    return tokens;
  } catch (error) {
    // The server's text is not echoed (it may carry the code or a token): the HTTP status only.
    const status = (error as { response?: { status?: number } })?.response?.status ?? (error as { status?: number })?.status ?? null;
    throw cliError('auth.exchange-failed', { status: status ?? '—' });
  }
}

function toStored(tokens: Credentials, email: string | null): StoredToken {
  return {
    refresh_token: tokens.refresh_token ?? null,
    access_token: tokens.access_token ?? null,
    expiry_date: tokens.expiry_date ?? null,
    scope: tokens.scope ?? null,
    token_type: tokens.token_type ?? null,
    email,
  };
}

/**
 * An OAuth2 client signed in with the stored token, refreshing it when it expires (and saving the
 * new one); null when nobody signed in.
 */
export interface UserClient {
  client: OAuth2Client;
  email: string | null;
  /** Waits until a refreshed token is on disk (call before the command ends). */
  flush: () => Promise<void>;
}

export async function storedUserClient(config: OAuthClientConfig, tokenFile: string): Promise<UserClient | null> {
  const stored = await readStoredToken(tokenFile);
  if (!stored || (!stored.refresh_token && !stored.access_token)) return null;
  const client = await oauthClient(config);
  client.setCredentials({
    refresh_token: stored.refresh_token ?? null,
    access_token: stored.access_token ?? null,
    expiry_date: stored.expiry_date ?? null,
    token_type: stored.token_type ?? null,
    scope: stored.scope ?? undefined,
  });
  const saves: Promise<void>[] = [];
  client.on('tokens', (tokens: Credentials) => {
    const refreshed = toStored({ ...tokens, refresh_token: tokens.refresh_token ?? stored.refresh_token ?? null }, stored.email ?? null);
    saves.push(saveStoredToken(tokenFile, refreshed).catch(() => {}));
  });
  return { client, email: stored.email ?? null, flush: async () => void (await Promise.all(saves)) };
}

/**
 * The stored sign-in for the Sheets client, when there is one and the OAuth client is known
 * (env or config file); null otherwise — then the other ways (token, key file, ADC) apply.
 */
export async function loginAuth(env: Readonly<Record<string, string | undefined>>, cwd: string): Promise<UserClient | null> {
  let config: OAuthClientConfig;
  try {
    config = await oauthClientConfig(env, cwd);
  } catch {
    return null;
  }
  return storedUserClient(config, tokenPath(env));
}

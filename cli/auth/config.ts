// Where `cds` keeps the officer's sign-in, and the OAuth client the province's IT hands out.
// The client id of an "installed app" (Desktop) OAuth client is not a secret in Google's model;
// the token is: it lives in the user's config folder, readable by the user only (0600).
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { cliError, CliError, fileErrorMessage } from '../errors.ts';

export interface OAuthClientConfig {
  clientId: string;
  /** Desktop clients have one (Google requires it at the token endpoint), not secret in practice. */
  clientSecret: string | null;
  /** The authorisation and token endpoints (Google's unless the environment points elsewhere). */
  authUrl: string;
  tokenUrl: string;
}

export const GOOGLE_AUTH_URL = 'https://accounts.google.com/o/oauth2/v2/auth';
export const GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token';

type Env = Readonly<Record<string, string | undefined>>;

/** `cds`'s folder in the user's config dir: CDS_CONFIG_DIR, else XDG_CONFIG_HOME/cds, %APPDATA%\cds, ~/.config/cds. */
export function configDir(env: Env): string {
  if (env.CDS_CONFIG_DIR) return resolve(env.CDS_CONFIG_DIR);
  if (env.XDG_CONFIG_HOME) return join(env.XDG_CONFIG_HOME, 'cds');
  if (process.platform === 'win32' && env.APPDATA) return join(env.APPDATA, 'cds');
  return join(env.HOME ?? homedir(), '.config', 'cds');
}

export const tokenPath = (env: Env): string => join(configDir(env), 'google-token.json');
export const clientConfigPath = (env: Env): string => join(configDir(env), 'oauth-client.json');

/**
 * An endpoint override is accepted only over https or on this machine (tests, a local proxy):
 * never plain http to another host, where the code or token would travel in clear.
 */
export function safeEndpoint(url: string, name: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw cliError('auth.bad-endpoint', { name, url });
  }
  const local = parsed.hostname === '127.0.0.1' || parsed.hostname === 'localhost' || parsed.hostname === '[::1]';
  if (parsed.protocol === 'https:' || (parsed.protocol === 'http:' && local)) return parsed.toString();
  throw cliError('auth.bad-endpoint', { name, url });
}

/**
 * The OAuth client: CDS_OAUTH_CLIENT_ID (+ CDS_OAUTH_CLIENT_SECRET) in the environment, else the
 * JSON file given (`--oauth-client`) or `oauth-client.json` in the config folder — the file Google
 * Cloud Console downloads for a Desktop client (`{"installed": {"client_id", "client_secret"}}`).
 */
export async function oauthClientConfig(env: Env, cwd: string, file?: string): Promise<OAuthClientConfig> {
  const endpoints = {
    authUrl: env.CDS_OAUTH_AUTH_URL ? safeEndpoint(env.CDS_OAUTH_AUTH_URL, 'CDS_OAUTH_AUTH_URL') : GOOGLE_AUTH_URL,
    tokenUrl: env.CDS_OAUTH_TOKEN_URL ? safeEndpoint(env.CDS_OAUTH_TOKEN_URL, 'CDS_OAUTH_TOKEN_URL') : GOOGLE_TOKEN_URL,
  };
  if (file === undefined && env.CDS_OAUTH_CLIENT_ID) {
    return { clientId: env.CDS_OAUTH_CLIENT_ID, clientSecret: env.CDS_OAUTH_CLIENT_SECRET ?? null, ...endpoints };
  }
  const path = file === undefined ? clientConfigPath(env) : resolve(cwd, file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (file === undefined && (error as { code?: string }).code === 'ENOENT') throw cliError('auth.no-client', { path });
    throw new CliError(fileErrorMessage(error, file ?? path));
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // The reason is not echoed: the file may hold a secret.
    throw cliError('auth.bad-client-file', { path: file ?? path });
  }
  const block = (json as { installed?: Record<string, unknown> } | null)?.installed ?? (json as Record<string, unknown> | null);
  const id = block?.client_id;
  const secret = block?.client_secret;
  if (typeof id !== 'string' || id === '') throw cliError('auth.bad-client-file', { path: file ?? path });
  return { clientId: id, clientSecret: typeof secret === 'string' ? secret : null, ...endpoints };
}

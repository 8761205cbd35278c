import { readFile } from 'node:fs/promises';
import type { sheets_v4 } from 'googleapis/build/src/apis/sheets/index.js';
import { CliError, cliError, fileErrorMessage } from '../errors.ts';
import { isSafeApiRoot, redactSecrets } from './redact.ts';

export const READ_SCOPE = 'https://www.googleapis.com/auth/spreadsheets.readonly';
/** Requested only by `cds rank --write`. */
export const WRITE_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';

export interface SheetsAuthOptions {
  /** `--access-token` or GOOGLE_OAUTH_ACCESS_TOKEN: used as is, no token calls. */
  accessToken?: string;
  /** `--key-file`: a service account's JSON key. */
  keyFile?: string;
  /** Read-write scope, only for `--write`. */
  write: boolean;
  /** CDS_SHEETS_API_ROOT: another API base URL (tests point it at a local server). */
  rootUrl?: string;
  /** The officer's stored Google sign-in (`cds login`, cli/auth): an OAuth2 client that refreshes itself. */
  userAuth?: { client: unknown; email: string | null };
}

export interface SheetsClient {
  api: sheets_v4.Sheets;
  /** The OAuth scopes asked for (read-only unless writing); empty with a preset access token. */
  scopes: readonly string[];
  /** Who the spreadsheets must be shared with, when it can be known (service accounts). */
  accountEmail: () => Promise<string | null>;
}

/**
 * The googleapis Sheets v4 client with the chosen credentials: an access token (an OAuth2 client
 * with preset credentials never calls the token endpoint), a service-account key file, or
 * Application Default Credentials. The client's own retry is off: `retry.ts` retries.
 */
export async function createSheetsClient(options: SheetsAuthOptions): Promise<SheetsClient> {
  // The Sheets module alone loads in ~0.1 s; `import 'googleapis'` loads all 300 APIs (~1.5 s).
  const { sheets, auth } = await import('googleapis/build/src/apis/sheets/index.js');
  const scopes = [options.write ? WRITE_SCOPE : READ_SCOPE];
  // A token sent to any other address would leave the machine readable: https or localhost only.
  if (options.rootUrl && !isSafeApiRoot(options.rootUrl)) throw cliError('safety.api-root-refused', { url: redactSecrets(options.rootUrl) });
  const rootUrl = options.rootUrl ? (options.rootUrl.endsWith('/') ? options.rootUrl : options.rootUrl + '/') : undefined;
  const common = { version: 'v4' as const, retry: false, ...(rootUrl ? { rootUrl } : {}) };

  if (options.accessToken) {
    const client = new auth.OAuth2();
    client.setCredentials({ access_token: options.accessToken });
    return { api: sheets({ ...common, auth: client }), scopes: [], accountEmail: async () => null };
  }
  if (options.keyFile) {
    const email = await serviceAccountEmail(options.keyFile);
    const googleAuth = new auth.GoogleAuth({ keyFile: options.keyFile, scopes });
    return { api: sheets({ ...common, auth: googleAuth }), scopes, accountEmail: async () => email };
  }
  if (options.userAuth && !options.write) {
    const { client, email } = options.userAuth;
    return { api: sheets({ ...common, auth: client as never }), scopes: [READ_SCOPE], accountEmail: async () => email };
  }
  const googleAuth = new auth.GoogleAuth({ scopes });
  return {
    api: sheets({ ...common, auth: googleAuth }),
    scopes,
    accountEmail: async () => {
      try {
        return (await googleAuth.getCredentials()).client_email ?? null;
      } catch {
        return null;
      }
    },
  };
}

/** The `client_email` of a service-account key; a key file that is not one stops the command. */
async function serviceAccountEmail(keyFile: string): Promise<string> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(keyFile, 'utf8'));
  } catch (error) {
    // JSON.parse quotes the text it choked on — the key itself: only a file error (not found,
    // no permission) is worth its words; any other says nothing of the content.
    const code = (error as { code?: string } | null)?.code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') throw new CliError(fileErrorMessage(error, keyFile));
    throw cliError('safety.key-file-bad', { path: keyFile });
  }
  const email = (json as { client_email?: unknown } | null)?.client_email;
  const key = (json as { private_key?: unknown } | null)?.private_key;
  if (typeof email !== 'string' || email === '' || typeof key !== 'string') throw cliError('safety.key-file-bad', { path: keyFile });
  return email;
}

// The officer's Google sign-in on disk: one JSON file in the config folder, mode 0600 (the folder
// 0700), written through a temporary file and a rename. Its content is never printed.
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { cliError } from '../errors.ts';

export interface StoredToken {
  refresh_token?: string | null;
  access_token?: string | null;
  expiry_date?: number | null;
  scope?: string | null;
  token_type?: string | null;
  /** Who signed in (from the id token), to say whom to share a spreadsheet with. */
  email?: string | null;
}

export async function readStoredToken(path: string): Promise<StoredToken | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null;
    throw cliError('auth.token-unreadable', { path });
  }
  try {
    const json = JSON.parse(text) as StoredToken;
    return json && typeof json === 'object' ? json : null;
  } catch {
    throw cliError('auth.token-unreadable', { path });
  }
}

export async function saveStoredToken(path: string, token: StoredToken): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const temp = join(dir, `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    // Created 0600 from the start: the token is never readable by others, not even for a moment.
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(JSON.stringify(token, null, 2) + '\n');
    } finally {
      await handle.close();
    }
    await chmod(temp, 0o600);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw cliError('auth.token-unwritable', { path, reason: (error as { code?: string }).code ?? 'error' });
  }
}

/** Signs out: the file is removed (nothing else in the folder is touched). */
export async function removeStoredToken(path: string): Promise<boolean> {
  try {
    await unlink(path);
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return false;
    throw cliError('auth.token-unwritable', { path, reason: (error as { code?: string }).code ?? 'error' });
  }
}

/** The `email` claim of an id token, read for display only (not a proof of anything). */
export function emailOfIdToken(idToken: string | null | undefined): string | null {
  if (!idToken) return null;
  const payload = idToken.split('.')[1];
  if (!payload) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { email?: unknown };
    return typeof claims.email === 'string' ? claims.email : null;
  } catch {
    return null;
  }
}

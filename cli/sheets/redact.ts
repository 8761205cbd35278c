/**
 * Text from a server or a library error, with anything that may be a credential taken out, before
 * it is shown: OAuth access tokens (ya29.…), bearer headers, `access_token=` / `refresh_token=` /
 * `key=` parameters, JSON fields named like secrets, PEM private keys, Google API keys (AIza…) and
 * any long unbroken run of token characters (JWT parts, keys). Cut to 300 characters: an error line, not a dump.
 */
const PATTERNS: readonly RegExp[] = [
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/g,
  /"(private_key|private_key_id|client_secret|refresh_token|access_token|id_token)"\s*:\s*"[^"]*"?/gi,
  /\b(access_token|refresh_token|id_token|client_secret|key|token)=[^&\s"']+/gi,
  /\bBearer\s+[^\s"',]+/gi,
  /\bya29\.[\w.-]+/g,
  /\bAIza[0-9A-Za-z_-]{30,}/g,
  // Long unbroken runs of token characters (JWT parts, keys); '/' and '.' excluded so paths survive.
  /[A-Za-z0-9_\-+=]{40,}/g,
];

export function redactSecrets(text: string): string {
  let out = text;
  for (const p of PATTERNS) out = out.replace(p, '[…]');
  return out.length > 300 ? out.slice(0, 300) + '…' : out;
}

/** An API root other than Google's is for tests: only https, or plain http to this machine. */
export function isSafeApiRoot(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username || parsed.password) return false;
  if (parsed.protocol === 'https:') return true;
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  return parsed.protocol === 'http:' && (host === 'localhost' || host === '127.0.0.1' || host === '::1');
}

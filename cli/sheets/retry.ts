/**
 * Retrying calls to the Sheets API. Google asks clients to back off exponentially on 429 (quota:
 * 60 reads per minute per user) and on 5xx; anything else (401, 403, 404, 400) will not get better
 * by asking again. The googleapis client's own retry is switched off so the policy lives here, in
 * one place, with an injectable sleep for tests.
 */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  /** 0 ≤ x < 1; jitter keeps parallel workers from retrying in lockstep. */
  random: () => number;
}

export const DEFAULT_RETRY: Omit<RetryPolicy, 'sleep'> = {
  attempts: 5,
  baseDelayMs: 1000,
  maxDelayMs: 32_000,
  random: Math.random,
};

export async function withRetry<T>(call: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (attempt >= policy.attempts || !isRetryable(error)) throw error;
      await policy.sleep(retryDelay(error, attempt, policy));
    }
  }
}

/** HTTP status of a googleapis (gaxios) error, or null for a network failure. */
export function httpStatus(error: unknown): number | null {
  const e = error as { status?: unknown; response?: { status?: unknown }; code?: unknown } | null;
  const status = e?.response?.status ?? e?.status ?? (typeof e?.code === 'number' ? e.code : undefined);
  return typeof status === 'number' ? status : null;
}

const NETWORK_CODES = new Set(['ECONNRESET', 'ETIMEDOUT', 'ECONNREFUSED', 'EAI_AGAIN', 'EPIPE', 'UND_ERR_SOCKET']);

export function isRetryable(error: unknown): boolean {
  const status = httpStatus(error);
  if (status !== null) return status === 429 || status === 408 || (status >= 500 && status <= 599);
  const code = (error as { code?: unknown; cause?: { code?: unknown } } | null);
  return NETWORK_CODES.has(String(code?.code)) || NETWORK_CODES.has(String(code?.cause?.code));
}

/** Full-jitter exponential backoff, or the server's Retry-After when it sends one (seconds). */
export function retryDelay(error: unknown, attempt: number, policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs' | 'random'>): number {
  const after = retryAfterSeconds(error);
  if (after !== null) return Math.min(policy.maxDelayMs, after * 1000);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (policy.random() * ceiling) / 2);
}

function retryAfterSeconds(error: unknown): number | null {
  const headers = (error as { response?: { headers?: unknown } } | null)?.response?.headers;
  let value: unknown;
  if (headers && typeof (headers as { get?: unknown }).get === 'function') value = (headers as Headers).get('retry-after');
  else if (headers && typeof headers === 'object') value = (headers as Record<string, unknown>)['retry-after'];
  const seconds = Number(value);
  return value !== null && value !== undefined && value !== '' && Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}

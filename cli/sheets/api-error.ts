import type { Message } from '../../shared/schema/issue.ts';
import { msg } from '../../shared/messages/index.ts';
import { CliError, errorText } from '../errors.ts';
import { redactSecrets } from './redact.ts';
import { httpStatus } from './retry.ts';

/**
 * A failed Sheets API call as a message the officer can act on: whom to share the spreadsheet
 * with (403), to sign in again (401), to check the link (404), to wait (429 after the retries).
 */
export function sheetsErrorMessage(error: unknown, context: { id: string; email: string | null; sheetName?: string }): Message {
  if (error instanceof CliError) return error.detail;
  const status = httpStatus(error);
  const id = context.id;
  // Server and library texts may quote a token or a key: redacted before anyone sees them.
  const text = redactSecrets(errorText(error));
  if (status === 401) return msg('cli.sheets.unauthenticated', { id });
  if (status === 403) {
    return context.email ? msg('cli.sheets.forbidden-share', { id, email: context.email }) : msg('cli.sheets.forbidden', { id });
  }
  if (status === 404) return msg('cli.sheets.not-found', { id });
  if (status === 400 && context.sheetName !== undefined) return msg('cli.sheets.no-such-sheet', { id, sheet: context.sheetName });
  if (status === 429) return msg('cli.sheets.rate-limited', { id });
  if (status !== null && status >= 500) return msg('cli.sheets.server-error', { id, status });
  if (status !== null) return msg('cli.sheets.http-error', { id, status, reason: text });
  if (/default credentials/i.test(text)) return msg('cli.sheets.no-credentials', {});
  return msg('cli.sheets.network', { id, reason: text });
}

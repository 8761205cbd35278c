import type { Message } from '../shared/schema/issue.ts';
import { msg } from '../shared/messages/index.ts';

/**
 * A failure the user can act on: a missing file, a wrong format, an unknown plan. It carries a
 * message key (rendered in Vietnamese and English on one stderr line) and the exit code.
 */
export class CliError extends Error {
  readonly detail: Message;
  readonly exitCode: number;
  /** Lines printed under the message (e.g. each problem of a plan file). */
  readonly details: readonly string[];
  constructor(detail: Message, exitCode = 2, details: readonly string[] = []) {
    super(detail.key);
    this.name = 'CliError';
    this.detail = detail;
    this.exitCode = exitCode;
    this.details = details;
  }
}

export function cliError(key: string, params: Message['params'] = {}, exitCode = 2): CliError {
  return new CliError(msg(key, params), exitCode);
}

/** Node's file errors as messages the officer understands; anything else keeps its own text. */
export function fileErrorMessage(error: unknown, path: string): Message {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return msg('cli.file.not-found', { path });
  if (code === 'EACCES' || code === 'EPERM') return msg('cli.file.no-permission', { path });
  if (code === 'EISDIR') return msg('cli.file.is-folder', { path });
  if (code === 'EEXIST') return msg('cli.file.exists', { path });
  return msg('cli.file.unreadable', { path, reason: errorText(error) });
}

/** The plain text of any thrown value, for messages (never a stack trace). */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

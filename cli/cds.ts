#!/usr/bin/env node
// `cds` — the CĐS scorecard toolkit on the command line (Node 24 runs this file directly).
// Exit codes: 0 fine; 1 a report has errors (or a unit failed in a multi run); 2 the command could
// not run (missing file, wrong format, unknown plan, bad option) — with one Vietnamese + English
// line on stderr, never a stack trace.
import { Command, CommanderError } from 'commander';
import { both, msg } from './messages/index.ts';
import type { Message } from '../shared/schema/issue.ts';
import { realIo, type CliIo, type CommandContext } from './context.ts';
import { CliError, errorText } from './errors.ts';
import { parseLang } from './options.ts';
import { safeStreams } from './safety/terminal-text.ts';
import { redactSecrets } from './sheets/redact.ts';
import { registerDeadlinesCommand } from './commands/deadlines.ts';
import { registerPlansCommands } from './commands/plans.ts';
import { registerPlanDraftCommand } from './commands/plan-draft.ts';
import { registerPlanExportCommand } from './commands/plan-export.ts';
import { registerPortalCommand } from './commands/portal.ts';
import { registerRankCommand } from './commands/rank.ts';
import { registerScoreCommand } from './commands/score.ts';
import { registerTemplateCommand } from './commands/template.ts';
import { registerTrendCommand } from './commands/trend.ts';
import { registerCollectCommand } from './commands/collect.ts';
import { registerAuthCommands } from './auth/command.ts';
import { registerValidateCommand } from './commands/validate.ts';

const VERSION = '0.1.0';

/** Runs one `cds` command line; returns the exit code. Tests call it in-process with their own `io`. */
export async function main(argv: readonly string[], ioOverrides: Partial<CliIo> = {}): Promise<number> {
  // Every write goes through one sink that neutralises control characters from files (cli/safety).
  const io: CliIo = safeStreams({ ...realIo(), ...ioOverrides });
  const ctx: CommandContext = { io, lang: 'vi', exitCode: 0 };
  try {
    const program = buildProgram(ctx);
    await program.parseAsync([...argv], { from: 'user' });
    return ctx.exitCode;
  } catch (error) {
    return reportFailure(error, io);
  }
}

export function buildProgram(ctx: CommandContext): Command {
  const { io } = ctx;
  const program = new Command('cds')
    .description('Chấm điểm chỉ tiêu chuyển đổi số (CĐS) — digital-transformation scorecard toolkit')
    .version(VERSION, '-V, --version')
    .option('--lang <vi|en>', 'ngôn ngữ (vi, en) / language of terminal and HTML text', 'vi')
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      // Commander's own English error line is replaced by the bilingual one of reportFailure.
      outputError: () => {},
    })
    .hook('preAction', () => {
      ctx.lang = parseLang(program.opts<{ lang?: string }>().lang);
    });
  registerPlansCommands(program, ctx);
  registerPlanExportCommand(program, ctx);
  registerPlanDraftCommand(program, ctx);
  registerTemplateCommand(program, ctx);
  registerValidateCommand(program, ctx);
  registerScoreCommand(program, ctx);
  registerRankCommand(program, ctx);
  registerTrendCommand(program, ctx);
  registerCollectCommand(program, ctx);
  registerAuthCommands(program, ctx);
  registerDeadlinesCommand(program, ctx);
  registerPortalCommand(program, ctx);
  // Sub-commands inherit the error handling and the output streams.
  for (const command of program.commands) {
    command.exitOverride().configureOutput(program.configureOutput());
  }
  return program;
}

/** One line in Vietnamese and English on stderr; the exit code that goes with it. */
function reportFailure(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) {
    // --help and --version end the parse with an "error" that is not one.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' || error.exitCode === 0) return 0;
    writeError(io, msg('cli.usage', { detail: error.message.replace(/^error:\s*/i, '') }));
    return 2;
  }
  if (error instanceof CliError) {
    writeError(io, error.detail);
    for (const line of error.details) io.stderr(line + '\n');
    return error.exitCode;
  }
  // An unexpected error's text may quote a request with its token: redacted (cli/sheets/redact.ts).
  writeError(io, msg('cli.internal', { reason: redactSecrets(errorText(error)) }));
  if (io.env.CDS_DEBUG) io.stderr(String((error as Error)?.stack ?? error) + '\n');
  return 2;
}

function writeError(io: CliIo, message: Message): void {
  const text = both(message);
  io.stderr(`Lỗi: ${text.vi} | Error: ${text.en}\n`);
}

if (import.meta.main) {
  const code = await main(process.argv.slice(2));
  // Exit once both streams are flushed: an idle keep-alive socket must not hold the process open.
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

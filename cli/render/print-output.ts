import { printHtml, type PrintDocument } from '../../shared/print/index.ts';
import type { CommandContext } from '../context.ts';
import { GENERATED_MARK, writeOutputFile } from '../io/write-output.ts';
import type { PrintCliOptions } from './print-options.ts';
import { L } from './text.ts';

/**
 * Writes the printout as `--html` and/or `--docx`. The HTML page is replaced only when `cds` wrote
 * it; a Word file is never replaced without `--force` — the officer may have edited it into the
 * Tờ trình.
 */
export async function writePrintouts(ctx: CommandContext, opts: PrintCliOptions & { html?: string; force?: boolean }, doc: PrintDocument): Promise<void> {
  const r = L(ctx.lang);
  if (opts.html !== undefined) {
    const path = await writeOutputFile(ctx.io.cwd, opts.html, printHtml(doc, { extraHead: GENERATED_MARK }), { overwrite: opts.force ? 'always' : 'own' });
    ctx.io.stdout(r('cli.html.written', { path }) + '\n');
  }
  if (opts.docx !== undefined) {
    // docx is loaded only when a Word file is asked for (issue 8 §4: `cds` starts without it).
    const { printDocx } = await import('./docx-print.ts');
    const path = await writeOutputFile(ctx.io.cwd, opts.docx, await printDocx(doc), { overwrite: opts.force ? 'always' : 'never' });
    ctx.io.stdout(r('print.docx.written', { path }) + '\n');
  }
}

import type { Command } from 'commander';
import { extname } from 'node:path';
import { indicatorById, indicators } from '../../shared/data/index.ts';
import { comparatorSymbol } from '../../shared/score/compare.ts';
import { draftPlan, type PlanDraft } from '../../shared/plan/draft/index.ts';
import { draftToGrid } from '../../shared/plan/draft/to-plan.ts';
import { oneLine } from '../../shared/plan/draft/context.ts';
import type { CommandContext } from '../context.ts';
import { cliError } from '../errors.ts';
import { readPlanDocument } from '../io/plan-document.ts';
import { writeOutputFile } from '../io/write-output.ts';
import { L } from '../render/text.ts';

interface DraftOptions {
  json?: boolean;
  out?: string;
  force?: boolean;
}

/**
 * `cds plan draft <file.txt|.docx|.pdf>`: proposes a plan from the document's own text, every row
 * with its quote. A draft is printed or written as a plan table for review — never scored.
 */
export function registerPlanDraftCommand(program: Command, ctx: CommandContext): void {
  const plan = program.commands.find((c) => c.name() === 'plan');
  const parent = plan ?? program;
  parent
    .command('draft')
    .description('đọc văn bản kế hoạch, đề xuất bản nháp / propose a draft plan from the plan document (.txt, .docx, .pdf)')
    .argument('<file>', 'văn bản kế hoạch / the plan document')
    .option('--json', 'xuất JSON / JSON output')
    .option('--out <file>', 'ghi bảng kế hoạch để xem lại (.xlsx hoặc .csv) / write the draft as a plan table for review')
    .option('--force', 'ghi đè tệp đã có / replace an existing file')
    .action(async (file: string, own: DraftOptions, command: Command) => {
      // `plan` has its own --json: commander gives a flag to the parent too, so read both levels.
      const opts = { ...command.optsWithGlobals<DraftOptions>(), ...own };
      if (opts.out !== undefined) {
        const ext = extname(opts.out).toLowerCase();
        if (ext !== '.xlsx' && ext !== '.csv') throw cliError('cli.draft.bad-out', { path: opts.out });
      }
      const doc = await readPlanDocument(ctx.io.cwd, file);
      const draft = draftPlan(doc.text, { indicators });
      if (opts.out !== undefined) {
        const pg = draftToGrid(draft, indicatorById);
        // The table writers (exceljs) load only when a file is asked for: `cds --help` stays light.
        const writers = await import('../io/plan-table-xlsx.ts');
        const data = extname(opts.out).toLowerCase() === '.xlsx' ? await writers.planTableXlsx(pg) : writers.planTableCsv(pg.grid);
        await writeOutputFile(ctx.io.cwd, opts.out, data, { overwrite: opts.force === true ? 'always' : 'never' });
      }
      if (opts.json) ctx.io.stdout(JSON.stringify(draft, null, 2) + '\n');
      else ctx.io.stdout(draftText(draft, ctx));
      if (opts.out !== undefined) {
        ctx.io.stderr(L(ctx.lang)('cli.draft.written', { path: opts.out, targets: draft.targets.length, deadlines: draft.deadlines.length, awards: draft.awards.length }) + '\n');
      }
    });
}

function pct(value: number | true, unit: string, unitLabel: string | null): string {
  if (value === true) return 'có';
  return unit === 'percent' ? `${String(value).replace('.', ',')}%` : `${value}${unitLabel ? ` ${unitLabel}` : ''}`;
}

/** The draft for a person: each proposed row, then its quote and line, so it can be checked. */
export function draftText(draft: PlanDraft, ctx: CommandContext): string {
  const r = L(ctx.lang);
  const unknown = r('cli.draft.unknown');
  const out: string[] = [];
  out.push(`━━ ${r('cli.draft.heading')} ━━`);
  if (draft.title) out.push(draft.title.vi);
  out.push(
    r('cli.draft.meta', {
      issuer: draft.issuer ?? unknown,
      level: draft.level ? r(`score.level.${draft.level}`) : unknown,
      number: draft.issued.number ?? unknown,
      date: draft.issued.date ? draft.issued.date.split('-').reverse().join('/') : unknown,
      period: draft.period?.label ?? unknown,
    }),
  );
  for (const w of draft.warnings) out.push(`! ${w[ctx.lang]}`);
  out.push('', r('cli.draft.targets', { count: draft.targets.length }));
  draft.targets.forEach((t, i) => {
    const facts = [
      t.level ? r(`score.level.${t.level}`) : null,
      t.year !== null ? r('cli.draft.year', { year: String(t.year) }) : null,
      t.note,
      t.soft ? r('cli.draft.soft') : null,
      t.match ? r('cli.draft.match', { id: t.match.indicatorId, score: Math.round(t.match.score * 100) }) : r('cli.draft.local'),
    ].filter(Boolean);
    out.push(`${String(i + 1).padStart(2, ' ')}. ${comparatorSymbol(t.comparator)} ${pct(t.value, t.unit, t.unitLabel)} — ${t.label.vi}`);
    out.push(`    ${facts.join(' · ')}`);
    out.push(`    ${r('cli.draft.quote', { line: t.source.line })}: “${clip(oneLine(t.source.quote))}”`);
  });
  out.push('', r('cli.draft.deadlines', { count: draft.deadlines.length }));
  for (const d of draft.deadlines) {
    const when = d.date ? d.date.split('-').reverse().join('/') : d.yearly ? r('cli.draft.yearly', { day: String(d.yearly.day), month: String(d.yearly.month) }) : unknown;
    out.push(` - ${d.kind === 'before' ? (ctx.lang === 'vi' ? 'trước ' : 'before ') : ''}${when}: ${clip(d.label.vi)} (${r('cli.draft.quote', { line: d.source.line })})`);
  }
  out.push('', r('cli.draft.awards', { count: draft.awards.length }));
  for (const a of draft.awards) {
    const facts = [
      a.form,
      a.minPercent !== null ? r('cli.draft.min-percent', { min: a.minPercent }) : null,
      a.quota ? r('cli.draft.quota', { collective: a.quota.collective ?? '—', individual: a.quota.individual ?? '—' }) : null,
      a.proposal ? r('cli.draft.proposal') : null,
    ].filter(Boolean);
    out.push(` - ${facts.join(' · ')} (${r('cli.draft.quote', { line: a.source.line })}: “${clip(oneLine(a.source.quote))}”)`);
  }
  return out.join('\n') + '\n';
}

function clip(s: string, max = 160): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

// Many reports at once (a district's folder, a list of spreadsheets): which of them are ranked.
// One report per unit and period: the same unit and period twice is an error naming every copy
// (never two entries taking two award places); a template with no figure is "chưa điền"; of a
// unit's several periods only the latest (or the `--period` asked) is ranked, and the command
// says so.
import { msg } from '../../shared/messages/index.ts';
import type { Message } from '../../shared/schema/issue.ts';
import { comparePeriods, parsePeriod, type Period } from '../../shared/period/period.ts';
import { cliError } from '../errors.ts';
import { unitKeyResolver } from '../../shared/unit/identity.ts';
import type { UnitResult } from './analyse.ts';

export interface Selection {
  /** Every unit, in input order: the chosen ones untouched, the others with `error` or `setAside` set. */
  units: UnitResult[];
  /** What the officer must know about the choice (latest period only, `--period`). */
  notes: Message[];
}

/** Where a report came from, as the officer recognises it: file (or spreadsheet title) and sheet. */
export function sourceText(u: Pick<UnitResult, 'label' | 'title' | 'sheet'>): string {
  return [u.label, u.title, u.sheet].filter((x) => x !== null && x !== '').join(' · ');
}

const unitName = (u: { name: string | null; code: string | null }): string => (u.name && u.code ? `${u.name} (${u.code})` : (u.name ?? u.code ?? '?'));

const fail = (u: UnitResult, error: Message): UnitResult => ({ ...u, error, scorecard: null, valid: false });

export function selectReports(units: readonly UnitResult[], opts: { period?: Period } = {}): Selection {
  const out = [...units];
  const readable: number[] = [];
  units.forEach((u, i) => {
    if (u.error !== null || u.report === null) return;
    if (u.blank) out[i] = fail(u, msg('multi.blank', {}));
    else readable.push(i);
  });

  const resolve = unitKeyResolver(readable.map((i) => units[i]!.report!.unit));
  const groups = new Map<string, number[]>();
  for (const i of readable) {
    const key = resolve(units[i]!.report!.unit) ?? `#${i}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  }

  let older = 0;
  let otherPeriod = 0;
  for (const members of groups.values()) {
    // The same unit and period more than once: every copy is an error naming all of them.
    const byPeriod = new Map<string, number[]>();
    for (const i of members) {
      // Reports whose period cannot be read are not duplicates of each other: they fail below.
      const key = units[i]!.period?.key ?? `none#${i}`;
      byPeriod.set(key, [...(byPeriod.get(key) ?? []), i]);
    }
    const single: number[] = [];
    for (const same of byPeriod.values()) {
      if (same.length === 1) {
        single.push(same[0]!);
        continue;
      }
      const first = units[same[0]!]!;
      const files = same.map((i) => sourceText(units[i]!)).join('; ');
      const period = first.period?.label.vi ?? first.report?.period ?? '—';
      for (const i of same) out[i] = fail(units[i]!, msg('multi.duplicate', { unit: unitName(first.report!.unit), period, files }));
    }
    if (members.length === 1 && !opts.period) continue;

    // Several periods: a report whose period cannot be read cannot be put in order.
    const dated: number[] = [];
    for (const i of single) {
      const u = units[i]!;
      if (u.period) dated.push(i);
      else if (members.length > 1 || opts.period) out[i] = fail(u, u.periodIssue?.message ?? msg('period.blank', { a1: '' }));
    }
    if (opts.period) {
      for (const i of dated) {
        const p = units[i]!.period!;
        if (p.key === opts.period.key) continue;
        out[i] = { ...out[i]!, setAside: msg('multi.other-period', { period: p.label.vi, periodEn: p.label.en, asked: opts.period.label.vi, askedEn: opts.period.label.en }) };
        otherPeriod++;
      }
      continue;
    }
    let latest: number | null = null;
    for (const i of dated) if (latest === null || comparePeriods(units[i]!.period!, units[latest]!.period!) > 0) latest = i;
    for (const i of dated) {
      if (i === latest) continue;
      const p = units[i]!.period!;
      const l = units[latest!]!.period!;
      out[i] = { ...out[i]!, setAside: msg('multi.older-period', { period: p.label.vi, periodEn: p.label.en, latest: l.label.vi, latestEn: l.label.en }) };
      older++;
    }
  }
  const notes: Message[] = [];
  if (opts.period) notes.push(msg('multi.period-note', { period: opts.period.label.vi, periodEn: opts.period.label.en, count: otherPeriod }));
  else if (older > 0) notes.push(msg('multi.latest-note', { count: older }));
  return { units: out, notes };
}

/** `--period "Quý 3/2025"`: the period to rank; a text that is not a period stops the command (exit 2). */
export function parsePeriodOption(value: string | undefined): Period | undefined {
  if (value === undefined) return undefined;
  const parsed = parsePeriod(value);
  if (!parsed.ok) throw cliError('multi.bad-period-option', { value });
  return parsed.period;
}

/** A unit that counts for the exit code: not set aside on purpose, and failed or with errors. */
export function hasProblem(u: UnitResult): boolean {
  return u.setAside === null && (u.error !== null || !u.valid);
}

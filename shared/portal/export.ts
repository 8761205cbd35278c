// The popup's "copy as text" and "export CSV" of one unit's portal figures. Pure string builders.
import type { Lang } from '../messages/index.ts';
import type { PortalPanelView } from './panel-view.ts';
import type { PortalSummary } from './summary.ts';

/** Plain text an officer can paste into a message or a report. */
export function panelText(view: PortalPanelView): string {
  const lines: string[] = [view.title];
  if (view.unitText) lines.push(view.unitText);
  lines.push(view.readAtText ?? view.periodText);
  if (view.planTitle) lines.push(view.planTitle);
  for (const n of view.notices) lines.push(`! ${n}`);
  if (view.message) lines.push(view.message);
  if (view.total) lines.push('', `${view.total.text} — ${view.total.rankText}`);
  for (const g of view.groups) lines.push(`- ${g.label}: ${g.text}`);
  if (view.targets.length > 0) {
    lines.push('');
    for (const i of view.targets) {
      lines.push(`- ${i.label}: ${i.actualText} / ${i.targetText} — ${i.statusLabel}${i.gapText ? ` (${i.gapText})` : ''}`);
    }
  }
  if (view.priorities.length > 0) {
    lines.push('');
    for (const p of view.priorities) lines.push(`+ ${p.text}`);
  }
  return lines.join('\n');
}

/** A CSV cell: quoted when needed, and a leading = + - @ made inert so a spreadsheet never runs it. */
export function csvCell(v: string | number | boolean | null): string {
  if (v === null) return '';
  let s = typeof v === 'number' ? String(v) : String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const HEADER = {
  vi: ['Phần', 'Mã', 'Tử số', 'Mẫu số', 'Tỷ lệ (%)', 'Điểm', 'Tối đa', 'Mục tiêu', 'Đạt'],
  en: ['Section', 'Code', 'Numerator', 'Denominator', 'Ratio (%)', 'Score', 'Max', 'Target', 'Met'],
};

/**
 * One CSV file: the total, the six groups, every metric and every target of the plan. Numbers are
 * written with a dot (machine-readable); the header row is in the chosen language; UTF-8 with BOM
 * so Excel reads the Vietnamese.
 */
export function summaryCsv(s: PortalSummary, lang: Lang): string {
  const rows: (string | number | boolean | null)[][] = [HEADER[lang]];
  rows.push(['unit', s.unit.code, null, null, null, null, null, s.unit.name, null]);
  rows.push(['period', s.period, null, null, null, null, null, null, null]);
  rows.push(['total', 'TOTAL', null, null, null, s.total.score, s.total.max, s.total.rank === null ? null : `rank ${s.total.rank}`, null]);
  for (const g of s.groups) rows.push(['group', g.code, null, null, null, g.score, g.max, null, null]);
  for (const m of s.metrics) rows.push(['metric', m.code, m.numerator, m.denominator, m.ratio === null ? null : round(m.ratio), m.score === null ? null : round(m.score), m.max, null, null]);
  for (const x of s.targets) {
    rows.push(['target', x.targetId, null, null, typeof x.actual === 'number' ? round(x.actual) : x.actual, null, null, x.target, x.met]);
  }
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const round = (n: number) => Math.round(n * 10000) / 10000;


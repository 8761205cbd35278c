import type { AwardCondition, AwardLeafCondition } from '../../schema/plan.ts';
import { readNumberText } from '../../parse/number.ts';
import { cleanText, foldWords } from '../../parse/text.ts';
import { COMPARATOR_SYMBOL, parseComparator } from './words.ts';
import { frozenSet } from '../../frozen.ts';

// The award conditions as typed in the KHEN THƯỞNG table's text cells (one condition a line, ids
// separated by commas, groups as "một trong: A; B"). planToGrid writes the same forms.

const CODE = /^[A-Za-z0-9_.-]+$/;

/** `CODE ≥ 90 — label`: a reported value compared with a threshold. */
export function parseIndicatorCondition(line: string, english: string | undefined): Extract<AwardCondition, { kind: 'indicator' }> | null {
  const m = /^\s*([A-Za-z0-9_.-]+)\s*(≥|>=|=>|>|==|=|≤|<=|=<|<)\s*([0-9][0-9.,]*)\s*%?\s*(?:[—–:|-]\s*([\s\S]+))?$/u.exec(line);
  if (m === null) return null;
  const comparator = parseComparator(m[2]!);
  const value = readNumberText(m[3]!);
  if (comparator === undefined || Number.isNaN(value)) return null;
  const vi = m[4]?.trim() || `${m[1]} ${COMPARATOR_SYMBOL[comparator]} ${m[3]}`;
  return { kind: 'indicator', code: m[1]!, comparator, value, label: { vi, en: english?.trim() || vi } };
}

const LEAF_NUMBER = String.raw`\s*(?:≥|>=|=>)\s*([0-9][0-9.,]*)\s*%?\s*$`;
const MIN_PERCENT = new RegExp(String.raw`^(?:điểm|diem|points)` + LEAF_NUMBER, 'iu');
const MIN_TARGETS = new RegExp(String.raw`^(?:chỉ tiêu đạt|chi tieu dat|targets met)` + LEAF_NUMBER, 'iu');
const ALL_TARGETS_WORDS = frozenSet(['dat moi chi tieu', 'dat tat ca chi tieu', 'all targets met']);
const RESULTS_WORDS = frozenSet(['xet theo ket qua', 'tinh theo ket qua', 'results count']);

/** One condition in a group: `điểm ≥ 80%`, `chỉ tiêu đạt ≥ 80%`, `đạt mọi chỉ tiêu`, `xét theo kết quả`, `CODE ≥ 90`, or a criterion id. */
export function parseLeafCondition(text: string): AwardLeafCondition | null {
  const s = cleanText(text);
  let m = MIN_PERCENT.exec(s);
  if (m !== null) return percentLeaf('min-percent', m[1]!);
  m = MIN_TARGETS.exec(s);
  if (m !== null) return percentLeaf('min-targets-met', m[1]!);
  const words = foldWords(s);
  if (ALL_TARGETS_WORDS.has(words)) return { kind: 'all-targets-met' };
  if (RESULTS_WORDS.has(words)) return { kind: 'results-count' };
  const indicator = parseIndicatorCondition(s, undefined);
  if (indicator !== null) {
    // "CODE ≥ 90 — nhãn | label": a group line carries the English after a bar.
    const bar = indicator.label.vi.indexOf(' | ');
    if (bar < 0) return indicator;
    return { ...indicator, label: { vi: indicator.label.vi.slice(0, bar).trim(), en: indicator.label.vi.slice(bar + 3).trim() } };
  }
  return CODE.test(s) ? { kind: 'criterion', criterionId: s } : null;
}

function percentLeaf(kind: 'min-percent' | 'min-targets-met', text: string): AwardLeafCondition | null {
  const min = readNumberText(text);
  return Number.isNaN(min) || min < 0 || min > 100 ? null : { kind, min };
}

/** `một trong: A; B` (one-of, at least two) or `tất cả: A; B` (all-of). */
export function parseGroupLine(line: string, vi: string | undefined, en: string | undefined): Extract<AwardCondition, { kind: 'one-of' | 'all-of' }> | null {
  const m = /^\s*(một trong|mot trong|one of|tất cả|tat ca|all of)\s*:\s*(.+)$/iu.exec(line);
  if (m === null) return null;
  const kind = /^(một|mot|one)/iu.test(m[1]!) ? 'one-of' : 'all-of';
  const leaves = m[2]!.split(';').map((s) => s.trim()).filter((s) => s !== '').map(parseLeafCondition);
  if (leaves.some((l) => l === null) || leaves.length < (kind === 'one-of' ? 2 : 1)) return null;
  const label = vi === undefined ? undefined : { vi, en: en ?? vi };
  return { kind, conditions: leaves as AwardLeafCondition[], ...(label ? { label } : {}) };
}


export function splitList(text: string | undefined): string[] {
  if (text === undefined) return [];
  return text.split(/[,;\n]+/).map((s) => s.trim()).filter((s) => s !== '');
}

export function splitLines(text: string | undefined): string[] {
  if (text === undefined) return [];
  return text.split(/\r?\n/).map((s) => s.trim()).filter((s) => s !== '');
}

/** One condition a line; a single line may also hold several separated by `;` when each reads. */
export function splitConditions(text: string | undefined): string[] {
  const lines = splitLines(text);
  return lines.flatMap((line) => {
    const parts = line.split(';').map((s) => s.trim()).filter((s) => s !== '');
    return parts.length > 1 && parts.every((p) => parseIndicatorCondition(p, undefined) !== null) ? parts : [line];
  });
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISSUE_CODES, isRegisteredWording } from '../../../shared/validate/issue-codes.ts';
import { cellIssue, reportIssue } from '../../../shared/validate/issue.ts';
import { hasMessage } from '../../../shared/messages/index.ts';
import { messages as parseTexts } from '../../../shared/messages/parse.ts';
import { messages as validateTexts } from '../../../shared/messages/validate.ts';
import { messages as planTexts } from '../../../shared/messages/plan.ts';
import { messages as planTableTexts } from '../../../shared/messages/plan-table.ts';
import { checkPlan, getPlan } from '../../../shared/data/index.ts';
import { check, communeGrid } from './helpers.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

// The core's source, without the catalogues and the registry itself (they name every code and key).
const sources = sourceFiles('shared')
  .filter((f) => !f.startsWith(join('shared', 'messages')) && !f.endsWith('issue-codes.ts'))
  .map((f) => ({ file: f, code: readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1') }));

/** Codes the source hands to an issue constructor, or writes as the `code` of an issue-shaped object. */
function raisedCodes(): Map<string, string> {
  const found = new Map<string, string>();
  const constructors = [
    /\b(?:cellIssue|reportIssue|planIssue|tableIssue|this(?:\.r)?\.add)\(\s*'([a-z][a-z0-9-]*)'/g,
    /\bthis(?:\.r)?\.cellError\(\s*[\w.]+\s*,\s*'([a-z][a-z0-9-]*)'/g,
  ];
  for (const { file, code } of sources) {
    for (const re of constructors) for (const m of code.matchAll(re)) found.set(m[1]!, file);
    // `code: 'x'`, `code: cond ? 'x' : 'y'`, `code: 'x' | 'y'`: kebab-case literals only (metric codes are upper case).
    for (const m of code.matchAll(/\bcode:\s*([^,\n;}]*)/g)) {
      for (const lit of m[1]!.matchAll(/'([a-z][a-z0-9]*(?:-[a-z0-9]+)+)'/g)) found.set(lit[1]!, file);
    }
  }
  return found;
}

describe('issue-code registry', () => {
  const registry = ISSUE_CODES as Record<string, readonly string[]>;

  it('lists every code the core raises', () => {
    const raised = raisedCodes();
    expect(raised.size).toBeGreaterThan(40);
    const missing = [...raised].filter(([code]) => !(code in registry)).map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });

  it('lists no code the core no longer raises', () => {
    const stale = Object.keys(registry).filter((code) => !sources.some((s) => s.code.includes(`'${code}'`)));
    expect(stale).toEqual([]);
  });

  it('words every code with keys that have a Vietnamese and an English text', () => {
    const unknown = Object.entries(registry).flatMap(([code, keys]) => keys.filter((k) => !hasMessage(k)).map((k) => `${code} → ${k}`));
    expect(unknown).toEqual([]);
    for (const keys of Object.values(registry)) expect(keys.length).toBeGreaterThan(0);
  });

  it('gives every issue text of the core a code (no orphan wording)', () => {
    const issueTexts = [parseTexts, validateTexts, planTexts, planTableTexts]
      .flatMap((c) => Object.keys(c))
      // The plan-table area also holds the surfaces' import/export texts, which are not issues.
      .filter((k) => !/^plan-table\.(cli|ext)\./.test(k));
    const worded = new Set(Object.values(registry).flat());
    expect(issueTexts.length).toBeGreaterThan(50);
    expect(issueTexts.filter((k) => !worded.has(k))).toEqual([]);
  });

  it('matches what validation and the plan check really raise', () => {
    const grid = communeGrid(
      { T1: { numerator: 60, denominator: 50, value: '0,855' }, T2: { numerator: 70, denominator: '#REF!' }, T3: { value: '2,5%' }, T4: { value: 'có lẽ' }, C1: {} },
      [['T1', '', '', '', 1, '', ''], ['ZZ', '', '', '', 1, '', ''], ['', '', 1, '', '', '', '']],
    );
    grid[3]![1] = 'thành phố';
    grid[5]![1] = 'khac';
    const previous = check(communeGrid({ T1: { value: 10 } }), []).report;
    const reportIssues = check(grid, null, { previous }).issues;

    const json = JSON.parse(JSON.stringify(getPlan('van-phuc-2023-2025')));
    json.targets[0].indicatorId = 'x';
    json.criteria[0].id = json.targets[1].id;
    json.awards[0].conditions[0].criterionId = 'nope';
    json.targets[2].value = 5;
    json.targets[0].value = true;
    const planIssues = checkPlan(json).issues;
    const schemaIssues = checkPlan({ ...json, level: 'planet', targets: 'none' }).issues;

    const all = [...reportIssues, ...planIssues, ...schemaIssues];
    expect(reportIssues.length).toBeGreaterThan(8);
    expect(planIssues.length).toBeGreaterThanOrEqual(5);
    expect(schemaIssues.length).toBeGreaterThan(0);
    const unregistered = all.filter((i) => !isRegisteredWording(i.code, i.message.key)).map((i) => `${i.code} → ${i.message.key}`);
    expect(unregistered).toEqual([]);
  });

  it('ties the pair in the issue constructors: a drifting key is a type error (npm run typecheck)', () => {
    const location = { sheet: 'Báo cáo', row: 9, column: 3, a1: 'C9', field: 'Tử số' };
    const right = cellIssue('zero-denominator', 'info', { raw: 0, location }, 'T1', 'validate.zero-denominator-policy', {});
    expect(isRegisteredWording(right.code, right.message.key)).toBe(true);
    // @ts-expect-error — 'validate.negative-value' is not a wording of 'zero-denominator'
    const wrong = reportIssue('zero-denominator', 'info', location, null, 'validate.negative-value', {});
    expect(isRegisteredWording(wrong.code, wrong.message.key)).toBe(false);
    // @ts-expect-error — an unregistered code
    const unknown = reportIssue('no-such-code', 'info', location, null, 'validate.negative-value', {});
    expect(isRegisteredWording(unknown.code, unknown.message.key)).toBe(false);
  });

  it('refuses a wording the registry does not list', () => {
    expect(isRegisteredWording('zero-denominator', 'validate.zero-denominator-policy')).toBe(true);
    expect(isRegisteredWording('zero-denominator', 'validate.negative-value')).toBe(false);
    expect(isRegisteredWording('no-such-code', 'validate.negative-value')).toBe(false);
  });
});

// Terminal output that fits the terminal (issue 12 §2): tables and text within $COLUMNS, stacked
// rows when narrow, words never cut, no raw portal codes, the next deadline always named.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderTable } from '../../cli/render/table.ts';
import { displayWidth, fitLine, terminalWidth, wrapText } from '../../cli/render/width.ts';
import { indicatorById, indicators } from '../../shared/data/index.ts';
import { ENDPOINTS, parsePortalPayload } from '../../shared/portal/index.ts';
import { metricLabel } from '../../shared/portal/metric-label.ts';
import { runCli } from './helpers.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const PORTAL = join(ROOT, 'tests/fixtures/portal');
const cli = (argv: string[], env: Record<string, string> = {}) => runCli(argv, { cwd: ROOT, env });
const widest = (text: string) => Math.max(...text.split('\n').map(displayWidth));
const RAW_CODE = /\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+\b/;

describe('terminal width', () => {
  it('reads $COLUMNS, else 80 when not a TTY', () => {
    expect(terminalWidth({ env: { COLUMNS: '100' }, isTTY: false })).toBe(100);
    expect(terminalWidth({ env: {}, isTTY: false })).toBe(80);
    expect(terminalWidth({ env: { COLUMNS: 'wide' }, isTTY: false })).toBe(80);
    expect(terminalWidth({ env: { COLUMNS: '10' }, isTTY: false })).toBe(30);
  });

  it('counts combining accents as nothing and wide characters as two', () => {
    expect(displayWidth('Cương')).toBe(5);
    expect(displayWidth('Cu\u031b\u0301o\u031bng')).toBe(5);
    expect(displayWidth('漢字')).toBe(4);
  });

  it('wraps between words: every word survives whole and no line passes the width', () => {
    const word = fc.stringMatching(/^[a-zA-Zàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễđ]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), fc.integer({ min: 12, max: 90 }), (words, width) => {
        const lines = wrapText(words.join(' '), width);
        for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(width);
        expect(lines.join(' ').split(' ')).toEqual(words);
      }),
    );
  });

  it('cuts a path or an id longer than the line after a separator, never inside a name', () => {
    expect(wrapText('samples/ninh-hai-2023/ho-hai.csv', 14)).toEqual(['samples/', 'ninh-hai-2023/', 'ho-hai.csv']);
    expect(wrapText('hai-an-2025-2030', 14)).toEqual(['hai-an-2025-', '2030']);
    expect(wrapText('ORIGINAL_RESULT_AVAILABLE', 14)).toEqual(['ORIGINAL_', 'RESULT_', 'AVAILABLE']);
    // nothing to cut after: cut at the width, every character kept
    expect(wrapText('abcdefghijklmnopqrstuvwxyz', 10)).toEqual(['abcdefghij', 'klmnopqrst', 'uvwxyz']);
    const id = fc.stringMatching(/^[a-z0-9]{1,9}([-_/.][a-z0-9]{1,9}){0,5}$/);
    fc.assert(
      fc.property(id, fc.integer({ min: 4, max: 20 }), (word, width) => {
        const lines = wrapText(word, width);
        expect(lines.join('')).toBe(word);
        for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(width);
      }),
    );
  });

  it('indents a wrapped bullet under its text', () => {
    const lines = fitLine('  • Tỷ lệ hồ sơ thủ tục hành chính có cấp kết quả giải quyết điện tử', 30);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]!.startsWith('  • ')).toBe(true);
    for (const l of lines.slice(1)) expect(l.startsWith('    ')).toBe(true);
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(30);
  });

  it('gives the text column the room and stacks the rows when even that does not fit', () => {
    const head = ['Mã', 'Chỉ tiêu', 'Thực hiện', 'Mục tiêu', 'Mức đạt'];
    const rows = [['TC-01', 'Văn bản điện tử gửi, nhận giữa các cơ quan hành chính nhà nước được ký số', '100%', '≥ 100%', { bar: 100 }]];
    const wide = renderTable(head, rows, { prefer: [10, 34, 12, 10, 12], align: [], width: 80 });
    expect(wide).toContain('┬');
    expect(widest(wide)).toBeLessThanOrEqual(80);
    const narrow = renderTable(head, rows, { prefer: [10, 34, 12, 10, 12], align: [], width: 40 });
    expect(narrow).not.toContain('┬');
    expect(narrow).toContain('Mã: TC-01');
    expect(narrow).toContain('Mục tiêu: ≥ 100%');
    expect(widest(narrow)).toBeLessThanOrEqual(40);
  });
});

describe('cds output fits $COLUMNS', () => {
  it.each([60, 80, 120])('score samples/reports at COLUMNS=%i: no line wider', async (columns) => {
    const run = await cli(['score', 'samples/reports'], { COLUMNS: String(columns) });
    expect(run.stdout).toContain('Tổng điểm');
    expect(widest(run.stdout)).toBeLessThanOrEqual(columns);
    if (columns === 60) expect(run.stdout).toMatch(/^Chỉ tiêu: /m); // items stacked
    if (columns === 120) expect(run.stdout).toMatch(/│ Chỉ tiêu\s+│/); // items as a table
  });

  it('defaults to 80 columns when not a TTY', async () => {
    const run = await cli(['score', 'samples/reports']);
    expect(widest(run.stdout)).toBeLessThanOrEqual(80);
    expect(widest(run.stdout)).toBeGreaterThan(60);
  });

  it.each([60, 80])('plan and validate at COLUMNS=%i: no line wider, every word of the plan kept', async (columns) => {
    const words = { 'ninh-hai-2023': 'Ghi chú: Không quá 03 tập thể (IV.3).', 'qd766-national': 'Văn bản: QĐ 766/QĐ-TTg ngày 23/6/2022' };
    for (const [id, sentence] of Object.entries(words)) {
      const run = await cli(['plan', id], { COLUMNS: String(columns) });
      expect(run.code).toBe(0);
      expect(widest(run.stdout)).toBeLessThanOrEqual(columns);
      // wrapped between words only: the sentence reads the same with its line breaks made spaces
      expect(run.stdout.replace(/\s+/g, ' ')).toContain(sentence);
    }
    // the plan ids an officer types back (`--plan …`) are never cut, in the table or stacked
    const list = await cli(['plans'], { COLUMNS: String(columns) });
    expect(widest(list.stdout)).toBeLessThanOrEqual(columns);
    for (const id of ['van-phuc-2023-2025', 'hai-an-2025-2030', 'qd766-national']) expect(list.stdout).toMatch(new RegExp(`(│ |: )${id}( |$)`, 'm'));
    const validate = await cli(['validate', 'samples/reports'], { COLUMNS: String(columns) });
    expect(validate.stdout).toContain('hung-dao-2023');
    expect(widest(validate.stdout)).toBeLessThanOrEqual(columns);
  });

  it.each([50, 80])('rank at COLUMNS=%i: no line wider, errors and awards still shown', async (columns) => {
    const run = await cli(['rank', 'samples/ninh-hai-2023', '--plan', 'ninh-hai-2023'], { COLUMNS: String(columns) });
    expect(run.stdout).toContain('Hộ Hải');
    expect(widest(run.stdout)).toBeLessThanOrEqual(columns);
  });
});

describe('cds portal names every metric', () => {
  const files = readdirSync(PORTAL).filter((f) => f.endsWith('.json') && !f.includes('request'));

  it('prints no raw metric code in Vietnamese or English, within 80 columns', async () => {
    for (const lang of ['vi', 'en']) {
      const run = await cli(['--lang', lang, 'portal', ...files.map((f) => join(PORTAL, f)), '--unit', 'H44.104'], { COLUMNS: '80' });
      expect(run.stdout).toContain('H44.104');
      expect(run.stdout).not.toMatch(RAW_CODE);
      expect(widest(run.stdout)).toBeLessThanOrEqual(80);
      // a target's status reads on one line, not "– Chưa báo" over "cáo"
      expect(run.stdout).toContain(lang === 'vi' ? '│ – Chưa báo cáo' : '│ – Not reported');
    }
  });

  it('has a Vietnamese and an English label for every metric the fixtures hold', () => {
    let count = 0;
    for (const f of files) {
      const endpoint = [...ENDPOINTS].sort((a, b) => b.length - a.length).find((e) => f.includes(e)) ?? null;
      const parsed = parsePortalPayload(endpoint, JSON.parse(readFileSync(join(PORTAL, f), 'utf8')), undefined, { indicators });
      if (!parsed.ok) continue;
      for (const unit of parsed.units) {
        for (const m of unit.metrics) {
          count++;
          for (const lang of ['vi', 'en'] as const) {
            const label = metricLabel({ code: m.code, endpoint: m.provenance.endpoint }, lang, indicatorById);
            expect(label, `${m.code} ${lang}`).not.toMatch(RAW_CODE);
            expect(label.length).toBeGreaterThan(5);
          }
        }
      }
    }
    expect(count).toBeGreaterThan(10);
  });
});

describe('cds deadlines names the next deadline', () => {
  it('however far it is', async () => {
    const run = await cli(['deadlines', '--plan', 'ninh-hai-2023', '--date', '01/01/2023', '--days', '5']);
    expect(run.stdout).toContain('Không có hạn nào trong vòng 5 ngày');
    expect(run.stdout).toMatch(/Hạn kế tiếp: trước 15\/11\/2023 — .*\(còn 317 ngày\)/s);
    const json = JSON.parse((await cli(['deadlines', '--plan', 'ninh-hai-2023', '--date', '01/01/2023', '--days', '5', '--json'])).stdout);
    expect(json.deadlines).toEqual([]);
    expect(json.next).toMatchObject({ lastDay: '2023-11-14', daysLeft: 317 });
  });

  it('and says when the plan has none left', async () => {
    const run = await cli(['--lang', 'en', 'deadlines', '--plan', 'ninh-hai-2023', '--date', '01/01/2030']);
    expect(run.stdout).toContain('no deadline ahead');
    expect(run.stdout).toContain('15/12/2023');
  });
});

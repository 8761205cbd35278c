import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frozenMap, frozenSet } from '../../shared/frozen.ts';

// The core runs unchanged in a browser, in Apps Script and in Node: no platform API may leak in.
const FORBIDDEN: [RegExp, string][] = [
  // A member access, not the end of a sentence ("… paste only the plan document.").
  [/\b(document|window|navigator)\.[\w$]/, 'DOM'],
  [/\bchrome\.|\bbrowser\./, 'extension API'],
  [/\b(SpreadsheetApp|HtmlService|PropertiesService|LockService|Utilities|Session)\./, 'Apps Script'],
  [/from\s+['"](node:[^'"]+|fs|path|os|child_process|http|https|url|crypto)['"]|\brequire\(/, 'Node'],
  [/from\s+['"](wxt|#imports|googleapis|commander|exceljs|papaparse)[^'"]*['"]/, 'surface library'],
  [/\bprocess\.|\bDate\.now\(|new Date\(\)/, 'process or clock'],
];

// Module-level mutable state: a cache, a scratch flag or a table someone writes to would make the
// core's answer depend on what it was asked before (and on who else shares the module).
const MUTATORS = 'push|pop|shift|unshift|splice|sort|reverse|fill|copyWithin|set|add|delete|clear';

function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

function escapeName(name: string): string {
  return name.replace(/\$/g, '\\$');
}

/**
 * What a module's source keeps as mutable state at the top level: `let`/`var`, a `new Map/Set/
 * WeakMap/WeakSet` (use frozenMap/frozenSet from shared/frozen.ts), or a top-level binding — its
 * own or one it imports — that the module writes to (assignment, ++/--, push/set/add/sort…).
 * Frozen constants read only are fine. A write through a cast (`(X as Map).set`) is not seen here;
 * frozenMap/frozenSet throw on it at run time instead.
 */
function moduleStateLeaks(source: string): string[] {
  const code = withoutComments(source);
  const leaks: string[] = [];
  for (const m of code.matchAll(/^(?:export\s+)?(let|var)\s+([\w$]+)/gm)) leaks.push(`top-level ${m[1]} ${m[2]}`);
  for (const m of code.matchAll(/^(?:export\s+)?const\s+([\w$]+)[^=;]*=\s*new\s+(Map|Set|WeakMap|WeakSet)\b/gm)) {
    leaks.push(`top-level new ${m[2]} ${m[1]}`);
  }
  const names = new Set<string>();
  for (const m of code.matchAll(/^(?:export\s+)?(?:const|let|var)\s+([\w$]+)/gm)) names.add(m[1]!);
  for (const m of code.matchAll(/^import\s+(?:type\s+)?\{([^}]*)\}\s+from/gm)) {
    for (const part of m[1]!.split(',')) {
      const local = part.trim().split(/\s+as\s+/).pop()?.replace(/^type\s+/, '').trim();
      if (local) names.add(local);
    }
  }
  // Declarations of those names (top-level or shadowing locals) are not writes.
  const body = code.replace(/\b(const|let|var|type|interface|class|function)\s+[\w$]+/g, '$1 _');
  for (const name of names) {
    const n = escapeName(name);
    const path = `(?:\\??\\.[\\w$]+|\\[[^\\]\\n]+\\])*`;
    const assigned = new RegExp(`(?<![\\w$.]|[:|&]\\s*)${n}${path}\\s*(?:[-+*/%&|^]|\\?\\?|\\|\\||&&)?=(?![=>])|(?:\\+\\+|--)${n}\\b|(?<![\\w$.])${n}${path}\\s*(?:\\+\\+|--)`);
    const called = new RegExp(`(?<![\\w$.])${n}${path}\\.(?:${MUTATORS})\\(`);
    if (assigned.test(body) || called.test(body)) leaks.push(`top-level ${name} is written to`);
  }
  return leaks;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('shared/ is pure TypeScript', () => {
  const files = sourceFiles('shared');

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)('%s uses no platform API and no clock', (file) => {
    // Comments may mention the forbidden names when explaining why they are not used.
    const code = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
    const leaks = FORBIDDEN.filter(([re]) => re.test(code)).map(([, what]) => what);
    expect(leaks).toEqual([]);
  });

  it.each(files)('%s keeps no mutable state at the top level', (file) => {
    expect(moduleStateLeaks(readFileSync(file, 'utf8'))).toEqual([]);
  });

  // What the source check cannot see (a Map built by a helper function and exported): every
  // exported Map or Set of every module must refuse writes.
  it('exports no Map or Set that can be written to', async () => {
    const writable: string[] = [];
    let tables = 0;
    for (const file of files) {
      const mod = (await import(resolve(file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) {
        if (!(value instanceof Map) && !(value instanceof Set)) continue;
        tables++;
        const probe = Symbol('probe');
        let refused = false;
        try {
          if (value instanceof Map) value.set(probe, probe);
          else value.add(probe);
        } catch {
          refused = true;
        }
        if (!refused) {
          (value as Map<unknown, unknown> | Set<unknown>).delete(probe);
          writable.push(`${file}: ${name}`);
        }
      }
    }
    expect(tables).toBeGreaterThan(3);
    expect(writable).toEqual([]);
  });

  it('catches module-level mutable state when there is some', () => {
    expect(moduleStateLeaks('let sawPercentSign = false;\nexport function f() { sawPercentSign = true; }')).toEqual([
      'top-level let sawPercentSign',
      'top-level sawPercentSign is written to',
    ]);
    expect(moduleStateLeaks('const cache = new WeakMap<object, number>();')).toContain('top-level new WeakMap cache');
    expect(moduleStateLeaks('const LOCATIONS: ReadonlyMap<string, L>\n  = new Map();')).toContain('top-level new Map LOCATIONS');
    expect(moduleStateLeaks('const seen: string[] = [];\nexport function f(x: string) { if (x) seen.push(x); }')).toEqual([
      'top-level seen is written to',
    ]);
    expect(moduleStateLeaks('const counts = { n: 0 };\nexport const f = () => { counts.n++; };')).toEqual(['top-level counts is written to']);
    expect(moduleStateLeaks('const table = {} as Record<string, number>;\nexport function f(k: string) { table[k] = 1; }')).toEqual([
      'top-level table is written to',
    ]);
    expect(moduleStateLeaks("import { LIST } from './x.ts';\nexport function f() { LIST.sort(); }")).toEqual(['top-level LIST is written to']);
    expect(moduleStateLeaks('var old = 1;')).toEqual(['top-level var old']);
  });

  it('lets frozen constants, read-only tables and locals through', () => {
    const clean = [
      "import { frozenMap } from '../frozen.ts';",
      "const WORDS: ReadonlyMap<string, boolean> = frozenMap([['có', true]]);",
      'const LIMITS = Object.freeze({ max: 100 });',
      'const RE = /x/g;',
      'export function f(s: string): number {',
      '  const seen = new Set<string>();',
      '  let n = 0;',
      '  seen.add(s);',
      '  n += LIMITS.max;',
      '  return WORDS.get(s) ? n : 0;',
      '}',
    ].join('\n');
    expect(moduleStateLeaks(clean)).toEqual([]);
  });

  it('frozen tables refuse every write', () => {
    const map = frozenMap([['a', 1]]) as Map<string, number>;
    const set = frozenSet(['a']) as Set<string>;
    expect(() => map.set('b', 2)).toThrow(TypeError);
    expect(() => map.delete('a')).toThrow(TypeError);
    expect(() => map.clear()).toThrow(TypeError);
    expect(() => set.add('b')).toThrow(TypeError);
    expect(() => set.delete('a')).toThrow(TypeError);
    expect(() => set.clear()).toThrow(TypeError);
    expect([map.get('a'), map.size, set.has('a'), set.size, Object.isFrozen(map)]).toEqual([1, 1, true, 1, true]);
  });

  it('catches a leak when there is one', () => {
    const [dom] = FORBIDDEN;
    expect(dom![0].test('const el = document.createElement("div")')).toBe(true);
  });
});

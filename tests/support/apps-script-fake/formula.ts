// A small evaluator for the formulas the add-on writes and officers commonly type: numbers,
// strings, cell references (A1), + - * / ^, comparisons, &, and the functions IF, IFERROR, AND,
// OR, NOT, ISNUMBER, ISBLANK, SUM. Errors propagate as Sheets shows them (#DIV/0!, #VALUE!). A
// formula it cannot parse evaluates to #ERROR!, as Sheets does for a parse error, so a test notices.
//
// Locale-strict: the argument separator is the spreadsheet locale's — "," where the decimal mark
// is ".", ";" where it is "," (and then "0,5" is a number) — and the other one is a parse error.
// Sources: Sheets help "Change locale, time zone…" (formula syntax follows the locale) and the
// per-locale table in gist rtwalz/99f962981e2bd42eacfe97af03a090af (which lists vi_VN with ","
// although vi_VN writes decimals with ","): unverified for vi_VN, so the tests run both modes and
// the add-on writes formulas with no argument separator at all.

export type Scalar = number | string | boolean;
export const ERRORS = ['#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#N/A', '#ERROR!', '#NUM!'] as const;

class FormulaError {
  readonly code: string;
  constructor(code: string) {
    this.code = code;
  }
}

type Token = { kind: 'num' | 'str' | 'ref' | 'name' | 'op' | 'paren' | 'comma'; text: string };

export type ArgumentSeparator = ',' | ';';

function tokenize(src: string, separator: ArgumentSeparator): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) { i++; continue; }
    if (c === '"') {
      let j = i + 1;
      let s = '';
      while (j < src.length) {
        if (src[j] === '"' && src[j + 1] === '"') { s += '"'; j += 2; continue; }
        if (src[j] === '"') break;
        s += src[j];
        j++;
      }
      if (j >= src.length) throw new FormulaError('#ERROR!');
      out.push({ kind: 'str', text: s });
      i = j + 1;
      continue;
    }
    const num = (separator === ',' ? /^\d+(\.\d+)?([eE][+-]?\d+)?/ : /^\d+(,\d+)?([eE][+-]?\d+)?/).exec(src.slice(i));
    if (num) { out.push({ kind: 'num', text: num[0].replace(',', '.') }); i += num[0].length; continue; }
    const word = /^\$?[A-Za-z]+\$?\d*/.exec(src.slice(i));
    if (word) {
      const text = word[0].replace(/\$/g, '');
      out.push({ kind: /^[A-Za-z]+\d+$/.test(text) ? 'ref' : 'name', text: text.toUpperCase() });
      i += word[0].length;
      continue;
    }
    const op = /^(<>|<=|>=|[-+*/^&=<>])/.exec(src.slice(i));
    if (op) { out.push({ kind: 'op', text: op[0] }); i += op[0].length; continue; }
    if (c === '(' || c === ')') { out.push({ kind: 'paren', text: c }); i++; continue; }
    if (c === separator) { out.push({ kind: 'comma', text: ',' }); i++; continue; }
    throw new FormulaError('#ERROR!');
  }
  return out;
}

export type CellReader = (row: number, column: number) => Scalar | '';

function refToRowCol(ref: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]), col];
}

function num(v: Scalar | ''): number {
  if (typeof v === 'number') return v;
  if (v === '') return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if ((ERRORS as readonly string[]).includes(v)) throw new FormulaError(v);
  const n = Number(v);
  if (v.trim() === '' || Number.isNaN(n)) throw new FormulaError('#VALUE!');
  return n;
}

function bool(v: Scalar | ''): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (v === '') return false;
  if ((ERRORS as readonly string[]).includes(v)) throw new FormulaError(v);
  if (/^true$/i.test(v)) return true;
  if (/^false$/i.test(v)) return false;
  throw new FormulaError('#VALUE!');
}

function compare(a: Scalar | '', b: Scalar | '', op: string): boolean {
  for (const v of [a, b]) if (typeof v === 'string' && (ERRORS as readonly string[]).includes(v)) throw new FormulaError(v);
  const x = a === '' && typeof b === 'number' ? 0 : a;
  const y = b === '' && typeof a === 'number' ? 0 : b;
  const c = typeof x === typeof y ? (x < y ? -1 : x > y ? 1 : 0) : typeof x === 'number' ? -1 : 1;
  return op === '=' ? c === 0 : op === '<>' ? c !== 0 : op === '<' ? c < 0 : op === '>' ? c > 0 : op === '<=' ? c <= 0 : c >= 0;
}

export function evaluateFormula(formula: string, read: CellReader, separator: ArgumentSeparator = ','): Scalar | '' {
  try {
    const tokens = tokenize(formula.replace(/^=/, ''), separator);
    let pos = 0;
    const peek = () => tokens[pos];
    const take = () => tokens[pos++]!;
    const expect = (text: string) => {
      const t = take();
      if (!t || t.text !== text) throw new FormulaError('#ERROR!');
    };
    // Lazy arguments so IF only evaluates the branch it takes, as Sheets does.
    type Thunk = () => Scalar | '';
    const parseExpr = (): Thunk => parseCompare();
    const parseCompare = (): Thunk => {
      let left = parseConcat();
      while (peek()?.kind === 'op' && ['=', '<>', '<', '>', '<=', '>='].includes(peek()!.text)) {
        const op = take().text;
        const l = left;
        const r = parseConcat();
        left = () => compare(l(), r(), op);
      }
      return left;
    };
    const parseConcat = (): Thunk => {
      let left = parseAdd();
      while (peek()?.text === '&') {
        take();
        const l = left;
        const r = parseAdd();
        left = () => String(l()) + String(r());
      }
      return left;
    };
    const parseAdd = (): Thunk => {
      let left = parseMul();
      while (peek()?.kind === 'op' && (peek()!.text === '+' || peek()!.text === '-')) {
        const op = take().text;
        const l = left;
        const r = parseMul();
        left = op === '+' ? () => num(l()) + num(r()) : () => num(l()) - num(r());
      }
      return left;
    };
    const parseMul = (): Thunk => {
      let left = parsePow();
      while (peek()?.kind === 'op' && (peek()!.text === '*' || peek()!.text === '/')) {
        const op = take().text;
        const l = left;
        const r = parsePow();
        left =
          op === '*'
            ? () => num(l()) * num(r())
            : () => {
                const a = num(l());
                const b = num(r());
                if (b === 0) throw new FormulaError('#DIV/0!');
                return a / b;
              };
      }
      return left;
    };
    const parsePow = (): Thunk => {
      let left = parseUnary();
      while (peek()?.text === '^') {
        take();
        const l = left;
        const r = parseUnary();
        left = () => num(l()) ** num(r());
      }
      return left;
    };
    const parseUnary = (): Thunk => {
      if (peek()?.text === '-') {
        take();
        const v = parseUnary();
        return () => -num(v());
      }
      if (peek()?.text === '+') {
        take();
        return parseUnary();
      }
      return parsePrimary();
    };
    const parseArgs = (): Thunk[] => {
      expect('(');
      const args: Thunk[] = [];
      if (peek()?.text !== ')') {
        args.push(parseExpr());
        while (peek()?.kind === 'comma') {
          take();
          args.push(parseExpr());
        }
      }
      expect(')');
      return args;
    };
    const parsePrimary = (): Thunk => {
      const t = take();
      if (!t) throw new FormulaError('#ERROR!');
      if (t.kind === 'num') return () => Number(t.text);
      if (t.kind === 'str') return () => t.text;
      if (t.kind === 'ref') {
        const [r, c] = refToRowCol(t.text);
        return () => read(r, c);
      }
      if (t.text === '(') {
        const inner = parseExpr();
        expect(')');
        return inner;
      }
      if (t.kind === 'name') {
        if (t.text === 'TRUE' || t.text === 'FALSE') {
          if (peek()?.text === '(') parseArgs();
          return () => t.text === 'TRUE';
        }
        const args = parseArgs();
        switch (t.text) {
          case 'IF':
            return () => (bool(args[0]!()) ? (args[1] ? args[1]() : true) : args[2] ? args[2]() : false);
          case 'IFERROR':
            // IFERROR(value, [value_if_error]): blank when the second argument is left out.
            return () => {
              try {
                const v = args[0]!();
                if (typeof v === 'string' && (ERRORS as readonly string[]).includes(v)) throw new FormulaError(v);
                return v;
              } catch (e) {
                if (!(e instanceof FormulaError)) throw e;
                return args[1] ? args[1]() : '';
              }
            };
          case 'AND':
            return () => args.every((a) => bool(a()));
          case 'OR':
            return () => args.some((a) => bool(a()));
          case 'NOT':
            return () => !bool(args[0]!());
          case 'ISNUMBER':
            return () => {
              try {
                return typeof args[0]!() === 'number';
              } catch {
                return false;
              }
            };
          case 'ISBLANK':
            return () => args[0]!() === '';
          case 'SUM':
            return () => args.reduce((s, a) => {
              const v = a();
              return s + (typeof v === 'number' ? v : 0);
            }, 0);
          default:
            throw new FormulaError('#NAME?');
        }
      }
      throw new FormulaError('#ERROR!');
    };
    const thunk = parseExpr();
    if (pos !== tokens.length) throw new FormulaError('#ERROR!');
    return thunk();
  } catch (e) {
    if (e instanceof FormulaError) return e.code;
    throw e;
  }
}

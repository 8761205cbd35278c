// Which unit a report is about. Officers write the same commune as "UBND xã Hải An", "Xã Hải An"
// and "xa hai an": a unit is its `Mã đơn vị` when the report gives one, else its name with the
// accents, the "UBND / Ủy ban nhân dân" and "xã / phường / thị trấn" prefixes and the spacing
// taken out. Pure.
import { foldWords } from '../parse/text.ts';

export interface UnitRef {
  code: string | null;
  name: string | null;
}

// Folded prefixes, longest first; repeated ("UBND xã …") so each is dropped in turn.
const PREFIXES = ['uy ban nhan dan', 'ubnd', 'thi tran', 'phuong', 'xa', 'tt', 'p'];

/** The name as a key: "UBND Xã  Hải-An" → "hai an". Empty names stay empty. */
export function normaliseUnitName(name: string): string {
  let s = foldWords(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const p of PREFIXES) {
      // Only a whole word, and never the whole name ("Phường 1" keeps its number; "Xã" alone stays).
      if (s.startsWith(p + ' ') && s.length > p.length + 1) {
        s = s.slice(p.length + 1).trim();
        changed = true;
      }
    }
  }
  return s;
}

/** A unit code as a key: trimmed, upper case, no spaces ("ha 01" = "HA01"). */
export function normaliseUnitCode(code: string): string {
  return foldWords(code).replace(/\s+/g, '').toUpperCase();
}

/** "code:HA01" when the report has a `Mã đơn vị`, else "name:hai an"; null when it has neither. */
export function unitKey(unit: UnitRef): string | null {
  const code = unit.code === null ? '' : normaliseUnitCode(unit.code);
  if (code !== '') return `code:${code}`;
  const name = unit.name === null ? '' : normaliseUnitName(unit.name);
  return name === '' ? null : `name:${name}`;
}

/**
 * Keys for a set of reports read together: a name that some report gives WITH a code resolves to
 * that code, so a report without `Mã đơn vị` joins the same unit's reports that have it. A name
 * given with two different codes stays a name key (two units share it: no guess).
 */
export function unitKeyResolver(units: readonly UnitRef[]): (unit: UnitRef) => string | null {
  const codesByName = new Map<string, Set<string>>();
  for (const u of units) {
    const code = u.code === null ? '' : normaliseUnitCode(u.code);
    const name = u.name === null ? '' : normaliseUnitName(u.name);
    if (code === '' || name === '') continue;
    const set = codesByName.get(name) ?? new Set<string>();
    set.add(code);
    codesByName.set(name, set);
  }
  return (unit) => {
    const own = unitKey(unit);
    if (own === null || own.startsWith('code:')) return own;
    const codes = codesByName.get(own.slice('name:'.length));
    return codes && codes.size === 1 ? `code:${[...codes][0]}` : own;
  };
}

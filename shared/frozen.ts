/**
 * Lookup tables that cannot change once built. `Object.freeze` does not stop `Map#set` or
 * `Set#add`, so module-level tables built with `new Map`/`new Set` would be shared mutable state
 * in a core that must give the same answer to every caller (tests/shared/purity.test.ts forbids
 * them): these throw on every write instead, and are frozen themselves.
 */

function refuse(): never {
  throw new TypeError('frozen lookup table: it cannot be changed');
}

class FrozenMap<K, V> extends Map<K, V> {
  constructor(entries: Iterable<readonly [K, V]>) {
    super();
    for (const [k, v] of entries) super.set(k, v);
    Object.freeze(this);
  }
  override set(): this {
    return refuse();
  }
  override delete(): boolean {
    return refuse();
  }
  override clear(): void {
    refuse();
  }
}

class FrozenSet<T> extends Set<T> {
  constructor(values: Iterable<T>) {
    super();
    for (const v of values) super.add(v);
    Object.freeze(this);
  }
  override add(): this {
    return refuse();
  }
  override delete(): boolean {
    return refuse();
  }
  override clear(): void {
    refuse();
  }
}

/** A Map whose entries are fixed when it is built. */
export function frozenMap<K, V>(entries: Iterable<readonly [K, V]> = []): ReadonlyMap<K, V> {
  return new FrozenMap(entries);
}

/** A Set whose values are fixed when it is built. */
export function frozenSet<T>(values: Iterable<T> = []): ReadonlySet<T> {
  return new FrozenSet(values);
}

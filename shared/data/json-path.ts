/**
 * A zod issue path as people read it in a JSON file: `targets[3].value`, `$` for the whole document.
 * Keys that are not plain identifiers are quoted: `locality["tên xã"]`.
 */
export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out === '' ? '$' : out;
}

// A small badge next to my unit's row in the page's own ranking table, when such a row can be found
// by its code or name text. The portal's markup is unknown: only table cells whose whole text is the
// unit's name or code (or that contain the code as a word) count; no row found means no badge.
export const BADGE_ATTR = 'data-cds-badge';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The first cell that names the unit, or null. */
export function findUnitCell(doc: Document, unit: { code: string | null; name: string | null }): Element | null {
  const name = unit.name ? squash(unit.name) : null;
  const codeWord = unit.code ? new RegExp(`(^|[^\\w.])${escapeRegExp(unit.code.toLowerCase())}($|[^\\w.])`) : null;
  const cells = doc.querySelectorAll('td, th, [role="cell"], [role="gridcell"], [role="rowheader"]');
  for (const cell of cells) {
    if (cell.closest(`[${BADGE_ATTR}]`)) continue;
    // Our own badge's text is not the page's.
    const own = cell.querySelector(`[${BADGE_ATTR}]`)?.textContent ?? '';
    const text = squash((cell.textContent ?? '').replace(own, ''));
    if (!text || text.length > 300) continue;
    if ((name && text === name) || (codeWord && codeWord.test(text))) return cell;
  }
  return null;
}

export function removeBadges(doc: Document): void {
  for (const b of doc.querySelectorAll(`[${BADGE_ATTR}]`)) b.remove();
}

/** Puts (or moves) the badge; styles are inline because the page's stylesheet must not matter. */
export function placeBadge(doc: Document, unit: { code: string | null; name: string | null }, text: string | null): boolean {
  const existing = doc.querySelector<HTMLElement>(`[${BADGE_ATTR}]`);
  if (!text) {
    existing?.remove();
    return false;
  }
  const cell = findUnitCell(doc, unit);
  if (!cell) {
    existing?.remove();
    return false;
  }
  if (existing && existing.parentElement === cell && existing.textContent === text) return true;
  existing?.remove();
  const badge = doc.createElement('span');
  badge.setAttribute(BADGE_ATTR, '');
  badge.setAttribute('role', 'note');
  badge.textContent = text;
  Object.assign(badge.style, {
    display: 'inline-block', marginLeft: '6px', padding: '0 6px', borderRadius: '8px',
    font: '600 11px/1.6 system-ui, sans-serif', color: '#ffffff', background: '#0b5cad', verticalAlign: 'middle',
  });
  cell.append(badge);
  return true;
}

/**
 * Scrolls the page to my unit's row and moves the focus to our badge there (or the row's cell), so
 * the officer sees the portal's own figures for the unit. False when the page shows no such row.
 */
export function showUnitRow(doc: Document, unit: { code: string | null; name: string | null }): boolean {
  const cell = findUnitCell(doc, unit);
  if (!cell) return false;
  const row = cell.closest('tr, [role="row"]') ?? cell;
  row.scrollIntoView({ block: 'center', inline: 'nearest' });
  const badge = cell.querySelector<HTMLElement>(`[${BADGE_ATTR}]`);
  if (badge) {
    badge.tabIndex = -1;
    badge.focus({ preventScroll: true });
    badge.style.outline = '3px solid #bf5700';
    badge.style.outlineOffset = '2px';
    badge.addEventListener('blur', () => { badge.style.outline = ''; }, { once: true });
  }
  return true;
}

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BADGE_ATTR, findUnitCell, placeBadge, removeBadges, showUnitRow } from '../../extension/utils/rank-badge.ts';

function table(rows: string[][]) {
  document.body.innerHTML = '<table id="t"><tbody></tbody></table>';
  const tbody = document.querySelector('tbody')!;
  for (const r of rows) {
    const tr = document.createElement('tr');
    for (const c of r) {
      const td = document.createElement('td');
      td.textContent = c;
      tr.append(td);
    }
    tbody.append(tr);
  }
}

describe('the badge next to my unit’s ranking row', () => {
  it('finds the row by the unit’s exact name or its code as a word', () => {
    table([['1', 'UBND xã Hy Cương Mới'], ['2', '  UBND xã  Hy Cương '], ['3', 'H44.1040']]);
    expect(findUnitCell(document, { code: null, name: 'UBND xã Hy Cương' })?.textContent).toBe('  UBND xã  Hy Cương ');
    table([['1', 'H44.1040 xã khác'], ['2', 'Mã H44.104']]);
    expect(findUnitCell(document, { code: 'H44.104', name: null })?.textContent).toBe('Mã H44.104');
  });

  it('places one badge, moves it, removes it when the row or the figure is gone', () => {
    table([['1', 'UBND xã Hy Cương'], ['2', 'UBND xã Khác']]);
    expect(placeBadge(document, { code: 'H44.104', name: 'UBND xã Hy Cương' }, '64,24/100 · 0/4 đạt')).toBe(true);
    expect(placeBadge(document, { code: 'H44.104', name: 'UBND xã Hy Cương' }, '64,24/100 · 0/4 đạt')).toBe(true);
    const badges = document.querySelectorAll(`[${BADGE_ATTR}]`);
    expect(badges).toHaveLength(1);
    expect(badges[0]?.textContent).toBe('64,24/100 · 0/4 đạt');
    expect(badges[0]?.parentElement?.firstChild?.textContent).toBe('UBND xã Hy Cương');
    // no figure → no badge
    expect(placeBadge(document, { code: 'H44.104', name: 'UBND xã Hy Cương' }, null)).toBe(false);
    expect(document.querySelectorAll(`[${BADGE_ATTR}]`)).toHaveLength(0);
    // no row → no badge, and nothing else touched
    table([['1', 'UBND xã Khác']]);
    expect(placeBadge(document, { code: 'H44.104', name: 'UBND xã Hy Cương' }, 'x')).toBe(false);
    expect(document.body.textContent).toBe('1UBND xã Khác');
    removeBadges(document);
  });

  it('writes the badge as text', () => {
    table([['UBND xã Hy Cương']]);
    placeBadge(document, { code: null, name: 'UBND xã Hy Cương' }, '<img src=x>');
    expect(document.querySelector(`[${BADGE_ATTR}] img`)).toBeNull();
  });

  it('scrolls to my unit’s row and focuses the badge there; false when the page shows no row', () => {
    table([['1', 'UBND xã Hy Cương', '16,12'], ['2', 'UBND xã Xuân Lũng', '19,26']]);
    const scrolled: Element[] = [];
    HTMLElement.prototype.scrollIntoView = function (this: HTMLElement) { scrolled.push(this); };
    placeBadge(document, { code: null, name: 'UBND xã Hy Cương' }, '64,24/100');
    expect(showUnitRow(document, { code: null, name: 'UBND xã Hy Cương' })).toBe(true);
    expect(scrolled.map((e) => e.tagName)).toEqual(['TR']);
    expect(document.activeElement?.hasAttribute(BADGE_ATTR)).toBe(true);
    expect(showUnitRow(document, { code: 'H99.9', name: 'UBND xã Không Có' })).toBe(false);
  });
});

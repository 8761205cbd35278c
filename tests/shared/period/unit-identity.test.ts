import { describe, expect, it } from 'vitest';
import { normaliseUnitName, unitKey, unitKeyResolver } from '../../../shared/unit/identity.ts';

describe('unit identity', () => {
  it.each([
    ['Xã Hải An', 'hai an'],
    ['UBND xã Hải An', 'hai an'],
    ['Ủy ban nhân dân  Xã  Hải-An', 'hai an'],
    ['xa hai an', 'hai an'],
    ['Phường Đông Hải', 'dong hai'],
    ['Thị trấn Hồ', 'ho'],
    ['Phường 1', '1'],
    ['Xã', 'xa'],
  ])('normalises %s → %s', (name, key) => {
    expect(normaliseUnitName(name)).toBe(key);
  });

  it('uses the code when there is one, else the name', () => {
    expect(unitKey({ code: ' ha 01 ', name: 'Xã Hải An' })).toBe('code:HA01');
    expect(unitKey({ code: null, name: 'UBND xã Hải An' })).toBe('name:hai an');
    expect(unitKey({ code: '', name: '' })).toBeNull();
    expect(unitKey({ code: 'HA01', name: 'Xã Hải An' })).not.toBe(unitKey({ code: 'HA02', name: 'Xã Hải An' }));
  });

  it('a name seen with one code joins that code; a name with two codes is not guessed', () => {
    const resolve = unitKeyResolver([
      { code: 'HA01', name: 'Xã Hải An' },
      { code: 'TL', name: 'Xã Tân Lập' },
      { code: 'TL2', name: 'Xã Tân Lập' },
    ]);
    expect(resolve({ code: null, name: 'UBND xã Hải An' })).toBe('code:HA01');
    expect(resolve({ code: null, name: 'Xã Tân Lập' })).toBe('name:tan lap');
    expect(resolve({ code: null, name: 'Xã Khác' })).toBe('name:khac');
  });
});

import { describe, expect, it } from 'vitest';
import { both, formatNumber, t } from '../../shared/messages/index.ts';

describe('messages', () => {
  it('formats numbers the way each language writes them', () => {
    expect(formatNumber(1234.5, 'vi')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(-0.125, 'vi', 2)).toBe('-0,13');
    expect(formatNumber(40, 'vi', 0)).toBe('40');
    expect(formatNumber(0, 'en', 0)).toBe('0');
    expect(formatNumber(12.5, 'en')).toBe('12.5');
    expect(formatNumber(1000000, 'vi')).toBe('1.000.000');
  });
  it('renders a known key in both languages and keeps an unknown key visible', () => {
    expect(both({ key: 'yes', params: {} })).toEqual({ vi: 'có', en: 'yes' });
    expect(t({ key: 'no-such-key', params: {} }, 'vi')).toBe('no-such-key');
  });
});

describe('catalogues', () => {
  it('every key has a Vietnamese and an English text, and the same placeholders in both', async () => {
    const { catalogue } = await import('../../shared/messages/index.ts');
    const keys = Object.keys(catalogue);
    expect(keys.length).toBeGreaterThan(3);
    for (const key of keys) {
      const { vi, en } = catalogue[key]!;
      expect(vi.trim(), key).not.toBe('');
      expect(en.trim(), key).not.toBe('');
      // A parameter may come in a per-language form (fieldVi / fieldEn): compare the base names.
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!.replace(/(Vi|En)$/, '')).sort();
      expect(names(vi), key).toEqual(names(en));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { both, formatNumber, t } from '../../shared/messages/index.ts';

describe('messages', () => {
  it('formats numbers the way each language writes them', () => {
    expect(formatNumber(1234.5, 'vi')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(-0.125, 'vi', 2)).toBe('-0,13');
  });
  it('renders a known key in both languages and keeps an unknown key visible', () => {
    expect(both({ key: 'yes', params: {} })).toEqual({ vi: 'có', en: 'yes' });
    expect(t({ key: 'no-such-key', params: {} }, 'vi')).toBe('no-such-key');
  });
});

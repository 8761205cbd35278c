import { formatNumber } from '../../shared/messages/index.ts';

/**
 * The text a percent-formatted cell shows, in Vietnamese notation: 0.855 → "85,5%", 1 → "100%".
 * The stored fraction alone is ambiguous for the core (1 would read as 1%, 0.005 as 0,5% or 50%?):
 * the displayed text is not. Up to 10 decimals, so float noise (0.855 × 100) disappears.
 */
export function percentText(fraction: number): string {
  return formatNumber(fraction * 100, 'vi', 10) + '%';
}

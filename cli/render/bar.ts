/** Eighths of a block, so a 20-character bar shows 160 steps. */
const PARTIAL = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/**
 * A progress bar of unicode blocks: `████████▌░░░░` for 0–100 (clamped). The number is always
 * printed next to it by the caller; the bar alone never carries the value.
 */
export function textBar(percent: number | null, width = 20): string {
  const p = percent === null || !Number.isFinite(percent) ? 0 : Math.min(100, Math.max(0, percent));
  const eighths = Math.round((p / 100) * width * 8);
  const full = Math.floor(eighths / 8);
  const part = PARTIAL[eighths % 8] ?? '';
  const used = full + (part ? 1 : 0);
  return '█'.repeat(full) + part + '░'.repeat(Math.max(0, width - used));
}

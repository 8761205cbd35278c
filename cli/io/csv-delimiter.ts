/**
 * Which delimiter a CSV file uses. Vietnamese Excel exports `;` (the comma is the decimal sign
 * there), other tools `,`, a few tab. Counting the candidates outside quoted fields in the first
 * lines is enough: a `;` file has one `;` per column on every row and only a few decimal commas.
 */
const CANDIDATES = [';', ',', '\t'] as const;
const SAMPLE_LINES = 50;

export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(CANDIDATES.map((c) => [c, 0]));
  let inQuotes = false;
  let lines = 0;
  for (let i = 0; i < text.length && lines < SAMPLE_LINES; i++) {
    const ch = text.charAt(i);
    if (ch === '"') {
      // A doubled quote inside quotes is an escaped quote, so toggling twice is right.
      inQuotes = !inQuotes;
    } else if (!inQuotes) {
      if (ch === '\n') lines++;
      else if (counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    }
  }
  let best: string = ',';
  let bestCount = 0;
  for (const c of CANDIDATES) {
    const n = counts.get(c) ?? 0;
    if (n > bestCount) {
      best = c;
      bestCount = n;
    }
  }
  return best;
}

import { parseDate } from '../shared/parse/date.ts';
import type { Lang } from '../shared/messages/index.ts';
import type { Level } from '../shared/schema/common.ts';
import { foldKey } from '../shared/parse/text.ts';
import { cliError } from './errors.ts';

/** `--lang vi|en`; Vietnamese unless English is asked for. */
export function parseLang(value: string | undefined): Lang {
  if (value === undefined || value === 'vi') return 'vi';
  if (value === 'en') return 'en';
  throw cliError('cli.option.bad-lang', { value });
}

/** `--date dd/mm/yyyy` (or YYYY-MM-DD) → ISO; without it, today from the system clock (local calendar day). */
export function parseDateOption(value: string | undefined, now: () => Date): string {
  if (value === undefined) {
    const d = now();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }
  const parsed = parseDate(value);
  if (parsed.kind !== 'date') throw cliError('cli.option.bad-date', { value });
  return parsed.value;
}

const LEVELS: ReadonlyMap<string, Level> = new Map<string, Level>([
  ['xa', 'commune'],
  ['commune', 'commune'],
  ['huyen', 'district'],
  ['district', 'district'],
  ['tinh', 'province'],
  ['province', 'province'],
]);

/** `--level xa|huyen|tinh` (accents optional; the English names work too). */
export function parseLevelOption(value: string | undefined): Level | undefined {
  if (value === undefined) return undefined;
  const level = LEVELS.get(foldKey(value));
  if (!level) throw cliError('cli.option.bad-level', { value });
  return level;
}

/** `--concurrency n`: 1–16 spreadsheets read at once. */
export function parseConcurrency(value: string | undefined): number {
  if (value === undefined) return 4;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 16) throw cliError('cli.option.bad-concurrency', { value });
  return n;
}

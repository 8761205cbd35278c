import { Indicator } from '../schema/indicator.ts';
import { jsonPath } from './json-path.ts';
import { bundledIndicatorFiles } from './indicators/index.ts';
import { frozenMap } from '../frozen.ts';

/**
 * Loads the bundled indicator files. A broken file is a build mistake, not user input, so it
 * throws at import time with the file name and JSON path instead of returning issues.
 */
function loadIndicators(): Indicator[] {
  const all: Indicator[] = [];
  const seen = new Map<string, string>();
  for (const { file, json } of bundledIndicatorFiles) {
    const parsed = Indicator.array().safeParse(json);
    if (!parsed.success) {
      const details = parsed.error.issues.map((i) => `${jsonPath(i.path)}: ${i.message}`).join('; ');
      throw new Error(`Bundled indicator file ${file} is invalid / Tệp chỉ số ${file} không hợp lệ — ${details}`);
    }
    for (const indicator of parsed.data) {
      const other = seen.get(indicator.id);
      if (other !== undefined) {
        throw new Error(`Indicator id "${indicator.id}" appears in both ${other} and ${file} / Mã chỉ số "${indicator.id}" bị trùng`);
      }
      seen.set(indicator.id, file);
      all.push(indicator);
    }
  }
  return all;
}

export const indicators: Indicator[] = loadIndicators();

export const indicatorById: ReadonlyMap<string, Indicator> = frozenMap(indicators.map((i): [string, Indicator] => [i.id, i]));

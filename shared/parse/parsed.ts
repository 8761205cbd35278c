import type { Message, Severity } from '../schema/issue.ts';

/**
 * What parsing a cell found. Parsing never throws: a value it cannot read is an `error` with a
 * stable reason code and a message that quotes the raw value. Blank is its own kind: a missing
 * value is never 0.
 */
export type ParseErrorCode = 'not-a-number' | 'not-a-yes-no' | 'not-a-date' | 'spreadsheet-error';

/** How a value was read when that is worth telling the officer (e.g. 0,855 read as 85,5%). */
export interface ParseNote {
  code: 'share-read-as-percent' | 'percent-sign-unexpected';
  severity: Severity;
  message: Message;
}

export type Parsed =
  | { kind: 'number'; value: number; note: ParseNote | null }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'date'; value: string }
  | { kind: 'blank' }
  | { kind: 'error'; code: ParseErrorCode; message: Message };

/** One shared blank result: blanks are the most common cell and need no allocation. */
export const BLANK: Parsed = Object.freeze({ kind: 'blank' }) as Parsed;
export const TRUE: Parsed = Object.freeze({ kind: 'boolean', value: true }) as Parsed;
export const FALSE: Parsed = Object.freeze({ kind: 'boolean', value: false }) as Parsed;

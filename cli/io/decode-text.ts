import iconv from 'iconv-lite';
import { cliError } from '../errors.ts';

/** How a text report file was stored. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'tcvn3';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

const ENCODING_NAMES: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (Excel "Unicode Text")',
  'utf-16be': 'UTF-16 BE',
  'windows-1258': 'Windows-1258',
  tcvn3: 'TCVN3 (ABC, phông .Vn)',
};

export function encodingName(encoding: TextEncoding): string {
  return ENCODING_NAMES[encoding];
}

// Words every report has ("Mã chỉ tiêu", "Đơn vị", "Kỳ báo cáo", "Kế hoạch"): a legacy encoding is
// taken only when decoding with it gives these words, never by guessing from byte statistics.
const REPORT_WORDS = /mã chỉ tiêu|đơn vị|kỳ báo cáo|kế hoạch|chỉ tiêu/iu;

/** Half the odd (or even) bytes are 0: UTF-16 text without a byte-order mark. */
function utf16Without(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * The text of a CSV/TXT report, whatever Vietnamese offices save it in: UTF-8 (with or without
 * BOM), UTF-16 (Excel's "Unicode Text", with or without BOM), and the legacy Windows-1258 and TCVN3
 * (ABC). A legacy file is read only when its text then shows the report's own words; otherwise the
 * file is refused (exit 2) with a message naming the encoding and how to save it as UTF-8 — never
 * read as garbage that "does not have the report layout".
 */
export function decodeReportText(bytes: Uint8Array, path: string): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: utf8(bytes.subarray(3)) ?? '', encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
  const wide = utf16Without(bytes);
  if (wide) return { text: iconv.decode(Buffer.from(bytes), wide), encoding: wide };
  const text = utf8(bytes);
  if (text !== null) return { text, encoding: 'utf-8' };
  // Not UTF-8: try the two legacy Vietnamese encodings; keep the one that reads the report's words.
  const buffer = Buffer.from(bytes);
  const candidates: { encoding: TextEncoding; text: string }[] = [
    { encoding: 'windows-1258', text: iconv.decode(buffer, 'windows-1258').normalize('NFC') },
    { encoding: 'tcvn3', text: iconv.decode(buffer, 'tcvn').normalize('NFC') },
  ];
  const readable = candidates.filter((c) => REPORT_WORDS.test(c.text));
  if (readable.length === 1) return readable[0]!;
  // Which one it looks like: TCVN3 puts letters in the C1 range Windows-1258 leaves to punctuation.
  const looksTcvn = bytes.some((b) => b >= 0xa1 && b <= 0xfe && (b === 0xb8 || b === 0xb5 || b === 0xa7 || b === 0xae));
  throw cliError('safety.encoding-refused', { path, encoding: looksTcvn ? 'TCVN3 (ABC) / Windows-1258' : 'Windows-1258 / TCVN3 (ABC)' });
}

function utf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** How to decode a text file from its first bytes alone; `skip` is the byte-order mark's length. */
export interface StreamEncoding {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  skip: number;
}

/**
 * The encoding decodeReportText would take, judged from the first bytes of the file (so a large
 * file can be decoded as it streams), or null when the prefix is not UTF-8/UTF-16: the legacy
 * encodings are told apart on the whole text, and such files are read whole (they are small).
 * A file whose later bytes turn out not to be UTF-8 is read again whole by the caller.
 */
export function streamEncoding(prefix: Uint8Array): StreamEncoding | null {
  if (prefix[0] === 0xef && prefix[1] === 0xbb && prefix[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (prefix[0] === 0xff && prefix[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (prefix[0] === 0xfe && prefix[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  const wide = utf16Without(prefix);
  if (wide) return { encoding: wide, skip: 0 };
  try {
    // stream: a character cut at the end of the prefix is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(prefix, { stream: true });
    return { encoding: 'utf-8', skip: 0 };
  } catch {
    return null;
  }
}

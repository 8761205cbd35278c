import { inflateRawSync } from 'node:zlib';
import { cliError } from '../errors.ts';

/**
 * Limits of what `cds` opens as an XLSX report, checked before the workbook library sees the file.
 * A report is a few hundred cells; these limits are hundreds of times that, and far below what
 * would exhaust memory or loop for minutes (a 1.2 MB zip bomb inflating to 495 MB, a 6 KB file
 * whose one cell sits at XFD1048576).
 */
export const XLSX_LIMITS = {
  /** All parts of the archive inflated together. */
  inflatedBytes: 25 * 1024 * 1024,
  entries: 2000,
  rows: 50_000,
  columns: 500,
};

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The archive's own table of contents (central directory); null when it has none (not a zip). */
function centralDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const min = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= min; i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

/** One part inflated, never past its declared size (a part that lies about it is refused). */
function inflateEntry(bytes: Uint8Array, entry: ZipEntry, path: string): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw cliError('cli.file.bad-xlsx', { path, reason: entry.name });
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  try {
    // maxOutputLength: zlib stops (RangeError) instead of inflating a bomb into memory.
    return inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      throw cliError('safety.xlsx-lying-size', { path, entry: entry.name });
    }
    throw cliError('cli.file.bad-xlsx', { path, reason: `${entry.name}: ${(error as Error).message}` });
  }
}

/** "XFD" → 16384. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** The furthest cell a worksheet part declares or uses: its `<dimension>` and every `<row r>` / `<c r>`. */
function sheetExtent(xml: string): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  const dim = /<(?:\w+:)?dimension\s+ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"/.exec(xml);
  if (dim) {
    rows = Number(dim[4] ?? dim[2]);
    columns = columnNumber(dim[3] ?? dim[1]!);
  }
  for (const m of xml.matchAll(/<(?:\w+:)?row\b[^>]*?\sr="(\d+)"/g)) rows = Math.max(rows, Number(m[1]));
  for (const m of xml.matchAll(/<(?:\w+:)?c\b[^>]*?\sr="([A-Z]+)(\d+)"/g)) {
    columns = Math.max(columns, columnNumber(m[1]!));
    rows = Math.max(rows, Number(m[2]));
  }
  // A merged range reaches as far as a cell: the full reader makes a cell for every one it covers.
  for (const m of xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*?\sref="[A-Z]+\d+:([A-Z]+)(\d+)"/g)) {
    columns = Math.max(columns, columnNumber(m[1]!));
    rows = Math.max(rows, Number(m[2]));
  }
  return { rows, columns };
}

/** The workbook's sheet names by part ("xl/worksheets/sheet1.xml" → "Báo cáo"), best effort. */
function sheetNames(parts: Map<string, Uint8Array>): Map<string, string> {
  const names = new Map<string, string>();
  const workbook = parts.get('xl/workbook.xml');
  const rels = parts.get('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) return names;
  const target = new Map<string, string>();
  for (const m of new TextDecoder().decode(rels).matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\sId="([^"]+)"/.exec(m[0])?.[1];
    const t = /\sTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && t) target.set(id, t.startsWith('/') ? t.slice(1) : `xl/${t}`);
  }
  for (const m of new TextDecoder().decode(workbook).matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\sname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\sr:id="([^"]+)"/.exec(m[0])?.[1];
    const part = id ? target.get(id) : undefined;
    if (name !== undefined && part) names.set(part, name.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'));
  }
  return names;
}

/**
 * Throws a CliError (exit 2) when the XLSX file is beyond the limits: too many parts, parts that
 * inflate beyond the limit (declared or actual), or a worksheet reaching past the row/column limit.
 * Each part is inflated at most to its declared size, and the sum of the declared sizes is checked
 * first, so a bomb is refused before it is inflated.
 */
export function guardXlsx(bytes: Uint8Array, path: string): GuardedXlsx {
  const entries = centralDirectory(bytes);
  if (entries === null) return { inflatedBytes: 0, mergedCells: 0, streamable: false, sheetOrder: [], merges: new Map(), workbookParts: new Map() }; // not a zip: the workbook library says why
  if (entries.length > XLSX_LIMITS.entries) {
    throw cliError('safety.xlsx-too-many-entries', { path, count: entries.length, limit: XLSX_LIMITS.entries });
  }
  const mb = (n: number) => Math.round((n / (1024 * 1024)) * 10) / 10;
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  // ZIP64 archives mark sizes as 0xFFFFFFFF: far beyond the limit either way.
  if (declared > XLSX_LIMITS.inflatedBytes || entries.some((e) => e.size === 0xffffffff)) {
    throw cliError('safety.xlsx-too-big', { path, size: mb(declared), limit: mb(XLSX_LIMITS.inflatedBytes) });
  }
  const parts = new Map<string, Uint8Array>();
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const wanted = entry.name.startsWith('xl/worksheets/') || WORKBOOK_PARTS.includes(entry.name);
    // Every part is inflated (bounded) so none can lie about its size to the workbook library.
    const data = inflateEntry(bytes, entry, path);
    if (wanted) parts.set(entry.name, data);
  }
  const names = sheetNames(parts);
  const merges = new Map<string, string[]>();
  for (const [name, data] of parts) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    const xml = new TextDecoder().decode(data);
    const { rows, columns } = sheetExtent(xml);
    if (rows > XLSX_LIMITS.rows || columns > XLSX_LIMITS.columns) {
      throw cliError('safety.sheet-too-large', {
        path,
        sheet: names.get(name) ?? name,
        cell: `${columnLetters(columns)}${rows}`,
        rows,
        columns,
        maxRows: XLSX_LIMITS.rows,
        maxColumns: XLSX_LIMITS.columns,
      });
    }
    merges.set(names.get(name) ?? name, [...xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*?\sref="([A-Z]+\d+:[A-Z]+\d+)"/g)].map((m) => m[1]!));
  }
  const mergedCells = [...merges.values()].flat().reduce((sum, range) => {
    const [from, to] = range.split(':').map((ref) => /^([A-Z]+)(\d+)$/.exec(ref)!);
    return sum + (Math.abs(Number(to![2]) - Number(from![2])) + 1) * (Math.abs(columnNumber(to![1]!) - columnNumber(from![1]!)) + 1);
  }, 0);
  const workbookParts = new Map([...parts].filter(([name]) => WORKBOOK_PARTS.includes(name)));
  return { inflatedBytes: declared, mergedCells, streamable: streamable(parts), sheetOrder: [...names.values()], merges, workbookParts };
}

/** What the guard learnt about an XLSX file that passed it (cli/io/read-xlsx.ts reads by it). */
export interface GuardedXlsx {
  /** All parts inflated together, as declared (checked against the actual sizes). */
  inflatedBytes: number;
  /** Cells covered by merged ranges, all sheets: the full reader makes an object for each. */
  mergedCells: number;
  /** Whether exceljs' streaming reader finds the sheets the full reader finds (streamable()). */
  streamable: boolean;
  /** The inflated workbook-wide parts (WORKBOOK_PARTS), read before the sheets stream. */
  workbookParts: Map<string, Uint8Array>;
  /** Sheet names in workbook order (the streaming reader gives them in archive order). */
  sheetOrder: string[];
  /** Merged ranges ("B2:D2") by sheet name: the streaming reader does not report them. */
  merges: Map<string, string[]>;
}

/** The parts every sheet depends on: relations, sheet names, shared strings, styles. */
export const WORKBOOK_PARTS = ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml'];

/**
 * exceljs' streaming reader only knows worksheets named `sheetN.xml` that the workbook's relations
 * name relatively; any other file is read by the full reader.
 */
function streamable(parts: Map<string, Uint8Array>): boolean {
  const sheets = [...parts.keys()].filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n));
  if (sheets.some((n) => !/^xl\/worksheets\/sheet\d+\.xml$/.test(n))) return false;
  const rels = parts.get('xl/_rels/workbook.xml.rels');
  return parts.has('xl/workbook.xml') && rels !== undefined && !/Target="\/xl\/worksheets\//.test(new TextDecoder().decode(rels));
}

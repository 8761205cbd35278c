// The sheets of an XLSX file as grids of raw cells, in the browser: the zip's own table of contents,
// the browser's DecompressionStream for the deflated parts, and a small scan of the few XML parts a
// grid needs (workbook, relations, shared strings, sheets). No library, no remote code: a plan table
// is a few hundred cells, and the options page must not pull a 1 MB workbook library.
import type { RawValue } from '../../../shared/schema/report.ts';

export interface XlsxSheet {
  name: string;
  grid: RawValue[][];
}

/** Limits far above any plan table, far below what would exhaust the page (zip bombs). */
const LIMITS = { inflatedBytes: 30 * 1024 * 1024, entries: 2000, rows: 20_000, columns: 300 };

export class XlsxError extends Error {}

interface Entry {
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function directory(bytes: Uint8Array): Map<string, Entry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new XlsxError('not a zip archive');
  const count = view.getUint16(eocd + 10, true);
  if (count > LIMITS.entries) throw new XlsxError('too many parts');
  let p = view.getUint32(eocd + 16, true);
  const entries = new Map<string, Entry>();
  const decoder = new TextDecoder();
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw new XlsxError('broken zip directory');
    const nameLength = view.getUint16(p + 28, true);
    const entry: Entry = {
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
    };
    total += entry.size;
    if (total > LIMITS.inflatedBytes) throw new XlsxError('too large once unpacked');
    entries.set(decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)), entry);
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return entries;
}

async function inflate(data: Uint8Array, limit: number): Promise<Uint8Array> {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(data);
      controller.close();
    },
  }).pipeThrough(new DecompressionStream('deflate-raw') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    // The directory's sizes can lie: stop at the limit whatever it said.
    if (size > limit) {
      await reader.cancel();
      throw new XlsxError('too large once unpacked');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

async function part(bytes: Uint8Array, entries: Map<string, Entry>, name: string): Promise<string | null> {
  const entry = entries.get(name);
  if (entry === undefined) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) throw new XlsxError('broken zip entry');
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  const raw = entry.method === 0 ? data : entry.method === 8 ? await inflate(data, LIMITS.inflatedBytes) : null;
  if (raw === null) throw new XlsxError('unsupported compression');
  return new TextDecoder().decode(raw);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e.toLowerCase()] ?? ''),
  );
}

function attributes(s: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of s.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) out.set(m[1]!, unescapeXml(m[2]!));
  return out;
}

/** The text of an `<si>` or `<is>`: its `<t>` runs, without phonetic hints (`<rPh>`). */
function runText(xml: string): string {
  const plain = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let text = '';
  for (const m of plain.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) text += unescapeXml(m[1] ?? '');
  return text;
}

/** 1-based column of a cell reference ("AB12" → 28); 0 when there is none. */
function columnOf(ref: string | undefined): number {
  if (!ref) return 0;
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else break;
  }
  return n;
}

function sheetGrid(xml: string, shared: readonly string[]): RawValue[][] {
  const grid: RawValue[][] = [];
  let nextRow = 1;
  for (const row of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const r = Number(attributes(row[1]!).get('r') ?? nextRow);
    nextRow = r + 1;
    if (!(r >= 1 && r <= LIMITS.rows)) throw new XlsxError('too many rows');
    const line: RawValue[] = [];
    let nextColumn = 1;
    for (const cell of (row[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const a = attributes(cell[1]!);
      const column = columnOf(a.get('r')) || nextColumn;
      nextColumn = column + 1;
      if (column > LIMITS.columns) throw new XlsxError('too many columns');
      const body = cell[2] ?? '';
      const v = /<v\b[^>]*>([\s\S]*?)<\/v>/.exec(body)?.[1];
      const type = a.get('t') ?? 'n';
      let value: RawValue = null;
      if (type === 'inlineStr') value = runText(/<is\b[^>]*>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '');
      else if (v === undefined) value = null;
      else if (type === 's') value = shared[Number(v)] ?? null;
      else if (type === 'b') value = v.trim() === '1';
      else if (type === 'n') value = v.trim() === '' ? null : Number(v);
      else value = unescapeXml(v); // str (formula text), e (error code), d (ISO date)
      if (typeof value === 'number' && !Number.isFinite(value)) value = null;
      if (value === '') value = null;
      while (line.length < column - 1) line.push(null);
      line[column - 1] = value;
    }
    while (grid.length < r - 1) grid.push([]);
    grid[r - 1] = line;
  }
  return grid;
}

/** Every worksheet of an XLSX file, in workbook order. Throws XlsxError when it is not one. */
export async function readXlsxGrids(bytes: Uint8Array): Promise<XlsxSheet[]> {
  const entries = directory(bytes);
  const workbook = await part(bytes, entries, 'xl/workbook.xml');
  if (workbook === null) throw new XlsxError('no workbook inside');
  const rels = (await part(bytes, entries, 'xl/_rels/workbook.xml.rels')) ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const a = attributes(m[1]!);
    const target = a.get('Target');
    if (a.get('Id') && target) targets.set(a.get('Id')!, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const sharedXml = (await part(bytes, entries, 'xl/sharedStrings.xml')) ?? '';
  const shared = [...sharedXml.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)].map((m) => runText(m[1] ?? ''));
  const sheets: XlsxSheet[] = [];
  for (const m of workbook.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    const a = attributes(m[1]!);
    const target = targets.get(a.get('r:id') ?? '');
    const xml = target === undefined ? null : await part(bytes, entries, target);
    if (xml === null) continue;
    sheets.push({ name: a.get('name') ?? '', grid: sheetGrid(xml, shared) });
  }
  return sheets;
}

// A printable administrative document (the form of Nghị định 30/2020/NĐ-CP, Phụ lục I) as plain
// data: the header with the national motto, number, place and date, the type and summary, the
// body (paragraphs, numbered tables, flags), the signature blocks, the recipients and an annex of
// sources. Pure: no clock, no platform API. Renderers: shared/print/html.ts (CLI --html and the
// add-on's "In bảng điểm") and cli/render/docx-print.ts (--docx for the Tờ trình).
import { msg, t, type Lang } from '../messages/index.ts';
import type { Message } from '../schema/issue.ts';
import type { Plan } from '../schema/plan.ts';

export type Align = 'left' | 'center' | 'right';

export interface PrintColumn {
  label: string;
  /** Share of the table's width, in percent (the columns add up to 100). */
  width: number;
  align: Align;
  /** Short codes ("TC-03B") that must not break. */
  nowrap?: boolean;
}

export interface PrintRow {
  /** One entry per column; each cell may have several lines. */
  cells: string[][];
  /** The unit's report has errors or could not be scored: the row is marked and says so. */
  flag: string | null;
}

export type PrintBlock =
  | { kind: 'heading'; text: string; newPage: boolean }
  | { kind: 'paragraph'; text: string; emphasis?: 'basis' | 'summary' }
  | { kind: 'flag'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; caption: string; columns: PrintColumn[]; rows: PrintRow[]; role: 'ranking' | 'items' };

export interface SignatureBlock {
  /** "NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ" (upper case). */
  title: string;
  hint: string;
  /** The signer's name when given, else null (a blank for the pen). */
  name: string | null;
}

export interface PrintDocument {
  lang: Lang;
  orientation: 'portrait' | 'landscape';
  /** The browser tab's / Word file's title. */
  pageTitle: string;
  header: {
    /** Governing body and issuing body, upper case, top left; empty lines print as blanks. */
    bodies: string[];
    number: string;
    motto: { country: string; slogan: string };
    placeDate: string;
  };
  /** "BÁO CÁO", "BẢNG TỔNG HỢP". */
  type: string;
  summary: string;
  body: PrintBlock[];
  signatures: [SignatureBlock, SignatureBlock];
  recipients: { title: string; items: string[] };
  annex: { title: string; items: string[] };
}

/** What the officer may give for the header and signatures; anything left out prints as a blank. */
export interface PrintFields {
  /** The governing body ("UBND HUYỆN NINH HẢI"); default: the plan's locality's People's Committee. */
  authority?: string | null;
  /** The issuing body under it ("PHÒNG VĂN HÓA - THÔNG TIN"). */
  issuer?: string | null;
  /** "12/BC-UBND"; blank "……/……" when not given. */
  number?: string | null;
  /** The place of the place-and-date line ("Ninh Hải"). */
  place?: string | null;
  /** The signers' names. */
  preparer?: string | null;
  head?: string | null;
}

export interface PrintOptions extends PrintFields {
  lang: Lang;
  /** The date printed on the document (ISO yyyy-mm-dd), given by the caller: the core has no clock. */
  date: string | null;
}

export const r = (lang: Lang) => (key: string, params: Message['params'] = {}): string => t(msg(key, params), lang);

const upper = (text: string): string => text.toLocaleUpperCase('vi');
/** A body's name without "UBND" / "Ủy ban nhân dân", to tell the same body written two ways. */
const bodyKey = (text: string): string => upper(text).replace(/^(UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s+/u, '').replace(/\s+/g, ' ').trim();
const given = (text: string | null | undefined): string | null => (text && text.trim() !== '' ? text.trim() : null);

/** "UBND HUYỆN NINH HẢI" from the plan's locality; null when the plan names none. */
export function localityAuthority(plan: Plan | null): string | null {
  const name = plan?.locality?.name;
  return name ? upper(`UBND ${name}`) : null;
}

/** The header: bodies, number, motto, place and date — blanks for the officer where unknown. */
export function documentHeader(opts: PrintOptions, defaults: { authority: string | null; issuer?: string | null }): PrintDocument['header'] {
  const L = r(opts.lang);
  const authority = given(opts.authority) ?? defaults.authority;
  const issuer = given(opts.issuer) ?? defaults.issuer ?? null;
  // A commune reporting under its own plan: "UBND XÃ VẠN PHÚC" once, not again as "XÃ VẠN PHÚC".
  const same = authority !== null && issuer !== null && bodyKey(authority) === bodyKey(issuer);
  const bodies = (same ? [authority] : [authority, issuer]).filter((b): b is string => b !== null).map(upper);
  const [y, m, d] = opts.date ? opts.date.split('-') : [null, null, null];
  const blank = '……';
  return {
    bodies: bodies.length > 0 ? bodies : [L('print.body.blank')],
    number: L('print.number', { number: given(opts.number) ?? L('print.number.blank') }),
    motto: { country: L('print.motto.country'), slogan: L('print.motto.slogan') },
    placeDate: L('print.place-date', { place: given(opts.place) ?? L('print.place.blank'), day: d ?? blank, month: m ?? blank, year: y ?? blank }),
  };
}

export function signatureBlocks(opts: PrintOptions): [SignatureBlock, SignatureBlock] {
  const L = r(opts.lang);
  return [
    { title: L('print.sign.preparer'), hint: L('print.sign.hint'), name: given(opts.preparer) },
    { title: L('print.sign.head'), hint: L('print.sign.hint-seal'), name: given(opts.head) },
  ];
}

export function defaultRecipients(lang: Lang): PrintDocument['recipients'] {
  const L = r(lang);
  return { title: L('print.recipients'), items: [L('print.recipients.council'), L('print.recipients.file')] };
}

/** The plan's period inside a sentence: "năm 2023" / "2023–2025". */
export function periodPhrase(plan: Plan | null, lang: Lang): string {
  if (!plan) return '';
  const { from, to, label } = plan.period as { from: number; to: number; label?: string };
  if (lang === 'vi' && label) return label.charAt(0).toLocaleLowerCase('vi') + label.slice(1);
  return from === to ? (lang === 'vi' ? `năm ${from}` : `${from}`) : `${from}–${to}`;
}

/**
 * A source without folders: the file's own name ("ho-hai.csv"); a spreadsheet link by its id (the
 * part after /d/); anything else as given.
 */
export function sourceName(source: string): string {
  if (/^https?:\/\//i.test(source)) return /\/d\/([^/?#]+)/.exec(source)?.[1] ?? source;
  const parts = source.split(/[\\/]/).filter(Boolean);
  return parts[parts.length - 1] ?? source;
}

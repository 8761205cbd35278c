import { foldSameLength } from './fold.ts';
import { levelWord, oneLine } from './context.ts';
import type { PlanDraft } from './types.ts';

/**
 * The document's own header in the national form (NĐ 30/2020): issuing body above the motto, "Số:
 * …/KH-…", "<place>, ngày … tháng … năm …", then the kind ("KẾ HOẠCH") and the title lines.
 */
export function readHeader(text: string): Pick<PlanDraft, 'title' | 'issuer' | 'level' | 'issued' | 'movement' | 'period'> & { docYear: number | null } {
  const head = text.slice(0, 4000);
  const folded = foldSameLength(head);
  // Markdown exports put '#' before headings: not part of the words.
  const lines = head.split('\n').map((l) => l.replace(/^#+\s*/, '').trim());
  const foldedLines = folded.split('\n').map((l) => l.replace(/^#+\s*/, '').trim());

  // Issuing body: the capital lines before the motto; the last one names the unit ("XÃ VẠN PHÚC").
  const motto = foldedLines.findIndex((l) => l.startsWith('cong hoa xa hoi'));
  let issuer: string | null = null;
  let level: PlanDraft['level'] = null;
  const bodyLines: string[] = [];
  const kindLine = foldedLines.findIndex((l) => /^ke hoach$/.test(l));
  const bodyEnd = motto >= 0 ? motto : kindLine >= 0 ? kindLine : Math.min(lines.length, 6);
  for (let i = 0; i < bodyEnd; i++) {
    const l = lines[i]!;
    if (!l || /^[-_–—=*]+$/.test(l) || /^số\s*:/i.test(l) || /^\d+$/.test(l)) continue;
    if (l.replace(/[^\p{L}]/gu, '') !== l.replace(/[^\p{L}]/gu, '').toUpperCase()) continue;
    bodyLines.push(l);
  }
  // "ỦY BAN NHÂN DÂN XÃ HƯNG ĐẠO" on one line (page numbers before it dropped): two lines.
  const one = bodyLines.length === 1 ? /^(?:\d+\s+)?(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND)\s+(.+)$/u.exec(bodyLines[0]!) : null;
  if (one) bodyLines.splice(0, 1, one[1]!, one[2]!);
  const unitLine = bodyLines.length > 0 ? bodyLines[bodyLines.length - 1]! : null;
  if (unitLine) {
    const fl = foldSameLength(unitLine).toLowerCase();
    level = levelWord(fl);
    const isCouncil = /uy ban nhan dan|ubnd/.test(foldSameLength(bodyLines[0] ?? ''));
    const titled = unitLine.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_m, sp: string, c: string) => sp + c.toUpperCase());
    // "XÃ VẠN PHÚC" → "xã Vạn Phúc": the level word stays lower case, the name is capitalised.
    const named = titled.replace(/^(Xã|Phường|Thị Trấn|Huyện|Quận|Thị Xã|Tỉnh|Thành Phố)(?=\s)/u, (w) => w.toLowerCase());
    issuer = isCouncil && bodyLines.length > 1 ? `UBND ${named}` : oneLine(bodyLines.join(' '));
  }

  const numberMatch = /Số\s*:\s*([^\n]*?\/\s*KH[-\w]*)/iu.exec(head);
  const number = numberMatch ? numberMatch[1]!.replace(/\s+/g, ' ').trim() : null;
  const dateMatch = /ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})/.exec(folded);
  const date = dateMatch ? `${dateMatch[3]}-${dateMatch[2]!.padStart(2, '0')}-${dateMatch[1]!.padStart(2, '0')}` : null;
  const docYear = dateMatch ? Number(dateMatch[3]) : null;

  // Title: the lines after "KẾ HOẠCH" up to the first that starts the body.
  let title: string | null = null;
  const kind = foldedLines.findIndex((l) => /^ke hoach$/.test(l));
  if (kind >= 0) {
    const parts: string[] = [];
    for (let i = kind + 1; i < lines.length && parts.length < 5; i++) {
      const l = lines[i]!;
      const fl = foldedLines[i]!;
      if (!l) continue;
      if (/^(can cu|thuc hien|de trien khai|nham|i\.|phan i)/.test(fl) || /^[-_]+$/.test(l)) break;
      parts.push(l);
    }
    if (parts.length > 0) title = oneLine(parts.join(' '));
  }
  const titleFolded = title ? foldSameLength(title) : '';
  const movementMatch = title ? /[“"]([^”"]+)[”"]/.exec(title) : null;
  const movement = movementMatch ? movementMatch[1]! : null;

  let period: PlanDraft['period'] = null;
  const range = /(20\d\d)\s*[-–—]\s*(20\d\d)/.exec(titleFolded);
  const single = /nam\s+(20\d\d)/.exec(titleFolded) ?? /(20\d\d)/.exec(titleFolded);
  if (level === null && titleFolded) {
    // No issuing body above the title: "…trên địa bàn huyện Ninh Hải" names the level.
    const m = /dia ban (xa|phuong|thi tran|huyen|quan|thi xa|tinh)\b/.exec(titleFolded);
    if (m) level = levelWord(m[1]!);
  }
  if (range) period = { from: Number(range[1]), to: Number(range[2]), label: `${range[1]}–${range[2]}` };
  else if (single) period = { from: Number(single[1]), to: Number(single[1]), label: `Năm ${single[1]}` };
  else if (docYear !== null) period = { from: docYear, to: docYear, label: `Năm ${docYear}` };

  return { title: title ? { vi: title } : null, issuer, level, issued: { number, date }, movement, period, docYear };
}

import type { Clause } from './clauses.ts';
import { oneLine, sourceOf, type DraftText } from './context.ts';
import { foldSameLength as foldedForm } from './fold.ts';
import type { DraftAward } from './types.ts';

const FORM = /(bang khen|giay khen|co thi dua|huan chuong|danh hieu [^,.;]{3,40})/;
// "không quá 05 tập thể", and "tặng … cho 01 tập thể dẫn đầu" (the number awarded is the quota).
const QUOTA_COLLECTIVE = /(?:khong qua|toi da|khong vuot qua|\bcho)\s*0?(\d{1,3})\s*tap the/;
const QUOTA_INDIVIDUAL = /(?:(?:khong qua|toi da|khong vuot qua|\bva|\bcho)\s*)0?(\d{1,3})\s*ca nhan/;
const MIN_PERCENT = /(?:dat|ty le)[^.;]{0,25}?(?:tu\s*)?(\d{1,3}(?:[.,]\d+)?)\s*%\s*(?:so diem|tong so diem|diem)[^.;]{0,10}?(?:tro len)?/;

/**
 * Award forms, score thresholds and quotas a clause states, with the clause as the quote. Only
 * clauses that speak of awards are read, so a "90% số điểm" in a target list is not taken.
 */
export function awardsOf(doc: DraftText, clause: Clause): DraftAward[] {
  const f = doc.folded.slice(clause.start, clause.end);
  const aboutAwards = clause.kind === 'awards' || /khen thuong|bang khen|giay khen/.test(f);
  if (!aboutAwards) return [];
  const form = FORM.exec(f);
  const qc = QUOTA_COLLECTIVE.exec(f);
  const qi = QUOTA_INDIVIDUAL.exec(f);
  const mp = MIN_PERCENT.exec(f);
  if (!form && !qc && !qi && !mp) return [];
  let formText: string | null = null;
  if (form) {
    // "Giấy khen của Chủ tịch Ủy ban nhân dân huyện" up to the next comma, "cho" or the clause end.
    const start = clause.start + form.index;
    const rest = doc.folded.slice(start, clause.end);
    const stop = /\s(?:cho|doi voi|cua cac|de|ve)\s|[,.;:(]/.exec(rest.slice(8));
    formText = oneLine(doc.text.slice(start, start + 8 + (stop ? stop.index : rest.length - 8)));
    formText = formText.charAt(0).toUpperCase() + formText.slice(1);
    // "Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen": the giver stands before the form.
    const giver = /(chu tich [^,;.]*?|thu tuong [^,;.]*?)\s+(?:tang|khen thuong|xet tang)\s*$/.exec(doc.folded.slice(clause.start, start));
    if (giver && !/\bcua\b/.test(foldedForm(formText))) {
      const gStart = clause.start + giver.index;
      formText = `${formText} của ${oneLine(doc.text.slice(gStart, gStart + giver[1]!.length))}`;
    }
  }
  const recipient: DraftAward['recipient'] = /tap the/.test(f) && !/ca nhan/.test(f) ? 'collective' : /ca nhan/.test(f) && !/tap the/.test(f) ? 'individual' : null;
  return [
    {
      form: formText,
      recipient,
      minPercent: mp ? Number(mp[1]!.replace(',', '.')) : null,
      quota: qc || qi ? { collective: qc ? Number(qc[1]) : null, individual: qi ? Number(qi[1]) : null } : null,
      proposal: /de nghi|neu co|trinh/.test(f) && !!form,
      source: sourceOf(doc, clause, clause.heading),
    },
  ];
}

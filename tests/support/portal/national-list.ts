// A national list of `count` communes in the shape of the dossier-digitized group (7 metrics a row),
// made from the project's Phú Thọ fixture: Hy Cương (H44.104) first with its real figures, the
// others with figures that vary row to row. The size the overlay must stay fast on (issue 8 §3).
import { fixture, PHU_THO } from './fixtures.ts';

export const NATIONAL_COMMUNES = 3321;
export const NATIONAL_REQUEST = { timeType: 'year', year: 2026, currentPage: 1, pageSize: 5000 };

export function nationalDossierBody(count = NATIONAL_COMMUNES): any {
  const body = fixture(PHU_THO['dossier-digitized']);
  const template = body.data.evaluation.find((r: { departmentCode: string }) => r.departmentCode === 'H44.104');
  const rows = [template];
  for (let i = 1; i < count; i++) {
    const province = 1 + (i % 34);
    const metrics = template.metrics.map((m: { numerator: number | null; denominator: number | null; maxScore: number }, k: number) => {
      if (m.denominator === null || m.numerator === null) return { ...m };
      const denominator = 500 + ((i * 37 + k * 11) % 4000);
      const numerator = Math.floor(denominator * (((i * 13 + k * 7) % 100) / 100));
      const ratio = Math.round((numerator / denominator) * 10000) / 100;
      return { ...m, numerator, denominator, ratio, score: Math.round(Math.min(1, ratio / 100) * m.maxScore * 100) / 100 };
    });
    const totalScore = Math.round(metrics.reduce((s: number, m: { score: number | null }) => s + (m.score ?? 0), 0) * 100) / 100;
    rows.push({
      ...template, stt: i + 1, departmentId: `national-${i}`, departmentCode: `H${String(province).padStart(2, '0')}.${1000 + i}`,
      departmentName: `UBND xã Thử ${i}`, totalScore, ratio: Math.round((totalScore / 22) * 10000) / 100, metrics,
    });
  }
  body.data.evaluation = rows;
  body.data.overview = null;
  return body;
}

// Measures `cds plan draft` on plan documents whose targets are known: the five seed plans (gold =
// the bundled plans' quantitative targets) and the plans of other localities in
// tests/fixtures/plan-draft (gold = their .gold.json). Prints precision and recall per document and
// in total; the README quotes the figures. Run: npm run draft:quality [-- --json]
import { readFileSync } from 'node:fs';
import { getPlan, indicators } from '../shared/data/index.ts';
import { draftPlan } from '../shared/plan/draft/index.ts';
import { draftQuality, goldFromPlan, type DraftQuality, type GoldTarget } from '../shared/plan/draft/quality.ts';
import type { Level } from '../shared/schema/common.ts';
import { SEED_PLANS } from '../shared/data/seeds/index.ts';

const seeds = SEED_PLANS;
const others = ['tinh-mau-2025', 'huyen-mau-2026', 'phuong-hoa-an-2025', 'xa-dong-son-2026', 'huyen-ky-son-2025'];

const rows: { set: string; document: string; q: DraftQuality }[] = [];
for (const [file, id] of seeds) {
  const plan = getPlan(id);
  if (!plan) throw new Error(`bundled plan ${id} missing`);
  const text = readFileSync(new URL(`../shared/data/seeds/${file}`, import.meta.url), 'utf8');
  rows.push({ set: 'seeds', document: id, q: draftQuality(draftPlan(text, { indicators }), goldFromPlan(plan), plan.level) });
}
for (const name of others) {
  const base = new URL(`../tests/fixtures/plan-draft/${name}`, import.meta.url).pathname;
  const gold = JSON.parse(readFileSync(`${base}.gold.json`, 'utf8')) as { level: Level; targets: GoldTarget[] };
  rows.push({ set: 'other localities', document: name, q: draftQuality(draftPlan(readFileSync(`${base}.txt`, 'utf8'), { indicators }), gold.targets, gold.level) });
}

function total(set: string): { gold: number; proposed: number; found: number; precision: number; recall: number } {
  const qs = rows.filter((r) => r.set === set).map((r) => r.q);
  const gold = qs.reduce((n, q) => n + q.gold, 0);
  const proposed = qs.reduce((n, q) => n + q.proposed, 0);
  const found = qs.reduce((n, q) => n + q.found, 0);
  return { gold, proposed, found, precision: proposed ? found / proposed : 0, recall: gold ? found / gold : 1 };
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ documents: rows.map((r) => ({ set: r.set, document: r.document, gold: r.q.gold, proposed: r.q.proposed, found: r.q.found, precision: r.q.precision, recall: r.q.recall })), seeds: total('seeds'), others: total('other localities') }, null, 2));
} else {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  console.log('set               document              gold  proposed  found  precision  recall');
  for (const r of rows) console.log(`${r.set.padEnd(18)}${r.document.padEnd(22)}${String(r.q.gold).padStart(4)}${String(r.q.proposed).padStart(10)}${String(r.q.found).padStart(7)}${pct(r.q.precision).padStart(11)}${pct(r.q.recall).padStart(8)}`);
  for (const set of ['seeds', 'other localities']) {
    const t = total(set);
    console.log(`${('TOTAL ' + set).padEnd(40)}${String(t.gold).padStart(4)}${String(t.proposed).padStart(10)}${String(t.found).padStart(7)}${pct(t.precision).padStart(11)}${pct(t.recall).padStart(8)}`);
  }
}

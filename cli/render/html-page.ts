import { readFileSync } from 'node:fs';
import type { Lang } from '../../shared/messages/index.ts';
import { escapeHtml } from './string-dom.ts';
import { GENERATED_MARK } from '../io/write-output.ts';

/** The shared look (ui/scorecard.css), inlined: the report is one file that works offline. */
function sharedCss(): string {
  return readFileSync(new URL('../../ui/scorecard.css', import.meta.url), 'utf8');
}

/** Page layout of the CLI's reports, and how they print: A4, no shadows, no cut rows. */
const PAGE_CSS = `
body { margin: 0; padding: 24px; background: #ffffff; color: #1b1f24;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif; font-size: 14px; }
main { max-width: 1040px; margin: 0 auto; }
h1 { font-size: 20px; margin: 0 0 4px; }
.cds-page-meta { color: #4b5563; font-size: 12px; margin: 0 0 16px; }
.cds-page-section { margin: 0 0 20px; }
.cds-page-section > h2 { font-size: 16px; margin: 0 0 8px; }
main > .cds-card { margin: 0 0 20px; }
.cds-rank th:first-child, .cds-rank td:first-child { width: 7em; white-space: nowrap; } /* the rank is short: the unit name gets the room */
.cds-rank td:nth-child(2) { width: 22%; }
.cds-rank td.cds-bar-cell { min-width: 120px; }
.cds-rank .cds-bar { display: block; margin-top: 4px; }
.cds-issues td:first-child { white-space: nowrap; font-variant-numeric: tabular-nums; }
footer { color: #4b5563; font-size: 12px; margin-top: 24px; }
@page { size: A4; margin: 14mm; }
@media print {
  body { padding: 0; font-size: 11pt; }
  main { max-width: none; }
  .cds-card { border: none; padding: 0; break-inside: auto; }
  main > .cds-card + .cds-card { break-before: page; }
  tr, li, .cds-award { break-inside: avoid; }
  thead { display: table-header-group; }
  .cds-bar, .cds-bar-fill, .cds-status { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/** A complete, self-contained HTML document: inline CSS only, no script, no external URL. */
export function htmlPage(opts: { lang: Lang; title: string; body: string }): string {
  return `<!doctype html>
<html lang="${opts.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${GENERATED_MARK}
<title>${escapeHtml(opts.title)}</title>
<style>
${sharedCss()}
${PAGE_CSS}
</style>
</head>
<body>
<main>
${opts.body}
</main>
</body>
</html>
`;
}

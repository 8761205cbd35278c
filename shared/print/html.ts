// A PrintDocument as one self-contained HTML page laid out as an A4 administrative document
// (Nghị định 30/2020/NĐ-CP): Times New Roman 13 pt, margins 20/15/20/30 mm (landscape 15/15/15/25),
// header with the national motto, title, body, signature blocks, recipients, compact annex.
// Pure string building: the CLI writes it to a file, the add-on shows it in an HtmlService dialog.
import type { PrintBlock, PrintDocument, PrintRow } from './model.ts';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
const e = escapeHtml;

/**
 * Times New Roman first (every office machine has it); then serif faces with the full Vietnamese
 * range, so a Linux or Mac print never mixes in a sans-serif fallback for "ở", "ừ".
 */
const FONTS = `'Times New Roman', Tinos, 'Noto Serif', 'DejaVu Serif', 'Liberation Serif', serif`;
const MARGINS = { portrait: '20mm 15mm 20mm 30mm', landscape: '15mm 15mm 15mm 25mm' } as const;
/** The printable width (A4 less the side margins), so the screen shows what paper gets. */
const PAGE_WIDTH = { portrait: '165mm', landscape: '257mm' } as const;

function css(doc: PrintDocument): string {
  const o = doc.orientation;
  return `
@page { size: A4 ${o}; margin: ${MARGINS[o]}; }
* { box-sizing: border-box; }
html { background: #e5e7eb; }
body { margin: 0; padding: 16px 0; color: #000; font-family: ${FONTS}; font-size: ${o === 'landscape' ? '12pt' : '13pt'}; line-height: ${o === 'landscape' ? 1.2 : 1.3}; }
.doc { width: ${PAGE_WIDTH[o]}; margin: 0 auto; background: #fff; padding: 12mm 10mm; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
.doc-head { display: grid; grid-template-columns: ${o === 'landscape' ? '38% 62%' : '42% 58%'}; align-items: start; text-align: center; }
.doc-bodies p, .doc-motto p { margin: 0; }
.doc-bodies .body { font-size: 12pt; }
.doc-bodies .body:last-child, .doc-motto .country { font-weight: bold; }
.doc-motto .country { font-size: 12pt; white-space: nowrap; }
.doc-motto .slogan { font-weight: bold; font-size: 13pt; }
.rule { display: block; height: 0; border-top: 1px solid #000; margin: 2px auto 6px; }
.doc-bodies .rule { width: 35%; }
.doc-motto .rule { width: 52%; }
.doc-number { font-size: 13pt; margin: 4px 0 0; }
.doc-place-date { font-style: italic; margin: 4px 0 0; }
.doc-title { text-align: center; margin: ${o === 'landscape' ? '4px 0 4px' : '14px 0 10px'}; }
.doc-title .type { font-weight: bold; font-size: 14pt; margin: 0; }
.doc-title .summary { font-weight: bold; margin: 2px 0 0; }
.doc-body p { margin: 0 0 ${o === 'landscape' ? '3px' : '6px'}; text-align: justify; }
.doc-body p.basis { font-style: italic; }
.doc-body p.summary { font-weight: bold; }
.doc-body h2 { font-size: 13pt; margin: 10px 0 4px; }
.doc-body ul { margin: 0 0 6px; padding-left: 20px; }
.doc-body li { margin: 0 0 ${o === 'landscape' ? '0' : '2px'}; }
.doc-body p.flag { border: 1.5px solid #b45309; background: #fef3c7; padding: 3px 6px; margin: 0 0 6px; font-weight: bold; text-align: left; }
.caption { font-weight: bold; text-align: center; margin: ${o === 'landscape' ? '4px 0 2px' : '8px 0 4px'} !important; }
table.doc-table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 12pt; margin: 0 0 8px; }
table.doc-table.ranking { font-size: 11pt; line-height: 1.15; }
.doc-table th, .doc-table td { border: 1px solid #000; padding: 3px 5px; vertical-align: top; overflow-wrap: normal; word-break: normal; hyphens: manual; }
.doc-table th { font-weight: bold; text-align: center; vertical-align: middle; }
.doc-table td.right { text-align: right; }
.doc-table td.center { text-align: center; }
.doc-table td.nowrap { white-space: nowrap; }
.doc-table td .line + .line { margin-top: 2px; }
.doc-table td .sub { font-size: 10.5pt; font-style: italic; }
.doc-table tr.flagged td { background: #fef3c7; }
.doc-table tr.flagged td:first-child { box-shadow: inset 4px 0 0 #b45309; }
.doc-foot { display: grid; grid-template-columns: ${o === 'landscape' ? '30% 35% 35%' : '100%'}; align-items: start; margin-top: ${o === 'landscape' ? '4px' : '10px'}; break-inside: avoid; }
.doc-sign { display: grid; grid-template-columns: 1fr 1fr; text-align: center; ${o === 'landscape' ? '' : 'margin-bottom: 8px;'} }
.doc-foot > .doc-sign { grid-column: ${o === 'landscape' ? '2 / 4' : '1'}; }
.doc-foot > .doc-recipients { grid-row: ${o === 'landscape' ? 1 : 2}; grid-column: 1; }
.doc-sign .title { font-weight: bold; margin: 0; }
.doc-sign .hint { font-style: italic; font-size: 12pt; margin: 0; }
.doc-sign .space { height: ${o === 'landscape' ? '11mm' : '22mm'}; }
.doc-sign .name { font-weight: bold; margin: 0; min-height: 1.3em; }
.doc-recipients { font-size: 11pt; padding-top: 2px; }
.doc-recipients p { margin: 0; }
.doc-recipients .head { font-style: italic; font-weight: bold; font-size: 12pt; }
.doc-annex { margin-top: 8px; border-top: 1px solid #000; padding-top: 3px; font-size: 9pt; line-height: 1.15; break-inside: avoid; }
.doc-annex .head { font-weight: bold; margin: 0 0 2px; }
.doc-annex ul { margin: 0; padding: 0; list-style: none; columns: ${o === 'landscape' ? 3 : 1}; column-gap: 6mm; }
.print-bar { width: ${PAGE_WIDTH[o]}; margin: 0 auto 8px; text-align: right; }
.print-bar button { font: inherit; font-size: 12pt; padding: 4px 16px; }
@media print {
  html, body { background: #fff; padding: 0; }
  .doc { width: auto; padding: 0; box-shadow: none; }
  .print-bar { display: none; }
  h2.new-page { break-before: page; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
  .flag, .doc-table tr.flagged td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
}

function cellHtml(lines: readonly string[], subFrom: number): string {
  return lines.map((l, i) => `<div class="line${i >= subFrom ? ' sub' : ''}">${e(l)}</div>`).join('');
}

function rowHtml(row: PrintRow, doc: { columns: { align: string; nowrap?: boolean }[]; role: string }): string {
  const cells = row.cells
    .map((lines, i) => {
      const align = doc.columns[i]?.align ?? 'left';
      // In the ranking, the unit's period under its name is secondary text.
      const subFrom = doc.role === 'ranking' && i === 1 ? 1 : Infinity;
      return `<td class="${align}${doc.columns[i]?.nowrap ? ' nowrap' : ''}">${cellHtml(lines, subFrom)}</td>`;
    })
    .join('');
  return `<tr${row.flag ? ` class="flagged" data-flag="${e(row.flag)}"` : ''}>${cells}</tr>`;
}

function blockHtml(block: PrintBlock): string {
  switch (block.kind) {
    case 'heading':
      return `<h2${block.newPage ? ' class="new-page"' : ''}>${e(block.text)}</h2>`;
    case 'paragraph':
      return `<p${block.emphasis ? ` class="${block.emphasis}"` : ''}>${e(block.text)}</p>`;
    case 'flag':
      return `<p class="flag" role="note">⚠ ${e(block.text)}</p>`;
    case 'list':
      return `<ul>${block.items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>`;
    case 'table':
      return `<p class="caption">${e(block.caption)}</p>
<table class="doc-table ${block.role}" data-role="${block.role}">
<colgroup>${block.columns.map((c) => `<col style="width: ${c.width}%">`).join('')}</colgroup>
<thead><tr>${block.columns.map((c) => `<th scope="col">${e(c.label)}</th>`).join('')}</tr></thead>
<tbody>
${block.rows.map((row) => rowHtml(row, block)).join('\n')}
</tbody>
</table>`;
  }
}

export interface PrintHtmlOptions {
  /** Extra `<head>` markup (the CLI's generator mark); trusted, not escaped. */
  extraHead?: string;
  /** A "Print" button above the page (hidden on paper), for the add-on's dialog. */
  printButton?: string;
}

/** The document as a complete HTML page: inline CSS, no external URL; a script only for the print button. */
export function printHtml(doc: PrintDocument, opts: PrintHtmlOptions = {}): string {
  const h = doc.header;
  const bodies = h.bodies.map((b) => `<p class="body">${e(b)}</p>`).join('');
  const [left, right] = doc.signatures;
  const sign = (s: typeof left) => `<div><p class="title">${e(s.title)}</p><p class="hint">${e(s.hint)}</p><div class="space"></div><p class="name">${s.name ? e(s.name) : ''}</p></div>`;
  return `<!doctype html>
<html lang="${doc.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${opts.extraHead ?? ''}
<title>${e(doc.pageTitle)}</title>
<style>${css(doc)}</style>
</head>
<body data-orientation="${doc.orientation}">
${opts.printButton ? `<div class="print-bar"><button type="button" onclick="print()">${e(opts.printButton)}</button></div>` : ''}
<div class="doc">
<header class="doc-head">
<div class="doc-bodies"><div class="bodies">${bodies}</div><span class="rule"></span><p class="doc-number">${e(h.number)}</p></div>
<div class="doc-motto"><p class="country">${e(h.motto.country)}</p><p class="slogan">${e(h.motto.slogan)}</p><span class="rule"></span><p class="doc-place-date">${e(h.placeDate)}</p></div>
</header>
<div class="doc-title"><p class="type">${e(doc.type)}</p><p class="summary">${e(doc.summary)}</p></div>
<main class="doc-body">
${doc.body.map(blockHtml).join('\n')}
</main>
<footer class="doc-foot">
<section class="doc-sign">${sign(left)}${sign(right)}</section>
<section class="doc-recipients"><p class="head">${e(doc.recipients.title)}</p>${doc.recipients.items.map((i) => `<p>${e(i)}</p>`).join('')}</section>
</footer>
<section class="doc-annex"><p class="head">${e(doc.annex.title)}</p><ul>${doc.annex.items.map((i) => `<li>${e(i)}</li>`).join('')}</ul></section>
</div>
</body>
</html>
`;
}

import {
  AlignmentType, BorderStyle, Document, Packer, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun,
  WidthType, convertMillimetersToTwip,
} from 'docx';
import type { Align, PrintBlock, PrintDocument, SignatureBlock } from '../../shared/print/index.ts';

/*
 * `--docx`: the same PrintDocument as the HTML page, as a Word document an officer can edit into a
 * Tờ trình — A4 (landscape for the ranking), Times New Roman 13 pt, margins of Nghị định 30/2020.
 */

const A4 = { width: 11906, height: 16838 };
const MARGIN_MM = { portrait: { top: 20, right: 15, bottom: 20, left: 30 }, landscape: { top: 15, right: 15, bottom: 15, left: 25 } } as const;
const FONT = 'Times New Roman';
const FLAG_FILL = 'FEF3C7';

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT };

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  /** Points. */
  size?: number;
}

function para(text: string, style: RunStyle = {}, opts: { align?: Align; pageBreakBefore?: boolean; after?: number; ruleBelow?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: ALIGN[opts.align ?? 'left'],
    spacing: { after: opts.after ?? 60 },
    ...(opts.pageBreakBefore ? { pageBreakBefore: true } : {}),
    ...(opts.ruleBelow ? { border: { bottom: LINE } } : {}),
    children: [new TextRun({ text, font: FONT, bold: style.bold ?? false, italics: style.italics ?? false, size: Math.round((style.size ?? 13) * 2) })],
  });
}

/** A borderless two-column row (the header block, the signatures). */
function twoColumns(usable: number, leftShare: number, left: Paragraph[], right: Paragraph[]): Table {
  const widths = [Math.round(usable * leftShare), usable - Math.round(usable * leftShare)];
  return new Table({
    width: { size: usable, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [left, right].map((children, i) => new TableCell({ width: { size: widths[i]!, type: WidthType.DXA }, borders: NO_BORDERS, children })),
      }),
    ],
  });
}

function blockContent(block: PrintBlock, usable: number): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [para(block.text, { bold: true }, { pageBreakBefore: block.newPage, after: 80 })];
    case 'paragraph':
      return [para(block.text, { bold: block.emphasis === 'summary', italics: block.emphasis === 'basis' }, { align: 'left' })];
    case 'flag':
      return [
        new Paragraph({
          shading: { type: ShadingType.CLEAR, fill: FLAG_FILL, color: 'auto' },
          border: { top: LINE, bottom: LINE, left: LINE, right: LINE },
          spacing: { after: 80 },
          children: [new TextRun({ text: `⚠ ${block.text}`, font: FONT, bold: true, size: 26 })],
        }),
      ];
    case 'list':
      return block.items.map((i) => para(`- ${i}`, {}, { after: 20 }));
    case 'table': {
      const widths = block.columns.map((c) => Math.round((usable * c.width) / 100));
      const size = block.role === 'ranking' ? 11.5 : 12;
      const cell = (lines: readonly string[], i: number, head: boolean, fill: string | null) =>
        new TableCell({
          width: { size: widths[i]!, type: WidthType.DXA },
          ...(fill ? { shading: { type: ShadingType.CLEAR, fill, color: 'auto' } } : {}),
          children: lines.map((l, k) =>
            para(l, { bold: head, size: k > 0 && block.role === 'ranking' && i === 1 ? 10.5 : size, italics: k > 0 && block.role === 'ranking' && i === 1 }, { align: head ? 'center' : block.columns[i]!.align, after: 0 }),
          ),
        });
      return [
        para(block.caption, { bold: true }, { align: 'center', after: 60 }),
        new Table({
          width: { size: usable, type: WidthType.DXA },
          columnWidths: widths,
          layout: TableLayoutType.FIXED,
          rows: [
            new TableRow({ tableHeader: true, children: block.columns.map((c, i) => cell([c.label], i, true, null)) }),
            ...block.rows.map((row) => new TableRow({ cantSplit: true, children: row.cells.map((lines, i) => cell(lines, i, false, row.flag ? FLAG_FILL : null)) })),
          ],
        }),
        para('', {}, { after: 60 }),
      ];
    }
  }
}

function signature(s: SignatureBlock): Paragraph[] {
  return [
    para(s.title, { bold: true }, { align: 'center', after: 0 }),
    para(s.hint, { italics: true, size: 12 }, { align: 'center', after: 1200 }),
    para(s.name ?? '', { bold: true }, { align: 'center' }),
  ];
}

/** The Word file's bytes. */
export async function printDocx(doc: PrintDocument): Promise<Uint8Array> {
  const margin = MARGIN_MM[doc.orientation];
  const pageWidth = doc.orientation === 'landscape' ? A4.height : A4.width;
  const usable = pageWidth - convertMillimetersToTwip(margin.left) - convertMillimetersToTwip(margin.right);
  const h = doc.header;
  const header = twoColumns(
    usable,
    doc.orientation === 'landscape' ? 0.38 : 0.42,
    [
      ...h.bodies.map((b, i) => para(b, { bold: i === h.bodies.length - 1, size: 12 }, { align: 'center', after: 0 })),
      para('', {}, { align: 'center', after: 0 }),
      para(h.number, {}, { align: 'center' }),
    ],
    [
      para(h.motto.country, { bold: true, size: 12 }, { align: 'center', after: 0 }),
      para(h.motto.slogan, { bold: true }, { align: 'center', after: 0 }),
      para('', {}, { align: 'center', after: 0 }),
      para(h.placeDate, { italics: true }, { align: 'center' }),
    ],
  );
  const children: (Paragraph | Table)[] = [
    header,
    para(doc.type, { bold: true, size: 14 }, { align: 'center', after: 0 }),
    para(doc.summary, { bold: true }, { align: 'center', after: 200 }),
    ...doc.body.flatMap((b) => blockContent(b, usable)),
    twoColumns(usable, 0.5, signature(doc.signatures[0]), signature(doc.signatures[1])),
    para(doc.recipients.title, { bold: true, italics: true, size: 12 }, { after: 0 }),
    ...doc.recipients.items.map((i) => para(i, { size: 11 }, { after: 0 })),
    para(doc.annex.title, { bold: true, size: 10 }, { after: 0 }),
    ...doc.annex.items.map((i) => para(i, { size: 10 }, { after: 0 })),
  ];
  const word = new Document({
    title: doc.pageTitle,
    creator: 'cds',
    styles: { default: { document: { run: { font: FONT, size: 26 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height, orientation: doc.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: {
              top: convertMillimetersToTwip(margin.top),
              right: convertMillimetersToTwip(margin.right),
              bottom: convertMillimetersToTwip(margin.bottom),
              left: convertMillimetersToTwip(margin.left),
            },
          },
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(word));
}

import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { CliError, cliError, fileErrorMessage } from '../errors.ts';

/** The text of a plan document and what kind of file it came from. */
export interface PlanDocument {
  text: string;
  kind: 'txt' | 'docx' | 'pdf';
  pages: number | null;
}

/** Fewer readable letters than this per page means the PDF is a scan (pictures of pages). */
const LETTERS_PER_PAGE = 40;

/**
 * Reads a plan document as text: .txt (UTF-8, or UTF-16 with its byte-order mark), .docx (the
 * words of the document, via mammoth) or a PDF with a text layer (via unpdf / pdf.js). A scanned PDF
 * has no text to read: it is refused with a message saying so, never read as an empty plan.
 */
export async function readPlanDocument(cwd: string, given: string): Promise<PlanDocument> {
  const path = resolve(cwd, given);
  const ext = extname(given).toLowerCase();
  if (ext !== '.txt' && ext !== '.docx' && ext !== '.pdf' && ext !== '.md') throw cliError('cli.draft.bad-extension', { path: given });
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (error) {
    throw new CliError(fileErrorMessage(error, given));
  }
  if (ext === '.txt' || ext === '.md') return { text: decodeText(data), kind: 'txt', pages: null };
  if (ext === '.docx') {
    try {
      const mammoth = await import('mammoth');
      const result = await mammoth.default.extractRawText({ buffer: data });
      return { text: result.value, kind: 'docx', pages: null };
    } catch (error) {
      throw cliError('cli.draft.unreadable', { path: given, reason: (error as Error).message ?? String(error) });
    }
  }
  let pages = 0;
  let text = '';
  try {
    const { extractText, getDocumentProxy } = await import('unpdf');
    const pdf = await getDocumentProxy(new Uint8Array(data));
    const result = await extractText(pdf, { mergePages: true });
    pages = result.totalPages;
    text = result.text;
  } catch (error) {
    throw cliError('cli.draft.unreadable', { path: given, reason: (error as Error).message ?? String(error) });
  }
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  if (letters < LETTERS_PER_PAGE * Math.max(1, pages)) throw cliError('cli.draft.pdf-scan', { path: given, pages });
  return { text, kind: 'pdf', pages };
}

/** UTF-8 (BOM dropped) or UTF-16 LE/BE with a BOM, as Word's "Unicode text" saves it. */
export function decodeText(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  return new TextDecoder('utf-8').decode(data).replace(/^\uFEFF/, '');
}

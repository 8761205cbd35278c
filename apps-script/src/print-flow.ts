// "In bảng điểm": the open report's scorecard as the A4 document of the award dossier (Nghị định
// 30/2020 form), built by the same shared/print code as `cds score --html`, shown in a dialog
// whose "In" button prints it. Reads the report only: no mark, no sheet written.
import { msg, t } from './messages/index.ts';
import { printHtml, scorecardsDocument } from '../../shared/print/index.ts';
import { scoreReport } from '../../shared/score/scorecard.ts';
import { htmlService, spreadsheetApp, type SpreadsheetLike } from './gas.ts';
import { Problem } from './problem.ts';
import { findReport } from './validate-flow.ts';

/** The dialog's size: an A4 page at screen scale, within a laptop screen. */
const DIALOG = { width: 860, height: 640 };

/** The printable page (a whole HTML document) of the report the officer has open. */
export function printScorecardPage(book: SpreadsheetLike, today: string): string {
  const checked = findReport(book);
  if (checked.plan === null || checked.report === null) {
    const planIssue = checked.issues.find((i) => i.code === 'plan-missing' || i.code === 'plan-unknown' || i.code === 'plan-tab-invalid');
    if (planIssue) throw new Problem(planIssue.message.key, planIssue.message.params);
    throw new Problem('sheets.error.no-report', { sheet: checked.read.name });
  }
  // Every issue counts, as in "Chấm điểm": a value flagged as an error earns nothing and is flagged.
  const card = scoreReport(checked.report, checked.plan, { issues: checked.issues });
  const doc = scorecardsDocument(
    [{ card, plan: checked.plan, source: t(msg('print.annex.sheet', { sheet: checked.read.name }), 'vi'), errors: checked.issues.filter((i) => i.severity === 'error').length, failure: null }],
    { lang: 'vi', date: today },
  );
  return printHtml(doc, { printButton: t(msg('print.print-button'), 'vi') });
}

export function showPrintDialog(book: SpreadsheetLike, today: string): void {
  const output = htmlService().createHtmlOutput(printScorecardPage(book, today));
  output.setWidth?.(DIALOG.width);
  output.setHeight?.(DIALOG.height);
  spreadsheetApp().getUi().showModalDialog(output, t(msg('print.addon.title'), 'vi'));
}

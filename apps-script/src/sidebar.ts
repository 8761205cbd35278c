// Opens the sidebar page (Sidebar.html: one file, CSS and JS inlined by the build) on a view. The
// view goes in a <meta> the page reads; the data itself is fetched by the page after it renders.
import { t, msg } from './messages/index.ts';
import type { SidebarView } from './dto.ts';
import { htmlService, spreadsheetApp } from './gas.ts';

export const SIDEBAR_FILE = 'Sidebar';
export const START_META = '<meta name="cds-start" content="template">';

export function showSidebar(view: SidebarView): void {
  const page = htmlService().createHtmlOutputFromFile(SIDEBAR_FILE).getContent();
  const html = page.replace(START_META, `<meta name="cds-start" content="${view}">`);
  const output = htmlService().createHtmlOutput(html).setTitle(t(msg('sheets.sidebar.title'), 'vi'));
  spreadsheetApp().getUi().showSidebar(output);
}

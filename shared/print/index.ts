// Printouts for the award dossier: document model (Nghị định 30/2020 form) and its HTML page.
export * from './model.ts';
export * from './scorecards.ts';
export * from './ranking.ts';
export { printHtml, type PrintHtmlOptions } from './html.ts';

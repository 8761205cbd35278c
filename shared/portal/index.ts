// The portal part of the core: schemas of the evaluation API, payload → per-unit figures, group
// points recomputed from raw counts, and figures → Report for scoring. Used by the extension and the CLI.
export * from './endpoints.ts';
export * from './period.ts';
export * from './figures.ts';
export * from './schemas.ts';
export { parsePortalPayload, detectEndpoint, type ParseOptions } from './parse.ts';
export * from './catalogue.ts';
export * from './recompute.ts';
export * from './unit-figures.ts';
export * from './scan.ts';
export * from './unit-read.ts';
export * from './priorities.ts';
export * from './report.ts';
export * from './summary.ts';
export * from './panel-view.ts';
export * from './export.ts';
export * from './history.ts';

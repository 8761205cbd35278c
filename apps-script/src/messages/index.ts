// The add-on's message catalogue: the core's keys plus the Sheets texts (sheets.*). Add-on code and its
// sidebar render with this module's `t`/`both`, so the bundle carries no CLI texts.
export { t, both, hasMessage, catalogue, msg, formatNumber, formatDate, type Lang } from '../../../shared/messages/index.ts';

// The CLI's message catalogue: the core's keys plus the `cds` texts (cli.*, safety.*, auth.*, collect.*,
// trend.*, plan draft). CLI code renders with this module's `t`/`both`, never with the core's alone.
export { t, both, hasMessage, catalogue, msg, formatNumber, formatDate, type Lang } from '../../shared/messages/index.ts';

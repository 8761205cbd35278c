// The one percent-text helper, shared with the Sheets add-on (shared/parse/percent-text.ts).
export { percentText } from '../../shared/parse/percent-text.ts';

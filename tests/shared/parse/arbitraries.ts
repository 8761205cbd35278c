import fc from 'fast-check';
import type { RawValue } from '../../../shared/schema/report.ts';

// Cells as they come from sheets and files: any text (with the characters officers use most),
// numbers of every kind, booleans, null.
const messyText = fc.oneof(
  fc.string(),
  fc.stringMatching(/^[ \u00a0]?[-+−]?[0-9.,% \u00a0]{0,12}$/),
  fc.constantFrom('có', 'không', 'x', '✓', 'đạt', 'chưa đạt', '#DIV/0!', '#N/A', '-', '85,5,1', '1.234,5', 'Mã chỉ tiêu', 'Giá trị', 'Đơn vị'),
);
export const rawValue: fc.Arbitrary<RawValue> = fc.oneof(
  messyText,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);

/** Administrative levels in order. Kept free of zod so code shipped to the page can list them. */
export const LEVELS = Object.freeze(['commune', 'district', 'province', 'national'] as const);

/** Who reports (`Đối tượng`): the report groups, in the template's order. */
export const REPORT_GROUPS = Object.freeze(['agency', 'village', 'enterprise', 'individual', 'other'] as const);

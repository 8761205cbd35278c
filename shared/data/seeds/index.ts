/** The five plan documents the toolkit was built from, each with the bundled plan that encodes it. */
export const SEED_PLANS: readonly (readonly [file: string, planId: string])[] = Object.freeze([
  ['000_7ac6ef8f8f12be28.txt', 'van-phuc-2023-2025'],
  ['001_2d2fca842c8bf0cb.txt', 'hung-dao-2023'],
  ['002_6e2149cc5b4248a7.txt', 'cat-ne-2024'],
  ['003_b1016627daa8395a.txt', 'ninh-hai-2023'],
  ['004_52b1619693e432af.txt', 'hai-an-2025-2030'],
] as const);

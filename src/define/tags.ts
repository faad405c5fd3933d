// The tags that have an entry of their own (dist/<tag>.js, package export "./<tag>", defined by
// src/define/<tag>.ts). One list for the build (vite.config.ts), the size report and the tests.
export const elementTags = [
  'doc-uploader',
  'doc-checklist',
  'sign-panel',
  'school-enroll-form',
  'special-school-form',
  'meal-subsidy-form',
  'school-transport-form',
  'home-study-form',
  'camp-referral-form',
  'school-transfer-form',
] as const;

export type ElementTag = (typeof elementTags)[number];

// Shared sample data for the signing tests: valid school-enrollment answers and small attachment files.

/** school-enrollment answers that pass the schema and rules (IIN from docs/reference/kz-facts.md A.3). */
export function sampleAnswers(overrides: Record<string, unknown> = {}) {
  return {
    child: { iin: '200821501076', birthDate: '2020-08-21', lastName: 'Сейтқали', firstName: 'Әлихан' },
    schoolYear: 2027,
    school: '№ 12 мектеп-гимназия, Астана',
    statuses: [],
    residency: 'citizen',
    bornAbroad: false,
    specialNeeds: false,
    homeEducation: false,
    ...overrides,
  };
}

/** Deterministic pseudo-random bytes, so fixtures and tests do not depend on Math.random. */
export function bytes(length: number, seed = 1): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** A tiny file with the given magic bytes in front (PNG, PDF, JPEG look-alikes). */
export function sampleFile(name: string, type: string, length: number, seed: number): File {
  const magic: Record<string, number[]> = {
    'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d],
    'image/jpeg': [0xff, 0xd8, 0xff],
  };
  const body = bytes(length, seed);
  body.set(magic[type] ?? [], 0);
  return new File([body], name, { type });
}

/** A fixed clock: 3 June 2027, 10:15 in Kazakhstan (05:15 UTC). */
export const fixedNow = () => new Date(Date.UTC(2027, 5, 3, 5, 15, 0, 0));

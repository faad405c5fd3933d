// What the parent changed while a draft was loading, and putting those answers over the draft's
// (draft-parts.ts): plain answer objects compared and copied by path, no DOM.

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The paths (down to leaves; arrays are leaves) where two answer objects differ. */
export function changedPaths(before: unknown, after: unknown, at: string[] = []): string[][] {
  // A group that appeared or went (`child`) counts by its answers, not as one whole.
  if ((isRecord(before) || isRecord(after)) && (isRecord(before) || before === undefined) && (isRecord(after) || after === undefined)) {
    const b = (before ?? {}) as Record<string, unknown>;
    const a = (after ?? {}) as Record<string, unknown>;
    const keys = new Set([...Object.keys(b), ...Object.keys(a)]);
    return [...keys].flatMap((k) => changedPaths(b[k], a[k], [...at, k]));
  }
  return sameValue(before, after) ? [] : [at];
}

export function valueAt(answers: unknown, path: string[]): unknown {
  let value = answers;
  for (const k of path) value = isRecord(value) ? value[k] : undefined;
  return value;
}

/** A copy of `answers` with `value` at `path` (undefined: the key goes). */
export function withValue(answers: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  if (!path.length) return isRecord(value) ? value : answers;
  const [head, ...rest] = path;
  const out = { ...answers };
  if (rest.length) out[head] = withValue(isRecord(out[head]) ? (out[head] as Record<string, unknown>) : {}, rest, value);
  else if (value === undefined) delete out[head];
  else out[head] = value;
  return out;
}

// Which answer fields the service's schema does not name, at any level: a strict reading of the signed answers.
import type { $ZodType } from 'zod/v4/core';

type Def = { type?: string; shape?: Record<string, $ZodType>; innerType?: $ZodType; in?: $ZodType; out?: $ZodType; element?: $ZodType };

function defOf(schema: unknown): Def {
  return ((schema as { _zod?: { def?: Def } })?._zod?.def ?? {}) as Def;
}

/** The object or array schema under wrappers (optional, default, preprocess, transform…), if any. */
function core(schema: $ZodType | undefined, depth = 0): Def | undefined {
  if (!schema || depth > 16) return undefined;
  const def = defOf(schema);
  if (def.type === 'object' || def.type === 'array') return def;
  if (def.innerType) return core(def.innerType, depth + 1);
  if (def.type === 'pipe') return core(def.out, depth + 1) ?? core(def.in, depth + 1);
  return undefined;
}

/** Paths (dotted, arrays as `[i]`) of members in `value` that `schema` does not name. */
export function unexpectedFields(schema: $ZodType, value: unknown, path: string, out: string[] = []): string[] {
  const def = core(schema);
  if (!def || typeof value !== 'object' || value === null) return out;
  if (def.type === 'array') {
    if (Array.isArray(value)) value.forEach((item, i) => unexpectedFields(def.element as $ZodType, item, `${path}[${i}]`, out));
    return out;
  }
  if (Array.isArray(value)) return out;
  const shape = def.shape ?? {};
  for (const key of Object.keys(value)) {
    const at = `${path}.${key}`;
    if (!Object.hasOwn(shape, key)) out.push(at);
    else unexpectedFields(shape[key], (value as Record<string, unknown>)[key], at, out);
  }
  return out;
}

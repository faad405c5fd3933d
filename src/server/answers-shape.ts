// Which answer fields the service's schema does not name, at any level: a strict reading of the signed answers.
import type { z } from 'zod';

type Def = { type?: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType; element?: z.ZodType };

function defOf(schema: unknown): Def {
  return ((schema as { _zod?: { def?: Def } })?._zod?.def ?? {}) as Def;
}

/** The object or array schema under wrappers (optional, default, preprocess, transform…), if any. */
function core(schema: z.ZodType | undefined, depth = 0): Def | undefined {
  if (!schema || depth > 16) return undefined;
  const def = defOf(schema);
  if (def.type === 'object' || def.type === 'array') return def;
  if (def.innerType) return core(def.innerType, depth + 1);
  if (def.type === 'pipe') return core(def.out, depth + 1) ?? core(def.in, depth + 1);
  return undefined;
}

/** Paths (dotted, arrays as `[i]`) of members in `value` that `schema` does not name. */
export function unexpectedFields(schema: z.ZodType, value: unknown, path: string, out: string[] = []): string[] {
  const def = core(schema);
  if (!def || typeof value !== 'object' || value === null) return out;
  if (def.type === 'array') {
    if (Array.isArray(value)) value.forEach((item, i) => unexpectedFields(def.element as z.ZodType, item, `${path}[${i}]`, out));
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

// validateAnswers: a service's zod schema (issues mapped to our codes) plus its cross-field checks.
import { safeParse } from 'zod/mini';
import type { $ZodError, $ZodIssue, $ZodObject, $ZodType } from 'zod/v4/core';
import { isErrorCode, hasErrors, type ErrorCode, type RuleIssue } from './errors.js';
import type { ServiceId } from './ids.js';
import type { PartialAnswers, RuleContext } from './service.js';
import { services, type ServiceAnswers } from './services/index.js';

export type ValidationResult<T> = {
  /** No issue of severity error (warnings do not block). */
  ok: boolean;
  /** The parsed answers, when the schema accepted them. */
  data?: T;
  /** Errors and warnings, one per path and code, schema issues first. */
  issues: RuleIssue[];
};

function valueAt(input: unknown, path: readonly (string | number)[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** Our code for one zod issue; `value` is the raw input at the issue's path. */
function codeFor(issue: $ZodIssue, value: unknown): ErrorCode {
  // An empty answer is "required" whatever the check that noticed it.
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return 'required';
  if (isErrorCode(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_value':
      return 'invalid-option';
    case 'invalid_type':
      // zod 4 reports a non-integer for .int() as expected 'int'.
      return ['number', 'int', 'bigint'].includes(issue.expected) ? 'invalid-number' : 'invalid-value';
    case 'too_small':
      return issue.origin === 'number' ? 'invalid-number' : 'required';
    case 'too_big':
      return issue.origin === 'string' ? 'text-too-long' : issue.origin === 'number' ? 'invalid-number' : 'invalid-value';
    default:
      return 'invalid-value';
  }
}

/** Zod issues as RuleIssues with our codes, at most one per path. */
export function issuesFromZod(error: $ZodError, input: unknown): RuleIssue[] {
  const seen = new Set<string>();
  const issues: RuleIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    const key = JSON.stringify(path);
    if (seen.has(key)) continue;
    seen.add(key);
    const result: RuleIssue = { path, code: codeFor(issue, valueAt(input, path)) };
    if (issue.code === 'too_big' && issue.origin === 'string') result.params = { max: Number(issue.maximum) };
    issues.push(result);
  }
  return issues;
}

/** An object schema, from zod or zod/mini alike (both share zod's core). */
function isObjectSchema(schema: $ZodType): schema is $ZodObject {
  return schema._zod.def.type === 'object';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The answers as far as they parse: each field of an object schema parsed on its own (and a
 * nested object field, such as the child, by its own fields), keeping those that pass with their
 * parsed value (trimmed, coerced, defaults filled). Unknown keys are dropped, as the schema does.
 */
export function partialAnswers(schema: $ZodType, input: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!isObjectSchema(schema)) return out;
  const source = isPlainObject(input) ? input : {};
  for (const [key, field] of Object.entries(schema._zod.def.shape as Record<string, $ZodType>)) {
    const value = Object.hasOwn(source, key) ? source[key] : undefined;
    const parsed = safeParse(field, value);
    if (parsed.success) {
      if (parsed.data !== undefined) out[key] = parsed.data;
    } else if (isObjectSchema(field) && isPlainObject(value)) {
      out[key] = partialAnswers(field, value);
    }
  }
  return out;
}

/**
 * Validates a service's answers: the schema's issues, then the service's cross-field checks.
 * When the schema fails, the checks still run on the fields that parsed (`partialAnswers`), each
 * check when the fields it reads are there, so an error summary shows every problem at once
 * (the child too young while the school is still blank). A check's issue at a path that already
 * has a schema issue is left out.
 */
export function validateAnswers<Id extends ServiceId>(
  service: Id,
  answers: unknown,
  context: RuleContext = {},
): ValidationResult<ServiceAnswers[Id]> {
  // Own keys only: '__proto__' or 'toString' must be an unknown service, not Object.prototype's.
  if (typeof service !== 'string' || !Object.hasOwn(services, service)) throw new RangeError(`Unknown service id: ${String(service)}`);
  const definition = services[service];
  const check = definition.check as (answers: PartialAnswers<ServiceAnswers[Id]>, context: RuleContext) => RuleIssue[];
  const parsed = safeParse(definition.schema, answers);
  if (parsed.success) {
    const data = parsed.data as ServiceAnswers[Id];
    const issues = check(data as PartialAnswers<ServiceAnswers[Id]>, context);
    return { ok: !hasErrors(issues), data, issues };
  }
  const issues = issuesFromZod(parsed.error, answers);
  const taken = new Set(issues.map((issue) => JSON.stringify(issue.path)));
  const partial = partialAnswers(definition.schema, answers) as PartialAnswers<ServiceAnswers[Id]>;
  for (const issue of check(partial, context)) {
    if (!taken.has(JSON.stringify(issue.path))) issues.push(issue);
  }
  return { ok: false, issues };
}

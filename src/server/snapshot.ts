// A plain-JSON copy of untrusted input that never runs its code: no getters, no toJSON, no Proxy surprises, bounded in size.
import { MAX_DEPTH, MAX_JSON_NODES, MAX_MEMBERS, MAX_STRING_CHARS } from './limits.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Why a value could not be copied, and where (a path like `payload.documents[2].name`). */
export class Unreadable extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path || 'detail'}: ${reason}`);
  }
}

export interface SnapshotLimits {
  maxString?: number;
  /** Per-path string limits (e.g. the signature value may be longer). */
  stringLimit?: (path: string) => number;
}

export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

/**
 * Copies a JSON value. Only own, enumerable data properties of plain objects (prototype
 * Object.prototype or null) and arrays are read; an accessor, a function, a symbol, a class
 * instance, a non-finite number or anything over the limits is `Unreadable` at its path.
 * A Proxy's traps may still run (they cannot be told apart), but anything they throw is caught.
 */
export function snapshot(value: unknown, path = '', options: SnapshotLimits = {}): Json {
  const state = { nodes: 0 };
  try {
    return copy(value, path, 0, state, options);
  } catch (error) {
    if (error instanceof Unreadable) throw error;
    throw new Unreadable(path, `threw while read: ${describe(error)}`);
  }
}

function describe(error: unknown): string {
  try {
    return error instanceof Error ? error.message.slice(0, 200) : typeof error;
  } catch {
    return 'an error';
  }
}

function copy(value: unknown, path: string, depth: number, state: { nodes: number }, options: SnapshotLimits): Json {
  if (++state.nodes > MAX_JSON_NODES) throw new Unreadable(path, `more than ${MAX_JSON_NODES} values`);
  switch (typeof value) {
    case 'string': {
      const max = options.stringLimit?.(path) ?? options.maxString ?? MAX_STRING_CHARS;
      if (value.length > max) throw new Unreadable(path, `a string longer than ${max} characters`);
      return value;
    }
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw new Unreadable(path, 'a number JSON cannot carry');
      return value;
    case 'object':
      break;
    default:
      throw new Unreadable(path, `a ${typeof value}, not JSON`);
  }
  if (value === null) return null;
  if (depth >= MAX_DEPTH) throw new Unreadable(path, `nested deeper than ${MAX_DEPTH}`);
  try {
    if (Array.isArray(value)) {
      const length = dataProperty(value, 'length', path);
      if (typeof length !== 'number' || length > MAX_MEMBERS) throw new Unreadable(path, `an array of more than ${MAX_MEMBERS} entries`);
      const out: Json[] = [];
      for (let i = 0; i < length; i++) out.push(copy(dataProperty(value, String(i), childPath(path, i)), childPath(path, i), depth + 1, state, options));
      return out;
    }
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) throw new Unreadable(path, 'not a plain object');
    const keys = Reflect.ownKeys(value);
    if (keys.length > MAX_MEMBERS) throw new Unreadable(path, `an object of more than ${MAX_MEMBERS} members`);
    const out: Record<string, Json> = {};
    for (const key of keys) {
      if (typeof key !== 'string') throw new Unreadable(path, 'a symbol key');
      const at = childPath(path, key);
      const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
      if (!descriptor || !descriptor.enumerable) continue;
      if (!('value' in descriptor)) throw new Unreadable(at, 'an accessor (getter), not data');
      // defineProperty, so a member named __proto__ stays a member.
      Object.defineProperty(out, key, { value: copy(descriptor.value, at, depth + 1, state, options), enumerable: true, writable: true, configurable: true });
    }
    return out;
  } catch (error) {
    if (error instanceof Unreadable) throw error;
    throw new Unreadable(path, `threw while read: ${describe(error)}`);
  }
}

/** An own data property's value, never running a getter; undefined when absent. */
export function dataProperty(object: object, key: string, path = key): unknown {
  const descriptor = Reflect.getOwnPropertyDescriptor(object, key);
  if (!descriptor) return undefined;
  if (!('value' in descriptor)) throw new Unreadable(path, 'an accessor (getter), not data');
  return descriptor.value;
}

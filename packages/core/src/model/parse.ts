import * as v from './schema.js';
import { ValidationError } from '../contract/errors.js';
import type { Versioned } from '../contract/versioned.js';

/**
 * Validates an untrusted value against a schema and returns the typed copy, or throws a
 * `ValidationError` whose issues carry dotted paths (`members.2.role`).
 */
export function parse<const S extends v.GenericSchema>(schema: S, value: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  throw new ValidationError(result.issues);
}

/**
 * Validates what an adapter answered: the value against its schema and the version as a
 * non-empty string. Widgets run every answer through this, since a provider's adapter may not.
 */
export function parseVersioned<const S extends v.GenericSchema>(
  schema: S,
  answer: unknown,
): Versioned<v.InferOutput<S>> {
  const { value, version } = (answer ?? {}) as { value?: unknown; version?: unknown };
  if (typeof version !== 'string' || version === '') {
    throw new ValidationError([{ path: 'version', message: 'must be a non-empty string' }]);
  }
  return { value: parse(schema, value), version };
}

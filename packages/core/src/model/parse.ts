import * as v from 'valibot';
import { ValidationError, type ValidationIssue } from '../adapter/errors.js';

/**
 * Validates an untrusted value against a schema and returns the typed copy, or throws a
 * `ValidationError` whose issues carry dotted paths (`members.2.role`).
 */
export function parse<const S extends v.GenericSchema>(schema: S, value: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  throw new ValidationError(result.issues.map(toIssue));
}

function toIssue(issue: v.BaseIssue<unknown>): ValidationIssue {
  return { path: v.getDotPath(issue) ?? '', message: issue.message };
}

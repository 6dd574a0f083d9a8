/**
 * Every error an adapter may throw. Each class has a stable `name`, set explicitly because
 * minifiers rename classes, and carries a brand that survives copies of the library: a widget
 * from one bundle recognizes a `ConflictError` thrown by an adapter from another bundle (or from
 * another version) through `recognizeError()`, never through `instanceof` alone.
 *
 * A provider's hand-written adapter that cannot import these classes (plain HTML, no bundler)
 * may throw any `Error` whose `name` is one of `SAUMATON_ERROR_NAMES` with the same fields:
 * `current` on a `ConflictError`, `issues` on a `ValidationError`, `kind` and `id` on a
 * `NotFoundError`. Such an error is recognized too.
 */

import type { Versioned } from './versioned.js';

/** The brand every Saumaton error carries; `Symbol.for`, so every copy of the library shares it. */
const BRAND = Symbol.for('saumaton.error');

/** The names of the error classes, which are also what `recognizeError()` goes by. */
export const SAUMATON_ERROR_NAMES = [
  'AdapterError',
  'NotFoundError',
  'ConflictError',
  'ForbiddenError',
  'UnauthorizedError',
  'OfflineError',
  'ValidationError',
] as const;

export type SaumatonErrorName = (typeof SAUMATON_ERROR_NAMES)[number];

/** Base class of every Saumaton error, so a host can catch them all at once. */
export class SaumatonError extends Error {
  override name: SaumatonErrorName | 'SaumatonError' | (string & {}) = 'SaumatonError';
}
Object.defineProperty(SaumatonError.prototype, BRAND, { value: true });

/** True for an error of any copy of the library, this one or another bundle's. */
export function isSaumatonError(error: unknown): boolean {
  return (
    error instanceof SaumatonError ||
    (typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[BRAND] === true)
  );
}

/** A backend failure that fits no narrower class (a 500, a broken response, a storage quota). */
export class AdapterError extends SaumatonError {
  override name = 'AdapterError' as const;
}

/** The record does not exist, or the viewer may not know that it exists. */
export class NotFoundError extends SaumatonError {
  override name = 'NotFoundError' as const;
  constructor(
    readonly kind: string,
    readonly id: string,
    options?: ErrorOptions,
  ) {
    super(`${kind} "${id}" was not found`, options);
  }
}

/**
 * Someone else wrote first: the write was based on a version that is no longer current.
 * Carries the current value when the adapter has it, so the UI can show theirs beside the user's
 * own edit; without it, the widget reads the current version itself.
 */
export class ConflictError<T = unknown> extends SaumatonError {
  override name = 'ConflictError' as const;
  constructor(
    readonly current: Versioned<T> | undefined,
    options?: ErrorOptions,
  ) {
    super('The record was changed by someone else', options);
  }
}

/** The viewer is signed in but may not do this. */
export class ForbiddenError extends SaumatonError {
  override name = 'ForbiddenError' as const;
}

/** The viewer is not signed in, or the session has expired. */
export class UnauthorizedError extends SaumatonError {
  override name = 'UnauthorizedError' as const;
}

/** The backend could not be reached. */
export class OfflineError extends SaumatonError {
  override name = 'OfflineError' as const;
}

/** One thing that is wrong with a value, with the path to it (`members.2.role`). */
export interface ValidationIssue {
  readonly path: string;
  readonly message: string;
  /** A stable code for a broken rule, so a widget can say it in the user's language. */
  readonly code?: string;
}

/** Data that does not fit the model or breaks one of its rules. */
export class ValidationError extends SaumatonError {
  override name = 'ValidationError' as const;
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[], options?: ErrorOptions) {
    const first = issues[0];
    super(first ? `Invalid value at "${first.path}": ${first.message}` : 'Invalid value', options);
    this.issues = issues;
  }

  /** The path of the first failing value, `''` for the value as a whole. */
  get path(): string {
    return this.issues[0]?.path ?? '';
  }
}

/** The `AbortError` a cancelled call rejects with, as `fetch` does. */
export function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new DOMException('The operation was aborted', 'AbortError');
}

/** Throws the signal's reason when it is aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError(signal);
}

/** True for the rejection of an aborted call, whatever produced it. */
export function isAbortError(error: unknown): boolean {
  return (
    (error instanceof DOMException || error instanceof Error) &&
    (error.name === 'AbortError' || error.name === 'TimeoutError')
  );
}

/**
 * The error as this copy of the library's own class, whatever copy threw it: an error of this
 * copy is returned as it is; one branded by another copy, or a plain `Error` named like one of
 * the classes, becomes an instance of the matching class here with its fields and the original
 * as `cause`. Anything else (including a `DOMException`, whose names overlap) is returned
 * unchanged. Widgets pass every adapter rejection through this once, then use `instanceof`.
 */
export function recognizeError(error: unknown): unknown {
  if (error instanceof SaumatonError || !isErrorLike(error)) return error;
  // A branded error keeps its stable name; the name then says which class it is.
  if (typeof DOMException !== 'undefined' && error instanceof DOMException) return error;
  const record = error as unknown as Record<string | symbol, unknown>;
  const name = typeof record.name === 'string' ? record.name : '';
  if (!(SAUMATON_ERROR_NAMES as readonly string[]).includes(name)) return error;
  const message = typeof record.message === 'string' ? record.message : undefined;
  const options = { cause: error };
  let recognized: SaumatonError;
  switch (name as SaumatonErrorName) {
    case 'NotFoundError':
      recognized = new NotFoundError(text(record.kind, 'Record'), text(record.id, ''), options);
      break;
    case 'ConflictError':
      recognized = new ConflictError(isVersioned(record.current) ? record.current : undefined, options);
      break;
    case 'ValidationError':
      recognized = new ValidationError(validIssues(record.issues, message), options);
      break;
    case 'ForbiddenError':
      recognized = new ForbiddenError(message, options);
      break;
    case 'UnauthorizedError':
      recognized = new UnauthorizedError(message, options);
      break;
    case 'OfflineError':
      recognized = new OfflineError(message, options);
      break;
    case 'AdapterError':
      recognized = new AdapterError(message, options);
      break;
  }
  if (message) recognized.message = message;
  return recognized;
}

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

function isErrorLike(value: unknown): value is object {
  return typeof value === 'object' && value !== null && 'name' in value;
}

function isVersioned(value: unknown): value is Versioned<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    'value' in value &&
    typeof (value as { version?: unknown }).version === 'string'
  );
}

function validIssues(value: unknown, message: string | undefined): ValidationIssue[] {
  const issues = Array.isArray(value)
    ? value.flatMap((i: unknown) => {
        if (typeof i !== 'object' || i === null) return [];
        const { path, message: text, code } = i as Record<string, unknown>;
        return [
          {
            path: typeof path === 'string' ? path : '',
            message: typeof text === 'string' ? text : 'is not valid',
            ...(typeof code === 'string' ? { code } : {}),
          },
        ];
      })
    : [];
  return issues.length > 0 ? issues : [{ path: '', message: message ?? 'is not valid' }];
}

/** Throws a `ValidationError` listing the issues, if there are any. */
export function assertNoIssues(issues: readonly ValidationIssue[]): void {
  if (issues.length > 0) throw new ValidationError(issues);
}

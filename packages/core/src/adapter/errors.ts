/**
 * Every error an adapter may throw. Widgets tell them apart with `instanceof` and render a
 * localized state for each; adapters written by providers throw these same classes.
 */

import type { Versioned } from './versioned.js';

/** Base class of every Saumaton error, so a host can catch them all with one `instanceof`. */
export class SaumatonError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A backend failure that fits no narrower class (a 500, a broken response, a storage quota). */
export class AdapterError extends SaumatonError {}

/** The record does not exist, or the viewer may not know that it exists. */
export class NotFoundError extends SaumatonError {
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
 * Carries the current value, so the UI can show theirs beside the user's own edit.
 */
export class ConflictError<T = unknown> extends SaumatonError {
  constructor(
    readonly current: Versioned<T> | undefined,
    options?: ErrorOptions,
  ) {
    super('The record was changed by someone else', options);
  }
}

/** The viewer is signed in but may not do this. */
export class ForbiddenError extends SaumatonError {}

/** The viewer is not signed in, or the session has expired. */
export class UnauthorizedError extends SaumatonError {}

/** The backend could not be reached. */
export class OfflineError extends SaumatonError {}

/** One thing that is wrong with a value, with the path to it (`members.2.role`). */
export interface ValidationIssue {
  readonly path: string;
  readonly message: string;
  /** A stable code for a broken rule, so a widget can say it in the user's language. */
  readonly code?: string;
}

/** Data that does not fit the model or breaks one of its rules. */
export class ValidationError extends SaumatonError {
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

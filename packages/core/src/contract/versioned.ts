/** A value with the opaque version (an ETag) it was read or written at. */
export interface Versioned<T> {
  readonly value: T;
  readonly version: string;
}

/** The options every store method takes last. */
export interface CallOptions {
  readonly signal?: AbortSignal | undefined;
}

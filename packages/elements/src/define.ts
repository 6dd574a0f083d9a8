import { warnOnce } from './dev-warnings.js';

/** A class that carries the library version it was built with. */
interface Versioned {
  readonly version?: string;
}

export interface DefineOptions {
  /** A scoped `CustomElementRegistry` to register in; defaults to the global one. */
  readonly registry?: CustomElementRegistry;
}

/**
 * Registers a custom element, guarded: when the tag is already taken (two copies of Saumaton on
 * one page, or a host's own element) it warns, naming both versions, and never throws. Defining
 * the same class twice is silently a no-op.
 */
export function define(
  tag: string,
  constructor: CustomElementConstructor & Versioned,
  options: DefineOptions = {},
): void {
  const registry = options.registry ?? customElements;
  const existing: (CustomElementConstructor & Versioned) | undefined = registry.get(tag);
  if (existing === constructor) return;
  if (existing) {
    warnOnce(
      `define:${tag}`,
      `<${tag}> is already defined (version ${existing.version ?? 'unknown'}); ` +
        `version ${constructor.version ?? 'unknown'} was not registered. The page loads two copies of Saumaton.`,
    );
    return;
  }
  registry.define(tag, constructor);
}

/**
 * A new random id with a readable prefix (`member-3f2a…`). Uses `crypto.randomUUID` where the
 * page is a secure context and `crypto.getRandomValues` elsewhere (a plain-http intranet portal).
 */
export function newId(prefix: string): string {
  if (typeof crypto.randomUUID === 'function') return `${prefix}-${crypto.randomUUID()}`;
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * JSON data in a canonical form: keys sorted, `undefined` members dropped. Two values are the
 * same data when their canonical forms print the same, whatever order their keys came in.
 */
export function canonicalJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalJson);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonicalJson(v)]),
    );
  }
  return value;
}

/** Deep equality of JSON data, key order and `undefined` members ignored. */
export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonicalJson(a)) === JSON.stringify(canonicalJson(b));
}

/**
 * A deep copy of JSON data (every model value is JSON). Unlike `structuredClone` it reads through
 * a Proxy, so an adapter a framework has wrapped in a reactive proxy (Vue's deep `ref()` or
 * `reactive()`, MobX's `observable`) still copies what it stores and returns: `structuredClone`
 * of a proxy throws `DataCloneError`. `undefined` members are dropped, as JSON has none.
 */
export function copyJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

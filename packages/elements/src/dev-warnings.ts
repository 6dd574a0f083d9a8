const seen = new Set<string>();

/** Warns once per key for the life of the page, so a list of 100 elements gives one line. */
export function warnOnce(key: string, message: string): void {
  if (seen.has(key)) return;
  seen.add(key);
  console.warn(`[saumaton] ${message}`);
}

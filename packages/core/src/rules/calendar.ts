/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`) as whole day numbers (days since 1970-01-01),
 * computed in UTC so the machine's time zone never shifts a date. Internal to the rules: the
 * public functions take and return ISO strings.
 */

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a calendar date; `month` is 1–12 and may overflow into the next year. */
export function dayNumber(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // not Date.UTC: it reads years 0–99 as 1900–1999
  return Math.round(date.getTime() / DAY_MS);
}

/** The ISO date of a day number. */
export function isoDay(n: number): string {
  const date = new Date(n * DAY_MS);
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The year of a day number. */
export function yearOf(n: number): number {
  return new Date(n * DAY_MS).getUTCFullYear();
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function dayOfWeek(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

/** The number of days in a month (1–12) of a Gregorian year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(dayNumber(year, month + 1, 0) * DAY_MS).getUTCDate();
}

/**
 * The day number of an ISO date, or a `TypeError` naming the argument when `value` is not an
 * existing calendar date written `YYYY-MM-DD` (no time, no zone).
 */
export function parseDay(value: unknown, name: string): number {
  const match = typeof value === 'string' ? ISO_DAY.exec(value) : null;
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return dayNumber(year, month, day);
    }
  }
  throw new TypeError(`${name} must be an existing date written YYYY-MM-DD, got ${JSON.stringify(value)}`);
}

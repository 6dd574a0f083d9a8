/**
 * Calendar days as ISO 8601 dates (`YYYY-MM-DD`). Membership periods use them today; the
 * statutory deadlines of the service-need assessment (counted in weekdays) will build on them.
 */

/** Today's date as `YYYY-MM-DD` in the local time zone. */
export function today(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The ISO date `days` days after `day` (before, when negative). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

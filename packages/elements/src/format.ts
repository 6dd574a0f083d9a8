import { getLocale } from './localization.js';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Formats an ISO 8601 date (`2026-11-24`) or date-time for the active locale. A bare date is a
 * calendar day, never shifted by the viewer's time zone.
 */
export function formatDate(iso: string): string {
  const locale = getLocale();
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const key = `${locale}|${String(dateOnly)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(
      locale,
      dateOnly ? { dateStyle: 'medium', timeZone: 'UTC' } : { dateStyle: 'medium', timeStyle: 'short' },
    );
    dateFormats.set(key, format);
  }
  const date = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}

const listFormats = new Map<string, Intl.ListFormat>();

/** A list joined as the locale joins lists: "A, B ja C". */
export function formatList(items: readonly string[]): string {
  const locale = getLocale();
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    listFormats.set(locale, format);
  }
  return format.format(items);
}

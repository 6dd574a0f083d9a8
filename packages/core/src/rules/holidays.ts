import { dayNumber, dayOfWeek, isoDay, parseDay, yearOf } from './calendar.js';

/**
 * Finland's public holidays (DOMAIN §6.1), as stable codes rather than UI text, plus the two eves
 * that bear on deadlines. Every Sunday is a holiday too and is not listed.
 */
export const FINNISH_HOLIDAY_NAMES = [
  'new-years-day',
  'epiphany',
  'good-friday',
  'easter-sunday',
  'easter-monday',
  'may-day',
  'ascension-day',
  'whit-sunday',
  'midsummer-eve',
  'midsummer-day',
  'all-saints-day',
  'independence-day',
  'christmas-eve',
  'christmas-day',
  'st-stephens-day',
] as const;
export type HolidayName = (typeof FINNISH_HOLIDAY_NAMES)[number];

/** A holiday of one year; `eve` marks Midsummer Eve and Christmas Eve, which are no holidays. */
export interface FinnishHoliday {
  readonly date: string;
  readonly name: HolidayName;
  readonly eve?: true;
}

const byYear = new Map<number, readonly FinnishHoliday[]>();
const byDay = new Map<number, FinnishHoliday>();

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new RangeError(`year must be a whole Gregorian year from 1583 to 9999, got ${String(year)}`);
  }
}

/** Easter Sunday's day number: the anonymous Gregorian computus (Meeus, Jones, Butcher). */
function easterDay(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(year, month, day);
}

/** Gregorian Easter Sunday of `year` (1583–9999) as an ISO date. */
export function easterSunday(year: number): string {
  checkYear(year);
  return isoDay(easterDay(year));
}

/** The Saturday among the seven days that start at `month`/`day` of `year`. */
function saturdayFrom(year: number, month: number, day: number): number {
  const first = dayNumber(year, month, day);
  return first + 6 - dayOfWeek(first);
}

/**
 * Finland's public holidays of `year` in date order, with Midsummer Eve and Christmas Eve flagged
 * `eve: true` (DOMAIN §6.1; Act 150/1930 § 5 names the holidays a deadline moves over). Movable
 * days: Good Friday, Easter Sunday and Monday, Ascension Day (Easter + 39), Whit Sunday (Easter +
 * 49), Midsummer Day (the Saturday of 20–26 June; its eve the Friday before) and All Saints' Day
 * (the Saturday of 31 Oct – 6 Nov). Today's rules, in force since 1992, are applied to every
 * year. New Year's Eve and the flag days are ordinary days and not listed. Computed once a year
 * and cached; throws a `RangeError` for a year outside 1583–9999.
 */
export function finnishHolidays(year: number): readonly FinnishHoliday[] {
  const cached = byYear.get(year);
  if (cached) return cached;
  checkYear(year);
  const easter = easterDay(year);
  const midsummer = saturdayFrom(year, 6, 20);
  const days: [number, HolidayName, true?][] = [
    [dayNumber(year, 1, 1), 'new-years-day'],
    [dayNumber(year, 1, 6), 'epiphany'],
    [easter - 2, 'good-friday'],
    [easter, 'easter-sunday'],
    [easter + 1, 'easter-monday'],
    [dayNumber(year, 5, 1), 'may-day'],
    [easter + 39, 'ascension-day'],
    [easter + 49, 'whit-sunday'],
    [midsummer - 1, 'midsummer-eve', true],
    [midsummer, 'midsummer-day'],
    [saturdayFrom(year, 10, 31), 'all-saints-day'],
    [dayNumber(year, 12, 6), 'independence-day'],
    [dayNumber(year, 12, 24), 'christmas-eve', true],
    [dayNumber(year, 12, 25), 'christmas-day'],
    [dayNumber(year, 12, 26), 'st-stephens-day'],
  ];
  const holidays = days
    .sort(([a], [b]) => a - b)
    .map(([n, name, eve]) => {
      const holiday: FinnishHoliday = Object.freeze(eve ? { date: isoDay(n), name, eve } : { date: isoDay(n), name });
      byDay.set(n, holiday);
      return holiday;
    });
  byYear.set(year, Object.freeze(holidays));
  return holidays;
}

/** The holiday or eve on day number `n`, if any. */
export function holidayOnDay(n: number): FinnishHoliday | undefined {
  finnishHolidays(yearOf(n));
  return byDay.get(n);
}

/**
 * The holiday or eve (flagged `eve: true`) on an ISO date, if any; Sundays that are no named
 * holiday give `undefined`. Throws a `TypeError` for a string that is not a `YYYY-MM-DD` date.
 */
export function finnishHolidayOn(date: string): FinnishHoliday | undefined {
  return holidayOnDay(parseDay(date, 'date'));
}

/**
 * Whether an ISO date is one of Finland's named public holidays (DOMAIN §6.1). Midsummer Eve and
 * Christmas Eve are not; every Sunday is a holiday in law but is answered by `isWeekday`, not
 * here. Throws a `TypeError` for a string that is not a `YYYY-MM-DD` date.
 */
export function isFinnishHoliday(date: string): boolean {
  const holiday = finnishHolidayOn(date);
  return holiday !== undefined && !holiday.eve;
}

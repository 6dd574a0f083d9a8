/**
 * The statutory deadlines of the service-need assessment (SHL 1301/2014 § 36, DOMAIN §3.4),
 * counted as DOMAIN §6.1 says: in weekdays (`arkipäivä`: Monday–Friday, no holiday), the trigger
 * day being day 0 (Act 150/1930 § 2), months by Act 150/1930 § 3.
 *
 * Pure functions on ISO dates (`YYYY-MM-DD`), computed on whole days in UTC, so no time zone
 * shifts a result. Arguments are the program's, not the user's: a string that is no existing
 * `YYYY-MM-DD` date throws a `TypeError`, a count that is no whole number (or a count that
 * leaves the Gregorian years 1583–9999 the holidays are computed for) a `RangeError`; the UI
 * validates what a user types before it gets here.
 */
import { ASSESSMENT_GROUNDS, type AssessmentGround } from '../model/assessment.js';
import { dayNumber, dayOfWeek, daysInMonth, isoDay, parseDay } from './calendar.js';
import { holidayOnDay } from './holidays.js';

/** How weekdays are counted. */
export interface WeekdayOptions {
  /**
   * Count Midsummer Eve and Christmas Eve as no weekdays. Off by default: by THL's wording a
   * weekday eve is a weekday; Act 150/1930 § 5 may let a deadline move past one (DOMAIN §6.1).
   */
  readonly skipEves?: boolean;
}

/** How a deadline counted in months is placed. */
export interface MonthsOptions extends WeekdayOptions {
  /**
   * Move a date that is no weekday to the next weekday (Act 150/1930 § 5). Off by default: whether
   * § 5 applies to a duty of the county itself is unsettled, so the stricter date is shown.
   */
  readonly rollToWeekday?: boolean;
}

function checkCount(value: number, name: string, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`${name} must be a whole number${min === 0 ? ' ≥ 0' : ''}, got ${String(value)}`);
  }
}

function weekday(n: number, skipEves: boolean | undefined): boolean {
  const day = dayOfWeek(n);
  if (day === 0 || day === 6) return false;
  const holiday = holidayOnDay(n);
  return holiday === undefined || (holiday.eve === true && !skipEves);
}

/**
 * Whether `date` is a weekday (`arkipäivä`, DOMAIN §6.1): Monday–Friday and no public holiday
 * (Sundays are holidays anyway, Saturdays never count: "arkipäivänä ei pidetä pyhäpäiviä eikä
 * arkilauantaita", THL). Midsummer Eve and Christmas Eve are weekdays unless `skipEves`; New
 * Year's Eve is always an ordinary day.
 */
export function isWeekday(date: string, options: WeekdayOptions = {}): boolean {
  return weekday(parseDay(date, 'date'), options.skipEves);
}

/**
 * The `n`th weekday after `trigger` (DOMAIN §6.1): the trigger day is day 0 (Act 150/1930 § 2),
 * day 1 the next weekday, whatever the trigger day itself is. SHL § 36's "no later than the 7th
 * weekday" is `nthWeekdayAfter(trigger, 7)`: Tue 2025-12-23 → Wed 2026-01-07 (Thu 2026-01-08
 * with `skipEves`). `n = 0` gives the trigger.
 */
export function nthWeekdayAfter(trigger: string, n: number, options: WeekdayOptions = {}): string {
  let day = parseDay(trigger, 'trigger');
  checkCount(n, 'n', 0);
  for (let left = n; left > 0; left--) {
    do day++;
    while (!weekday(day, options.skipEves));
  }
  return isoDay(day);
}

/**
 * The date `months` months after `trigger` (before, when negative) by Act 150/1930 § 3: the same
 * date of that month, or its last day when the date does not exist there (2026-11-30 + 3 →
 * 2027-02-28; 2027-11-30 + 3 → 2028-02-29). With `rollToWeekday`, a result that is no weekday
 * (by `skipEves`) moves to the next weekday (§ 5; DOMAIN §6.1).
 */
export function monthsAfter(trigger: string, months: number, options: MonthsOptions = {}): string {
  parseDay(trigger, 'trigger');
  const [year, month, day] = trigger.split('-').map(Number) as [number, number, number];
  checkCount(months, 'months', -Infinity);
  const index = year * 12 + month - 1 + months;
  const [toYear, toMonth] = [Math.floor(index / 12), (index % 12) + 1];
  let result = dayNumber(toYear, toMonth, Math.min(day, daysInMonth(toYear, toMonth)));
  if (options.rollToWeekday) while (!weekday(result, options.skipEves)) result++;
  return isoDay(result);
}

/**
 * The weekdays after `from` up to and including `to` (DOMAIN §6.1), negative when `to` is before
 * `from` (then it is minus the weekdays after `to` up to and including `from`), 0 when they are
 * equal. `weekdaysBetween(trigger, nthWeekdayAfter(trigger, n)) === n`. For "due in N weekdays"
 * and "overdue by N weekdays": see `deadlineStatus`.
 */
export function weekdaysBetween(from: string, to: string, options: WeekdayOptions = {}): number {
  const a = parseDay(from, 'from');
  const b = parseDay(to, 'to');
  const [low, high, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  let count = 0;
  for (let day = low + 1; day <= high; day++) if (weekday(day, options.skipEves)) count++;
  return sign * count;
}

let helsinki: Intl.DateTimeFormat | undefined;

/**
 * Today's date in Finland (`Europe/Helsinki`) at the instant `now`, whatever the machine's time
 * zone: the day a deadline is counted from and compared with (DOMAIN §6.1). Throws a `TypeError`
 * for an invalid `Date`.
 */
export function todayInFinland(now: Date = new Date()): string {
  if (Number.isNaN(now.getTime())) throw new TypeError('now must be a valid Date');
  helsinki ??= new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Helsinki',
    calendar: 'gregory',
    numberingSystem: 'latn',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const parts = helsinki.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/** The rule a deadline comes from, as a stable code (for the UI's text and its citation). */
export type DeadlineBasis = 'shl-36-7th-weekday' | 'shl-36-3-months';

/** A statutory deadline: the last day it is met on, and the rule that sets it. */
export interface Deadline {
  readonly date: string;
  readonly basis: DeadlineBasis;
}

/** The statutory deadlines of one assessment (SHL § 36). */
export interface AssessmentDeadlines {
  /** Urgent need (`urgent`): the assessment is made immediately. */
  readonly immediate: boolean;
  /** Start no later than the 7th weekday (`over-75`, `highest-care-allowance`, `child-special-support`). */
  readonly start?: Deadline;
  /** Complete within 3 months (`child-special-support`). */
  readonly complete?: Deadline;
}

const SEVENTH_WEEKDAY: readonly AssessmentGround[] = ['over-75', 'highest-care-allowance', 'child-special-support'];

/**
 * The statutory deadlines of an assessment initiated on `grounds`, counted from `triggerDate`
 * (the client's contact or the day the matter became pending, 703/2023 § 41) as SHL § 36 and
 * DOMAIN §3.4 and §6.1 say. Grounds combine: `urgent` with `over-75` is immediate and has a start
 * date. `other` alone, or no grounds, has no dated deadline ("without undue delay"). `skipEves`
 * counts the two eves as no weekdays; `rollToWeekday` moves the 3-month date to a weekday.
 * Throws a `TypeError` for an invalid date or an unknown ground.
 */
export function assessmentDeadlines(
  initiation: { readonly triggerDate: string; readonly grounds: readonly AssessmentGround[] },
  options: MonthsOptions = {},
): AssessmentDeadlines {
  const { triggerDate, grounds } = initiation;
  parseDay(triggerDate, 'triggerDate');
  for (const ground of grounds) {
    if (!ASSESSMENT_GROUNDS.includes(ground)) {
      throw new TypeError(`unknown assessment ground ${JSON.stringify(ground)}`);
    }
  }
  const deadlines: { immediate: boolean; start?: Deadline; complete?: Deadline } = {
    immediate: grounds.includes('urgent'),
  };
  if (grounds.some((ground) => SEVENTH_WEEKDAY.includes(ground))) {
    deadlines.start = { date: nthWeekdayAfter(triggerDate, 7, options), basis: 'shl-36-7th-weekday' };
  }
  if (grounds.includes('child-special-support')) {
    deadlines.complete = { date: monthsAfter(triggerDate, 3, options), basis: 'shl-36-3-months' };
  }
  return deadlines;
}

/** Where a deadline stands on a day, for "due in N weekdays", "due today", "overdue by N weekdays". */
export interface DeadlineStatus {
  readonly kind: 'due' | 'due-today' | 'overdue';
  /**
   * Weekdays left until `due` (after today, up to and including it), or passed since it (after
   * `due`, up to and including today): `|weekdaysBetween(today, due)|`. It can be 0 on either
   * side when `due` is no weekday; `days` then tells how near it is.
   */
  readonly weekdays: number;
  /** Calendar days between today and `due`, never negative. */
  readonly days: number;
}

/**
 * Where the deadline `due` stands on `today` (both ISO dates; `todayInFinland()` gives today),
 * counting weekdays as `weekdaysBetween` does (DOMAIN §3.4: show due and overdue clearly).
 */
export function deadlineStatus(due: string, today: string, options: WeekdayOptions = {}): DeadlineStatus {
  const days = parseDay(due, 'due') - parseDay(today, 'today');
  const weekdays = Math.abs(weekdaysBetween(today, due, options));
  return { kind: days > 0 ? 'due' : days === 0 ? 'due-today' : 'overdue', weekdays, days: Math.abs(days) };
}

import { expect } from '@open-wc/testing';
import {
  assessmentDeadlines,
  deadlineStatus,
  easterSunday,
  finnishHolidayOn,
  finnishHolidays,
  isFinnishHoliday,
  isWeekday,
  monthsAfter,
  nthWeekdayAfter,
  todayInFinland,
  weekdaysBetween,
} from '@saumaton/core';

const SKIP = { skipEves: true } as const;

/** Every date from `from` to `to` inclusive. */
function daysFrom(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

function holiday(year: number, name: string): string | undefined {
  return finnishHolidays(year).find((h) => h.name === name)?.date;
}

describe('statutory deadlines (DOMAIN §6.1)', () => {
  describe('the worked examples of the 7th weekday', () => {
    // [trigger, eves counted, eves skipped]
    const examples = [
      ['2025-12-23', '2026-01-07', '2026-01-08'],
      ['2026-06-16', '2026-06-25', '2026-06-26'],
      ['2026-03-31', '2026-04-13', '2026-04-13'],
      ['2026-04-28', '2026-05-08', '2026-05-08'],
    ] as const;

    for (const [trigger, counted, skipped] of examples) {
      it(`counts ${trigger} → ${counted} with the eves as weekdays`, () => {
        expect(nthWeekdayAfter(trigger, 7)).to.equal(counted);
        expect(nthWeekdayAfter(trigger, 7, { skipEves: false })).to.equal(counted);
      });

      it(`counts ${trigger} → ${skipped} with the eves skipped`, () => {
        expect(nthWeekdayAfter(trigger, 7, SKIP)).to.equal(skipped);
      });
    }

    it('starts every example on a Tuesday and ends on the weekday named', () => {
      const weekdayName = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
      expect(examples.map(([t]) => weekdayName(t))).to.deep.equal([2, 2, 2, 2]);
      expect(examples.map(([, counted, skipped]) => [weekdayName(counted), weekdayName(skipped)])).to.deep.equal([
        [3, 4],
        [4, 5],
        [1, 1],
        [5, 5],
      ]);
    });
  });

  describe("THL's example: contact on a Tuesday → start by Thursday of the following week", () => {
    // Tuesdays whose following eight days hold no holiday and no eve.
    for (const tuesday of ['2026-01-13', '2026-02-17', '2026-09-15', '2026-11-24', '2027-03-09']) {
      it(`Tuesday ${tuesday}`, () => {
        const start = nthWeekdayAfter(tuesday, 7);
        expect(new Date(`${start}T00:00:00Z`).getUTCDay()).to.equal(4);
        expect(Date.parse(start) - Date.parse(tuesday)).to.equal(9 * 86_400_000);
        expect(nthWeekdayAfter(tuesday, 7, SKIP)).to.equal(start);
      });
    }
  });

  describe('isWeekday', () => {
    it('is Monday to Friday of an ordinary week and never Saturday or Sunday', () => {
      const week = daysFrom('2026-11-23', '2026-11-29');
      expect(week.map((d) => isWeekday(d))).to.deep.equal([true, true, true, true, true, false, false]);
    });

    it('is no public holiday that falls on a weekday', () => {
      for (const date of [
        '2026-01-01',
        '2026-01-06',
        '2026-04-03',
        '2026-04-06',
        '2026-05-01',
        '2026-05-14',
        '2027-12-06',
        '2026-12-25',
        '2028-12-26',
      ]) {
        expect(isWeekday(date), date).to.equal(false);
        expect(isWeekday(date, SKIP), date).to.equal(false);
      }
    });

    it('counts Midsummer Eve and Christmas Eve by default and skips them on request', () => {
      for (const eve of ['2026-06-19', '2026-12-24']) {
        expect(isWeekday(eve), eve).to.equal(true);
        expect(isWeekday(eve, SKIP), eve).to.equal(false);
      }
    });

    it("keeps New Year's Eve an ordinary day", () => {
      expect(isWeekday('2026-12-31')).to.equal(true);
      expect(isWeekday('2026-12-31', SKIP)).to.equal(true);
    });

    it('keeps a Saturday no weekday even when it is an eve (Christmas Eve 2022)', () => {
      expect(isWeekday('2022-12-24')).to.equal(false);
    });
  });

  describe('nthWeekdayAfter', () => {
    it('makes the trigger day day 0 and the next weekday day 1', () => {
      expect(nthWeekdayAfter('2026-11-24', 0)).to.equal('2026-11-24');
      expect(nthWeekdayAfter('2026-11-24', 1)).to.equal('2026-11-25');
      expect(nthWeekdayAfter('2026-11-27', 1)).to.equal('2026-11-30');
    });

    it('counts from a trigger on a weekend or a holiday', () => {
      expect(nthWeekdayAfter('2026-11-28', 1)).to.equal('2026-11-30');
      expect(nthWeekdayAfter('2026-11-29', 7)).to.equal('2026-12-08'); // Independence Day is a Sunday
      expect(nthWeekdayAfter('2026-12-25', 1)).to.equal('2026-12-28');
      expect(nthWeekdayAfter('2026-04-03', 1)).to.equal('2026-04-07');
    });

    it('steps over the Easter weekend and Ascension Day', () => {
      expect(nthWeekdayAfter('2026-04-02', 1)).to.equal('2026-04-07');
      expect(nthWeekdayAfter('2026-05-12', 7)).to.equal('2026-05-22');
    });

    it('lands on a weekday and counts back to n', () => {
      for (const trigger of daysFrom('2025-12-15', '2026-01-10').concat(daysFrom('2026-06-10', '2026-06-28'))) {
        for (const n of [1, 2, 7, 15]) {
          for (const options of [{}, SKIP]) {
            const end = nthWeekdayAfter(trigger, n, options);
            expect(isWeekday(end, options), `${trigger} + ${n}`).to.equal(true);
            expect(weekdaysBetween(trigger, end, options), `${trigger} + ${n}`).to.equal(n);
          }
        }
      }
    });
  });

  describe('monthsAfter (Act 150/1930 § 3)', () => {
    it('gives the same date months on', () => {
      expect(monthsAfter('2026-06-16', 3)).to.equal('2026-09-16');
      expect(monthsAfter('2026-12-15', 3)).to.equal('2027-03-15');
      expect(monthsAfter('2026-01-31', 12)).to.equal('2027-01-31');
      expect(monthsAfter('2026-06-16', 0)).to.equal('2026-06-16');
    });

    it("gives the month's last day when the date does not exist there", () => {
      expect(monthsAfter('2026-11-30', 3)).to.equal('2027-02-28');
      expect(monthsAfter('2026-11-29', 3)).to.equal('2027-02-28');
      expect(monthsAfter('2026-01-31', 1)).to.equal('2026-02-28');
      expect(monthsAfter('2026-05-31', 1)).to.equal('2026-06-30');
      expect(monthsAfter('2026-05-31', 3)).to.equal('2026-08-31');
      expect(monthsAfter('2026-03-31', 3)).to.equal('2026-06-30');
    });

    it('knows the leap years, 2000 and 2100 included', () => {
      expect(monthsAfter('2027-11-30', 3)).to.equal('2028-02-29');
      expect(monthsAfter('2027-11-29', 3)).to.equal('2028-02-29');
      expect(monthsAfter('2027-11-28', 3)).to.equal('2028-02-28');
      expect(monthsAfter('1999-11-30', 3)).to.equal('2000-02-29');
      expect(monthsAfter('2099-11-30', 3)).to.equal('2100-02-28');
      expect(monthsAfter('2028-02-29', 12)).to.equal('2029-02-28');
    });

    it('counts back with a negative number of months', () => {
      expect(monthsAfter('2027-02-28', -3)).to.equal('2026-11-28');
      expect(monthsAfter('2026-05-31', -3)).to.equal('2026-02-28');
    });

    it('keeps the stricter date by default, even on a weekend or a holiday', () => {
      expect(monthsAfter('2026-11-30', 3)).to.equal('2027-02-28'); // a Sunday
      expect(monthsAfter('2026-01-03', 3)).to.equal('2026-04-03'); // Good Friday
    });

    it('rolls a date that is no weekday to the next weekday on request', () => {
      const roll = { rollToWeekday: true };
      expect(monthsAfter('2026-11-30', 3, roll)).to.equal('2027-03-01');
      expect(monthsAfter('2026-01-03', 3, roll)).to.equal('2026-04-07'); // over Easter
      expect(monthsAfter('2026-06-16', 3, roll)).to.equal('2026-09-16'); // already a weekday
      expect(monthsAfter('2026-09-06', 3, roll)).to.equal('2026-12-07'); // Independence Day, a Sunday
    });

    it('rolls past an eve only when the eves are skipped', () => {
      expect(monthsAfter('2026-03-19', 3, { rollToWeekday: true })).to.equal('2026-06-19');
      expect(monthsAfter('2026-03-19', 3, { rollToWeekday: true, skipEves: true })).to.equal('2026-06-22');
      expect(monthsAfter('2026-09-24', 3, { rollToWeekday: true })).to.equal('2026-12-24');
      expect(monthsAfter('2026-09-24', 3, { rollToWeekday: true, skipEves: true })).to.equal('2026-12-28');
      expect(monthsAfter('2026-03-19', 3, { skipEves: true })).to.equal('2026-06-19');
    });
  });

  describe('weekdaysBetween', () => {
    it('is 0 for the same day, whatever day it is', () => {
      for (const day of ['2026-11-24', '2026-11-28', '2026-12-25']) expect(weekdaysBetween(day, day)).to.equal(0);
    });

    it('counts the weekdays after from up to and including to', () => {
      expect(weekdaysBetween('2026-11-23', '2026-11-24')).to.equal(1);
      expect(weekdaysBetween('2026-11-23', '2026-11-29')).to.equal(4);
      expect(weekdaysBetween('2026-11-27', '2026-11-29')).to.equal(0);
      expect(weekdaysBetween('2026-11-27', '2026-11-30')).to.equal(1);
    });

    it('is negative when to is before from, and antisymmetric', () => {
      expect(weekdaysBetween('2026-11-24', '2026-11-23')).to.equal(-1);
      expect(weekdaysBetween('2026-11-30', '2026-11-27')).to.equal(-1);
      for (const [a, b] of [
        ['2025-12-23', '2026-01-07'],
        ['2026-06-16', '2026-06-26'],
        ['2026-03-29', '2026-04-14'],
      ] as const) {
        for (const options of [{}, SKIP]) {
          expect(weekdaysBetween(b, a, options)).to.equal(-weekdaysBetween(a, b, options));
        }
      }
    });

    it('leaves out the holidays of a span, and the eves when skipped', () => {
      expect(weekdaysBetween('2025-12-23', '2026-01-07')).to.equal(7);
      expect(weekdaysBetween('2025-12-23', '2026-01-07', SKIP)).to.equal(6);
      expect(weekdaysBetween('2026-04-02', '2026-04-07')).to.equal(1); // Good Friday to Easter Monday
      expect(weekdaysBetween('2026-06-18', '2026-06-22')).to.equal(2);
      expect(weekdaysBetween('2026-06-18', '2026-06-22', SKIP)).to.equal(1);
      expect(weekdaysBetween('2026-01-01', '2027-01-01')).to.equal(254);
    });
  });

  describe('deadlineStatus', () => {
    it('says how many weekdays are left before the due date', () => {
      expect(deadlineStatus('2026-06-25', '2026-06-16')).to.deep.equal({ kind: 'due', weekdays: 7, days: 9 });
      expect(deadlineStatus('2026-06-26', '2026-06-16', SKIP)).to.deep.equal({ kind: 'due', weekdays: 7, days: 10 });
      expect(deadlineStatus('2026-11-30', '2026-11-27')).to.deep.equal({ kind: 'due', weekdays: 1, days: 3 });
    });

    it('says a deadline is due today', () => {
      expect(deadlineStatus('2026-06-25', '2026-06-25')).to.deep.equal({ kind: 'due-today', weekdays: 0, days: 0 });
    });

    it('says by how many weekdays a deadline is overdue', () => {
      expect(deadlineStatus('2026-06-25', '2026-06-26')).to.deep.equal({ kind: 'overdue', weekdays: 1, days: 1 });
      expect(deadlineStatus('2026-06-18', '2026-06-22')).to.deep.equal({ kind: 'overdue', weekdays: 2, days: 4 });
      expect(deadlineStatus('2026-06-18', '2026-06-22', SKIP)).to.deep.equal({ kind: 'overdue', weekdays: 1, days: 4 });
    });

    it('tells a due date on a weekend by its days when no weekday separates it from today', () => {
      expect(deadlineStatus('2027-02-28', '2027-02-26')).to.deep.equal({ kind: 'due', weekdays: 0, days: 2 });
      expect(deadlineStatus('2027-02-27', '2027-02-28')).to.deep.equal({ kind: 'overdue', weekdays: 0, days: 1 });
    });
  });

  describe('assessmentDeadlines (SHL § 36)', () => {
    const triggerDate = '2026-06-16';
    const start = { date: '2026-06-25', basis: 'shl-36-7th-weekday' };

    it('gives no dated deadline for other grounds alone, nor for none', () => {
      expect(assessmentDeadlines({ triggerDate, grounds: ['other'] })).to.deep.equal({ immediate: false });
      expect(assessmentDeadlines({ triggerDate, grounds: [] })).to.deep.equal({ immediate: false });
    });

    it('makes an urgent assessment immediate, with no dates', () => {
      expect(assessmentDeadlines({ triggerDate, grounds: ['urgent'] })).to.deep.equal({ immediate: true });
    });

    it('starts by the 7th weekday for a client over 75 or on the highest care allowance', () => {
      for (const ground of ['over-75', 'highest-care-allowance'] as const) {
        expect(assessmentDeadlines({ triggerDate, grounds: [ground] })).to.deep.equal({ immediate: false, start });
      }
    });

    it('starts by the 7th weekday and completes within 3 months for a child needing special support', () => {
      expect(assessmentDeadlines({ triggerDate, grounds: ['child-special-support'] })).to.deep.equal({
        immediate: false,
        start,
        complete: { date: '2026-09-16', basis: 'shl-36-3-months' },
      });
    });

    it('combines grounds: urgent and over 75 is immediate and has a start date', () => {
      expect(assessmentDeadlines({ triggerDate, grounds: ['urgent', 'over-75'] })).to.deep.equal({
        immediate: true,
        start,
      });
      expect(
        assessmentDeadlines({ triggerDate, grounds: ['other', 'highest-care-allowance', 'over-75', 'urgent'] }),
      ).to.deep.equal({ immediate: true, start });
      expect(assessmentDeadlines({ triggerDate, grounds: ['urgent', 'child-special-support'] })).to.deep.equal({
        immediate: true,
        start,
        complete: { date: '2026-09-16', basis: 'shl-36-3-months' },
      });
    });

    it('skips the eves and rolls the 3-month date to a weekday on request', () => {
      const child = { triggerDate: '2026-11-30', grounds: ['child-special-support'] } as const;
      expect(assessmentDeadlines(child)).to.deep.equal({
        immediate: false,
        start: { date: '2026-12-09', basis: 'shl-36-7th-weekday' },
        complete: { date: '2027-02-28', basis: 'shl-36-3-months' },
      });
      expect(assessmentDeadlines(child, { rollToWeekday: true }).complete).to.deep.equal({
        date: '2027-03-01',
        basis: 'shl-36-3-months',
      });
      expect(assessmentDeadlines({ triggerDate, grounds: ['over-75'] }, SKIP).start).to.deep.equal({
        date: '2026-06-26',
        basis: 'shl-36-7th-weekday',
      });
    });

    it('refuses an unknown ground', () => {
      const grounds = ['over-80'] as unknown as ['other'];
      expect(() => assessmentDeadlines({ triggerDate, grounds })).to.throw(TypeError, /over-80/);
    });
  });

  describe('Easter and the movable holidays', () => {
    // Gregorian Easter Sunday 2000–2040 as published in the Astronomical Society of South
    // Australia's Easter dates table; date-holidays agrees for 1990–2100 (test-node/holidays).
    // prettier-ignore
    const EASTER: Record<number, string> = {
      2000: '04-23', 2001: '04-15', 2002: '03-31', 2003: '04-20', 2004: '04-11', 2005: '03-27',
      2006: '04-16', 2007: '04-08', 2008: '03-23', 2009: '04-12', 2010: '04-04', 2011: '04-24',
      2012: '04-08', 2013: '03-31', 2014: '04-20', 2015: '04-05', 2016: '03-27', 2017: '04-16',
      2018: '04-01', 2019: '04-21', 2020: '04-12', 2021: '04-04', 2022: '04-17', 2023: '04-09',
      2024: '03-31', 2025: '04-20', 2026: '04-05', 2027: '03-28', 2028: '04-16', 2029: '04-01',
      2030: '04-21', 2031: '04-13', 2032: '03-28', 2033: '04-17', 2034: '04-09', 2035: '03-25',
      2036: '04-13', 2037: '04-05', 2038: '04-25', 2039: '04-10', 2040: '04-01',
    };

    it('computes Easter Sunday for 2000–2040', () => {
      const computed = Object.fromEntries(Object.keys(EASTER).map((y) => [y, easterSunday(Number(y)).slice(5)]));
      expect(computed).to.deep.equal(Object.fromEntries(Object.entries(EASTER)));
      expect(Object.keys(EASTER)).to.have.length(41);
    });

    it('reaches the earliest and latest possible Easter (22 March, 25 April)', () => {
      expect(easterSunday(1818)).to.equal('1818-03-22');
      expect(easterSunday(2285)).to.equal('2285-03-22');
      expect(easterSunday(1943)).to.equal('1943-04-25');
      expect(easterSunday(2038)).to.equal('2038-04-25');
    });

    it('places Good Friday, Easter Monday, Ascension Day and Whit Sunday around Easter', () => {
      expect(holiday(2026, 'good-friday')).to.equal('2026-04-03');
      expect(holiday(2026, 'easter-sunday')).to.equal('2026-04-05');
      expect(holiday(2026, 'easter-monday')).to.equal('2026-04-06');
      expect(holiday(2026, 'ascension-day')).to.equal('2026-05-14');
      expect(holiday(2026, 'whit-sunday')).to.equal('2026-05-24');
      expect(holiday(2038, 'ascension-day')).to.equal('2038-06-03');
      expect(holiday(2038, 'whit-sunday')).to.equal('2038-06-13');
      expect(holiday(2008, 'good-friday')).to.equal('2008-03-21');
    });

    it('puts Midsummer Day on the Saturday of 20–26 June and its eve on the Friday before', () => {
      expect(holiday(2026, 'midsummer-day')).to.equal('2026-06-20');
      expect(holiday(2026, 'midsummer-eve')).to.equal('2026-06-19');
      expect(holiday(2021, 'midsummer-day')).to.equal('2021-06-26');
      expect(holiday(2021, 'midsummer-eve')).to.equal('2021-06-25');
      expect(holiday(2027, 'midsummer-day')).to.equal('2027-06-26');
      expect(holiday(2015, 'midsummer-day')).to.equal('2015-06-20');
      expect(holiday(2015, 'midsummer-eve')).to.equal('2015-06-19');
    });

    it("puts All Saints' Day on the Saturday of 31 October – 6 November", () => {
      expect(holiday(2026, 'all-saints-day')).to.equal('2026-10-31');
      expect(holiday(2020, 'all-saints-day')).to.equal('2020-10-31');
      expect(holiday(2021, 'all-saints-day')).to.equal('2021-11-06');
      expect(holiday(2027, 'all-saints-day')).to.equal('2027-11-06');
      expect(holiday(2025, 'all-saints-day')).to.equal('2025-11-01');
    });

    it('puts each movable Saturday in its week in every year 1990–2100', () => {
      for (let year = 1990; year <= 2100; year++) {
        for (const [name, first, last] of [
          ['midsummer-day', `${year}-06-20`, `${year}-06-26`],
          ['all-saints-day', `${year}-10-31`, `${year}-11-06`],
        ] as const) {
          const date = holiday(year, name)!;
          expect(date >= first && date <= last && new Date(`${date}T00:00:00Z`).getUTCDay() === 6, `${name} ${year}`).to
            .be.true;
        }
      }
    });
  });

  describe('finnishHolidays', () => {
    it('lists the fifteen days of a year in date order, the eves flagged and the fixed days on their dates', () => {
      const days = finnishHolidays(2026);
      expect(days.map((d) => d.date)).to.deep.equal([...days.map((d) => d.date)].sort());
      expect(days.filter((d) => d.eve).map((d) => d.name)).to.deep.equal(['midsummer-eve', 'christmas-eve']);
      expect(
        days.filter((d) => !d.eve && !/easter|friday|ascension|whit|midsummer|saints/.test(d.name)).map((d) => d.date),
      ).to.deep.equal(['2026-01-01', '2026-01-06', '2026-05-01', '2026-12-06', '2026-12-25', '2026-12-26']);
      expect(days).to.have.length(15);
    });

    it('returns the same frozen list for a year asked again', () => {
      const days = finnishHolidays(2031);
      expect(finnishHolidays(2031)).to.equal(days);
      expect(Object.isFrozen(days)).to.be.true;
      expect(Object.isFrozen(days[0])).to.be.true;
    });

    it('tells a holiday from an eve and an ordinary day', () => {
      expect(isFinnishHoliday('2026-12-25')).to.be.true;
      expect(isFinnishHoliday('2026-12-24')).to.be.false;
      expect(isFinnishHoliday('2026-12-31')).to.be.false;
      expect(isFinnishHoliday('2026-11-29')).to.be.false; // a plain Sunday
      expect(finnishHolidayOn('2026-06-19')).to.deep.equal({ date: '2026-06-19', name: 'midsummer-eve', eve: true });
      expect(finnishHolidayOn('2026-06-18')).to.equal(undefined);
    });

    it('refuses a year it cannot compute', () => {
      for (const year of [1582, 10000, 2026.5, Number.NaN]) {
        expect(() => finnishHolidays(year), String(year)).to.throw(RangeError);
      }
    });
  });

  describe('todayInFinland', () => {
    it("gives Helsinki's date for instants near midnight UTC, summer and winter", () => {
      expect(todayInFinland(new Date('2026-06-19T20:59:59Z'))).to.equal('2026-06-19');
      expect(todayInFinland(new Date('2026-06-19T21:00:00Z'))).to.equal('2026-06-20');
      expect(todayInFinland(new Date('2026-12-31T21:59:59Z'))).to.equal('2026-12-31');
      expect(todayInFinland(new Date('2026-12-31T22:00:00Z'))).to.equal('2027-01-01');
      expect(todayInFinland(new Date('2026-11-30T23:30:00Z'))).to.equal('2026-12-01');
    });

    it('follows the change to and from summer time', () => {
      // 2026-03-29 01:00Z clocks go to +3; 2026-10-25 01:00Z back to +2.
      expect(todayInFinland(new Date('2026-03-28T21:59:00Z'))).to.equal('2026-03-28');
      expect(todayInFinland(new Date('2026-03-28T22:00:00Z'))).to.equal('2026-03-29');
      expect(todayInFinland(new Date('2026-10-24T20:59:00Z'))).to.equal('2026-10-24');
      expect(todayInFinland(new Date('2026-10-24T21:00:00Z'))).to.equal('2026-10-25');
    });

    it('gives a valid ISO date for now', () => {
      expect(todayInFinland()).to.match(/^\d{4}-\d{2}-\d{2}$/);
    });

    it('refuses an invalid Date', () => {
      expect(() => todayInFinland(new Date('not a date'))).to.throw(TypeError);
    });
  });

  describe('invalid input', () => {
    const bad = [
      '2026-02-30',
      '2026-13-01',
      '2026-00-10',
      '2026-6-16',
      '20260616',
      '',
      '2026-06-16T00:00:00Z',
      ' 2026-06-16',
    ];

    it('throws a TypeError naming the argument for a string that is no existing YYYY-MM-DD date', () => {
      for (const date of bad) {
        expect(() => isWeekday(date), date).to.throw(TypeError, /date must be an existing date written YYYY-MM-DD/);
        expect(() => nthWeekdayAfter(date, 7), date).to.throw(TypeError, /^trigger/);
        expect(() => monthsAfter(date, 3), date).to.throw(TypeError, /^trigger/);
        expect(() => weekdaysBetween(date, '2026-06-16'), date).to.throw(TypeError, /^from/);
        expect(() => weekdaysBetween('2026-06-16', date), date).to.throw(TypeError, /^to/);
        expect(() => deadlineStatus(date, '2026-06-16'), date).to.throw(TypeError, /^due/);
        expect(() => deadlineStatus('2026-06-16', date), date).to.throw(TypeError, /^today/);
        expect(() => assessmentDeadlines({ triggerDate: date, grounds: ['other'] }), date).to.throw(TypeError);
        expect(() => isFinnishHoliday(date), date).to.throw(TypeError);
      }
    });

    it('throws a TypeError for a value that is no string', () => {
      expect(() => isWeekday(20260616 as unknown as string)).to.throw(TypeError, /20260616/);
      expect(() => monthsAfter(undefined as unknown as string, 3)).to.throw(TypeError);
    });

    it('accepts 29 February only in a leap year', () => {
      expect(isWeekday('2028-02-29')).to.be.true;
      expect(() => isWeekday('2027-02-29')).to.throw(TypeError);
      expect(() => isWeekday('2100-02-29')).to.throw(TypeError);
    });

    it('throws a RangeError for a count that is no whole number', () => {
      expect(() => nthWeekdayAfter('2026-06-16', -1)).to.throw(RangeError);
      expect(() => nthWeekdayAfter('2026-06-16', 1.5)).to.throw(RangeError);
      expect(() => monthsAfter('2026-06-16', 0.5)).to.throw(RangeError);
      expect(() => monthsAfter('2026-06-16', Number.NaN)).to.throw(RangeError);
    });

    it('throws a RangeError for a count that leaves the years the holidays are computed for', () => {
      expect(() => nthWeekdayAfter('9999-12-31', 1)).to.throw(RangeError, /1583 to 9999/);
      expect(() => weekdaysBetween('1582-12-27', '1583-01-04')).to.throw(RangeError, /1583 to 9999/);
    });
  });
});

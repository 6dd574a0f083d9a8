// The holiday calculator and the weekday rule against an independent oracle, `date-holidays`
// (a dev dependency only: its data is CC BY-SA 3.0, never shipped), for every year 1990–2100.
// As DOMAIN §6.1 says, its type `public` days are the holidays and of the rest only the two eves
// count: New Year's Eve (`bank`) and Mother's and Father's Day (`observance`) are ordinary days.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Holidays from 'date-holidays';
import { finnishHolidays, isFinnishHoliday, isWeekday } from '@saumaton/core';

const CODES = {
  uudenvuodenpäivä: 'new-years-day',
  loppiainen: 'epiphany',
  pitkäperjantai: 'good-friday',
  pääsiäispäivä: 'easter-sunday',
  'toinen pääsiäispäivä': 'easter-monday',
  vappu: 'may-day',
  helatorstai: 'ascension-day',
  helluntaipäivä: 'whit-sunday',
  juhannusaatto: 'midsummer-eve',
  juhannuspäivä: 'midsummer-day',
  pyhäinpäivä: 'all-saints-day',
  itsenäisyyspäivä: 'independence-day',
  jouluaatto: 'christmas-eve',
  joulupäivä: 'christmas-day',
  tapaninpäivä: 'st-stephens-day',
};
const EVES = new Set(['juhannusaatto', 'jouluaatto']);
const YEARS = Array.from({ length: 2100 - 1990 + 1 }, (_, i) => 1990 + i);
const oracle = new Holidays('FI');

/** date-holidays' days of `year` in our shape: public holidays, plus the eves flagged. */
function expected(year) {
  return oracle
    .getHolidays(year)
    .filter((h) => h.date.startsWith(`${year}-`) && (h.type === 'public' || EVES.has(h.name)))
    .map((h) => {
      const name = CODES[h.name];
      assert.ok(name, `date-holidays names a day we do not know: ${h.name} (${h.type})`);
      return EVES.has(h.name) ? { date: h.date.slice(0, 10), name, eve: true } : { date: h.date.slice(0, 10), name };
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}

describe('Finnish holidays against date-holidays, 1990–2100', () => {
  it('lists the same days with the same names and eves, year by year', () => {
    for (const year of YEARS) assert.deepEqual([...finnishHolidays(year)], expected(year), String(year));
  });

  it('leaves out what date-holidays lists beyond the public holidays and the eves', () => {
    const left = new Set();
    for (const year of YEARS) {
      const days = oracle.getHolidays(year);
      const holidays = new Set(days.filter((h) => h.type === 'public').map((h) => h.date));
      for (const h of days) {
        // Mother's Day is Whit Sunday in some years (2008): a holiday then, by the other name.
        if (h.type !== 'public' && !EVES.has(h.name) && !holidays.has(h.date)) {
          left.add(h.name);
          assert.equal(isFinnishHoliday(h.date.slice(0, 10)), false, `${h.date} ${h.name}`);
        }
      }
    }
    assert.deepEqual([...left].sort(), ['Isänpäivä', 'Uudenvuodenaatto', 'Äitienpäivä']);
  });

  it('agrees on every day whether it is a weekday, with the eves counted and skipped', () => {
    const holidays = new Set();
    const eves = new Set();
    for (const year of YEARS) {
      for (const h of oracle.getHolidays(year)) {
        if (h.type === 'public') holidays.add(h.date.slice(0, 10));
        else if (EVES.has(h.name)) eves.add(h.date.slice(0, 10));
      }
    }
    let days = 0;
    for (let t = Date.UTC(1990, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10);
      const monToFri = new Date(t).getUTCDay() % 6 !== 0;
      assert.equal(isWeekday(date), monToFri && !holidays.has(date), date);
      assert.equal(isWeekday(date, { skipEves: true }), monToFri && !holidays.has(date) && !eves.has(date), date);
      days++;
    }
    assert.equal(days, 111 * 365 + 27); // 27 leap years: 1992–2096, 2000 included, 2100 not
  });
});

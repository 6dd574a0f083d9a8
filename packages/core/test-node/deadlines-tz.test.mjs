// The deadline rules give the same ISO dates whatever the machine's time zone: the same battery
// runs in child processes under zones far west and far east of Helsinki (and across their own
// summer-time changes), and todayInFinland() gives Helsinki's date for instants near midnight UTC.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';

const BATTERY = `
import * as core from '@saumaton/core';
const examples = ['2025-12-23', '2026-06-16', '2026-03-31', '2026-04-28', '2026-03-06', '2026-10-30', '2026-11-30'];
const out = {
  offset: new Date('2026-06-16T12:00:00Z').getTimezoneOffset(),
  seventh: examples.map((t) => [core.nthWeekdayAfter(t, 7), core.nthWeekdayAfter(t, 7, { skipEves: true })]),
  firstAfter: ['2026-03-06', '2026-03-27', '2026-10-23', '2026-10-30', '2026-12-31'].map((t) => core.nthWeekdayAfter(t, 1)),
  months: [['2026-11-30', 3], ['2027-11-30', 3], ['2026-01-03', 3], ['2026-03-08', 3], ['2026-08-01', 3]].map(
    ([t, m]) => [core.monthsAfter(t, m), core.monthsAfter(t, m, { rollToWeekday: true, skipEves: true })],
  ),
  between: [core.weekdaysBetween('2025-12-23', '2026-01-07'), core.weekdaysBetween('2026-11-01', '2026-03-01')],
  weekdays: ['2026-03-08', '2026-03-29', '2026-10-25', '2026-11-01', '2026-06-19'].map((d) => core.isWeekday(d)),
  holidays: core.finnishHolidays(2026).map((h) => h.date),
  deadlines: core.assessmentDeadlines({ triggerDate: '2026-11-30', grounds: ['urgent', 'child-special-support'] }),
  status: core.deadlineStatus('2026-06-25', '2026-06-29'),
  today: ['2026-06-19T20:59:59Z', '2026-06-19T21:00:00Z', '2026-12-31T21:59:59Z', '2026-12-31T22:00:00Z',
    '2026-03-08T09:30:00Z', '2026-11-01T10:30:00Z'].map((i) => core.todayInFinland(new Date(i))),
};
process.stdout.write(JSON.stringify(out));
`;

/** The battery's results in a child process whose time zone is `tz`. */
function run(tz) {
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', BATTERY], {
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  });
  assert.equal(child.status, 0, child.stderr);
  return JSON.parse(child.stdout);
}

describe('deadlines in any time zone', () => {
  const results = Object.fromEntries(
    ['UTC', 'Europe/Helsinki', 'America/Los_Angeles', 'Pacific/Kiritimati'].map((tz) => [tz, run(tz)]),
  );

  it('runs the battery in the zones asked for', () => {
    assert.deepEqual(
      Object.values(results).map((r) => r.offset),
      [0, -180, 420, -840],
    );
  });

  it('gives identical ISO results in every zone', () => {
    const { offset: _, ...utc } = results.UTC;
    for (const [tz, { offset: __, ...result }] of Object.entries(results)) assert.deepEqual(result, utc, tz);
  });

  it('gives the right results, not merely the same ones', () => {
    const r = results['Pacific/Kiritimati'];
    assert.deepEqual(r.seventh.slice(0, 4), [
      ['2026-01-07', '2026-01-08'],
      ['2026-06-25', '2026-06-26'],
      ['2026-04-13', '2026-04-13'],
      ['2026-05-08', '2026-05-08'],
    ]);
    assert.deepEqual(r.firstAfter, ['2026-03-09', '2026-03-30', '2026-10-26', '2026-11-02', '2027-01-04']);
    assert.deepEqual(r.months, [
      ['2027-02-28', '2027-03-01'],
      ['2028-02-29', '2028-02-29'],
      ['2026-04-03', '2026-04-07'],
      ['2026-06-08', '2026-06-08'],
      ['2026-11-01', '2026-11-02'],
    ]);
    assert.deepEqual(r.between, [7, -171]); // 35 weeks from Mon 2 Mar, less 4 weekday holidays
    assert.deepEqual(r.weekdays, [false, false, false, false, true]);
    assert.deepEqual(r.deadlines, {
      immediate: true,
      start: { date: '2026-12-09', basis: 'shl-36-7th-weekday' },
      complete: { date: '2027-02-28', basis: 'shl-36-3-months' },
    });
    assert.deepEqual(r.status, { kind: 'overdue', weekdays: 2, days: 4 });
  });

  it("todayInFinland gives Helsinki's date near midnight UTC, wherever the machine is", () => {
    for (const [tz, r] of Object.entries(results)) {
      assert.deepEqual(
        r.today,
        ['2026-06-19', '2026-06-20', '2026-12-31', '2027-01-01', '2026-03-08', '2026-11-01'],
        tz,
      );
    }
  });
});

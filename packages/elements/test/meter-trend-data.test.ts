import { expect } from '@open-wc/testing';
import {
  checkReadings,
  dayOf,
  frameOf,
  pathOf,
  scalesOf,
  zoneOf,
  zonesOf,
  type TrendMeter,
  type TrendReading,
} from '../src/meter-trend/trend-data.js';

const meter: TrendMeter = {
  title: 'Meter',
  areas: [{ linkId: 'a', label: 'A' }],
  scale: { min: 0, max: 10 },
  // Given out of order: the zones follow the scale.
  bands: [
    { from: 8, to: 10, level: 'high', label: 'Good' },
    { from: 0, to: 5, level: 'low', label: 'Needs support' },
    { from: 6, to: 7, level: 'middle', label: 'Moderate' },
  ],
};

const reading = (id: string, date: string, value: number | null): TrendReading => ({
  id,
  date,
  rater: 'client',
  values: [{ linkId: 'a', value }],
});

describe('the meter trend’s data (trend-data.ts)', () => {
  it('reads real calendar days only', () => {
    expect(dayOf('1970-01-02')).to.equal(1);
    expect(dayOf('2026-02-29')).to.equal(undefined);
    expect(dayOf('2024-02-29')).to.be.a('number');
    expect(dayOf('2026-1-5')).to.equal(undefined);
    expect(dayOf(undefined)).to.equal(undefined);
  });

  it('sorts readings by date, keeping the given order within a day', () => {
    const sorted = checkReadings([
      reading('late', '2026-05-01', 1),
      reading('first of the day', '2026-01-01', 2),
      reading('second of the day', '2026-01-01', 3),
    ]);
    expect(sorted.map((r) => r.reading.id)).to.deep.equal(['first of the day', 'second of the day', 'late']);
  });

  it('makes the bands zones that tile the scale, so every value has one', () => {
    const zones = zonesOf(meter, meter.scale);
    expect(zones.map((z) => [z.low, z.high, z.level])).to.deep.equal([
      [0, 5.5, 'low'],
      [5.5, 7.5, 'middle'],
      [7.5, 10, 'high'],
    ]);
    expect(zoneOf(zones, 5)?.label).to.equal('Needs support');
    expect(zoneOf(zones, 5.5)?.label, 'the lower zone on a shared edge').to.equal('Needs support');
    expect(zoneOf(zones, 6)?.label).to.equal('Moderate');
    expect(zoneOf(zones, 10)?.label).to.equal('Good');
    expect(zoneOf(zones, 11)).to.equal(undefined);
  });

  it('maps the first day to the left of the plot and the last to the right, values up the scale', () => {
    const frame = frameOf(zonesOf(meter, meter.scale));
    const { x, y } = scalesOf(frame, meter.scale, [100, 110, 130]);
    expect(x(100)).to.be.lessThan(x(110));
    expect((x(110) - x(100)) / (x(130) - x(100))).to.be.closeTo(1 / 3, 0.01);
    expect(y(0)).to.equal(frame.bottom);
    expect(y(10)).to.equal(frame.top);
    expect(y(15), 'off the scale stays on the chart').to.equal(frame.top);
  });

  it('breaks a series’ line where a value is missing', () => {
    const x = (day: number) => day;
    const y = (value: number) => value;
    const points = [
      { day: 1, value: 4 },
      { day: 2, value: 5 },
      { day: 3, value: null },
      { day: 4, value: 6 },
      { day: 5, value: null },
      { day: 6, value: 7 },
      { day: 7, value: 8 },
    ];
    expect(pathOf(points, x, y)).to.equal('M1 4L2 5M4 6M6 7L7 8');
  });
});

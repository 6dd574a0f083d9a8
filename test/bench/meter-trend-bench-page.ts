// Runs in headless Chromium (see run-bench.mjs): renders meterTrendView() with a life-situation
// meter's many readings (ten areas, both raters, a few areas left unrated) inside a Saumaton
// element, as a widget composes it, and measures the first render including style and layout.
import { SaumatonElement, define } from '@saumaton/elements';
import { meterTrendStyles, meterTrendView, type TrendMeter, type TrendReading } from '@saumaton/elements/meter-trend';

class TrendBench extends SaumatonElement {
  static override styles = [...SaumatonElement.styles, meterTrendStyles];
  static override properties = { meter: { attribute: false }, readings: { attribute: false } };
  declare meter: TrendMeter;
  declare readings: readonly TrendReading[];

  override render() {
    return meterTrendView(this.meter, this.readings);
  }
}
define('bench-meter-trend', TrendBench);

const AREAS = [
  'Health',
  'Coping with difficulties',
  'Housing',
  'Daily life',
  'Family and close ones',
  'Friends',
  'Finances',
  'Developing my strengths',
  'Self-esteem',
  'Life as a whole',
];

const meter: TrendMeter = {
  title: 'Life-situation meter',
  areas: AREAS.map((label, i) => ({ linkId: `area-${i}`, label })),
  scale: { min: 0, max: 10 },
  bands: [
    { from: 0, to: 5, level: 'low', label: 'Needs support' },
    { from: 6, to: 7, level: 'middle', label: 'Moderate' },
    { from: 8, to: 10, level: 'high', label: 'Good' },
  ],
};

/** `count` readings a fortnight apart, the client and a professional taking turns, given newest first. */
export function generateReadings(count: number): TrendReading[] {
  const start = Date.UTC(2025, 0, 6);
  const readings: TrendReading[] = [];
  for (let i = 0; i < count; i++) {
    const date = new Date(start + i * 14 * 86_400_000).toISOString().slice(0, 10);
    const client = i % 2 === 0;
    readings.push({
      id: `reading-${i}`,
      date,
      rater: client ? 'client' : 'professional',
      ...(client ? {} : { raterName: 'Maija Mäkinen' }),
      values: meter.areas.map((area, a) => ({
        linkId: area.linkId,
        value: (i + a) % 13 === 5 ? null : Math.min(10, Math.round(2 + (i / count) * 6 + ((i * 7 + a * 3) % 5) - 2)),
      })),
    });
  }
  return readings.reverse();
}

export interface MeterTrendBenchResult {
  readonly readings: number;
  readonly charts: number;
  readonly rows: number;
  readonly firstRender: number[];
}

async function run(runs: number, count: number): Promise<MeterTrendBenchResult> {
  const readings = generateReadings(count);
  const firstRender: number[] = [];
  let charts = 0;
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const el = new TrendBench();
    el.meter = meter;
    el.readings = readings;
    const start = performance.now();
    document.body.append(el);
    await el.updateComplete;
    document.body.getBoundingClientRect(); // style and layout are part of rendering
    firstRender.push(performance.now() - start);
    charts = el.shadowRoot!.querySelectorAll('svg[role="img"]').length;
    rows = el.shadowRoot!.querySelectorAll('tbody tr').length;
    el.remove();
  }
  if (charts !== meter.areas.length || rows !== count)
    throw new Error(`the trend drew ${charts} charts and ${rows} rows`);
  return { readings: count, charts, rows, firstRender };
}

(window as unknown as { meterTrendBench: typeof run }).meterTrendBench = run;

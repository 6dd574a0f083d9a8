/**
 * The meter trend's data, made ready to draw: readings checked and sorted by date, each area's
 * points per rater, the bands as zones of the scale, and the chart's coordinates. Pure: no DOM,
 * no Lit, nothing localized, so a plain unit test reaches it and the view only turns it into SVG.
 */
import { warnOnce } from '../dev-warnings.js';

export type TrendRater = 'client' | 'professional';
export type TrendBandLevel = 'low' | 'middle' | 'high';

/** A meter as the trend draws it: already localized text, plain numbers. */
export interface TrendMeter {
  readonly title: string;
  readonly areas: readonly { readonly linkId: string; readonly label: string }[];
  readonly scale: { readonly min: number; readonly max: number };
  readonly bands: readonly {
    readonly from: number;
    readonly to: number;
    readonly level: TrendBandLevel;
    readonly label: string;
  }[];
}

/** One reading of the meter: a day, who rated, a value (or none) per area. */
export interface TrendReading {
  readonly id: string;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly rater: TrendRater;
  readonly raterName?: string;
  readonly values: readonly { readonly linkId: string; readonly value: number | null }[];
}

export const RATERS: readonly TrendRater[] = ['client', 'professional'];

/**
 * The view's data comes from a host and may not match its types (a JavaScript caller, a broken
 * record): at the boundary every part is read as possibly missing, so bad input draws less
 * instead of throwing.
 */
export type Loose<T> = T | null | undefined;
export const loose = <T>(value: T): Loose<T> => value;
/** The array given, or none. */
export function listOf<T>(value: Loose<readonly T[]>): readonly T[] {
  return Array.isArray(value) ? (value as readonly T[]) : [];
}

/** A reading that can be drawn: its day as a number, its values by area. */
export interface CheckedReading {
  readonly reading: TrendReading;
  /** Days since 1970-01-01 (UTC). */
  readonly day: number;
  readonly values: ReadonlyMap<string, number>;
}

/** A band as a zone of the scale: `low`–`high` in scale units, touching its neighbours. */
export interface Zone {
  readonly low: number;
  readonly high: number;
  readonly level: TrendBandLevel;
  readonly label: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** The day of a `YYYY-MM-DD` date, or `undefined` when it is not a real calendar day. */
export function dayOf(date: unknown): number | undefined {
  const match = typeof date === 'string' ? DAY.exec(date) : null;
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(y, m - 1, d);
  const back = new Date(time);
  // Date.UTC rolls 2026-02-30 over into March: such a date is refused, not moved.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return undefined;
  return time / MS_PER_DAY;
}

/** A usable scale: finite, `min` < `max` (a broken one falls back to 0–10). */
export function scaleOf(meter: TrendMeter): { readonly min: number; readonly max: number } {
  const min = loose(meter.scale)?.min;
  const max = loose(meter.scale)?.max;
  if (typeof min === 'number' && typeof max === 'number' && Number.isFinite(min + max) && min < max)
    return { min, max };
  warnOnce(
    'meter-trend-scale',
    `meterTrendView: the meter's scale ${JSON.stringify(meter.scale)} is not usable; 0–10 is drawn`,
  );
  return { min: 0, max: 10 };
}

/**
 * The readings that can be drawn, by date (readings of one day keep their given order). A
 * reading without a real date or a known rater is left out with a warning, never thrown on; a
 * value that is not a finite number counts as not rated; the first value of an area counts.
 */
export function checkReadings(readings: readonly TrendReading[]): CheckedReading[] {
  const checked: CheckedReading[] = [];
  for (const reading of listOf(readings)) {
    const day = dayOf(loose(reading)?.date);
    if (day === undefined || !RATERS.includes(reading.rater)) {
      warnOnce(
        'meter-trend-reading',
        `meterTrendView: a reading without a YYYY-MM-DD date or a known rater is left out (${JSON.stringify(loose(reading)?.id)})`,
      );
      continue;
    }
    const values = new Map<string, number>();
    for (const v of listOf(reading.values)) {
      const value = loose(v)?.value;
      if (typeof value === 'number' && Number.isFinite(value) && !values.has(v.linkId)) values.set(v.linkId, value);
    }
    checked.push({ reading, day, values });
  }
  return checked.sort((a, b) => a.day - b.day);
}

/**
 * The bands as zones that tile the scale: a band of whole numbers 0–5 next to one of 6–7 meets
 * it at 5.5, so every value on the scale falls in exactly one zone. Bands that are not usable
 * (not finite, `from` > `to`) are left out.
 */
export function zonesOf(meter: TrendMeter, scale: { readonly min: number; readonly max: number }): Zone[] {
  const bands = listOf(meter.bands)
    .filter((b) => Number.isFinite(loose(b)?.from) && Number.isFinite(b.to) && b.from <= b.to)
    .sort((a, b) => a.from - b.from);
  return bands
    .map((band, i) => {
      const before = bands[i - 1];
      const after = bands[i + 1];
      const low = before ? (before.to + band.from) / 2 : Math.min(band.from, scale.min);
      const high = after ? (band.to + after.from) / 2 : Math.max(band.to, scale.max);
      return {
        low: Math.max(low, scale.min),
        high: Math.min(high, scale.max),
        level: band.level,
        label: loose(band.label) ?? '',
      };
    })
    .filter((zone) => zone.low < zone.high || bands.length === 1);
}

/** The zone a value falls in (the lower one on a shared edge), if any. */
export function zoneOf(zones: readonly Zone[], value: number): Zone | undefined {
  return zones.find((z) => value >= z.low && value <= z.high);
}

/** The chart's frame in SVG user units. Each chart scales as a whole with its width. */
export interface Frame {
  readonly width: number;
  readonly height: number;
  /** The plot area: values are drawn inside it. */
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export const CHART_HEIGHT = 150;
const CHART_PLOT_WIDTH = 190;
const AXIS_WIDTH = 24;
const X_LABELS_HEIGHT = 20;
const MARGIN = 6;
/** Roughly the width of a character of the chart's text, in user units. */
const CHAR_WIDTH = 7;

/** The frame of every chart of a trend: the band labels get a gutter as wide as the longest. */
export function frameOf(zones: readonly Zone[]): Frame {
  const longest = zones.reduce((n, z) => Math.max(n, z.label.length), 0);
  const gutter = zones.length ? Math.min(Math.max(longest * CHAR_WIDTH + 2 * MARGIN, 40), 180) : MARGIN;
  const left = AXIS_WIDTH;
  const right = left + CHART_PLOT_WIDTH;
  return {
    width: right + gutter,
    height: CHART_HEIGHT,
    left,
    right,
    top: MARGIN,
    bottom: CHART_HEIGHT - X_LABELS_HEIGHT,
  };
}

/** One decimal is enough for an SVG a few hundred pixels wide, and keeps the markup short. */
export const round = (n: number): number => Math.round(n * 10) / 10;

/** Maps days and values into a frame: the first day to the left edge, the last to the right. */
export function scalesOf(frame: Frame, scale: { readonly min: number; readonly max: number }, days: readonly number[]) {
  const first = days.length ? Math.min(...days) : 0;
  const last = days.length ? Math.max(...days) : 0;
  // Markers need room at the plot's ends; a single day sits in the middle.
  const x0 = frame.left + MARGIN;
  const x1 = frame.right - MARGIN;
  const x = (day: number) => round(last > first ? x0 + ((day - first) / (last - first)) * (x1 - x0) : (x0 + x1) / 2);
  const clamp = (v: number) => Math.min(Math.max(v, scale.min), scale.max);
  const y = (value: number) =>
    round(frame.bottom - ((clamp(value) - scale.min) / (scale.max - scale.min)) * (frame.bottom - frame.top));
  return { x, y };
}

/** A rater's points in one area, in date order; `null` where the reading left the area unrated. */
export function seriesOf(readings: readonly CheckedReading[], rater: TrendRater, linkId: string) {
  return readings
    .filter((r) => r.reading.rater === rater)
    .map((r) => ({ reading: r, value: r.values.get(linkId) ?? null }));
}

/**
 * The SVG path of a series: one line through its points, broken where a value is missing (a
 * gap, never a zero). A lone point between gaps draws no line; its marker shows it.
 */
export function pathOf(
  points: readonly { readonly day: number; readonly value: number | null }[],
  x: (day: number) => number,
  y: (value: number) => number,
): string {
  let d = '';
  let drawing = false;
  for (const p of points) {
    if (p.value === null) {
      drawing = false;
      continue;
    }
    d += `${drawing ? 'L' : 'M'}${x(p.day)} ${y(p.value)}`;
    drawing = true;
  }
  return d;
}

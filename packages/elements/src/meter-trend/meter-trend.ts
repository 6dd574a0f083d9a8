/**
 * `@saumaton/elements/meter-trend`: a meter's trend over time (DOMAIN §3.4, §6.4) as small SVG
 * charts, one per area, and a table of the same values. A view function of data only: a widget
 * composes `meterTrendView()` into its own `render()` and adds `meterTrendStyles` to its styles;
 * `followMeterReadings()` tells it when to read the readings again.
 * Its own subpath, so a widget that draws no trend never carries it. It takes plain, already
 * localized data (a meter's title, area and band labels), so elements never imports the
 * questionnaire package.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { AnyAdapter } from '@saumaton/core';
import { formatDate } from '../format.js';
import { getLocale } from '../localization.js';
import {
  RATERS,
  checkReadings,
  listOf,
  loose,
  frameOf,
  pathOf,
  round,
  scaleOf,
  scalesOf,
  seriesOf,
  zoneOf,
  zonesOf,
  type CheckedReading,
  type Frame,
  type TrendMeter,
  type TrendRater,
  type TrendReading,
  type Zone,
} from './trend-data.js';

export { meterTrendStyles } from './meter-trend-styles.js';
export type { TrendMeter, TrendReading, TrendRater, TrendBandLevel } from './trend-data.js';

/** What `meterTrendView` may be told besides its data. */
export interface MeterTrendOptions {
  /** Starts every id the view renders, so two trends can share a shadow root (default `meter-trend`). */
  readonly idPrefix?: string;
  /** The areas to draw and tabulate, by `linkId`, in this order (default: every area of the meter). */
  readonly areas?: readonly string[];
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A value as the locale writes numbers: `5,5` in Finnish and Swedish. */
function formatValue(value: number): string {
  const locale = getLocale();
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })));
  return format.format(value);
}

const raterLabel = (rater: TrendRater): string => (rater === 'client' ? msg('Client') : msg('Professional'));

/** A value with its band in words: "4 (Needs support)". */
function valueInWords(value: number, zones: readonly Zone[]): string {
  const band = zoneOf(zones, value)?.label;
  return band ? `${formatValue(value)} (${band})` : formatValue(value);
}

/** The words of one chart: each rater's first and latest value with their dates. */
function describe(readings: readonly CheckedReading[], linkId: string, zones: readonly Zone[]): string {
  const sentences: string[] = [];
  for (const rater of RATERS) {
    const rated = seriesOf(readings, rater, linkId).filter((p) => p.value !== null);
    const first = rated[0];
    const last = rated[rated.length - 1];
    if (!first || !last) continue;
    const who = raterLabel(rater);
    const firstValue = valueInWords(first.value!, zones);
    const firstDate = formatDate(first.reading.reading.date);
    if (first === last) {
      sentences.push(msg(str`${who}: only rating ${firstValue} on ${firstDate}.`));
      continue;
    }
    const lastValue = valueInWords(last.value!, zones);
    const lastDate = formatDate(last.reading.reading.date);
    sentences.push(msg(str`${who}: first ${firstValue} on ${firstDate}, latest ${lastValue} on ${lastDate}.`));
  }
  return sentences.length ? sentences.join(' ') : msg('Not rated yet.');
}

/**
 * The markers of a series as one path of small shapes (lean: one element, however many points):
 * a circle for the client, a square for a professional, centred on each point.
 */
function markersOf(rater: TrendRater, points: readonly { readonly x: number; readonly y: number }[]): string {
  let d = '';
  for (const { x, y } of points) {
    d +=
      rater === 'client'
        ? `M${round(x - 3.5)} ${y}a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0-7 0`
        : `M${round(x - 3.5)} ${round(y - 3.5)}h7v7h-7z`;
  }
  return d;
}

interface ChartContext {
  readonly readings: readonly CheckedReading[];
  readonly zones: readonly Zone[];
  readonly frame: Frame;
  readonly ticks: readonly number[];
  readonly x: (day: number) => number;
  readonly y: (value: number) => number;
  /** The zones and the axes: the same for every area, built once. */
  readonly backdrop: SVGTemplateResult;
}

/** The bands as shaded zones labelled in text, the value axis and the first and last date. */
function backdropOf(context: Omit<ChartContext, 'backdrop'>): SVGTemplateResult {
  const { frame, zones, ticks, readings, x, y } = context;
  const first = readings[0];
  const last = readings[readings.length - 1];
  const dateLabel = (r: CheckedReading, anchor: 'start' | 'middle' | 'end') =>
    svg`<text class="date" x=${anchor === 'start' ? frame.left : anchor === 'end' ? frame.right : x(r.day)} y=${frame.height - 4} text-anchor=${anchor}>${formatDate(r.reading.date)}</text>`;
  return svg`${zones.map(
    (
      z,
    ) => svg`<rect class="band ${z.level}" x=${frame.left} y=${y(z.high)} width=${frame.width - frame.left} height=${y(z.low) - y(z.high)}></rect>
      <text class="band-label" x=${frame.right + 6} y=${(y(z.low) + y(z.high)) / 2} dominant-baseline="central">${z.label}</text>`,
  )}${ticks.map(
    (t) => svg`<line class="tick" data-value=${t} x1=${frame.left} x2=${frame.right} y1=${y(t)} y2=${y(t)}></line>
      <text class="tick-label" x=${frame.left - 4} y=${y(t)} text-anchor="end" dominant-baseline="central">${formatValue(t)}</text>`,
  )}<line class="axis" x1=${frame.left} x2=${frame.right} y1=${frame.bottom} y2=${frame.bottom}></line>${
    first && last && first.day < last.day
      ? svg`${dateLabel(first, 'start')}${dateLabel(last, 'end')}`
      : first
        ? dateLabel(first, 'middle')
        : nothing
  }`;
}

/** One area's chart: the backdrop, then per rater its line and the path of its markers. */
function chart(
  area: { linkId: string; label: string },
  index: number,
  prefix: string,
  c: ChartContext,
): TemplateResult {
  const labelId = `${prefix}-area-${index}`;
  const descriptionId = `${prefix}-area-${index}-description`;
  const series = RATERS.map((rater) => {
    const points = seriesOf(c.readings, rater, area.linkId).map((p) => ({ day: p.reading.day, value: p.value }));
    const rated = points.flatMap((p) => (p.value === null ? [] : [{ x: c.x(p.day), y: c.y(p.value) }]));
    return svg`<path class="series ${rater}" d=${pathOf(points, c.x, c.y)}></path><path class="markers ${rater}" d=${markersOf(rater, rated)}></path>`;
  });
  // The visible label is the image's name; hidden from assistive technology so it is not read twice.
  return html`<li class="chart" data-area=${area.linkId}>
    <p class="area-label" id=${labelId} aria-hidden="true">${area.label}</p>
    <svg
      role="img"
      aria-labelledby=${labelId}
      aria-describedby=${descriptionId}
      viewBox="0 0 ${c.frame.width} ${c.frame.height}"
      preserveAspectRatio="xMinYMin meet"
    >
      <desc id=${descriptionId}>${describe(c.readings, area.linkId, c.zones)}</desc>
      ${c.backdrop}${series}
    </svg>
  </li>`;
}

/** The legend: each rater's line and marker drawn small, and in words. */
function legend(raters: readonly TrendRater[]): TemplateResult {
  return html`<ul class="legend" role="list">
    ${raters.map(
      (rater) =>
        html`<li>
          <svg class="key" viewBox="0 0 36 12" aria-hidden="true" focusable="false">
            <path class="series ${rater}" d="M2 6H34"></path>
            <path class="markers ${rater}" d=${markersOf(rater, [{ x: 18, y: 6 }])}></path>
          </svg>
          ${rater === 'client' ? msg('Client: solid line, circles') : msg('Professional: dashed line, squares')}
        </li>`,
    )}
  </ul>`;
}

/** The table of the same values: a row per reading, a column per area, bands in words. */
function table(
  meter: TrendMeter,
  areas: readonly { linkId: string; label: string }[],
  readings: readonly CheckedReading[],
  zones: readonly Zone[],
  prefix: string,
): TemplateResult {
  const captionId = `${prefix}-caption`;
  const title = meter.title;
  const notRated = msg('not rated');
  // A named group, not a region: a page that shows a trend twice (the assessment's, the plan's
  // goals') would otherwise list landmarks of the same name; focusable so it scrolls by keyboard.
  return html`<div class="table-scroll" role="group" tabindex="0" aria-labelledby=${captionId}>
    <table>
      <caption id=${captionId}>
        ${msg(str`${title}: every reading`)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Date')}</th>
          <th scope="col">${msg('Rated by')}</th>
          ${areas.map((a) => html`<th scope="col">${a.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${readings.map(
          (r) =>
            html`<tr>
              <th scope="row">${formatDate(r.reading.date)}</th>
              <td>${raterLabel(r.reading.rater)}${r.reading.raterName ? ` (${r.reading.raterName})` : nothing}</td>
              ${areas.map((a) => {
                const value = r.values.get(a.linkId);
                if (value === undefined) {
                  return html`<td class="not-rated">
                    <span aria-hidden="true">–</span><span class="visually-hidden">${notRated}</span>
                  </td>`;
                }
                // One text a cell, "4 (Needs support)" as in the charts' descriptions: a long table is
                // hundreds of cells, and an element more in each cost a quarter of its render time.
                return html`<td>${valueInWords(value, zones)}</td>`;
              })}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/**
 * A meter's trend: its title, a legend, one chart per area (x: the readings' dates, proportional;
 * y: the meter's scale, its bands as labelled zones; the client's ratings a solid line with
 * circles, a professional's a dashed line with squares; a missing value a gap) and a table of
 * every reading. Readings may come in any order; readings without a real date or rater are left
 * out (with a warning), never thrown on. No readings: a sentence saying so.
 */
export function meterTrendView(
  given: TrendMeter,
  readings: readonly TrendReading[],
  options: MeterTrendOptions = {},
): TemplateResult {
  // Never thrown on: a missing meter draws as one without areas.
  const meter: TrendMeter = loose(given) ?? { title: '', areas: [], scale: { min: 0, max: 10 }, bands: [] };
  const prefix = loose(options)?.idPrefix ?? 'meter-trend';
  const titleId = `${prefix}-title`;
  const meterAreas = listOf(meter.areas).filter((a) => typeof loose(a)?.linkId === 'string');
  const wanted = loose(options)?.areas;
  const areas = wanted
    ? listOf(wanted).flatMap((id) => meterAreas.filter((a) => a.linkId === id).slice(0, 1))
    : meterAreas;
  const checked = checkReadings(readings);
  const title = html`<h3 class="trend-title" id=${titleId}>${meter.title}</h3>`;
  if (!checked.length) {
    return html`<section class="meter-trend">
      ${title}
      <p class="no-readings">${msg('No readings yet.')}</p>
    </section>`;
  }
  const scale = scaleOf(meter);
  const zones = zonesOf(meter, scale);
  const frame = frameOf(zones);
  const { x, y } = scalesOf(
    frame,
    scale,
    checked.map((r) => r.day),
  );
  // The value axis is labelled at its ends and where each band begins.
  const ticks = [...new Set([scale.min, ...zones.slice(1).map((z) => Math.ceil(z.low)), scale.max])].filter(
    (t) => t >= scale.min && t <= scale.max,
  );
  const base = { readings: checked, zones, frame, ticks, x, y };
  const context: ChartContext = { ...base, backdrop: backdropOf(base) };
  const raters = RATERS.filter((rater) => checked.some((r) => r.reading.rater === rater));
  // Not a landmark (no name): its heading leads to it.
  return html`<section class="meter-trend">
    ${title} ${legend(raters)}
    <ul class="charts" role="list">
      ${areas.map((area, i) => chart(area, i, prefix, context))}
    </ul>
    ${table(meter, areas, checked, zones, prefix)}
  </section>`;
}

/**
 * Calls `changed` whenever the adapter tells of a new reading of the client's meter
 * (`subscribe({ kind: 'meter', clientId, meterId })`), so a trend takes in a reading saved
 * elsewhere on the page, or in another tab, without a reload. Returns the function that stops it.
 * An adapter without live updates, or one that refuses this kind, tells nothing: the trend is
 * read again when it is next loaded.
 */
export function followMeterReadings(
  adapter: AnyAdapter,
  clientId: string,
  meterId: string,
  changed: () => void,
): () => void {
  try {
    return adapter.subscribe?.({ kind: 'meter', clientId, meterId }, changed) ?? (() => undefined);
  } catch {
    return () => undefined;
  }
}

import { css } from 'lit';

/**
 * The meter trend's look: the charts in a grid that follows the widget's width (one column at
 * 320 px), each chart scaling with its column; the bands as tinted zones; the client's series
 * solid with circles, a professional's dashed with squares; the table in its own scroll region,
 * so the page never scrolls sideways. Colours through tokens, each with an AA default:
 *
 * - `--saumaton-band-low`, `--saumaton-band-middle`, `--saumaton-band-high`: the bands' tints
 *   (text on them is `--saumaton-color-text`);
 * - `--saumaton-trend-client`, `--saumaton-trend-professional`: the two series (3:1 or more
 *   against the tints and the surface).
 */
export const meterTrendStyles = css`
  .meter-trend {
    display: grid;
    /* One column as wide as the widget: the table's width never widens it (it scrolls instead),
       and nothing is sized from its content, which keeps a long table's layout cheap. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
  }
  .trend-title {
    font-size: 1.125em;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .key {
    inline-size: 2.25em;
    block-size: 0.75em;
    flex: none;
    overflow: visible;
  }
  .charts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18em), 1fr));
    gap: 1em;
  }
  .chart {
    min-inline-size: 0;
  }
  .area-label {
    font-weight: 600;
  }
  .chart svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
    overflow: hidden;
  }
  .band.low {
    fill: var(--saumaton-band-low, #fbe1de);
  }
  .band.middle {
    fill: var(--saumaton-band-middle, #fbefc4);
  }
  .band.high {
    fill: var(--saumaton-band-high, #d9efdd);
  }
  .chart text {
    fill: var(--saumaton-color-text, #1b1f24);
    font-size: 12px;
  }
  .tick {
    stroke: var(--saumaton-color-surface, #ffffff);
    stroke-opacity: 0.7;
    stroke-width: 1;
  }
  .axis {
    stroke: var(--saumaton-color-border-strong, #5b6470);
    stroke-width: 1;
  }
  .series {
    fill: none;
    stroke-width: 2;
    stroke-linejoin: round;
  }
  .series.client {
    stroke: var(--saumaton-trend-client, #0b5cad);
  }
  .series.professional {
    stroke: var(--saumaton-trend-professional, #6b2f8f);
    stroke-dasharray: 6 4;
  }
  .markers.client {
    fill: var(--saumaton-trend-client, #0b5cad);
  }
  .markers.professional {
    fill: var(--saumaton-trend-professional, #6b2f8f);
  }
  .markers {
    stroke: var(--saumaton-color-surface, #ffffff);
    stroke-width: 1;
  }
  .table-scroll {
    /* Positioned, so the hidden "not rated" texts (absolutely positioned) scroll with the table
       instead of widening the page. */
    position: relative;
    overflow-x: auto;
  }
  .meter-trend table {
    /* Words whole ("Professional", not "Professio-nal"): the region scrolls instead. */
    overflow-wrap: normal;
    border-collapse: collapse;
    font-size: 0.9375em;
  }
  .meter-trend caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25em;
  }
  .meter-trend th,
  .meter-trend td {
    padding: 0.3em 0.5em;
    border: 1px solid var(--saumaton-color-border, #c9ced6);
    text-align: start;
    vertical-align: top;
  }
  .meter-trend thead th {
    min-inline-size: 6em;
  }
  .meter-trend tbody th {
    font-weight: normal;
    white-space: nowrap;
  }
  /* A value and its band on one line: no line breaking to work out in hundreds of cells (a long
     table's layout is most of the trend's render time); the region scrolls instead. */
  .meter-trend td ~ td {
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .band {
      fill: Canvas;
      stroke: GrayText;
    }
    .chart text {
      fill: CanvasText;
    }
    .series {
      stroke: CanvasText;
    }
    .markers {
      fill: CanvasText;
      stroke: Canvas;
    }
    .tick {
      stroke: GrayText;
    }
  }
`;

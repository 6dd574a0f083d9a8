import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { SaumatonElement, define, formatDate, setLocale } from '@saumaton/elements';
import { meterTrendStyles, meterTrendView, type TrendMeter, type TrendReading } from '@saumaton/elements/meter-trend';
import { isolateTestPage, mount } from '@saumaton/elements/test-suites';

/** A widget composing the trend as a real one would: the view in render(), its styles in static styles. */
class TrendHost extends SaumatonElement {
  static override styles = [...SaumatonElement.styles, meterTrendStyles];
  static override properties = {
    meter: { attribute: false },
    readings: { attribute: false },
    options: { attribute: false },
  };
  declare meter: TrendMeter;
  declare readings: readonly TrendReading[];
  declare options: Parameters<typeof meterTrendView>[2];

  override render() {
    return meterTrendView(this.meter, this.readings, this.options);
  }
}
define('test-meter-trend', TrendHost);

const AREAS = [
  ['health', 'Health'],
  ['coping', 'Coping with difficulties'],
  ['housing', 'Housing'],
  ['daily-life', 'Daily life'],
  ['family', 'Family and close ones'],
  ['friends', 'Friends'],
  ['finances', 'Finances'],
  ['strengths', 'Developing my strengths'],
  ['self-esteem', 'Self-esteem'],
  ['life-as-a-whole', 'Life as a whole'],
] as const;

const meter: TrendMeter = {
  title: 'Life-situation meter',
  areas: AREAS.map(([linkId, label]) => ({ linkId, label })),
  scale: { min: 0, max: 10 },
  bands: [
    { from: 0, to: 5, level: 'low', label: 'Needs support' },
    { from: 6, to: 7, level: 'middle', label: 'Moderate' },
    { from: 8, to: 10, level: 'high', label: 'Good' },
  ],
};

function reading(
  id: string,
  date: string,
  rater: TrendReading['rater'],
  values: readonly (number | null)[],
  raterName?: string,
): TrendReading {
  return {
    id,
    date,
    rater,
    ...(raterName ? { raterName } : {}),
    values: AREAS.map(([linkId], i) => ({ linkId, value: values[i] ?? null })),
  };
}

/** Aino's own ratings (the core example's) and her worker's, given out of date order. */
const readings: readonly TrendReading[] = [
  reading('c-09', '2026-09-08', 'client', [6, 6, 4, 6, 8, 5, 3, 7, 6, 6]),
  reading('c-03', '2026-03-10', 'client', [4, 3, 5, 3, 6, 4, 2, 3, 3, 3]),
  reading('p-11', '2026-11-24', 'professional', [5, 6, 3, 6, 7, 6, 2, 6, 5, 5], 'Maija Mäkinen'),
  reading('c-06', '2026-06-09', 'client', [5, 5, 5, 5, 7, null, 3, 5, 4, 5]),
  reading('p-03', '2026-03-10', 'professional', [3, 3, 4, 4, 6, 4, 1, 3, 3, 3], 'Maija Mäkinen'),
  reading('c-11', '2026-11-24', 'client', [6, 6, 3, 6, 8, 6, 2, 7, 6, 10]),
];

async function shown(
  data: readonly TrendReading[] = readings,
  options?: Parameters<typeof meterTrendView>[2],
  width?: string,
): Promise<{ el: TrendHost; root: ShadowRoot; container: HTMLElement }> {
  const container = mount();
  if (width) container.style.inlineSize = width;
  const el = new TrendHost();
  el.meter = meter;
  el.readings = data;
  el.options = options;
  container.append(el);
  await el.updateComplete;
  return { el, root: el.shadowRoot!, container };
}

const chartOf = (root: ShadowRoot, linkId: string) => root.querySelector<HTMLElement>(`.chart[data-area="${linkId}"]`)!;
const num = (el: Element, attribute: string) => Number(el.getAttribute(attribute));
const gridY = (chart: Element, value: number) => num(chart.querySelector(`line.tick[data-value="${value}"]`)!, 'y1');
/** The centres of a series' markers, from its one path of small shapes: circles for the client. */
function markers(chart: Element, rater: 'client' | 'professional', shape: 'circle' | 'square') {
  const d = chart.querySelector(`path.markers.${rater}`)?.getAttribute('d') ?? '';
  const pattern =
    shape === 'circle'
      ? /M(-?[\d.]+) (-?[\d.]+)a3\.5 3\.5 0 1 0 7 0a3\.5 3\.5 0 1 0-7 0/g
      : /M(-?[\d.]+) (-?[\d.]+)h7v7h-7z/g;
  const found = [...d.matchAll(pattern)].map((m) => ({
    x: Number(m[1]) + 3.5,
    y: Number(m[2]) + (shape === 'square' ? 3.5 : 0),
  }));
  // Every shape in the path is of that kind.
  expect(d.match(/M/g)?.length ?? 0, `${rater}'s markers: ${d}`).to.equal(found.length);
  return found;
}
const circles = (chart: Element) => markers(chart, 'client', 'circle');
const squares = (chart: Element) => markers(chart, 'professional', 'square');
const moves = (path: Element) => (path.getAttribute('d') ?? '').match(/M/g)?.length ?? 0;

describe('meterTrendView (@saumaton/elements/meter-trend)', () => {
  isolateTestPage();

  it('is accessible with both raters, and with one', async () => {
    const { root, container } = await shown();
    expect(root.querySelectorAll('svg[role="img"]')).to.have.length(10);
    await expect(container.querySelector('test-meter-trend')).to.be.accessible();
    const clientOnly = await shown(readings.filter((r) => r.rater === 'client'));
    await expect(clientOnly.el).to.be.accessible();
  });

  it('draws one chart per area, named by the area and described in words', async () => {
    const { root } = await shown();
    const charts = [...root.querySelectorAll('.chart')];
    expect(charts.map((c) => c.getAttribute('data-area'))).to.deep.equal(AREAS.map(([id]) => id));
    const svg = chartOf(root, 'health').querySelector('svg')!;
    expect(root.getElementById(svg.getAttribute('aria-labelledby')!)!.textContent).to.equal('Health');
    expect(root.getElementById(svg.getAttribute('aria-describedby')!)!.textContent).to.equal(
      `Client: first 4 (Needs support) on ${formatDate('2026-03-10')}, latest 6 (Moderate) on ${formatDate('2026-11-24')}. ` +
        `Professional: first 3 (Needs support) on ${formatDate('2026-03-10')}, latest 5 (Needs support) on ${formatDate('2026-11-24')}.`,
    );
    // Ids are unique within the root.
    const ids = [...root.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('places the scale’s ends at the bottom and the top, and each value in proportion', async () => {
    const { root } = await shown();
    const chart = chartOf(root, 'life-as-a-whole'); // the client's values 3, 5, 6, 10
    const [bottom, top] = [gridY(chart, 0), gridY(chart, 10)];
    expect(bottom).to.be.greaterThan(top);
    const ys = circles(chart).map((c) => c.y);
    expect(ys[3]).to.be.closeTo(top, 0.1);
    expect(ys[0]).to.be.closeTo(bottom - (bottom - top) * 0.3, 0.1);
    // A professional's 1 in finances, and the band edges labelled on the axis.
    const finances = chartOf(root, 'finances');
    expect(squares(finances)[0]!.y).to.be.closeTo(bottom - (bottom - top) * 0.1, 0.1);
    expect([...chart.querySelectorAll('line.tick')].map((t) => t.getAttribute('data-value'))).to.deep.equal([
      '0',
      '6',
      '8',
      '10',
    ]);
    const zero = await shown([reading('z', '2026-01-01', 'client', [0])]);
    expect(circles(chartOf(zero.root, 'health'))[0]!.y).to.be.closeTo(gridY(chartOf(zero.root, 'health'), 0), 0.1);
  });

  it('sorts readings by date and spaces them in proportion to the time between them', async () => {
    const { root } = await shown();
    const xs = circles(chartOf(root, 'health')).map((c) => c.x);
    // 2026-03-10, 06-09, 09-08, 11-24: days 0, 91, 182, 259.
    expect(xs).to.deep.equal([...xs].sort((a, b) => a - b));
    const span = xs[3]! - xs[0]!;
    expect((xs[1]! - xs[0]!) / span).to.be.closeTo(91 / 259, 0.01);
    expect((xs[2]! - xs[0]!) / span).to.be.closeTo(182 / 259, 0.01);
    // The professional's ratings of the same days sit at the same x.
    const px = squares(chartOf(root, 'health')).map((sq) => sq.x);
    expect(px[0]).to.be.closeTo(xs[0]!, 0.1);
    expect(px[1]).to.be.closeTo(xs[3]!, 0.1);
    // The first and last date label the time axis.
    const dates = [...chartOf(root, 'health').querySelectorAll('text.date')].map((t) => t.textContent);
    expect(dates).to.deep.equal([formatDate('2026-03-10'), formatDate('2026-11-24')]);
  });

  it('leaves a gap where an area was not rated, never a zero', async () => {
    const { root } = await shown();
    const friends = chartOf(root, 'friends'); // the client skipped friends in June
    expect(circles(friends)).to.have.length(3);
    expect(moves(friends.querySelector('path.series.client')!)).to.equal(2);
    const bottom = gridY(friends, 0);
    expect(circles(friends).every((c) => c.y < bottom)).to.equal(true);
    // Rated every time: one unbroken line.
    expect(moves(chartOf(root, 'health').querySelector('path.series.client')!)).to.equal(1);
    // The description counts only what was rated.
    const onlyOnce = await shown([
      reading('a', '2026-01-10', 'client', [null, 2]),
      reading('b', '2026-02-10', 'client', [null, 3]),
    ]);
    const health = chartOf(onlyOnce.root, 'health');
    expect(circles(health)).to.have.length(0);
    expect(health.querySelector('path.series.client')!.getAttribute('d')).to.equal('');
    expect(health.querySelector('desc')!.textContent).to.equal('Not rated yet.');
  });

  it('tells the two raters apart without colour: line style, marker shape and a text legend', async () => {
    const { root } = await shown();
    const chart = chartOf(root, 'health');
    const client = chart.querySelector('path.series.client')!;
    const professional = chart.querySelector('path.series.professional')!;
    expect(getComputedStyle(client).strokeDasharray).to.equal('none');
    expect(getComputedStyle(professional).strokeDasharray).to.not.equal('none');
    expect(circles(chart)).to.have.length(4);
    expect(squares(chart)).to.have.length(2);
    expect(getComputedStyle(chart.querySelector('path.markers.client')!).fill).to.not.equal('none');
    const legend = [...root.querySelectorAll('.legend li')];
    expect(legend.map((li) => li.textContent.trim())).to.deep.equal([
      'Client: solid line, circles',
      'Professional: dashed line, squares',
    ]);
    expect(markers(legend[0]!, 'client', 'circle')).to.have.length(1);
    expect(markers(legend[1]!, 'professional', 'square')).to.have.length(1);
    // Only the raters who rated are in the legend.
    const clientOnly = await shown(readings.filter((r) => r.rater === 'client'));
    expect(clientOnly.root.querySelectorAll('.legend li')).to.have.length(1);
  });

  it('shows the bands as shaded zones labelled in text, in the order of the scale', async () => {
    const { root } = await shown();
    const chart = chartOf(root, 'health');
    const zones = [...chart.querySelectorAll('rect.band')];
    expect(zones.map((z) => z.getAttribute('class'))).to.deep.equal(['band low', 'band middle', 'band high']);
    expect([...chart.querySelectorAll('text.band-label')].map((t) => t.textContent)).to.deep.equal([
      'Needs support',
      'Moderate',
      'Good',
    ]);
    // The zones tile the scale: 0–5.5, 5.5–7.5, 7.5–10.
    const [bottom, top] = [gridY(chart, 0), gridY(chart, 10)];
    const unit = (bottom - top) / 10;
    expect(num(zones[0]!, 'y') + num(zones[0]!, 'height')).to.be.closeTo(bottom, 0.1);
    expect(num(zones[0]!, 'y')).to.be.closeTo(bottom - 5.5 * unit, 0.1);
    expect(num(zones[2]!, 'y')).to.be.closeTo(top, 0.1);
    expect(getComputedStyle(zones[0]!).fill).to.not.equal(getComputedStyle(zones[2]!).fill);
  });

  it('tabulates every reading by date: who rated, each value and its band in words', async () => {
    const { root } = await shown();
    const table = root.querySelector('table')!;
    expect(table.querySelector('caption')!.textContent.trim()).to.equal('Life-situation meter: every reading');
    const heads = [...table.querySelectorAll('thead th')];
    expect(heads.map((th) => th.textContent)).to.deep.equal(['Date', 'Rated by', ...AREAS.map(([, label]) => label)]);
    expect(heads.every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(6);
    expect(rows.map((r) => r.querySelector('th[scope="row"]')!.textContent)).to.deep.equal(
      ['2026-03-10', '2026-03-10', '2026-06-09', '2026-09-08', '2026-11-24', '2026-11-24'].map(formatDate),
    );
    const cells = (row: Element) =>
      [...row.querySelectorAll('td')].map((td) => td.textContent.replace(/\s+/g, ' ').trim());
    // Readings of one day keep their given order: the client's came first on 2026-03-10.
    expect(cells(rows[0]!).slice(0, 3)).to.deep.equal(['Client', '4 (Needs support)', '3 (Needs support)']);
    expect(cells(rows[1]!).slice(0, 3)).to.deep.equal([
      'Professional (Maija Mäkinen)',
      '3 (Needs support)',
      '3 (Needs support)',
    ]);
    const june = cells(rows[2]!);
    expect(june[5]).to.equal('7 (Moderate)');
    // Friends were not rated in June: the cell says so to a screen reader, a dash to the eye.
    const skipped = rows[2]!.querySelectorAll('td')[6]!;
    expect(skipped.querySelector('.visually-hidden')!.textContent).to.equal('not rated');
    expect(skipped.querySelector('[aria-hidden="true"]')!.textContent).to.equal('–');
    expect(cells(rows[5]!)[10]).to.equal('10 (Good)');
  });

  it('fits 320 px: one column of charts, the table scrolling in its own focusable, named group', async () => {
    const { el, root, container } = await shown(readings, undefined, '320px');
    // At the page's right edge: anything that escaped the 320 px would widen the page.
    container.style.marginInlineStart = `${document.documentElement.clientWidth - 330}px`;
    expect(el.scrollWidth).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    const charts = [...root.querySelectorAll<HTMLElement>('.chart')];
    expect(new Set(charts.map((c) => c.offsetLeft)).size).to.equal(1);
    expect(charts.every((c) => c.getBoundingClientRect().width <= 320)).to.equal(true);
    const region = root.querySelector<HTMLElement>('.table-scroll')!;
    expect(region.getAttribute('role')).to.equal('group');
    expect(region.getAttribute('tabindex')).to.equal('0');
    expect(root.getElementById(region.getAttribute('aria-labelledby')!)!.tagName).to.equal('CAPTION');
    expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
    region.focus();
    expect(root.activeElement).to.equal(region);
    await expect(el).to.be.accessible();

    const wide = await shown(readings, undefined, '60em');
    const columns = new Set([...wide.root.querySelectorAll<HTMLElement>('.chart')].map((c) => c.offsetLeft));
    expect(columns.size).to.be.greaterThan(1);
  });

  it('says so in a sentence when there are no readings', async () => {
    const { el, root } = await shown([]);
    expect(root.querySelector('.no-readings')!.textContent).to.equal('No readings yet.');
    expect(root.querySelector('h3')!.textContent).to.equal('Life-situation meter');
    expect(root.querySelector('svg, table')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a single reading as its points, in the middle of the time axis', async () => {
    const { el, root } = await shown([reading('only', '2026-05-04', 'professional', [7, 2])]);
    const health = chartOf(root, 'health');
    const [point] = squares(health);
    expect(squares(health)).to.have.length(1);
    expect(point!.y).to.be.closeTo(gridY(health, 0) - (gridY(health, 0) - gridY(health, 10)) * 0.7, 0.1);
    const axis = health.querySelector('line.axis')!;
    expect(point!.x).to.be.closeTo((num(axis, 'x1') + num(axis, 'x2')) / 2, 0.1);
    expect(health.querySelector('desc')!.textContent).to.equal(
      `Professional: only rating 7 (Moderate) on ${formatDate('2026-05-04')}.`,
    );
    expect([...health.querySelectorAll('text.date')].map((t) => t.textContent)).to.deep.equal([
      formatDate('2026-05-04'),
    ]);
    expect(root.querySelectorAll('tbody tr')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('draws only the areas asked for, with ids of its own, so two trends share a root', async () => {
    const container = mount();
    const el = new TrendHost();
    el.meter = meter;
    el.readings = readings;
    el.options = { idPrefix: 'a', areas: ['finances', 'health', 'no-such-area'] };
    container.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect([...root.querySelectorAll('.chart')].map((c) => c.getAttribute('data-area'))).to.deep.equal([
      'finances',
      'health',
    ]);
    expect([...root.querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal([
      'Date',
      'Rated by',
      'Finances',
      'Health',
    ]);
    expect([...root.querySelectorAll('[id]')].every((e) => e.id.startsWith('a-'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('never throws on bad input: readings without a real date or rater are left out', async () => {
    const bad = [
      reading('no-date', 'yesterday', 'client', [1]),
      reading('no-day', '2026-02-30', 'client', [1]),
      { ...reading('no-rater', '2026-01-01', 'client', [1]), rater: 'neighbour' as never },
      { ...reading('odd-values', '2026-01-02', 'client', []), values: [{ linkId: 'health', value: Number.NaN }] },
      reading('fine', '2026-01-03', 'client', [12, -1]),
    ];
    const { el, root } = await shown(bad);
    expect(root.querySelectorAll('tbody tr')).to.have.length(2);
    // Values off the scale stay inside the chart; the table shows them as given.
    const health = chartOf(root, 'health');
    expect(circles(health)[0]!.y).to.be.closeTo(gridY(health, 10), 0.1);
    expect(circles(chartOf(root, 'coping'))[0]!.y).to.be.closeTo(gridY(health, 0), 0.1);
    expect(circles(health)).to.have.length(1); // NaN counts as not rated
    await expect(el).to.be.accessible();

    el.meter = { ...meter, scale: { min: 10, max: 0 }, bands: [] };
    el.readings = undefined as never;
    await el.updateComplete;
    expect(root.querySelector('.no-readings')).to.exist;
    el.readings = readings;
    await el.updateComplete;
    expect(root.querySelectorAll('rect.band')).to.have.length(0);
    expect(gridY(chartOf(root, 'health'), 10)).to.be.lessThan(gridY(chartOf(root, 'health'), 0));
  });

  it('speaks Finnish and Swedish when the page does', async () => {
    document.documentElement.lang = 'fi';
    await setLocale('fi');
    const { el, root } = await shown();
    expect([...root.querySelectorAll('.legend li')].map((li) => li.textContent.trim())).to.deep.equal([
      'Asiakas: yhtenäinen viiva, ympyrät',
      'Ammattilainen: katkoviiva, neliöt',
    ]);
    expect([...root.querySelectorAll('thead th')].slice(0, 2).map((th) => th.textContent)).to.deep.equal([
      'Päivämäärä',
      'Arvioija',
    ]);
    expect(root.querySelector('caption')!.textContent.trim()).to.equal('Life-situation meter: kaikki arviot');
    expect(chartOf(root, 'health').querySelector('desc')!.textContent).to.equal(
      `Asiakas: ensin 4 (Needs support) ${formatDate('2026-03-10')}, viimeksi 6 (Moderate) ${formatDate('2026-11-24')}. ` +
        `Ammattilainen: ensin 3 (Needs support) ${formatDate('2026-03-10')}, viimeksi 5 (Needs support) ${formatDate('2026-11-24')}.`,
    );
    expect(formatDate('2026-03-10')).to.equal('10.3.2026');
    const skipped = root.querySelectorAll('tbody tr')[2]!.querySelectorAll('td')[6]!;
    expect(skipped.textContent).to.contain('ei arvioitu');
    await expect(el).to.be.accessible();

    document.documentElement.lang = 'sv';
    await waitUntil(
      () => root.querySelector('thead th')!.textContent === 'Datum',
      'the trend did not turn to Swedish',
      {
        timeout: 5000,
      },
    );
    expect(root.querySelector('.legend li')!.textContent.trim()).to.equal('Klient: heldragen linje, cirklar');
    const empty = await shown([]);
    expect(empty.root.querySelector('.no-readings')!.textContent).to.equal('Inga skattningar ännu.');
  });

  it('renders with lit render() into any container too', async () => {
    const container = mount(html`${meterTrendView(meter, readings, { idPrefix: 'plain' })}`);
    expect(container.querySelectorAll('svg[role="img"]')).to.have.length(10);
    expect(container.querySelectorAll('tbody tr')).to.have.length(6);
  });
});

/**
 * `<saumaton-need-assessment>` with `meter-id`: the client's readings of a meter as the trend
 * chart and table, readings that do not fit left out and said, and a professional adding one.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { MemoryAdapter, todayInFinland, type AssessmentTemplate, type MeterReading, type Viewer } from '@saumaton/core';
import { exampleClient, exampleMeterReadings, exampleTemplateIds } from '@saumaton/core/examples';
import type { NeedAssessment } from '../src/NeedAssessment.js';
import { $, $$, cleanUp, renderAssessment, text } from './fixtures.js';

const professional: Viewer = { kind: 'professional', organizationId: '1.2.246.10.99999999.10.0' };

let meter: AssessmentTemplate;
before(async () => {
  meter = (await (
    await fetch(new URL('../../questionnaire/templates/life-situation-meter.json', import.meta.url))
  ).json()) as AssessmentTemplate;
});

async function showMeter(
  readings: readonly MeterReading[],
  options: { viewer?: Viewer; editable?: boolean } = {},
): Promise<{ el: NeedAssessment; adapter: MemoryAdapter }> {
  const adapter = await MemoryAdapter.withData({
    clients: [exampleClient],
    templates: [meter],
    meterReadings: readings,
  });
  const el = await renderAssessment((el) => {
    el.adapter = adapter;
    el.viewer = options.viewer ?? professional;
    el.editable = options.editable ?? true;
    el.clientId = exampleClient.id;
    el.meterId = exampleTemplateIds.meter;
  });
  await waitUntil(() => $(el, '.meter table, .meter .state'), 'the meter', { timeout: 4000 });
  return { el, adapter };
}

const rows = (el: NeedAssessment) => $$(el, '.meter table tbody tr');

describe('<saumaton-need-assessment> with a meter', function () {
  this.timeout(15000);
  afterEach(cleanUp);

  it("shows the client's readings as a chart per area and a table of the same values", async () => {
    const { el } = await showMeter(exampleMeterReadings);
    expect(rows(el)).to.have.length(exampleMeterReadings.length);
    expect($$(el, '.meter svg[role="img"]').length).to.equal(10);
    // The first reading, in March: health rated 4 by the client, in the lowest band, said in words.
    expect(text(rows(el)[0])).to.contain('4');
    expect($(el, '#meter-add')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('takes in a reading saved elsewhere (another widget, another tab) without a reload, the trend shown meanwhile', async () => {
    const { el, adapter } = await showMeter(exampleMeterReadings);
    const loading: boolean[] = [];
    const observer = new MutationObserver(() => loading.push(Boolean($(el, '.meter [aria-busy="true"]'))));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true });
    await adapter.saveMeterReading(
      { ...exampleMeterReadings[0]!, id: 'reading-elsewhere', date: todayInFinland() },
      null,
    );
    await waitUntil(() => rows(el).length === exampleMeterReadings.length + 1, 'the new reading is not shown', {
      timeout: 4000,
    });
    observer.disconnect();
    // The trend was never replaced by "loading" while the new reading was read.
    expect(loading.filter(Boolean)).to.deep.equal([]);
    // Removed from the page, it no longer follows the meter.
    el.remove();
    await adapter.saveMeterReading({ ...exampleMeterReadings[0]!, id: 'reading-later', date: todayInFinland() }, null);
    expect(rows(el)).to.have.length(exampleMeterReadings.length + 1);
  });

  it('leaves out a reading that does not fit the meter, and says so', async () => {
    const broken: MeterReading = {
      ...exampleMeterReadings[0]!,
      id: 'meter-broken',
      values: [{ linkId: 'health', value: 42 }],
    };
    const { el } = await showMeter([...exampleMeterReadings, broken]);
    expect(rows(el)).to.have.length(exampleMeterReadings.length);
    expect(text($(el, '.meter .notice'))).to.contain('One reading could not be shown');
  });

  it('lets a professional add a reading: who rated is required, then it is saved and shown', async () => {
    const { el, adapter } = await showMeter(exampleMeterReadings);
    ($(el, '#meter-add') as HTMLButtonElement).click();
    await el.updateComplete;
    const select = $(el, '#meter-area-health') as HTMLSelectElement;
    select.value = '8';
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.updateComplete;
    ($(el, '.meter-form') as HTMLFormElement).requestSubmit();
    await el.updateComplete;
    expect(text($(el, '#meter-rater-problem'))).to.equal('Choose who rated.');
    await expect(el).to.be.accessible();

    ($(el, '.meter-form input[value=client]') as HTMLInputElement).click();
    await el.updateComplete;
    ($(el, '.meter-form') as HTMLFormElement).requestSubmit();
    await waitUntil(() => rows(el).length === exampleMeterReadings.length + 1, 'the new reading', { timeout: 4000 });
    const stored = await adapter.listMeterReadings(exampleClient.id, exampleTemplateIds.meter);
    const added = stored.find((r) => !exampleMeterReadings.some((e) => e.id === r.value.id))!;
    expect(added.value.date).to.equal(todayInFinland());
    expect(added.value.rater.kind).to.equal('client');
    expect(added.value.values.find((v) => v.linkId === 'health')?.value).to.equal(8);
    expect(added.value.values.filter((v) => v.value !== null)).to.have.length(1);
  });

  it('offers no new reading to a viewer who may not edit', async () => {
    const { el } = await showMeter(exampleMeterReadings, { viewer: { kind: 'client' }, editable: false });
    expect($(el, '#meter-add')).to.be.null;
    expect(rows(el)).to.have.length(exampleMeterReadings.length);
  });
});

/**
 * `<saumaton-plan-viewer>` reading a plan: every section, the disclaimer, both views side by
 * side, each producer's part, goals with their trend, the client's copy, turvakielto, packages
 * and chains, and a superseded load.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setLocale } from '@saumaton/elements';
import { unmountAll } from '@saumaton/elements/test-suites';
import { exampleMeterReadings, examplePlan, exampleProtectedClient } from '@saumaton/core/examples';
import type { AnyAdapter } from '@saumaton/core';
import {
  $,
  $$,
  clientViewer,
  employment,
  exampleAdapter,
  organiser,
  part,
  protectedPlan,
  renderPlan,
  settled,
  text,
  voucher,
} from './helpers.js';

afterEach(async () => {
  unmountAll();
  await setLocale('en');
});

describe('<saumaton-plan-viewer> reading a plan', () => {
  it('shows every section of the plan, the identity code masked', async () => {
    const el = await renderPlan(await exampleAdapter(), { viewer: organiser });
    const headings = $$(el, '.plan-section > h3').map(text);
    expect(headings).to.include.members([
      'Clienthood',
      'Context',
      'Support need',
      'Services and measures needed',
      'Services and producers’ parts',
      'Meeting frequency',
      'Strengths and resources',
      'Estimated duration of the client relationship',
      'Goals and means',
      'Partners and division of responsibilities',
      'Follow-up and evaluation',
      'Health part',
    ]);
    const header = text($(el, '.plan-header'));
    expect(header).to.contain('Asiakassuunnitelma');
    expect(header).to.contain('Aikuissosiaalityö');
    expect(header).to.contain(examplePlan.header.organizer.id);
    expect(header).to.contain('****');
    expect(el.shadowRoot!.innerHTML.includes(examplePlan.header.client.identityCode!), 'the identity code').to.equal(
      false,
    );
  });

  it('says plainly near the top that the plan is not a decision, and shows no status as approved', async () => {
    const el = await renderPlan(await exampleAdapter());
    const disclaimer = $(el, '.plan-header .disclaimer');
    expect(text(disclaimer)).to.contain('not a granted service');
    const statuses = $$(el, '.service .status').map(text);
    expect(statuses).to.include('Ongoing');
    for (const s of statuses) expect(s.toLowerCase()).not.to.match(/approved|granted/);
  });

  it('puts the two views of the support need side by side, labelled, and says that they differ', async () => {
    const el = await renderPlan(await exampleAdapter());
    const views = $$(el, '[aria-labelledby="support-need-heading"] .view');
    expect(views.map((v) => text(v.querySelector('h4')))).to.deep.equal(['Client’s view', 'Professional’s view']);
    expect(text(views[0])).to.contain('Rahat eivät riitä');
    expect(text(views[1])).to.contain('Vuokrarästit uhkaavat');
    expect(text($(el, '[aria-labelledby="support-need-heading"] .differ'))).to.contain('differ');
    // Side by side where the widget is wide, one after the other where it is narrow.
    el.style.display = 'block';
    el.style.inlineSize = '60em';
    await el.updateComplete;
    expect(views[0]!.getBoundingClientRect().top).to.equal(views[1]!.getBoundingClientRect().top);
    el.style.inlineSize = '320px';
    await waitUntil(() => views[1]!.getBoundingClientRect().top > views[0]!.getBoundingClientRect().bottom - 1);
  });

  it('groups services under their producer with its type and who last changed the part, when', async () => {
    const el = await renderPlan(await exampleAdapter());
    const home = part(el, voucher.id);
    expect(text(home.querySelector('h4'))).to.equal(voucher.name);
    expect(text(home.querySelector('.producer-type'))).to.equal('Service voucher');
    expect(text(home.querySelector('.changed'))).to.contain('Pekka Lindqvist');
    expect(text(home.querySelector('.changed'))).to.contain('2026');
    expect(text(home.querySelector('.service'))).to.contain('2 krt/vko');
    expect(text(part(el, employment.id).querySelector('.producer-type'))).to.equal('Employment services');
  });

  it('shows the next review date with its state in words', async () => {
    const el = await renderPlan(await exampleAdapter());
    const review = $(el, '.review');
    expect(text(review)).to.match(/(Overdue by \d+ days?|Due today|In \d+ days?): next review/);
  });

  it('draws the trend of a goal that follows a meter area beside it, with only that area', async () => {
    const el = await renderPlan(await exampleAdapter());
    await waitUntil(() => $$(el, '.goal-trend .meter-trend').length === 2, 'the trends', { timeout: 4000 });
    const goal = $$(el, '.goal')[0]!;
    expect(text(goal.querySelector('.trend-title'))).to.contain(':');
    // One chart: the finances area alone, not all ten.
    expect([...goal.querySelectorAll('.goal-trend .chart')].map((c) => c.getAttribute('data-area'))).to.deep.equal([
      'finances',
    ]);
    // The goal's evaluation at the review is shown.
    const evaluations = [...goal.querySelectorAll('.evaluations li')].map(text);
    expect(evaluations).to.have.length(1);
    expect(evaluations[0]).to.contain('Improving');
    // The third goal follows no meter: no trend.
    expect($$(el, '.goal')[2]!.querySelector('.goal-trend')).to.equal(null);
  });

  it('draws a reading saved elsewhere on the page into the goals’ trends without a reload', async () => {
    const adapter = await exampleAdapter();
    const getTemplate = adapter.getTemplate.bind(adapter);
    let templateReads = 0;
    adapter.getTemplate = (...args) => {
      templateReads++;
      return getTemplate(...args);
    };
    const el = await renderPlan(adapter);
    await waitUntil(() => $$(el, '.goal-trend .meter-trend').length === 2, 'the trends', { timeout: 4000 });
    expect(templateReads).to.equal(1);
    const rows = () => $$(el, '.goal-trend table').map((t) => (t as HTMLTableElement).tBodies[0]!.rows.length);
    expect(rows()).to.deep.equal([exampleMeterReadings.length, exampleMeterReadings.length]);
    await adapter.saveMeterReading({ ...exampleMeterReadings[0]!, id: 'reading-elsewhere', date: '2026-11-30' }, null);
    await waitUntil(() => rows().every((n) => n === exampleMeterReadings.length + 1), 'the new reading is not drawn', {
      timeout: 4000,
    });
    // Only the readings are read again: the meter itself is the one already read.
    expect(templateReads).to.equal(1);
  });

  it('shows the client their copy in plain language, their views and goals first, without notes or codes', async () => {
    const el = await renderPlan(await exampleAdapter(), { mode: 'client', viewer: clientViewer });
    const headings = $$(el, '.plan-section > h3').map(text);
    expect(headings.slice(0, 3)).to.deep.equal([
      'What you need support with',
      'What services and help you need',
      'Your goals',
    ]);
    expect(headings).to.include('If something in the plan is wrong');
    const shown = text(el.shadowRoot as unknown as Element);
    expect(shown.includes('Vuokranantajan yhteyshenkilö vaihtui'), 'a producer’s note shown').to.equal(false);
    expect(shown.includes(examplePlan.header.organizer.id), 'an OID shown').to.equal(false);
    expect(text($(el, '.disclaimer'))).to.contain('has not been granted to you');
  });

  it('under turvakielto leaves the close persons’ contact details out of the DOM and marks it for professionals', async () => {
    const el = await renderPlan(await exampleAdapter(), { planId: protectedPlan.id, viewer: organiser });
    const html = el.shadowRoot!.innerHTML;
    expect(html.includes('+358 40 555 0199'), 'a phone number in the DOM').to.equal(false);
    expect(html.includes('greta@example.fi'), 'an email address in the DOM').to.equal(false);
    expect(text($(el, '.turvakielto'))).to.contain('turvakielto');
    const asClient = await renderPlan(await exampleAdapter(), {
      planId: protectedPlan.id,
      mode: 'client',
      viewer: clientViewer,
    });
    expect($(asClient, '.turvakielto')).to.equal(null);
    expect(asClient.shadowRoot!.innerHTML.includes('+358 40 555 0199'), 'a phone number in the DOM').to.equal(false);
  });

  it('groups services by package and shows a chain as steps, a gap and an overlap said in words', async () => {
    const el = await renderPlan(await exampleAdapter(), { planId: protectedPlan.id });
    expect(text($(el, '.packages'))).to.contain('Äldres tjänstehelhet');
    const steps = $$(el, '.chain .steps li').map(text);
    expect(steps[0]).to.contain('Bedömning');
    expect(steps[1]).to.contain('Overlap');
    expect(steps[1]).to.contain(voucher.name);
    expect(steps[1]).to.contain(employment.name);
    expect(steps[2]).to.contain('Uppföljning');
    expect(steps[2]).to.contain('Gap: no producer covers this step.');
  });

  it('finds the client’s plan by client-id, and says so when the client has none', async () => {
    const el = await renderPlan(await exampleAdapter(), { clientId: exampleProtectedClient.id });
    expect(text($(el, '.plan-header h2'))).to.equal('Klientplan');
    const none = await renderPlan(await exampleAdapter(), { clientId: 'client-without-plan' });
    expect(text($(none, '.state.empty'))).to.contain('No client plan was found');
  });

  it('reads its labels in Finnish and Swedish', async () => {
    await setLocale('fi');
    const fi = await renderPlan(await exampleAdapter());
    expect(text($(fi, '.disclaimer'))).to.contain('myönnetty');
    await setLocale('sv');
    await fi.updateComplete;
    expect(text($(fi, '.disclaimer'))).to.contain('beviljad');
  });

  it('never shows the old plan when plan-id changes while it loads', async () => {
    const adapter = await exampleAdapter();
    let releaseFirst: () => Promise<unknown> = () => Promise.resolve();
    let first = true;
    const slow: AnyAdapter = {
      getPlan: (ref, opts) => {
        if (!first) return adapter.getPlan(ref, opts);
        first = false;
        return new Promise((resolve) => {
          releaseFirst = () => {
            const answer = adapter.getPlan(ref);
            resolve(answer);
            return answer;
          };
        });
      },
      getTemplate: adapter.getTemplate.bind(adapter),
      listMeterReadings: adapter.listMeterReadings.bind(adapter),
    };
    const { mount } = await import('@saumaton/elements/test-suites');
    const { html } = await import('lit');
    const host = mount(html`<saumaton-plan-viewer plan-id=${examplePlan.id} .adapter=${slow}></saumaton-plan-viewer>`);
    const el = host.querySelector('saumaton-plan-viewer')!;
    await el.updateComplete;
    el.planId = protectedPlan.id;
    await settled(el);
    // The superseded answer arrives after the new one: it is dropped.
    await releaseFirst();
    await el.updateComplete;
    expect(text($(el, '.plan-header h2'))).to.equal('Klientplan');
  });
});

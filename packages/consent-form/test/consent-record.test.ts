import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AdapterError, type AnyAdapter, type DataClass, type MemoryAdapter } from '@saumaton/core';
import { exampleClient } from '@saumaton/core/examples';
import { isolateTestPage } from '@saumaton/elements/test-suites';
import type { ConsentForm } from '../src/ConsentForm.js';
import {
  $,
  $$,
  exampleAdapter,
  focused,
  inLocale,
  input,
  professional,
  renderConsents,
  tabTo,
  text,
  withoutLiveUpdates,
} from './helpers.js';

/** Types into the record form's control for `name`. */
const field = (el: ConsentForm, name: string, value: string) => input(el, `#record-${name}`, value);

async function open(el: ConsentForm, instrument: string): Promise<void> {
  ($(el, `#record-${instrument}`) as HTMLButtonElement).click();
  await el.updateComplete;
  await el.updateComplete;
}

async function submit(el: ConsentForm): Promise<void> {
  ($(el, '#record-form button[type="submit"]') as HTMLButtonElement).click();
  await el.updateComplete;
  await el.updateComplete;
}

describe('<saumaton-consent-form> recording a new consent', () => {
  isolateTestPage();
  let adapter: MemoryAdapter;

  beforeEach(async () => {
    adapter = await exampleAdapter();
  });

  it('offers one form per instrument to a professional only', async () => {
    const readOnly = await renderConsents(adapter, { viewer: { kind: 'client' } });
    expect($(readOnly, '.toolbar')).to.equal(null);
    const el = await renderConsents(adapter, { viewer: professional });
    expect($$(el, '.toolbar button').map(text)).to.deep.equal([
      'Record a consent to data sharing',
      'Record a denial of consent',
      'Record a consent for a specific purpose',
    ]);
  });

  it('records a consent for a specific purpose by keyboard alone', async () => {
    const el = await renderConsents(adapter, { viewer: professional });
    el.focus();
    await tabTo(el, (e) => e.id === 'record-case-consent');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('record-purposeKind');
    // Down arrow: making a joint multi-sector client plan.
    await sendKeys({ press: 'ArrowDown' });
    await tabTo(el, (e) => e.id === 'record-professional');
    await sendKeys({ type: 'Leena Korhonen' });
    const recorded = oneEvent(el, 'saumaton-consent-recorded');
    await tabTo(el, (e) => e.getAttribute('type') === 'submit');
    await sendKeys({ press: 'Enter' });
    const { detail } = await recorded;
    expect(detail.consent).to.deep.include({ instrument: 'case-consent', decision: 'given', status: 'active' });
    if (detail.consent.basis !== 'consent' || detail.consent.instrument !== 'case-consent')
      throw new Error('not a case consent');
    expect(detail.consent.purpose.kind).to.equal('joint-plan');
    expect(detail.consent.recordedBy.organization.id).to.equal(professional.organizationId);
    expect(detail.consent.recordedBy.professional?.name).to.equal('Leena Korhonen');
    const stored = (await adapter.listConsents(exampleClient.id)).find((r) => r.value.id === detail.consent.id);
    expect(stored?.value.status).to.equal('active');
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, 'form')).to.equal(null);
    expect($(el, `.consent[data-id="${detail.consent.id}"]`)).to.exist;
    expect(text(el.shadowRoot!.querySelector('[role="status"][aria-live]'))).to.equal('The consent was recorded.');
    expect(focused(el)?.id).to.equal('record-case-consent');
  });

  it('says plainly, before the client decides, what a denial does not stop', async () => {
    const el = await renderConsents(adapter, { viewer: professional });
    await open(el, 'disclosure-prohibition');
    const said = text($(el, '#record-form .explanation'));
    expect(said).to.contain(
      'It does not stop information moving between the wellbeing services county and the service producers',
    );
    expect(said).to.contain('when the law requires it');
    expect(said).to.contain('the same way you gave it');
    // What was shown is kept with the denial.
    expect(($(el, '#record-consequencesShown') as HTMLTextAreaElement).value).to.contain('the same way you gave it');
  });

  it('says a broken rule at its field, by its code: a cross-sector consent names 1 to 3 kinds of information', async () => {
    const el = await renderConsents(adapter, { viewer: professional });
    await open(el, 'disclosure-permit');
    field(el, 'sector', 'social-to-health');
    await el.updateComplete;
    field(el, 'recipients', 'Järvilaakson hyvinvointialue, mielenterveyspalvelut');
    field(el, 'purpose', 'Hoidon suunnittelu');
    field(el, 'dataClasses', 'a\nb\nc\nd');
    await submit(el);
    expect(text($(el, '#record-dataClasses-error'))).to.equal(
      'Sharing between social care and health care names 1 to 3 kinds of information.',
    );
    expect(focused(el)?.id).to.equal('record-dataClasses');
    expect((await adapter.listConsents(exampleClient.id)).length).to.equal(4);
  });

  it('says in Finnish that a guardian cannot set a denial for a minor', async () => {
    await inLocale('fi');
    const el = await renderConsents(adapter, { viewer: professional });
    await open(el, 'disclosure-prohibition');
    // The form's own words (a catalogue of their own, loaded with the forms) are Finnish at once.
    expect(text($(el, 'label[for="record-prohibitionSector"]'))).to.equal('Mitkä tiedot');
    field(el, 'actorKind', 'guardian');
    await el.updateComplete;
    field(el, 'actorName', 'Matti Virtanen');
    field(el, 'competence', 'authority-verified');
    field(el, 'targetName', 'Naapurin hyvinvointialue');
    await submit(el);
    expect(text($(el, '#record-actorKind-error'))).to.equal(
      'Huoltaja ei voi asettaa luovutuskieltoa alaikäisen puolesta.',
    );
  });

  it('records a cross-sector consent with its kinds of information, the recipient known by its id', async () => {
    const el = await renderConsents(adapter, { viewer: professional });
    await open(el, 'disclosure-permit');
    field(el, 'sector', 'health-to-social');
    await el.updateComplete;
    field(el, 'recipients', 'Järvilaakson hyvinvointialue, aikuissosiaalityö');
    field(el, 'purpose', 'Asiakassuunnitelma');
    field(el, 'dataClasses', 'Lääkitys\nHoitosuunnitelma');
    const recorded = oneEvent(el, 'saumaton-consent-recorded');
    await submit(el);
    const { consent } = (await recorded).detail;
    if (consent.basis !== 'consent' || consent.instrument !== 'disclosure-permit') throw new Error('not a permit');
    expect(consent.recipients).to.deep.equal([
      {
        id: '1.2.246.10.99999999.10.0',
        name: 'Järvilaakson hyvinvointialue, aikuissosiaalityö',
        producerType: 'own-production',
      },
    ]);
    const classes: readonly DataClass[] = consent.dataClasses ?? [];
    expect(classes.map((c) => c.code)).to.deep.equal(['Lääkitys', 'Hoitosuunnitelma']);
    expect(consent.informing?.channel).to.equal('in-person');
  });

  it('keeps everything typed when recording fails, and records it once on a retry', async () => {
    let failing = true;
    const flaky: AnyAdapter = {
      ...withoutLiveUpdates(adapter),
      recordConsent: (...args) => (failing ? Promise.reject(new AdapterError('500')) : adapter.recordConsent(...args)),
    };
    const el = await renderConsents(flaky, { viewer: professional });
    await open(el, 'case-consent');
    field(el, 'purposeKind', 'other');
    await el.updateComplete;
    field(el, 'purposeText', 'Yhteys kouluun');
    const error = oneEvent(el, 'saumaton-error');
    await submit(el);
    await error;
    await el.updateComplete;
    expect(text($(el, '#record-form .form-error'))).to.equal('The change could not be saved. Try again in a moment.');
    expect(($(el, '#record-purposeText') as HTMLInputElement).value).to.equal('Yhteys kouluun');
    failing = false;
    const recorded = oneEvent(el, 'saumaton-consent-recorded');
    await submit(el);
    const { consent } = (await recorded).detail;
    expect(consent.basis === 'consent' && consent.instrument === 'case-consent' && consent.purpose).to.deep.equal({
      kind: 'other',
      text: 'Yhteys kouluun',
    });
    expect((await adapter.listConsents(exampleClient.id)).length).to.equal(5);
  });
});
